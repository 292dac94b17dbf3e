-- Foundation: units, people, roles, sessions, login throttling, append-only hash-chained audit log.

CREATE TABLE unit (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_id     uuid REFERENCES unit(id),
  -- materialised path of ids, '/<root id>/.../<own id>/', for subtree scope checks with a prefix match
  path          text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('country','province','district','commune','department','one_stop','agency','other')),
  code          text NOT NULL UNIQUE,
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  full_name     text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 300),
  name_en       text,
  admin_type    text,
  -- identifier used in dossier codes, e.g. 000.00.00.H26
  dossier_code_id text UNIQUE CHECK (dossier_code_id ~ '^[0-9A-Za-z.]{1,40}$'),
  active        boolean NOT NULL DEFAULT true,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX unit_parent_idx ON unit (parent_id);
CREATE INDEX unit_path_idx ON unit (path text_pattern_ops);
CREATE INDEX unit_name_idx ON unit (lower(full_name) text_pattern_ops);

CREATE TABLE app_user (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username        text NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 64),
  kind            text NOT NULL CHECK (kind IN ('official','citizen')),
  full_name       text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  unit_id         uuid REFERENCES unit(id),
  title           text,
  email           text,
  phone           text,
  id_number       text CHECK (id_number IS NULL OR id_number ~ '^([0-9]{9}|[0-9]{12})$'),
  password_hash   text,
  external_subject text UNIQUE,
  active          boolean NOT NULL DEFAULT true,
  failed_logins   integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  must_change_password boolean NOT NULL DEFAULT false,
  locale          text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi','en')),
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'official' AND unit_id IS NOT NULL) OR kind = 'citizen')
);
CREATE UNIQUE INDEX app_user_citizen_phone_uq ON app_user (phone) WHERE kind = 'citizen' AND phone IS NOT NULL;
CREATE UNIQUE INDEX app_user_citizen_id_number_uq ON app_user (id_number) WHERE kind = 'citizen' AND id_number IS NOT NULL;
CREATE INDEX app_user_unit_idx ON app_user (unit_id);
CREATE INDEX app_user_name_idx ON app_user (lower(full_name) text_pattern_ops);

CREATE TABLE user_role (
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  role    text NOT NULL CHECK (role IN ('reception','specialist','unit_leader','one_stop_head','inspector','home_affairs','sysadmin')),
  PRIMARY KEY (user_id, role)
);

CREATE TABLE session (
  -- sha-256 of the random token held in the cookie: a stolen table does not give usable cookies
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  user_agent   text,
  ip           text
);
CREATE INDEX session_user_idx ON session (user_id);
CREATE INDEX session_expires_idx ON session (expires_at);

-- Failed-login counters per client address, in fixed windows: works across several server instances.
CREATE TABLE login_throttle (
  key          text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  attempts     integer NOT NULL
);

CREATE TABLE audit_log (
  id            bigserial PRIMARY KEY,
  at            timestamptz NOT NULL,
  actor_id      uuid,
  actor_unit_id uuid,
  unit_id       uuid,
  action        text NOT NULL,
  target_type   text NOT NULL,
  target_id     text,
  summary       jsonb NOT NULL DEFAULT '{}'::jsonb,
  request_id    text,
  prev_hash     text NOT NULL,
  hash          text NOT NULL UNIQUE
);
CREATE INDEX audit_log_unit_idx ON audit_log (unit_id, id DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);

-- Append-only: neither the application nor a careless operator may rewrite history.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
