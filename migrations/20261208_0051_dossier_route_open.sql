-- Leaders' dashboards read the open dossiers of a subtree from the narrow route table (issue #20, B10: the
-- leader's dashboard of one ward took 41 s at 1 M dossiers). Counting late and soon-due dossiers by holder read
-- every open dossier of the subtree from the wide dossier rows (85 k rows on 26 k pages for one ward); the
-- route now also carries what those counts need, so they read about one page per 50 open dossiers:
--   receiving_path  the receiving unit's path (never changes after intake)
--   holder_id       the current holder
--   due_at          the due time the dossier is judged against, coalesce(original_due_at, due_at) as on the
--                   dossier (an extension moves due_at, not the original)
--   open            received and not finished (the dashboards' "open dossier")
-- A dossier is in the route while it has a step or a holder (migration 0048) or is open, so an open dossier
-- without a step still counts. Kept by the same statement triggers, so every writer keeps it right.
ALTER TABLE dossier_route
  ADD COLUMN receiving_path text,
  ADD COLUMN holder_id uuid,
  ADD COLUMN due_at timestamptz,
  ADD COLUMN open boolean NOT NULL DEFAULT false;

INSERT INTO dossier_route (dossier_id, step_path, holder_path, receiving_path, holder_id, due_at, open)
SELECT id, step_path, holder_path, receiving_path, current_holder_id, coalesce(original_due_at, due_at),
       finished_at IS NULL AND received_at IS NOT NULL
  FROM dossier
 WHERE step_path IS NOT NULL OR holder_path IS NOT NULL OR (finished_at IS NULL AND received_at IS NOT NULL)
ON CONFLICT (dossier_id) DO UPDATE
  SET step_path = excluded.step_path, holder_path = excluded.holder_path,
      receiving_path = excluded.receiving_path, holder_id = excluded.holder_id,
      due_at = excluded.due_at, open = excluded.open;

-- open dossiers by receiving unit; the step and holder paths use the route's indexes of migration 0048
CREATE INDEX dossier_route_open_receiving_idx ON dossier_route (receiving_path text_pattern_ops) WHERE open;
-- the at-risk list (soonest due first, 50 rows) walks open dossiers in due order and stops at the 50th in scope
-- (1 ms for a ward at 1 M dossiers, against 55 ms sorting every open dossier of the ward); a small scope is
-- read through the path indexes instead
CREATE INDEX dossier_route_open_due_idx ON dossier_route (due_at) WHERE open;

CREATE OR REPLACE FUNCTION dossier_route_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dossier_route (dossier_id, step_path, holder_path, receiving_path, holder_id, due_at, open)
  SELECT id, step_path, holder_path, receiving_path, current_holder_id, coalesce(original_due_at, due_at),
         finished_at IS NULL AND received_at IS NOT NULL
    FROM new_rows
   WHERE step_path IS NOT NULL OR holder_path IS NOT NULL OR (finished_at IS NULL AND received_at IS NOT NULL);
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION dossier_route_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- no step, no holder and not open any more (finished): out of the table
  DELETE FROM dossier_route r
   USING new_rows n
   WHERE r.dossier_id = n.id AND n.step_path IS NULL AND n.holder_path IS NULL
     AND NOT (n.finished_at IS NULL AND n.received_at IS NOT NULL);
  -- something the route carries changed (or the dossier entered the route)
  INSERT INTO dossier_route (dossier_id, step_path, holder_path, receiving_path, holder_id, due_at, open)
  SELECT n.id, n.step_path, n.holder_path, n.receiving_path, n.current_holder_id,
         coalesce(n.original_due_at, n.due_at), n.finished_at IS NULL AND n.received_at IS NOT NULL
    FROM new_rows n JOIN old_rows o ON o.id = n.id
   WHERE (n.step_path IS NOT NULL OR n.holder_path IS NOT NULL OR (n.finished_at IS NULL AND n.received_at IS NOT NULL))
     AND (n.step_path IS DISTINCT FROM o.step_path
          OR n.holder_path IS DISTINCT FROM o.holder_path
          OR n.receiving_path IS DISTINCT FROM o.receiving_path
          OR n.current_holder_id IS DISTINCT FROM o.current_holder_id
          OR coalesce(n.original_due_at, n.due_at) IS DISTINCT FROM coalesce(o.original_due_at, o.due_at)
          OR (n.finished_at IS NULL AND n.received_at IS NOT NULL)
             IS DISTINCT FROM (o.finished_at IS NULL AND o.received_at IS NOT NULL))
  ON CONFLICT (dossier_id) DO UPDATE
    SET step_path = excluded.step_path, holder_path = excluded.holder_path,
        receiving_path = excluded.receiving_path, holder_id = excluded.holder_id,
        due_at = excluded.due_at, open = excluded.open;
  RETURN NULL;
END;
$$;
