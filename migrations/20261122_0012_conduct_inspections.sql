-- Conduct and service inspections (kiểm tra công vụ): codes of conduct per unit (versioned) and their
-- acknowledgements; discipline plans (required actions × target units, completion reports with evidence);
-- yearly commitments and emulation registrations; inspection teams, visits and checklists; findings with
-- due process (explanation before a deadline, the head's decision, every step logged).
-- A finding is CONFIRMED when decision is not null and not 'dismissed' (issue #9 deducts for those).

-- Versioned rules of the area: explanation deadline (working days) and evaluation deduction per severity.
CREATE TABLE conduct_rules_version (
  version                  text PRIMARY KEY,
  effective_from           date NOT NULL UNIQUE,
  explanation_working_days integer NOT NULL CHECK (explanation_working_days BETWEEN 1 AND 30),
  deduction_points         jsonb NOT NULL,
  created_at               timestamptz NOT NULL DEFAULT now()
);
INSERT INTO conduct_rules_version (version, effective_from, explanation_working_days, deduction_points)
VALUES ('2026.1', '2000-01-01', 3, '{"light": 2, "medium": 5, "serious": 10}'::jsonb);

CREATE TABLE conduct_code (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id      uuid NOT NULL REFERENCES unit(id),
  version      integer NOT NULL CHECK (version >= 1),
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  rules        text NOT NULL,
  principles   text NOT NULL,
  published_at timestamptz NOT NULL,
  published_by uuid REFERENCES app_user(id),
  UNIQUE (unit_id, version)
);

CREATE TABLE conduct_acknowledgement (
  code_id         uuid NOT NULL REFERENCES conduct_code(id),
  user_id         uuid NOT NULL REFERENCES app_user(id),
  acknowledged_at timestamptz NOT NULL,
  PRIMARY KEY (code_id, user_id)
);

CREATE TABLE discipline_plan (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id     uuid NOT NULL REFERENCES unit(id),
  code        text NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  issued_on   date NOT NULL,
  created_by  uuid REFERENCES app_user(id),
  created_at  timestamptz NOT NULL,
  UNIQUE (unit_id, code)
);

CREATE TABLE discipline_plan_action (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id           uuid NOT NULL REFERENCES discipline_plan(id),
  seq               integer NOT NULL CHECK (seq >= 1),
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  evidence_required text NOT NULL,
  due_at            timestamptz NOT NULL,
  UNIQUE (plan_id, seq)
);

CREATE TABLE discipline_plan_target (
  plan_id uuid NOT NULL REFERENCES discipline_plan(id),
  unit_id uuid NOT NULL REFERENCES unit(id),
  PRIMARY KEY (plan_id, unit_id)
);

-- One completion report per unit and action: the first report's time decides done / late.
CREATE TABLE discipline_plan_report (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  action_id     uuid NOT NULL REFERENCES discipline_plan_action(id),
  unit_id       uuid NOT NULL REFERENCES unit(id),
  reported_at   timestamptz NOT NULL,
  reported_by   uuid REFERENCES app_user(id),
  note          text NOT NULL,
  evidence_ref  text,
  attachment_id uuid REFERENCES attachment(id),
  UNIQUE (action_id, unit_id)
);

-- Yearly commitments (cam kết) and emulation registrations (đăng ký thi đua), per unit or per official.
CREATE TABLE commitment (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind       text NOT NULL CHECK (kind IN ('commitment','emulation')),
  year       integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  unit_id    uuid NOT NULL REFERENCES unit(id),
  user_id    uuid REFERENCES app_user(id),
  text       text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  signed_on  date NOT NULL,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX commitment_one_per_year_idx
  ON commitment (kind, year, unit_id, coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid));

CREATE TABLE inspection_team (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  scope_unit_id uuid NOT NULL REFERENCES unit(id),
  scope_note    text NOT NULL DEFAULT '',
  created_by    uuid REFERENCES app_user(id),
  created_at    timestamptz NOT NULL
);

CREATE TABLE inspection_team_member (
  team_id uuid NOT NULL REFERENCES inspection_team(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  role    text NOT NULL CHECK (role IN ('lead','member')),
  PRIMARY KEY (team_id, user_id)
);

-- Checklists are configuration: items {code, label, labelEn, violationType}; a new version, never an edit.
CREATE TABLE inspection_checklist (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code       text NOT NULL,
  version    integer NOT NULL CHECK (version >= 1),
  name       text NOT NULL,
  items      jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);
INSERT INTO inspection_checklist (code, version, name, items) VALUES ('cong-vu', 1,
  'Kiểm tra công vụ tại Bộ phận Một cửa',
  '[{"code":"badge","label":"Đeo thẻ công chức","labelEn":"ID badge worn","violationType":"badge"},
    {"code":"dress","label":"Trang phục đúng quy định","labelEn":"Proper dress","violationType":"dress"},
    {"code":"hours","label":"Có mặt đúng giờ làm việc","labelEn":"Present during working hours","violationType":"working_hours"},
    {"code":"phone","label":"Giao tiếp qua điện thoại đúng mực","labelEn":"Phone etiquette","violationType":"phone_etiquette"},
    {"code":"one_stop","label":"Thực hiện đúng quy chế Một cửa","labelEn":"One-stop rules followed","violationType":"outside_one_stop"},
    {"code":"posted_info","label":"Thông tin niêm yết đầy đủ, cập nhật","labelEn":"Posted information current","violationType":"posted_information"}]'::jsonb);

CREATE TABLE inspection (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id      uuid NOT NULL REFERENCES inspection_team(id),
  unit_id      uuid NOT NULL REFERENCES unit(id),
  kind         text NOT NULL CHECK (kind IN ('planned','unannounced')),
  status       text NOT NULL CHECK (status IN ('planned','in_progress','completed')),
  planned_for  timestamptz,
  visited_at   timestamptz,
  checklist_id uuid NOT NULL REFERENCES inspection_checklist(id),
  -- item code → 'pass' | 'fail' | 'na'
  results      jsonb NOT NULL DEFAULT '{}'::jsonb,
  notes        text NOT NULL DEFAULT '',
  created_by   uuid REFERENCES app_user(id),
  created_at   timestamptz NOT NULL,
  version      integer NOT NULL DEFAULT 1
);
CREATE INDEX inspection_unit_idx ON inspection (unit_id, visited_at DESC);

CREATE TABLE inspection_finding (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- null for a case opened from a citizen's misconduct report
  inspection_id       uuid REFERENCES inspection(id),
  unit_id             uuid NOT NULL REFERENCES unit(id),
  official_id         uuid REFERENCES app_user(id),
  violation_type      text NOT NULL,
  severity            text NOT NULL CHECK (severity IN ('light','medium','serious')),
  status              text NOT NULL CHECK (status IN ('awaiting_explanation','explained','decided')),
  description         text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
  checklist_item      text,
  occurred_at         timestamptz NOT NULL,
  recorded_by         uuid REFERENCES app_user(id),
  created_at          timestamptz NOT NULL,
  rules_version       text NOT NULL REFERENCES conduct_rules_version(version),
  explanation_due_at  timestamptz,
  explanation         text,
  explained_at        timestamptz,
  decision            text CHECK (decision IN ('dismissed','reminded','reprimanded','discipline_proposed')),
  decision_note       text,
  decided_by          uuid REFERENCES app_user(id),
  decided_at          timestamptz,
  -- a case opened from a citizen's misconduct report (issue #7's feedback table)
  source_feedback_id  uuid REFERENCES feedback(id),
  source_reference    text,
  version             integer NOT NULL DEFAULT 1,
  CHECK ((decision IS NULL) = (decided_at IS NULL)),
  CHECK ((decision IS NULL) = (status <> 'decided'))
);
CREATE INDEX inspection_finding_unit_idx ON inspection_finding (unit_id, occurred_at DESC);
CREATE INDEX inspection_finding_official_idx ON inspection_finding (official_id, occurred_at DESC)
  WHERE official_id IS NOT NULL;
CREATE INDEX inspection_finding_inspection_idx ON inspection_finding (inspection_id);
CREATE UNIQUE INDEX inspection_finding_feedback_idx ON inspection_finding (source_feedback_id)
  WHERE source_feedback_id IS NOT NULL;

-- Photos taken on site, with the time they were taken (the bytes are attachments).
CREATE TABLE inspection_photo (
  attachment_id uuid PRIMARY KEY REFERENCES attachment(id),
  inspection_id uuid NOT NULL REFERENCES inspection(id),
  finding_id    uuid REFERENCES inspection_finding(id),
  taken_at      timestamptz NOT NULL
);
CREATE INDEX inspection_photo_finding_idx ON inspection_photo (finding_id) WHERE finding_id IS NOT NULL;

-- Every step of due process, append-only.
CREATE TABLE inspection_finding_event (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  finding_id uuid NOT NULL REFERENCES inspection_finding(id),
  type       text NOT NULL CHECK (type IN ('recorded','explained','decided')),
  at         timestamptz NOT NULL,
  actor_id   uuid REFERENCES app_user(id),
  payload    jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX inspection_finding_event_idx ON inspection_finding_event (finding_id, id);
