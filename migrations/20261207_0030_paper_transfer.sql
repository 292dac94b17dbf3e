-- Paper transfer by the 15:00 rule (issue #17 item 8; ND 61/2018 art. 20 as amended, carried into ND 118/2025):
-- a paper dossier received at the one-stop goes to the processing unit the same working day, or the next
-- working morning when received after 15:00; the hand-over is a transfer slip (phiếu chuyển hồ sơ) signed by
-- both sides, and a hand-over later than the due time is visible as late.

-- One row per paper dossier (counter or postal, received) whose workflow leaves the one-stop: where its file
-- goes (the unit of the first step outside the one-stop) and when it must be there. Written with the
-- receipt (intake or the accepting action) and never changed; the due time is computed on the dossier's
-- calendar version by `computePaperTransferDueTime`.
CREATE TABLE paper_transfer (
  dossier_id   uuid PRIMARY KEY REFERENCES dossier(id),
  from_unit_id uuid NOT NULL REFERENCES unit(id),
  to_unit_id   uuid NOT NULL REFERENCES unit(id),
  received_at  timestamptz NOT NULL,
  due_at       timestamptz NOT NULL CHECK (due_at >= received_at),
  created_at   timestamptz NOT NULL,
  CHECK (from_unit_id <> to_unit_id)
);
CREATE INDEX paper_transfer_from_due_idx ON paper_transfer (from_unit_id, due_at);
CREATE INDEX paper_transfer_to_idx ON paper_transfer (to_unit_id);

-- A hand-over (phiếu chuyển hồ sơ): numbered per sending unit and year, from one unit to one unit, signed by
-- the officer who hands over at `handed_at` and confirmed by an official of the receiving unit.
CREATE TABLE paper_transfer_batch (
  id           uuid PRIMARY KEY,
  from_unit_id uuid NOT NULL REFERENCES unit(id),
  to_unit_id   uuid NOT NULL REFERENCES unit(id),
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  seq          integer NOT NULL CHECK (seq > 0),
  number       text NOT NULL,
  handed_by    uuid NOT NULL REFERENCES app_user(id),
  handed_at    timestamptz NOT NULL,
  received_by  uuid REFERENCES app_user(id),
  received_at  timestamptz,
  UNIQUE (from_unit_id, year, seq),
  CHECK (from_unit_id <> to_unit_id),
  CHECK ((received_by IS NULL) = (received_at IS NULL)),
  CHECK (received_at IS NULL OR received_at >= handed_at)
);
CREATE INDEX paper_transfer_batch_from_idx ON paper_transfer_batch (from_unit_id, handed_at DESC);
CREATE INDEX paper_transfer_batch_to_idx ON paper_transfer_batch (to_unit_id, handed_at DESC);

-- Gap-free slip numbers per sending unit and year: the upsert's row lock serialises concurrent batches.
CREATE TABLE paper_transfer_sequence (
  unit_id uuid NOT NULL REFERENCES unit(id),
  year    integer NOT NULL,
  last    integer NOT NULL,
  PRIMARY KEY (unit_id, year)
);

-- The dossiers of a slip: a paper dossier is handed over once.
CREATE TABLE paper_transfer_item (
  batch_id   uuid NOT NULL REFERENCES paper_transfer_batch(id),
  dossier_id uuid NOT NULL UNIQUE REFERENCES paper_transfer(dossier_id),
  position   integer NOT NULL CHECK (position > 0),
  PRIMARY KEY (batch_id, dossier_id)
);

-- Existing dossiers are not backfilled here: the due time needs the dossier's working calendar (sessions,
-- days off), which only the application computes. The service backfills, on first read of a unit's awaiting
-- list, the received paper dossiers still at a one-stop step (`backfillPaperTransfers`); dossiers already
-- moved on before this migration left no record of their paper hand-over and are not invented one.
