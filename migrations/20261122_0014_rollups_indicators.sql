-- Roll-ups for indicators, rankings and the public transparency portal (issue #8).
--
-- How figures stay exact and incremental:
-- 1. Writers only mark what changed: statement/row triggers append the dossier id to `rollup_dirty` (an
--    insert-only queue: no hot row, no contention) when an action is logged, fees are paid, an apology is
--    decided, a satisfaction response or a complaint arrives. The dossier service's code is untouched.
-- 2. The refresher (server loop, worker, CLI, before fresh reads) takes a batch of the queue under an
--    advisory lock, recomputes each dossier's facts from the raw rows (`rollup_dossier`, one row per
--    dossier), and applies new facts minus old facts to the day and month tables.
-- 3. `rollups verify` recounts everything from the raw rows and compares: every figure must match.
-- A queue rather than an id watermark on `dossier_action`: sequence order is not commit order, so a
-- watermark can step over an action whose transaction commits late.

CREATE TABLE rollup_dirty (
  id         bigserial PRIMARY KEY,
  dossier_id uuid NOT NULL
);

CREATE TABLE rollup_dirty_feedback (
  id      bigserial PRIMARY KEY,
  unit_id uuid NOT NULL,
  day     date NOT NULL
);

CREATE TABLE rollup_state (
  id           integer PRIMARY KEY CHECK (id = 1),
  refreshed_at timestamptz,
  rebuilt_at   timestamptz
);
INSERT INTO rollup_state (id) VALUES (1);

-- One row per dossier: what it contributes, and on which local (Asia/Ho_Chi_Minh) day.
CREATE TABLE rollup_dossier (
  dossier_id        uuid PRIMARY KEY,
  unit_id           uuid NOT NULL,
  procedure_id      uuid NOT NULL,
  channel           text NOT NULL,
  received_day      date,
  finished_day      date,
  finish_class      text CHECK (finish_class IN ('early','on_time','late')),
  returned_day      date,
  processing_minutes integer,
  step_points       smallint,
  supplement_count  integer NOT NULL DEFAULT 0,
  fee_due           boolean NOT NULL DEFAULT false,
  paid_online       boolean NOT NULL DEFAULT false,
  apology_day       date,
  sat_day           date,
  sat_satisfied     boolean,
  sat_answered_mask smallint NOT NULL DEFAULT 0,
  sat_ok_mask       smallint NOT NULL DEFAULT 0,
  complaint_upheld  boolean NOT NULL DEFAULT false,
  disliked_or_complained boolean NOT NULL DEFAULT false
);

-- The measures, in the order of ROLLUP_MEASURES (src/domain/indicators/measures.ts); a test keeps them in step.
CREATE TABLE rollup_day (
  unit_id      uuid NOT NULL,
  procedure_id uuid NOT NULL,
  day          date NOT NULL,
  received integer NOT NULL DEFAULT 0, received_counter integer NOT NULL DEFAULT 0,
  received_online integer NOT NULL DEFAULT 0, received_postal integer NOT NULL DEFAULT 0,
  fee_due integer NOT NULL DEFAULT 0, paid_online integer NOT NULL DEFAULT 0,
  supplement_requested integer NOT NULL DEFAULT 0, contact_points integer NOT NULL DEFAULT 0,
  cohort_late integer NOT NULL DEFAULT 0, disliked_or_complained integer NOT NULL DEFAULT 0,
  finished integer NOT NULL DEFAULT 0, finished_early integer NOT NULL DEFAULT 0,
  finished_on_time integer NOT NULL DEFAULT 0, finished_late integer NOT NULL DEFAULT 0,
  finished_online integer NOT NULL DEFAULT 0, finished_online_late integer NOT NULL DEFAULT 0,
  processing_minutes bigint NOT NULL DEFAULT 0, step_points integer NOT NULL DEFAULT 0,
  attitude_points integer NOT NULL DEFAULT 0, returned integer NOT NULL DEFAULT 0,
  apologies integer NOT NULL DEFAULT 0,
  sat_responses integer NOT NULL DEFAULT 0, sat_satisfied integer NOT NULL DEFAULT 0,
  sat_access_answered integer NOT NULL DEFAULT 0, sat_access_satisfied integer NOT NULL DEFAULT 0,
  sat_procedure_answered integer NOT NULL DEFAULT 0, sat_procedure_satisfied integer NOT NULL DEFAULT 0,
  sat_officials_answered integer NOT NULL DEFAULT 0, sat_officials_satisfied integer NOT NULL DEFAULT 0,
  sat_result_answered integer NOT NULL DEFAULT 0, sat_result_satisfied integer NOT NULL DEFAULT 0,
  sat_feedback_answered integer NOT NULL DEFAULT 0, sat_feedback_satisfied integer NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, day, procedure_id)
);
CREATE INDEX rollup_day_procedure_idx ON rollup_day (procedure_id, day);

