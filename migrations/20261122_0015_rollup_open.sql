-- Open dossiers in the roll-ups (issue #8): "in progress within time / overdue" read from small tables
-- instead of scanning open dossiers.
--
-- Each open, received dossier's fact carries its legal due time (`rollup_dossier.open_due`). The refresher
-- counts open dossiers per (unit, procedure, month received, local due day). Whether a dossier is overdue
-- depends on the time of the question, so a reader splits the counts at today's date: due days before today
-- are overdue, due days after today are within time, and today's few dossiers are split at the minute from
-- the facts' `open_due` index.
--
-- The due days of the past all mean "overdue", so they are folded into one bucket: the day before
-- `rollup_state.open_horizon` (a local date never after today). Every stored bucket is
-- greatest(due day, open_horizon - 1); the refresher moves the horizon to today and folds the older
-- buckets in the same transaction, so the tables stay a few rows per unit and month whatever the backlog.
-- A horizon after today (a development clock moved backwards) makes readers count from the facts instead.

ALTER TABLE rollup_dossier ADD COLUMN open_due timestamptz;
ALTER TABLE rollup_state ADD COLUMN open_horizon date;

CREATE TABLE rollup_open (
  unit_id        uuid NOT NULL,
  procedure_id   uuid NOT NULL,
  received_month date NOT NULL,
  due_day        date NOT NULL,
  open           integer NOT NULL,
  PRIMARY KEY (unit_id, received_month, due_day, procedure_id)
);
CREATE INDEX rollup_open_procedure_idx ON rollup_open (procedure_id);

-- The same per unit, all procedures together (rankings, every unit at once).
CREATE TABLE rollup_open_unit (
  unit_id        uuid NOT NULL,
  received_month date NOT NULL,
  due_day        date NOT NULL,
  open           integer NOT NULL,
  PRIMARY KEY (unit_id, received_month, due_day)
);

-- Today's open dossiers, split at the minute (covering: read from the index alone once vacuumed).
CREATE INDEX rollup_dossier_open_due_idx ON rollup_dossier (open_due)
  INCLUDE (unit_id, procedure_id, received_day) WHERE open_due IS NOT NULL;
-- The same for a few units (a commune's page): today's open facts of each unit, or all of them when the
-- horizon cannot be used.
CREATE INDEX rollup_dossier_open_unit_idx ON rollup_dossier (unit_id, open_due)
  INCLUDE (procedure_id, received_day) WHERE open_due IS NOT NULL;

-- Existing facts: the open dossiers' legal due times, counted without folding (horizon not set yet).
UPDATE rollup_dossier f SET open_due = coalesce(d.original_due_at, d.due_at)
FROM dossier d
WHERE d.id = f.dossier_id AND d.finished_at IS NULL AND d.received_at IS NOT NULL;

INSERT INTO rollup_open (unit_id, procedure_id, received_month, due_day, open)
SELECT unit_id, procedure_id, date_trunc('month', received_day)::date,
       (open_due AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, count(*)
FROM rollup_dossier WHERE open_due IS NOT NULL GROUP BY 1, 2, 3, 4;

INSERT INTO rollup_open_unit (unit_id, received_month, due_day, open)
SELECT unit_id, received_month, due_day, sum(open) FROM rollup_open GROUP BY 1, 2, 3;
