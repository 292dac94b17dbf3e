-- Online fee payment (issue #18 item 3): a unique payment reference per dossier carried by its VietQR code,
-- the bank / payment platform notifications received through the signed webhook (stored unique per provider
-- and notification id, so a replay changes nothing), the electronic receipt and refunds.

-- One row per dossier that owes fees: its payment reference (the transfer content the bank sends back), the
-- amount asked, and how it was settled. `method` and `paid_online_at` make QĐ 766 sub-indicator 3.6 (dossiers
-- paid online / dossiers with fees) a plain count: `method = 'online'` / all rows with amount > 0.
CREATE TABLE dossier_payment (
  dossier_id      uuid PRIMARY KEY REFERENCES dossier(id),
  reference       text NOT NULL UNIQUE CHECK (reference ~ '^KC[0-9A-Z]{10}$'),
  amount          bigint NOT NULL CHECK (amount >= 0),
  status          text NOT NULL DEFAULT 'unpaid' CHECK (status IN ('unpaid', 'paid', 'refunded')),
  method          text CHECK (method IN ('cash', 'transfer', 'online')),
  receipt_number  text,
  payer_name      text,
  paid_at         timestamptz,
  paid_online_at  timestamptz,
  recorded_by     uuid REFERENCES app_user(id),
  notification_id uuid,
  refunded_at     timestamptz,
  refunded_by     uuid REFERENCES app_user(id),
  refund_reason   text,
  created_at      timestamptz NOT NULL,
  CHECK ((status = 'unpaid') = (paid_at IS NULL)),
  CHECK ((status = 'paid' OR status = 'refunded') = (method IS NOT NULL AND receipt_number IS NOT NULL)),
  CHECK ((paid_online_at IS NOT NULL) = (method = 'online' AND paid_at IS NOT NULL)),
  CHECK ((status = 'refunded') = (refunded_at IS NOT NULL AND refund_reason IS NOT NULL))
);
CREATE INDEX dossier_payment_paid_online_idx ON dossier_payment (paid_online_at) WHERE paid_online_at IS NOT NULL;

-- Every notification that passed the signature and replay-window checks, as received: the id is unique per
-- provider (idempotency), the outcome says what it did. A mismatched amount or an unknown reference is kept
-- (outcome) for the one-stop to follow up, and the dossier is left unpaid.
CREATE TABLE payment_notification (
  id              uuid PRIMARY KEY,
  provider        text NOT NULL,
  notification_id text NOT NULL,
  reference       text,
  dossier_id      uuid REFERENCES dossier(id),
  amount          bigint NOT NULL,
  outcome         text NOT NULL CHECK (outcome IN ('paid', 'amount_mismatch', 'unknown_reference', 'already_settled')),
  body            jsonb NOT NULL,
  received_at     timestamptz NOT NULL,
  UNIQUE (provider, notification_id)
);
CREATE INDEX payment_notification_dossier_idx ON payment_notification (dossier_id);
