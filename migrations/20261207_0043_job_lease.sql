-- One job runner across instances (issue #21 items 2 and 5). Every periodic job (late-work sweep, roll-up
-- refresh, audit sealing) runs only on the instance holding its lease: a row per job name, taken when free
-- or expired, renewed by its holder before each pass, released on a graceful stop. Times are the database's
-- own (now()), so the instances' clocks do not have to agree. The counters are kept for operators; each
-- process also reports its own in /metrics.
CREATE TABLE job_lease (
  name             text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9-]{0,62}$'),
  holder           text NOT NULL,
  expires_at       timestamptz NOT NULL,
  last_started_at  timestamptz,
  last_finished_at timestamptz,
  last_error       text,
  runs             bigint NOT NULL DEFAULT 0 CHECK (runs >= 0),
  failures         bigint NOT NULL DEFAULT 0 CHECK (failures >= 0)
);
