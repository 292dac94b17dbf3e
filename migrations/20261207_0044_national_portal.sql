-- National portal synchronisation (issue #21 item 7): every dossier change is queued, in the action's own
-- transaction, for the national public-service portal (Cổng Dịch vụ công quốc gia) and delivered by an
-- adapter with retries and one idempotency key per change. `portal_sync` keeps, per dossier, its latest change
-- and when that change reached the portal: QĐ 766 sub-indicator 1.4 reads it through the roll-ups.

-- One row per change of a dossier (its action's seq): the record sent (`payload`, status code and fields of
-- the portal), the delivery state as in `notification_outbox`. Changes of one dossier are delivered in seq
-- order: a row is claimed only when no earlier change of the same dossier is still undelivered.
CREATE TABLE portal_outbox (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id       uuid NOT NULL REFERENCES dossier(id),
  seq              integer NOT NULL CHECK (seq > 0),
  payload          jsonb NOT NULL,
  -- pending: never tried; sending: claimed by a loop; failed: will be retried; dead: given up (retry by hand)
  status           text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending','sending','sent','failed','dead')),
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz NOT NULL,
  locked_at        timestamptz,
  last_error       text,
  -- '<dossier id>:<seq>': sent with every attempt, the receiver keeps the first and drops repeats
  idempotency_key  text NOT NULL UNIQUE,
  created_at       timestamptz NOT NULL,
  sent_at          timestamptz,
  UNIQUE (dossier_id, seq),
  CHECK ((status = 'sending') = (locked_at IS NOT NULL)),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX portal_outbox_due_idx ON portal_outbox (next_attempt_at) WHERE status IN ('pending','failed');
CREATE INDEX portal_outbox_sending_idx ON portal_outbox (locked_at) WHERE status = 'sending';
CREATE INDEX portal_outbox_open_idx ON portal_outbox (dossier_id, seq) WHERE status <> 'sent';

-- Per dossier: its latest queued change and when that change was delivered (null while it is not). Changes
-- go out in order, so `synced_at IS NOT NULL` means every change so far reached the portal.
CREATE TABLE portal_sync (
  dossier_id  uuid PRIMARY KEY REFERENCES dossier(id),
  latest_seq  integer NOT NULL,
  changed_at  timestamptz NOT NULL,
  synced_at   timestamptz
);
CREATE TRIGGER portal_sync_rollup AFTER INSERT OR UPDATE OR DELETE ON portal_sync
  FOR EACH ROW EXECUTE FUNCTION rollup_mark_dossier();

-- The roll-up measure of 1.4 (dossiers received whose every change was delivered), last in ROLLUP_MEASURES.
ALTER TABLE rollup_dossier ADD COLUMN portal_synced boolean NOT NULL DEFAULT false;
ALTER TABLE rollup_day ADD COLUMN portal_synced integer NOT NULL DEFAULT 0;
ALTER TABLE rollup_month ADD COLUMN portal_synced integer NOT NULL DEFAULT 0;
ALTER TABLE rollup_unit_month ADD COLUMN portal_synced integer NOT NULL DEFAULT 0;