-- The same measures per calendar month (`month` is its first day): months, quarters and years read these.
CREATE TABLE rollup_month (LIKE rollup_day INCLUDING DEFAULTS);
ALTER TABLE rollup_month RENAME COLUMN day TO month;
ALTER TABLE rollup_month ADD PRIMARY KEY (unit_id, month, procedure_id);
CREATE INDEX rollup_month_month_idx ON rollup_month (month);
CREATE INDEX rollup_month_procedure_idx ON rollup_month (procedure_id, month);

-- The same per unit and month, all procedures together: rankings and open data of every unit read this.
CREATE TABLE rollup_unit_month (LIKE rollup_month INCLUDING DEFAULTS);
ALTER TABLE rollup_unit_month DROP COLUMN procedure_id;
ALTER TABLE rollup_unit_month ADD PRIMARY KEY (unit_id, month);
CREATE INDEX rollup_unit_month_month_idx ON rollup_unit_month (month);

-- Feedback and complaints (PAKN) per responsible unit and local day; they carry no procedure.
CREATE TABLE rollup_feedback_day (
  unit_id  uuid NOT NULL,
  day      date NOT NULL,
  fb_received integer NOT NULL DEFAULT 0,
  fb_complaints integer NOT NULL DEFAULT 0,
  fb_answered integer NOT NULL DEFAULT 0,
  fb_answered_on_time integer NOT NULL DEFAULT 0,
  fb_upheld integer NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, day)
);

-- Writers mark dossiers dirty. Statement-level on the action log: one queue row per dossier per statement,
-- so bulk loads stay cheap.
CREATE FUNCTION rollup_mark_actions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rollup_dirty (dossier_id) SELECT DISTINCT dossier_id FROM new_actions;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_action_rollup AFTER INSERT ON dossier_action
  REFERENCING NEW TABLE AS new_actions FOR EACH STATEMENT EXECUTE FUNCTION rollup_mark_actions();

CREATE FUNCTION rollup_mark_dossier() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF OLD.dossier_id IS NOT NULL THEN
      INSERT INTO rollup_dirty (dossier_id) VALUES (OLD.dossier_id);
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NEW.dossier_id IS NOT NULL THEN
      INSERT INTO rollup_dirty (dossier_id) VALUES (NEW.dossier_id);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

-- Payments change `fees` without an action: mark only when fees change (the trigger has a column list,
-- so step transitions, which never set fees, do not fire it).
CREATE FUNCTION rollup_mark_fees() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rollup_dirty (dossier_id) VALUES (NEW.id);
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_fees_rollup AFTER UPDATE OF fees ON dossier
  FOR EACH ROW WHEN (OLD.fees IS DISTINCT FROM NEW.fees) EXECUTE FUNCTION rollup_mark_fees();

CREATE FUNCTION rollup_mark_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO rollup_dirty_feedback (unit_id, day)
      SELECT OLD.unit_id, (t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
      FROM unnest(ARRAY[OLD.received_at, OLD.answered_at]) t WHERE t IS NOT NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO rollup_dirty_feedback (unit_id, day)
      SELECT NEW.unit_id, (t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
      FROM unnest(ARRAY[NEW.received_at, NEW.answered_at]) t WHERE t IS NOT NULL;
  END IF;
  RETURN NULL;
END;
$$;

-- Tables of issues #6 and #7 (migrations 0010–0011): their rows change figures too.
CREATE TRIGGER dossier_apology_rollup AFTER INSERT OR UPDATE OR DELETE ON dossier_apology
  FOR EACH ROW EXECUTE FUNCTION rollup_mark_dossier();
CREATE TRIGGER satisfaction_response_rollup AFTER INSERT OR UPDATE OR DELETE ON satisfaction_response
  FOR EACH ROW EXECUTE FUNCTION rollup_mark_dossier();
CREATE TRIGGER feedback_rollup_dossier AFTER INSERT OR UPDATE OR DELETE ON feedback
  FOR EACH ROW EXECUTE FUNCTION rollup_mark_dossier();
CREATE TRIGGER feedback_rollup_keys AFTER INSERT OR UPDATE OR DELETE ON feedback
  FOR EACH ROW EXECUTE FUNCTION rollup_mark_feedback();
-- recounting a day of answers per unit (feedback_unit_idx already serves received_at)
CREATE INDEX feedback_rollup_answered_idx ON feedback (unit_id, answered_at);
