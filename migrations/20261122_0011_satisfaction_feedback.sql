-- Citizen satisfaction (one versioned instrument, SIPAS elements + citizen-evaluation aspects), feedback and
-- complaints (PAKN) with working-day deadlines, and periodic dialogues with citizens (domain.md §8, seed 004).

-- The survey instrument: each published version is immutable, so the meaning of a past answer never changes.
-- definition = {questions: [{code, kind, label:{vi,en}, ...}]}; formula_version names the scoring rule used.
CREATE TABLE satisfaction_instrument_version (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number          integer NOT NULL UNIQUE CHECK (number > 0),
  definition      jsonb NOT NULL,
  formula_version text NOT NULL,
  legal_basis     text,
  note            text,
  created_by      uuid REFERENCES app_user(id),
  created_at      timestamptz NOT NULL
);

CREATE FUNCTION satisfaction_instrument_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'satisfaction_instrument_version is immutable';
END;
$$;
CREATE TRIGGER satisfaction_instrument_no_update BEFORE UPDATE OR DELETE ON satisfaction_instrument_version
  FOR EACH ROW EXECUTE FUNCTION satisfaction_instrument_immutable();

-- One verified response per dossier. answers jsonb holds the element scores under their codes
-- ('access','procedure','officials','result','feedback': integers 1..5, absent = no opinion), the aspects
-- and extra questions under their own codes, and 'comment'. The element columns repeat the five scores
-- (null = no opinion) so indices aggregate without parsing jsonb.
CREATE TABLE satisfaction_response (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id            uuid NOT NULL UNIQUE REFERENCES dossier(id),
  instrument_version_id uuid NOT NULL REFERENCES satisfaction_instrument_version(id),
  channel               text NOT NULL CHECK (channel IN ('kiosk','qr','sms','zalo','online')),
  unit_id               uuid NOT NULL REFERENCES unit(id),
  authority_unit_id     uuid NOT NULL REFERENCES unit(id),
  procedure_id          uuid NOT NULL REFERENCES procedure(id),
  anonymous             boolean NOT NULL DEFAULT false,
  answers               jsonb NOT NULL,
  score_access          smallint CHECK (score_access BETWEEN 1 AND 5),
  score_procedure       smallint CHECK (score_procedure BETWEEN 1 AND 5),
  score_officials       smallint CHECK (score_officials BETWEEN 1 AND 5),
  score_result          smallint CHECK (score_result BETWEEN 1 AND 5),
  score_feedback        smallint CHECK (score_feedback BETWEEN 1 AND 5),
  overall_satisfied     boolean,
  formula_version       text NOT NULL,
  submitted_at          timestamptz NOT NULL
);
CREATE INDEX satisfaction_response_unit_idx ON satisfaction_response (unit_id, submitted_at);
CREATE INDEX satisfaction_response_authority_idx ON satisfaction_response (authority_unit_id, submitted_at);

-- The officials who held each step of the rated dossier (and who received and returned it).
CREATE TABLE satisfaction_response_official (
  response_id uuid NOT NULL REFERENCES satisfaction_response(id),
  user_id     uuid NOT NULL REFERENCES app_user(id),
  step_id     text NOT NULL,
  PRIMARY KEY (response_id, user_id, step_id)
);
CREATE INDEX satisfaction_response_official_user_idx ON satisfaction_response_official (user_id);

-- Survey links already used (sha-256 of the token): a link answers once, even before its expiry.
CREATE TABLE satisfaction_token_use (
  token_hash text PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossier(id),
  channel    text NOT NULL,
  used_at    timestamptz NOT NULL
);

-- Handling time per kind of feedback, in working days (configuration, not law in code).
CREATE TABLE feedback_policy (
  kind          text PRIMARY KEY CHECK (kind IN ('feedback','complaint','misconduct')),
  handling_days integer NOT NULL CHECK (handling_days BETWEEN 1 AND 90),
  legal_basis   text,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
INSERT INTO feedback_policy (kind, handling_days, legal_basis) VALUES
  ('feedback', 10, 'NĐ 20/2008/NĐ-CP (phản ánh, kiến nghị) [verify]'),
  ('complaint', 30, 'Luật Khiếu nại 2011, Điều 28 [verify]'),
  ('misconduct', 15, 'Quy chế của địa phương [practice]');

CREATE TABLE feedback (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code             text NOT NULL UNIQUE,
  kind             text NOT NULL CHECK (kind IN ('feedback','complaint','misconduct')),
  channel          text NOT NULL CHECK (channel IN ('online','counter','kiosk','hotline','mail')),
  dossier_id       uuid REFERENCES dossier(id),
  official_id      uuid REFERENCES app_user(id),
  unit_id          uuid NOT NULL REFERENCES unit(id),
  -- the conduct reported (domain.md §11): harassment, unofficial payment, delay, ...
  topic            text NOT NULL,
  content          text NOT NULL,
  reporter_name    text NOT NULL,
  reporter_phone   text,
  reporter_email   text,
  reporter_user_id uuid REFERENCES app_user(id),
  pin_hash         text,
  status           text NOT NULL CHECK (status IN ('received','in_progress','answered','reopened')),
  received_at      timestamptz NOT NULL,
  due_at           timestamptz NOT NULL,
  answered_at      timestamptz,
  answer           text,
  upheld           boolean,
  handler_id       uuid REFERENCES app_user(id),
  citizen_satisfied boolean,
  follow_up_of     uuid REFERENCES feedback(id),
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  CHECK (status <> 'answered' OR (answered_at IS NOT NULL AND answer IS NOT NULL))
);
CREATE INDEX feedback_unit_idx ON feedback (unit_id, received_at);
CREATE INDEX feedback_open_idx ON feedback (unit_id, due_at) WHERE answered_at IS NULL;
CREATE INDEX feedback_official_idx ON feedback (official_id) WHERE official_id IS NOT NULL;
CREATE INDEX feedback_dossier_idx ON feedback (dossier_id) WHERE dossier_id IS NOT NULL;

-- Dialogues with citizens (seed 004: every six months per unit): the session, its questions with answers
-- and commitments, and the minutes once published.
CREATE TABLE citizen_dialogue (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id      uuid NOT NULL REFERENCES unit(id),
  title        text NOT NULL,
  held_at      timestamptz NOT NULL,
  location     text,
  chaired_by   text,
  participants integer CHECK (participants >= 0),
  status       text NOT NULL CHECK (status IN ('planned','held','published')),
  minutes      text,
  published_at timestamptz,
  created_by   uuid REFERENCES app_user(id),
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  CHECK (status <> 'published' OR (minutes IS NOT NULL AND published_at IS NOT NULL))
);
CREATE INDEX citizen_dialogue_unit_idx ON citizen_dialogue (unit_id, held_at DESC);

CREATE TABLE citizen_dialogue_item (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dialogue_id    uuid NOT NULL REFERENCES citizen_dialogue(id) ON DELETE CASCADE,
  position       integer NOT NULL,
  question       text NOT NULL,
  asked_by       text,
  answer         text,
  commitment     text,
  commitment_due date,
  UNIQUE (dialogue_id, position)
);
