-- Digitisation and reuse (issue #18 item 2): at the counter each paper component of a dossier is scanned and
-- marked digitised (who, when, how many pages); the result is digitised when it is returned. Verified
-- components and results enter the citizen's personal document store (kho dữ liệu cá nhân); a later
-- submission may reuse a still-valid store item instead of uploading it again. QĐ 766 sub-indicators 4.2
-- (dossiers digitised), 4.3 (dossiers reusing digitised data) and 4.4 (dossiers shared into the personal
-- store) are counted from these rows through the roll-ups.

-- One mark per dossier component (`kind = 'component'`, `document_id` the procedure's document id) or per
-- result (`kind = 'result'`, `document_id = 'result'`): the scans (attachment ids, already linked to the
-- dossier), the page count, who digitised it and when, an optional validity end and whether the officer
-- checked it against the original (only verified components enter the personal store).
CREATE TABLE dossier_digitisation (
  id             uuid PRIMARY KEY,
  dossier_id     uuid NOT NULL REFERENCES dossier(id),
  kind           text NOT NULL CHECK (kind IN ('component', 'result')),
  document_id    text NOT NULL CHECK (length(document_id) BETWEEN 1 AND 100),
  name           text NOT NULL,
  attachment_ids uuid[] NOT NULL CHECK (cardinality(attachment_ids) BETWEEN 1 AND 20),
  page_count     integer CHECK (page_count BETWEEN 1 AND 5000),
  verified       boolean NOT NULL DEFAULT false,
  valid_until    date,
  digitised_by   uuid NOT NULL REFERENCES app_user(id),
  digitised_at   timestamptz NOT NULL,
  UNIQUE (dossier_id, kind, document_id),
  CHECK (kind = 'result' OR page_count IS NOT NULL),
  CHECK (kind = 'component' OR document_id = 'result')
);

-- The personal store: one item per verified digitised component or result, owned by the applicant (the ID
-- number always; the citizen account when the dossier has one). `dossier_id` is the source dossier.
-- `shared` says the item was shared into the citizen's store (sub-indicator 4.4 counts result items shared).
CREATE TABLE personal_document (
  id               uuid PRIMARY KEY,
  owner_id_number  text NOT NULL CHECK (owner_id_number ~ '^([0-9]{9}|[0-9]{12})$'),
  owner_user_id    uuid REFERENCES app_user(id),
  kind             text NOT NULL CHECK (kind IN ('component', 'result')),
  document_id      text NOT NULL,
  name             text NOT NULL,
  dossier_id       uuid NOT NULL REFERENCES dossier(id),
  digitisation_id  uuid NOT NULL UNIQUE REFERENCES dossier_digitisation(id),
  valid_until      date,
  shared           boolean NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL
);
CREATE INDEX personal_document_owner_idx ON personal_document (owner_id_number, created_at DESC);
CREATE INDEX personal_document_user_idx ON personal_document (owner_user_id) WHERE owner_user_id IS NOT NULL;
CREATE INDEX personal_document_dossier_idx ON personal_document (dossier_id);

-- A document of a new dossier given by reusing a store item instead of a fresh upload (sub-indicator 4.3).
CREATE TABLE dossier_document_reuse (
  dossier_id    uuid NOT NULL REFERENCES dossier(id),
  document_id   text NOT NULL,
  store_item_id uuid NOT NULL REFERENCES personal_document(id),
  reused_at     timestamptz NOT NULL,
  PRIMARY KEY (dossier_id, document_id)
);
CREATE INDEX dossier_document_reuse_item_idx ON dossier_document_reuse (store_item_id);

-- Roll-up facts and measures (order of ROLLUP_MEASURES: appended at the end).
ALTER TABLE rollup_dossier
  ADD COLUMN digitised boolean NOT NULL DEFAULT false,
  ADD COLUMN reused boolean NOT NULL DEFAULT false,
  ADD COLUMN shared_to_store boolean NOT NULL DEFAULT false;
ALTER TABLE rollup_day
  ADD COLUMN digitised integer NOT NULL DEFAULT 0,
  ADD COLUMN reused integer NOT NULL DEFAULT 0,
  ADD COLUMN shared_to_store integer NOT NULL DEFAULT 0;
ALTER TABLE rollup_month
  ADD COLUMN digitised integer NOT NULL DEFAULT 0,
  ADD COLUMN reused integer NOT NULL DEFAULT 0,
  ADD COLUMN shared_to_store integer NOT NULL DEFAULT 0;
ALTER TABLE rollup_unit_month
  ADD COLUMN digitised integer NOT NULL DEFAULT 0,
  ADD COLUMN reused integer NOT NULL DEFAULT 0,
  ADD COLUMN shared_to_store integer NOT NULL DEFAULT 0;

-- Their rows change the figures: mark the dossier dirty like the other fact tables do.
CREATE TRIGGER dossier_digitisation_rollup AFTER INSERT OR UPDATE OR DELETE ON dossier_digitisation
  FOR EACH ROW EXECUTE FUNCTION rollup_mark_dossier();
CREATE TRIGGER personal_document_rollup AFTER INSERT OR UPDATE OR DELETE ON personal_document
  FOR EACH ROW EXECUTE FUNCTION rollup_mark_dossier();
CREATE TRIGGER dossier_document_reuse_rollup AFTER INSERT OR UPDATE OR DELETE ON dossier_document_reuse
  FOR EACH ROW EXECUTE FUNCTION rollup_mark_dossier();
