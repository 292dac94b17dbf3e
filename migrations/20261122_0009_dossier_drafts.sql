-- Drafts of online submissions: a citizen fills the e-form over several visits before submitting.
CREATE TABLE dossier_draft (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id           uuid NOT NULL REFERENCES app_user(id),
  procedure_id      uuid NOT NULL REFERENCES procedure(id),
  receiving_unit_id uuid REFERENCES unit(id),
  data              jsonb NOT NULL,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL
);
CREATE INDEX dossier_draft_user_idx ON dossier_draft (user_id, updated_at DESC);
