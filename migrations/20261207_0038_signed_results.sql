-- Electronic results signed as PDF (issue #18 item 4). The signed file is an attachment of the dossier marked
-- as its result; signed_result keeps who signed it, with which certificate, when, and the hash of the stored
-- bytes, so the public verification page (/xac-thuc/:id) can tell whether the file is unchanged.
ALTER TABLE attachment ADD COLUMN is_result boolean NOT NULL DEFAULT false;

CREATE TABLE signed_result (
  id                   uuid PRIMARY KEY,
  dossier_id           uuid NOT NULL REFERENCES dossier(id),
  attachment_id        uuid NOT NULL UNIQUE REFERENCES attachment(id),
  -- the officer's unsigned upload it was made from; null when the system generated the result
  source_attachment_id uuid REFERENCES attachment(id),
  hash                 text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  signer_unit_id       uuid NOT NULL REFERENCES unit(id),
  signed_by            uuid NOT NULL REFERENCES app_user(id),
  certificate_subject  text NOT NULL,
  certificate_issuer   text NOT NULL,
  certificate_serial   text NOT NULL,
  signed_at            timestamptz NOT NULL
);
CREATE INDEX signed_result_dossier_idx ON signed_result (dossier_id, signed_at DESC);
CREATE INDEX signed_result_hash_idx ON signed_result (hash);

-- Development signing identities (never used in production): a development CA ('ca') and one certificate per
-- unit (its id), generated the first time they are needed and kept as PKCS#12 with a development passphrase.
CREATE TABLE signing_dev_identity (
  owner           text PRIMARY KEY,
  p12             bytea NOT NULL,
  certificate_pem text NOT NULL,
  created_at      timestamptz NOT NULL
);
