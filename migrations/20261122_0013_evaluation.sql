-- Evaluation of officials (issue #9): versioned rating frameworks, monthly periods per unit with the evidence
-- gathered per official, evaluation records through self-assessment → review → approval → lock → publish,
-- appeals, work plans, yearly ratings and HR cases of the two-year rule. Evidence is read from other areas'
-- tables at gathering time (no foreign keys to them: they are optional sources).

CREATE TABLE rating_framework (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL CHECK (code ~ '^[A-Za-z0-9._-]{2,40}$'),
  version     integer NOT NULL CHECK (version > 0),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  -- criteria (points, evidence rule or manual), grades with thresholds, quota: see domain/evaluation/framework.ts
  definition  jsonb NOT NULL,
  created_at  timestamptz NOT NULL,
  created_by  uuid REFERENCES app_user(id),
  UNIQUE (code, version)
);

CREATE TABLE evaluation_period (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id       uuid NOT NULL REFERENCES unit(id),
  -- the month evaluated, 'YYYY-MM'
  month         text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  framework_id  uuid NOT NULL REFERENCES rating_framework(id),
  exceptional   boolean NOT NULL DEFAULT false,
  publish_scores boolean NOT NULL DEFAULT false,
  appeal_days   integer NOT NULL DEFAULT 10 CHECK (appeal_days BETWEEN 0 AND 60),
  status        text NOT NULL CHECK (status IN ('open','locked','published')),
  evidence_rule text NOT NULL,
  evidence_at   timestamptz NOT NULL,
  missing_sources text[] NOT NULL DEFAULT '{}',
  opened_by     uuid REFERENCES app_user(id),
  opened_at     timestamptz NOT NULL,
  locked_at     timestamptz,
  published_at  timestamptz,
  appeal_until  timestamptz,
  version       integer NOT NULL DEFAULT 1,
  UNIQUE (unit_id, month)
);

-- One row per official and period: the month's evidence as counts (gathered set-based, one statement per source).
CREATE TABLE evaluation_evidence (
  period_id           uuid NOT NULL REFERENCES evaluation_period(id) ON DELETE CASCADE,
  official_id         uuid NOT NULL REFERENCES app_user(id),
  unit_id             uuid NOT NULL REFERENCES unit(id),
  dossiers_handled    integer NOT NULL DEFAULT 0,
  steps_handled       integer NOT NULL DEFAULT 0,
  steps_early         integer NOT NULL DEFAULT 0,
  steps_on_time       integer NOT NULL DEFAULT 0,
  steps_late          integer NOT NULL DEFAULT 0,
  explanations        integer NOT NULL DEFAULT 0,
  apologies           integer NOT NULL DEFAULT 0,
  satisfaction_responses integer NOT NULL DEFAULT 0,
  satisfaction_satisfied integer NOT NULL DEFAULT 0,
  complaints_upheld   integer NOT NULL DEFAULT 0,
  violations          integer NOT NULL DEFAULT 0,
  tasks_weight_due    integer NOT NULL DEFAULT 0,
  tasks_weight_on_time integer NOT NULL DEFAULT 0,
  tasks_due           integer NOT NULL DEFAULT 0,
  tasks_on_time       integer NOT NULL DEFAULT 0,
  PRIMARY KEY (period_id, official_id)
);

CREATE TABLE evaluation (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  period_id     uuid NOT NULL REFERENCES evaluation_period(id),
  official_id   uuid NOT NULL REFERENCES app_user(id),
  unit_id       uuid NOT NULL REFERENCES unit(id),
  status        text NOT NULL CHECK (status IN ('pending','self_assessed','reviewed','approved')),
  -- criterion code → points
  suggested     jsonb NOT NULL,
  self_scores   jsonb,
  self_comment  text,
  review_scores jsonb,
  review_comment text,
  reviewer_id   uuid REFERENCES app_user(id),
  approver_id   uuid REFERENCES app_user(id),
  approve_comment text,
  score         numeric(5,2),
  grade         text,
  version       integer NOT NULL DEFAULT 1,
  updated_at    timestamptz NOT NULL,
  UNIQUE (period_id, official_id)
);
CREATE INDEX evaluation_official_idx ON evaluation (official_id);

-- Every change of an evaluation, in order: the history the official and an appeal can point to.
CREATE TABLE evaluation_event (
  id            bigserial PRIMARY KEY,
  evaluation_id uuid NOT NULL REFERENCES evaluation(id),
  at            timestamptz NOT NULL,
  actor_id      uuid REFERENCES app_user(id),
  type          text NOT NULL CHECK (type IN ('self_assess','review','approve','appeal','appeal_decided')),
  payload       jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX evaluation_event_idx ON evaluation_event (evaluation_id, id);
CREATE FUNCTION evaluation_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'evaluation_event is append-only';
END;
$$;
CREATE TRIGGER evaluation_event_no_update BEFORE UPDATE OR DELETE ON evaluation_event
  FOR EACH ROW EXECUTE FUNCTION evaluation_event_append_only();

CREATE TABLE evaluation_appeal (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  evaluation_id uuid NOT NULL REFERENCES evaluation(id),
  reason        text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
  status        text NOT NULL CHECK (status IN ('pending','accepted','rejected')),
  filed_at      timestamptz NOT NULL,
  decided_by    uuid REFERENCES app_user(id),
  decided_at    timestamptz,
  decision_comment text,
  previous_grade text,
  new_grade     text
);
CREATE UNIQUE INDEX evaluation_appeal_pending_uq ON evaluation_appeal (evaluation_id) WHERE status = 'pending';

-- Work plans (kế hoạch công tác): weekly, monthly and quarterly tasks per official.
CREATE TABLE work_task (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  official_id uuid NOT NULL REFERENCES app_user(id),
  unit_id     uuid NOT NULL REFERENCES unit(id),
  horizon     text NOT NULL CHECK (horizon IN ('week','month','quarter')),
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  due_at      timestamptz NOT NULL,
  weight      integer NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 10),
  status      text NOT NULL CHECK (status IN ('proposed','assigned','done','rejected','cancelled')),
  result      text,
  done_at     timestamptz,
  created_by  uuid REFERENCES app_user(id),
  approved_by uuid REFERENCES app_user(id),
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  CHECK ((status = 'done') = (done_at IS NOT NULL))
);
CREATE INDEX work_task_official_due_idx ON work_task (official_id, due_at);
CREATE INDEX work_task_due_idx ON work_task (due_at) WHERE status IN ('assigned','done');

CREATE TABLE yearly_rating (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  official_id uuid NOT NULL REFERENCES app_user(id),
  unit_id     uuid NOT NULL REFERENCES unit(id),
  year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  rule_version text NOT NULL,
  months      integer NOT NULL,
  mean_score  numeric(5,2),
  disciplined boolean NOT NULL DEFAULT false,
  level       text NOT NULL CHECK (level IN ('excellent','good','complete','not_complete')),
  computed_at timestamptz NOT NULL,
  computed_by uuid REFERENCES app_user(id),
  UNIQUE (official_id, year)
);

-- Cases for the home-affairs administrator: two consecutive years "not complete".
CREATE TABLE hr_case (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  official_id uuid NOT NULL REFERENCES app_user(id),
  unit_id     uuid NOT NULL REFERENCES unit(id),
  kind        text NOT NULL CHECK (kind IN ('two_years_not_complete')),
  years       integer[] NOT NULL,
  status      text NOT NULL CHECK (status IN ('open','closed')),
  note        text,
  opened_at   timestamptz NOT NULL,
  UNIQUE (official_id, kind, years)
);
