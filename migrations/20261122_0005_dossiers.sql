-- Dossiers (hồ sơ): the append-only action log is the truth; the dossier row holds the state derived
-- from it, written in the same transaction. Columns that change on every step stay unindexed (HOT updates).

CREATE TABLE dossier (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                 text UNIQUE,
  receiving_unit_id    uuid NOT NULL REFERENCES unit(id),
  -- the authority the receiving one-stop unit belongs to: its subtree is the dossier's scope
  authority_unit_id    uuid NOT NULL REFERENCES unit(id),
  scope_path           text NOT NULL,
  procedure_id         uuid NOT NULL REFERENCES procedure(id),
  procedure_version_id uuid NOT NULL REFERENCES procedure_version(id),
  variant_id           text,
  calendar_version_id  uuid NOT NULL REFERENCES calendar_version(id),
  channel              text NOT NULL CHECK (channel IN ('counter','online','postal')),
  assisted             boolean NOT NULL DEFAULT false,
  applicant            jsonb NOT NULL,
  applicant_user_id    uuid REFERENCES app_user(id),
  documents            jsonb NOT NULL DEFAULT '[]'::jsonb,
  fees                 jsonb NOT NULL DEFAULT '[]'::jsonb,
  tracking_pin_hash    text,
  idempotency_key      text UNIQUE,
  status               text NOT NULL CHECK (status IN ('submitted','received','not_received','processing','supplement_requested','withdrawal_requested','stopped','processed','returned')),
  outcome              text,
  current_step_id      text,
  current_holder_id    uuid REFERENCES app_user(id),
  step_due_at          timestamptz,
  received_at          timestamptz,
  due_at               timestamptz,
  finished_at          timestamptz,
  returned_at          timestamptz,
  state                jsonb NOT NULL,
  last_seq             integer NOT NULL,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL
) WITH (fillfactor = 80);
CREATE INDEX dossier_open_scope_idx ON dossier (scope_path text_pattern_ops) WHERE finished_at IS NULL;
CREATE INDEX dossier_receiving_idx ON dossier (receiving_unit_id, created_at DESC);
CREATE INDEX dossier_applicant_user_idx ON dossier (applicant_user_id) WHERE applicant_user_id IS NOT NULL;
CREATE INDEX dossier_holder_open_idx ON dossier (current_holder_id) WHERE finished_at IS NULL;

CREATE TABLE dossier_action (
  id          bigserial PRIMARY KEY,
  dossier_id  uuid NOT NULL REFERENCES dossier(id),
  seq         integer NOT NULL CHECK (seq > 0),
  type        text NOT NULL,
  at          timestamptz NOT NULL,
  actor_id    uuid REFERENCES app_user(id),
  actor_unit_id uuid REFERENCES unit(id),
  step_id     text,
  payload     jsonb NOT NULL DEFAULT '{}'::jsonb,
  UNIQUE (dossier_id, seq)
);

CREATE FUNCTION dossier_action_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_action is append-only';
END;
$$;
CREATE TRIGGER dossier_action_no_update BEFORE UPDATE OR DELETE ON dossier_action
  FOR EACH ROW EXECUTE FUNCTION dossier_action_append_only();

-- Gap-free daily sequence of dossier codes per receiving unit: the row lock serialises concurrent intakes.
CREATE TABLE dossier_sequence (
  unit_id uuid NOT NULL REFERENCES unit(id),
  day     date NOT NULL,
  last    integer NOT NULL,
  PRIMARY KEY (unit_id, day)
);
