-- Open dossiers for wide reads (issue #8, B5 "all units × one month"): every commune of the country at once.
--
-- Reading `rollup_open_unit` for every unit means a row per (unit, month received, due bucket): tens of
-- thousands of rows to sum at 10 M dossiers. Two narrower tables answer the same question from a few rows
-- per unit:
--   rollup_open_total  open dossiers per unit (all of them; "within time" unless shown overdue);
--   rollup_open_due    open dossiers per (due bucket, unit), folded at the horizon like the other open
--                      tables (migration 0015), keyed by the bucket first so "due before today" is one
--                      range of the index: about one folded row per unit.
-- A wide reader takes the totals, moves the buckets before today and today's dossiers already past due
-- (from the facts) to "overdue", and reads the cohort (overdue among those received in the period) from
-- `rollup_open_unit` by month received (new index below). Refresh, rebuild, horizon folding and the recount
-- treat both tables like the other open tables.

CREATE TABLE rollup_open_total (
  unit_id uuid PRIMARY KEY,
  open    integer NOT NULL
);

CREATE TABLE rollup_open_due (
  due_day date NOT NULL,
  unit_id uuid NOT NULL,
  open    integer NOT NULL,
  PRIMARY KEY (due_day, unit_id)
);

CREATE INDEX rollup_open_unit_cohort_idx ON rollup_open_unit (received_month, due_day) INCLUDE (unit_id, open);

INSERT INTO rollup_open_total (unit_id, open)
SELECT unit_id, sum(open) FROM rollup_open_unit GROUP BY unit_id HAVING sum(open) <> 0;

INSERT INTO rollup_open_due (due_day, unit_id, open)
SELECT due_day, unit_id, sum(open) FROM rollup_open_unit GROUP BY due_day, unit_id HAVING sum(open) <> 0;

-- Feedback of every unit for one month: a range of days, not a scan of the whole year.
CREATE INDEX rollup_feedback_day_day_idx ON rollup_feedback_day (day);

-- Counts every change applied to the roll-ups (refresh batches, rebuilds, horizon moves): a reader that keeps
-- a computed list (the portal's ranking of every commune) reuses it only while the count is unchanged.
ALTER TABLE rollup_state ADD COLUMN generation bigint NOT NULL DEFAULT 0;
