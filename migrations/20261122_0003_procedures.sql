-- Procedure catalogue: a procedure row (searchable columns) and its immutable versions (the definition as
-- validated JSON). A dossier will reference the version it started with, never the procedure's current one.

CREATE TABLE procedure (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code               text NOT NULL UNIQUE,
  name               text NOT NULL,
  field              text NOT NULL,
  level              text NOT NULL CHECK (level IN ('commune','province','department','ministry')),
  online_level       text NOT NULL CHECK (online_level IN ('full','partial','none')),
  -- unit whose administrators edit this procedure (null: the system administrator only)
  owner_unit_id      uuid REFERENCES unit(id),
  current_version_id uuid,
  draft_version_id   uuid,
  demo               boolean NOT NULL DEFAULT false,
  archived           boolean NOT NULL DEFAULT false,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL
);
CREATE INDEX procedure_name_idx ON procedure (lower(name) text_pattern_ops);
CREATE INDEX procedure_field_idx ON procedure (field);

CREATE TABLE procedure_version (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id   uuid NOT NULL REFERENCES procedure(id),
  number         integer NOT NULL CHECK (number > 0),
  status         text NOT NULL CHECK (status IN ('draft','published','superseded')),
  definition     jsonb NOT NULL,
  effective_from timestamptz,
  published_at   timestamptz,
  published_by   uuid REFERENCES app_user(id),
  created_at     timestamptz NOT NULL,
  created_by     uuid REFERENCES app_user(id),
  UNIQUE (procedure_id, number),
  CHECK (status = 'draft' OR (effective_from IS NOT NULL AND published_at IS NOT NULL))
);
-- at most one draft per procedure
CREATE UNIQUE INDEX procedure_version_one_draft ON procedure_version (procedure_id) WHERE status = 'draft';

ALTER TABLE procedure ADD CONSTRAINT procedure_current_fk FOREIGN KEY (current_version_id) REFERENCES procedure_version(id);
ALTER TABLE procedure ADD CONSTRAINT procedure_draft_fk FOREIGN KEY (draft_version_id) REFERENCES procedure_version(id);

-- Published versions never change: edits make a new draft.
CREATE FUNCTION procedure_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (NEW.definition IS DISTINCT FROM OLD.definition OR NEW.number <> OLD.number) THEN
    RAISE EXCEPTION 'published procedure versions are immutable';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER procedure_version_frozen BEFORE UPDATE ON procedure_version
  FOR EACH ROW EXECUTE FUNCTION procedure_version_frozen();

-- What each unit offers: a unit administrator switches procedures on for their unit (receiving units).
CREATE TABLE unit_procedure (
  unit_id      uuid NOT NULL REFERENCES unit(id),
  procedure_id uuid NOT NULL REFERENCES procedure(id),
  enabled_at   timestamptz NOT NULL,
  enabled_by   uuid REFERENCES app_user(id),
  PRIMARY KEY (unit_id, procedure_id)
);
CREATE INDEX unit_procedure_procedure_idx ON unit_procedure (procedure_id);
