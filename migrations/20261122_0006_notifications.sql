-- Notifications to citizens (domain.md §5, §7): a transactional outbox. A row is written in the same
-- transaction as the dossier action that calls for it, so a committed action always has its messages and a
-- rolled-back one has none. A worker delivers them through channel adapters, at least once: it claims due
-- rows (FOR UPDATE SKIP LOCKED), sends outside any transaction, then marks them sent or schedules a retry.

CREATE TABLE notification_outbox (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id       uuid REFERENCES dossier(id),
  -- what happened ('dossier.received', …): selects the template; payload holds its data (versioned)
  event            text NOT NULL,
  channel          text NOT NULL CHECK (channel IN ('email','sms','zalo')),
  address          text NOT NULL,
  payload          jsonb NOT NULL,
  -- pending: never tried; sending: claimed by a worker; failed: will be retried; dead: given up
  status           text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending','sending','sent','failed','dead')),
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz NOT NULL,
  -- when a worker claimed the row: a row 'sending' for too long belongs to a process that died
  locked_at        timestamptz,
  last_error       text,
  -- the adapter that delivered it ('smtp', 'http-sms', 'zalo', 'dev-sink')
  delivered_via    text,
  -- '<dossier id>:<action seq>:<channel>': a retried action never queues a second message
  idempotency_key  text NOT NULL UNIQUE,
  created_at       timestamptz NOT NULL,
  sent_at          timestamptz,
  CHECK ((status = 'sending') = (locked_at IS NOT NULL)),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at)
  WHERE status IN ('pending','failed');
CREATE INDEX notification_outbox_sending_idx ON notification_outbox (locked_at) WHERE status = 'sending';
CREATE INDEX notification_outbox_dossier_idx ON notification_outbox (dossier_id, created_at)
  WHERE dossier_id IS NOT NULL;

-- What the development sink "delivered": shown to officials in the UI instead of sending real mail or SMS.
-- One row per outbox row (a redelivery after a crash adds nothing).
CREATE TABLE notification_sink (
  id          bigserial PRIMARY KEY,
  outbox_id   uuid NOT NULL UNIQUE REFERENCES notification_outbox(id),
  dossier_id  uuid REFERENCES dossier(id),
  channel     text NOT NULL,
  address     text NOT NULL,
  subject     text NOT NULL,
  body        text NOT NULL,
  received_at timestamptz NOT NULL
);
CREATE INDEX notification_sink_received_idx ON notification_sink (received_at DESC);
CREATE INDEX notification_sink_dossier_idx ON notification_sink (dossier_id, received_at DESC)
  WHERE dossier_id IS NOT NULL;
