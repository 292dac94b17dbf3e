-- Step transitions stay HOT (heap-only) updates (issue #20 item 3, benchmark B2). The unit paths of a
-- dossier's current step and holder (migration 0018) change on most transitions; while they were indexed on
-- the wide dossier row, every transition wrote a new entry into each of the row's ten indexes and none was
-- HOT. The two paths stay on the row (the per-row scope checks read them there), and their indexes move to
-- this narrow table, which holds the dossiers that have a step or a holder (open ones): a transition now
-- rewrites the dossier in place on its page (fillfactor 70, migration 0008) and updates one small row here.
-- Kept by statement triggers with transition tables, so bulk writers (demo history, imports, unit moves)
-- keep it right in one statement each.
CREATE TABLE dossier_route (
  dossier_id  uuid PRIMARY KEY,
  step_path   text,
  holder_path text
) WITH (fillfactor = 80);

INSERT INTO dossier_route (dossier_id, step_path, holder_path)
SELECT id, step_path, holder_path FROM dossier WHERE step_path IS NOT NULL OR holder_path IS NOT NULL;

CREATE INDEX dossier_route_step_idx ON dossier_route (step_path text_pattern_ops) WHERE step_path IS NOT NULL;
CREATE INDEX dossier_route_holder_idx ON dossier_route (holder_path text_pattern_ops) WHERE holder_path IS NOT NULL;
-- open dossiers by receiving unit (work queues and leaders' dashboards read open dossiers only; the receiving
-- path never changes, so this index costs transitions nothing)
CREATE INDEX dossier_open_receiving_path_idx ON dossier (receiving_path text_pattern_ops) WHERE finished_at IS NULL;
DROP INDEX dossier_open_step_path_idx;
DROP INDEX dossier_open_holder_path_idx;

CREATE FUNCTION dossier_route_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dossier_route (dossier_id, step_path, holder_path)
  SELECT id, step_path, holder_path FROM new_rows WHERE step_path IS NOT NULL OR holder_path IS NOT NULL;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_route_inserted AFTER INSERT ON dossier
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_route_inserted();

CREATE FUNCTION dossier_route_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- neither a step nor a holder any more (finished): out of the table
  DELETE FROM dossier_route r
   USING new_rows n
   WHERE r.dossier_id = n.id AND n.step_path IS NULL AND n.holder_path IS NULL;
  -- a path changed (or the dossier got its first step or holder)
  INSERT INTO dossier_route (dossier_id, step_path, holder_path)
  SELECT n.id, n.step_path, n.holder_path
    FROM new_rows n JOIN old_rows o ON o.id = n.id
   WHERE (n.step_path IS NOT NULL OR n.holder_path IS NOT NULL)
     AND (n.step_path IS DISTINCT FROM o.step_path OR n.holder_path IS DISTINCT FROM o.holder_path)
  ON CONFLICT (dossier_id) DO UPDATE SET step_path = excluded.step_path, holder_path = excluded.holder_path;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_route_updated AFTER UPDATE ON dossier
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier_route_updated();
