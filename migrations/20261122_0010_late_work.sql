-- Late work (domain.md §7): explanations of late steps, apologies with a new date, and the timers that
-- find work approaching or past its due time without indexing the dossier's hot columns.

-- The legally binding due time before any apology: statistics keep it (late stays late when apologised).
ALTER TABLE dossier ADD COLUMN original_due_at timestamptz;
UPDATE dossier SET original_due_at = due_at;

-- Versioned rules: warning leads, apology window, extensions allowed, reasons, escalation chain.
CREATE TABLE late_work_rule (
  version        integer PRIMARY KEY,
  effective_from timestamptz NOT NULL,
  rules          jsonb NOT NULL,
  created_at     timestamptz NOT NULL,
  created_by     uuid REFERENCES app_user(id)
);

-- A late step's explanation, by the person who held it (one per step period).
CREATE TABLE step_explanation (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id    uuid NOT NULL REFERENCES dossier(id),
  step_id       text NOT NULL,
  period_index  integer NOT NULL CHECK (period_index >= 0),
  user_id       uuid NOT NULL REFERENCES app_user(id),
  unit_id       uuid REFERENCES unit(id),
  reason_code   text NOT NULL,
  text          text NOT NULL,
  attachment_id uuid REFERENCES attachment(id),
  step_due_at   timestamptz NOT NULL,
  created_at    timestamptz NOT NULL,
  UNIQUE (dossier_id, period_index)
);
CREATE INDEX step_explanation_user_idx ON step_explanation (user_id, created_at);

-- An apology to the citizen (form 04) with a proposed new return date; applies only once approved.
CREATE TABLE dossier_apology (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id           uuid NOT NULL REFERENCES dossier(id),
  unit_id              uuid NOT NULL REFERENCES unit(id),
  drafted_by           uuid NOT NULL REFERENCES app_user(id),
  responsible_user_ids uuid[] NOT NULL DEFAULT '{}',
  reason_code          text NOT NULL,
  reason               text NOT NULL,
  original_due_at      timestamptz NOT NULL,
  previous_due_at      timestamptz NOT NULL,
  proposed_due_at      timestamptz NOT NULL CHECK (proposed_due_at > previous_due_at),
  status               text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected')),
  decided_by           uuid REFERENCES app_user(id),
  decided_at           timestamptz,
  decision_comment     text,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL
);
CREATE INDEX dossier_apology_dossier_idx ON dossier_apology (dossier_id, created_at);
CREATE UNIQUE INDEX dossier_apology_one_pending ON dossier_apology (dossier_id) WHERE status = 'pending';
CREATE INDEX dossier_apology_pending_idx ON dossier_apology (created_at) WHERE status = 'pending';
CREATE INDEX dossier_apology_decided_idx ON dossier_apology (decided_at DESC) WHERE status = 'approved';

-- Timers: written when a step or a dossier due time is set (insert-only, so the dossier row's updates stay
-- HOT); the sweep takes the ones whose time has come, checks they still hold, and deletes them.
CREATE TABLE late_timer (
  id           bigserial PRIMARY KEY,
  dossier_id   uuid NOT NULL REFERENCES dossier(id),
  kind         text NOT NULL CHECK (kind IN ('step_due_soon','step_overdue','dossier_due_soon','dossier_overdue','escalation')),
  period_index integer,
  level        integer NOT NULL DEFAULT 0,
  due_at       timestamptz NOT NULL,
  fire_at      timestamptz NOT NULL
);
CREATE INDEX late_timer_fire_idx ON late_timer (fire_at);

-- What the sweep found (append-only): each warning, lateness and escalation once, with who was told.
CREATE TABLE late_alert (
  id           bigserial PRIMARY KEY,
  dossier_id   uuid NOT NULL REFERENCES dossier(id),
  kind         text NOT NULL,
  period_index integer NOT NULL DEFAULT -1,
  level        integer NOT NULL DEFAULT 0,
  due_at       timestamptz NOT NULL,
  holder_id    uuid REFERENCES app_user(id),
  unit_id      uuid REFERENCES unit(id),
  recipient_ids uuid[] NOT NULL DEFAULT '{}',
  fired_at     timestamptz NOT NULL,
  UNIQUE (dossier_id, kind, period_index, level, due_at)
);
CREATE INDEX late_alert_fired_idx ON late_alert (fired_at DESC);
CREATE INDEX late_alert_recipients_idx ON late_alert USING gin (recipient_ids);

CREATE FUNCTION late_work_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER late_alert_no_update BEFORE UPDATE OR DELETE ON late_alert
  FOR EACH ROW EXECUTE FUNCTION late_work_append_only();
CREATE TRIGGER step_explanation_no_update BEFORE UPDATE OR DELETE ON step_explanation
  FOR EACH ROW EXECUTE FUNCTION late_work_append_only();
