-- Monthly partitions of the append-only tables (issue #21 item 4: growth). A province keeps five years of
-- dossiers; tables written at every step grow without bound, and one heap with one set of indexes per table
-- makes vacuum, index size and any retention (a DELETE of hundreds of millions of rows) the limit. Each
-- table below is partitioned by RANGE on a time column, one partition per calendar month in Vietnam's time
-- (Asia/Ho_Chi_Minh), named <table>_pYYYYMM, plus <table>_default for rows outside every created month
-- (far-past imports, a clock set wrong): an insert never fails for want of a partition.
--
-- The partition key must be part of every unique key, so each table is keyed where that weakens nothing:
--   late_alert  by due_at  — its unique key (dossier, kind, period, level, due_at) already holds due_at, so
--                            the sweep stays idempotent (ON CONFLICT on the same columns);
--   late_timer  by fire_at — the sweep takes timers by fire_at (partitions pruned); fired timers are deleted,
--                            so past months empty out and the job drops them;
--   audit_log   by at      — the primary key becomes (id, at): ids still come from one sequence; the old
--                            chain's UNIQUE (hash) and audit_seal's foreign key go, because the seal chain
--                            (migration 0037) is what proves every entry is there: `audit verify` walks the
--                            seals and reports a sealed entry that is missing, changed or out of place.
-- Partitions are created ahead by the `partitions` job (kc_ensure_month_partition, below); retention is
-- configuration (PARTITION_RETENTION) and never touches audit_log (see src/server/jobs/partitions.ts).

-- The append-only triggers let exactly one thing through: rows moved out of a default partition into their
-- month's new partition by kc_ensure_month_partition, inside its own transaction (the flag is local to it).
CREATE OR REPLACE FUNCTION late_work_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('kc.partition_move', true) = 'on' THEN RETURN OLD; END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('kc.partition_move', true) = 'on' THEN RETURN OLD; END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

-- Creates the partition of `parent` for the month holding `month` (Vietnam time) unless it exists; rows of
-- that month waiting in <parent>_default move into it. The partition is made apart and then ATTACHed, which
-- locks the parent only against schema changes (SHARE UPDATE EXCLUSIVE): reads and writes go on. Returns
-- whether it created the partition.
CREATE FUNCTION kc_ensure_month_partition(parent text, month date) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  first date := date_trunc('month', month)::date;
  part text := parent || '_p' || to_char(first, 'YYYYMM');
  fallback text := parent || '_default';
  lower_bound timestamptz := first::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh';
  upper_bound timestamptz := (first + interval '1 month')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh';
  key text;
BEGIN
  IF to_regclass(part) IS NOT NULL THEN RETURN false; END IF;
  SELECT a.attname INTO STRICT key
  FROM pg_partitioned_table p JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
  WHERE p.partrelid = parent::regclass;
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part, parent);
  PERFORM set_config('kc.partition_move', 'on', true);
  EXECUTE format(
    'WITH moved AS (DELETE FROM %I WHERE %I >= $1 AND %I < $2 RETURNING *) INSERT INTO %I SELECT * FROM moved',
    fallback, key, key, part) USING lower_bound, upper_bound;
  PERFORM set_config('kc.partition_move', 'off', true);
  EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
    parent, part, lower_bound, upper_bound);
  RETURN true;
END;
$$;

-- Partitions for the months a table's rows fall in, from at most five years back, to three months ahead.
CREATE FUNCTION kc_partition_months(low timestamptz, high timestamptz) RETURNS SETOF date LANGUAGE sql AS $$
  SELECT generate_series(
    date_trunc('month', greatest(coalesce(low, now()), now() - interval '5 years') AT TIME ZONE 'Asia/Ho_Chi_Minh'),
    date_trunc('month', greatest(coalesce(high, now()), now()) AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '3 months',
    interval '1 month')::date
$$;

-- late_alert -------------------------------------------------------------------------------------------
ALTER TABLE late_alert RENAME TO late_alert_unpartitioned;
ALTER SEQUENCE late_alert_id_seq OWNED BY NONE;
CREATE TABLE late_alert (LIKE late_alert_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY RANGE (due_at);
CREATE TABLE late_alert_default PARTITION OF late_alert DEFAULT;
SELECT kc_ensure_month_partition('late_alert', m)
FROM kc_partition_months((SELECT min(due_at) FROM late_alert_unpartitioned),
                         (SELECT max(due_at) FROM late_alert_unpartitioned)) m;
INSERT INTO late_alert SELECT * FROM late_alert_unpartitioned;
DROP TABLE late_alert_unpartitioned;
ALTER SEQUENCE late_alert_id_seq OWNED BY late_alert.id;
ALTER TABLE late_alert ADD PRIMARY KEY (id, due_at);
ALTER TABLE late_alert ADD UNIQUE (dossier_id, kind, period_index, level, due_at);
CREATE INDEX late_alert_fired_idx ON late_alert (fired_at DESC);
CREATE INDEX late_alert_recipients_idx ON late_alert USING gin (recipient_ids);
CREATE TRIGGER late_alert_no_update BEFORE UPDATE OR DELETE ON late_alert
  FOR EACH ROW EXECUTE FUNCTION late_work_append_only();

-- late_timer -------------------------------------------------------------------------------------------
ALTER TABLE late_timer RENAME TO late_timer_unpartitioned;
ALTER SEQUENCE late_timer_id_seq OWNED BY NONE;
CREATE TABLE late_timer (LIKE late_timer_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY RANGE (fire_at);
CREATE TABLE late_timer_default PARTITION OF late_timer DEFAULT;
SELECT kc_ensure_month_partition('late_timer', m)
FROM kc_partition_months((SELECT min(fire_at) FROM late_timer_unpartitioned),
                         (SELECT max(fire_at) FROM late_timer_unpartitioned)) m;
INSERT INTO late_timer SELECT * FROM late_timer_unpartitioned;
DROP TABLE late_timer_unpartitioned;
ALTER SEQUENCE late_timer_id_seq OWNED BY late_timer.id;
ALTER TABLE late_timer ADD PRIMARY KEY (id, fire_at);
CREATE INDEX late_timer_fire_idx ON late_timer (fire_at);

-- audit_log --------------------------------------------------------------------------------------------
ALTER TABLE audit_seal DROP CONSTRAINT audit_seal_entry_id_fkey;
ALTER TABLE audit_log RENAME TO audit_log_unpartitioned;
ALTER SEQUENCE audit_log_id_seq OWNED BY NONE;
CREATE TABLE audit_log (LIKE audit_log_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY RANGE (at);
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
SELECT kc_ensure_month_partition('audit_log', m)
FROM kc_partition_months((SELECT min(at) FROM audit_log_unpartitioned),
                         (SELECT max(at) FROM audit_log_unpartitioned)) m;
INSERT INTO audit_log SELECT * FROM audit_log_unpartitioned;
DROP TABLE audit_log_unpartitioned;
ALTER SEQUENCE audit_log_id_seq OWNED BY audit_log.id;
ALTER TABLE audit_log ADD PRIMARY KEY (id, at);
CREATE INDEX audit_log_unit_idx ON audit_log (unit_id, id DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
