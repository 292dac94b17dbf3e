-- Indicator configuration (issue #8): the maximum points and targets of the QĐ 766 indicators as published
-- versions with an effective local date. A period is computed with the version in force on its first day,
-- so a new version never changes the figures of periods before it. Versions are never edited.
CREATE TABLE indicator_config (
  number         integer PRIMARY KEY CHECK (number > 0),
  effective_from date NOT NULL,
  -- {"indicators": {"qd766.2.2": {"maxPoints": 12, "target": 0.95}, ...}}: only what differs from shipped
  settings       jsonb NOT NULL,
  note           text NOT NULL,
  created_by     uuid REFERENCES app_user(id),
  created_at     timestamptz NOT NULL
);

CREATE FUNCTION indicator_config_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'indicator_config is immutable';
END;
$$;
CREATE TRIGGER indicator_config_no_update BEFORE UPDATE OR DELETE ON indicator_config
  FOR EACH ROW EXECUTE FUNCTION indicator_config_immutable();
