-- Abuse limits (security issue items 2, 3 and 10): attempt counters kept in the database so they hold across
-- several server instances. One row per key (`login-account:<id>`, `login-ip:<address>`, `track-code:<code>`,
-- …). An attempt is counted BEFORE the secret is checked, by one `INSERT … ON CONFLICT DO UPDATE … WHERE
-- next_allowed_at <= now RETURNING`: parallel requests serialise on the row and none slips past the limit.
--   attempts         attempts counted in the current window (a success gives its attempt back or clears)
--   window_start     when the window began; a window older than the policy's length starts afresh
--   next_allowed_at  no attempt is accepted before it (end of the window once the limit is reached, or the
--                    increasing delay after repeated failures)
CREATE TABLE attempt_counter (
  key             text PRIMARY KEY,
  attempts        integer NOT NULL CHECK (attempts >= 0),
  window_start    timestamptz NOT NULL,
  next_allowed_at timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
-- the sweep forgets counters untouched for a day
CREATE INDEX attempt_counter_updated_idx ON attempt_counter (updated_at);

-- The cleanup of uploads never linked to anything reads the oldest unlinked ones first.
CREATE INDEX attachment_unlinked_idx ON attachment (created_at) WHERE dossier_id IS NULL;
