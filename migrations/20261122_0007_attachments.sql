-- Attachments (scanned documents, results): bytes live in a content-addressed file store (local disk by
-- default, S3-compatible later); the database keeps the metadata and who may see it.
CREATE TABLE attachment (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hash         text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  size         integer NOT NULL CHECK (size > 0),
  content_type text NOT NULL,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  uploaded_by  uuid NOT NULL REFERENCES app_user(id),
  dossier_id   uuid REFERENCES dossier(id),
  created_at   timestamptz NOT NULL
);
CREATE INDEX attachment_dossier_idx ON attachment (dossier_id) WHERE dossier_id IS NOT NULL;
CREATE INDEX attachment_uploader_idx ON attachment (uploaded_by, created_at DESC);
