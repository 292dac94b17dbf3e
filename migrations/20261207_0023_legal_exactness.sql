-- Legal exactness of late work (domain.md §5, §7).

-- An apology has a latest moment (one working day before the due date), not an earliest one: one approved
-- after it is still required before the dossier moves on, but is recorded as late. `latest_at` is that moment
-- for the due time the apology moves (set when drafted, again when approved); `late` is decided at approval.
ALTER TABLE dossier_apology ADD COLUMN latest_at timestamptz;
ALTER TABLE dossier_apology ADD COLUMN late boolean;
-- Apologies approved before this migration: late for certain when approved after the due time they moved;
-- whether one approved in the last working day before it was late needs the working calendar, so those stay
-- counted as in time.
UPDATE dossier_apology SET late = decided_at > previous_due_at WHERE status = 'approved';
ALTER TABLE dossier_apology ADD CONSTRAINT dossier_apology_late_when_approved
  CHECK ((status = 'approved') = (late IS NOT NULL));
-- The new date is real: after the moment of approval (a past date was accepted before; existing rows are
-- not checked).
ALTER TABLE dossier_apology ADD CONSTRAINT dossier_apology_new_date_after_approval
  CHECK (status <> 'approved' OR proposed_due_at > decided_at) NOT VALID;
CREATE INDEX dossier_apology_late_idx ON dossier_apology (decided_at) WHERE late;

-- Supplement requests after the window (3 working days from receipt) or after a first one are the unit's
-- fault: the action's payload carries `unitFault` ('late' | 'repeat') and `faultReason`; evaluation counts them.
CREATE INDEX dossier_action_supplement_fault_idx ON dossier_action (at)
  WHERE type = 'request_supplement' AND payload ? 'unitFault';

-- Evaluation evidence: late apologies (of the officials responsible) and supplement requests that were the
-- unit's fault (of the official who made them).
ALTER TABLE evaluation_evidence ADD COLUMN late_apologies integer NOT NULL DEFAULT 0;
ALTER TABLE evaluation_evidence ADD COLUMN supplement_faults integer NOT NULL DEFAULT 0;
