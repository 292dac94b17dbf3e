-- Who may see and act on a dossier: an official whose unit subtree holds the dossier's receiving unit, the
-- unit of its current step or its current holder. Scope never flows upward: a dossier of an ancestor unit
-- (the city, when the official sits in a ward) is not the official's. The three unit paths are kept on the
-- dossier row by triggers, so every writer (intake, actions, demo history, imports) keeps them right, and
-- lists filter on them with prefix matches.
ALTER TABLE dossier
  ADD COLUMN receiving_path text,
  ADD COLUMN step_path text,
  ADD COLUMN holder_path text;

-- The unit of a dossier's step: the receiving one-stop unit for a one-stop step; for a department step the
-- authority's own department of that name (a child of the authority, or a child of one of its departments,
-- never a unit of a commune below it; a leading "Lãnh đạo " names the department's leadership and
-- "Phòng X - Sở Y" a division of a department); otherwise, or when no such unit exists, the authority.
CREATE FUNCTION dossier_step_unit_path(
  p_version uuid, p_variant text, p_step text, p_receiving_path text, p_authority uuid
) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  step_kind text;
  step_unit text;
  authority_path text;
  found_path text;
BEGIN
  IF p_step IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT s->>'unitKind', s->>'unitName' INTO step_kind, step_unit
    FROM procedure_version pv,
         jsonb_array_elements(pv.definition->'workflows') w,
         jsonb_array_elements(w->'steps') s
   WHERE pv.id = p_version
     AND s->>'id' = p_step
     AND w->>'id' = coalesce(
           (SELECT v->>'workflowId' FROM jsonb_array_elements(pv.definition->'variants') v WHERE v->>'id' = p_variant),
           pv.definition->>'defaultWorkflowId')
   LIMIT 1;
  IF step_kind = 'one_stop' THEN
    RETURN p_receiving_path;
  END IF;
  SELECT path INTO authority_path FROM unit WHERE id = p_authority;
  IF step_kind = 'department' THEN
    step_unit := regexp_replace(step_unit, '^Lãnh đạo ', '');
    SELECT u.path INTO found_path
      FROM unit u
     WHERE (u.parent_id = p_authority
            OR EXISTS (SELECT 1 FROM unit m WHERE m.id = u.parent_id AND m.parent_id = p_authority AND m.kind = 'department'))
       AND (u.name = step_unit OR u.full_name = step_unit OR u.name = split_part(step_unit, ' - ', 1))
     ORDER BY (u.name = step_unit OR u.full_name = step_unit) DESC, length(u.path), u.path
     LIMIT 1;
    RETURN coalesce(found_path, authority_path);
  END IF;
  RETURN authority_path;
END;
$$;

CREATE FUNCTION dossier_keep_scope_paths() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.receiving_unit_id IS DISTINCT FROM OLD.receiving_unit_id THEN
    NEW.receiving_path := (SELECT path FROM unit WHERE id = NEW.receiving_unit_id);
  END IF;
  IF TG_OP = 'INSERT' OR NEW.current_step_id IS DISTINCT FROM OLD.current_step_id
     OR NEW.procedure_version_id IS DISTINCT FROM OLD.procedure_version_id THEN
    NEW.step_path := dossier_step_unit_path(NEW.procedure_version_id, NEW.variant_id, NEW.current_step_id,
                                            NEW.receiving_path, NEW.authority_unit_id);
  END IF;
  IF TG_OP = 'INSERT' OR NEW.current_holder_id IS DISTINCT FROM OLD.current_holder_id THEN
    NEW.holder_path := (SELECT u.path FROM app_user a JOIN unit u ON u.id = a.unit_id WHERE a.id = NEW.current_holder_id);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER dossier_scope_paths BEFORE INSERT OR UPDATE OF receiving_unit_id, current_step_id, current_holder_id, procedure_version_id
  ON dossier FOR EACH ROW EXECUTE FUNCTION dossier_keep_scope_paths();

-- A unit moved under another parent: every path recorded on dossiers follows it.
CREATE FUNCTION unit_move_dossier_paths() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.path IS DISTINCT FROM OLD.path THEN
    UPDATE dossier SET scope_path = NEW.path || substr(scope_path, length(OLD.path) + 1) WHERE scope_path LIKE OLD.path || '%';
    UPDATE dossier SET receiving_path = NEW.path || substr(receiving_path, length(OLD.path) + 1) WHERE receiving_path LIKE OLD.path || '%';
    UPDATE dossier SET step_path = NEW.path || substr(step_path, length(OLD.path) + 1) WHERE step_path LIKE OLD.path || '%';
    UPDATE dossier SET holder_path = NEW.path || substr(holder_path, length(OLD.path) + 1) WHERE holder_path LIKE OLD.path || '%';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER unit_move_dossier_paths AFTER UPDATE OF path ON unit
  FOR EACH ROW EXECUTE FUNCTION unit_move_dossier_paths();

-- An official moved to another unit: the open dossiers they hold follow them.
CREATE FUNCTION user_move_dossier_paths() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.unit_id IS DISTINCT FROM OLD.unit_id THEN
    UPDATE dossier SET holder_path = (SELECT path FROM unit WHERE id = NEW.unit_id)
     WHERE current_holder_id = NEW.id AND finished_at IS NULL;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER user_move_dossier_paths AFTER UPDATE OF unit_id ON app_user
  FOR EACH ROW EXECUTE FUNCTION user_move_dossier_paths();

-- Existing dossiers.
UPDATE dossier d SET receiving_path = u.path FROM unit u WHERE u.id = d.receiving_unit_id;
UPDATE dossier d
   SET step_path = dossier_step_unit_path(d.procedure_version_id, d.variant_id, d.current_step_id, d.receiving_path, d.authority_unit_id)
 WHERE d.current_step_id IS NOT NULL;
UPDATE dossier d SET holder_path = u.path FROM app_user a JOIN unit u ON u.id = a.unit_id WHERE a.id = d.current_holder_id;
ALTER TABLE dossier ALTER COLUMN receiving_path SET NOT NULL;

CREATE INDEX dossier_receiving_path_idx ON dossier (receiving_path text_pattern_ops, created_at DESC);
CREATE INDEX dossier_open_step_path_idx ON dossier (step_path text_pattern_ops) WHERE finished_at IS NULL;
CREATE INDEX dossier_open_holder_path_idx ON dossier (holder_path text_pattern_ops) WHERE finished_at IS NULL;
