/** Late-work rows → API shapes, field by field. */
import type { Apology } from '../../../contracts/late-work.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { labelReason, type LateWorkRules } from '../../../domain/late-work/rules.js';
import type { ApologyRow } from './apologies.queries.js';

export const iso = (value: Date | number | null | undefined): string | null =>
  value === null || value === undefined
    ? null
    : formatInstant(value instanceof Date ? value.getTime() : value);

/**
 * An apology as shown to officials; `canDecide` is the caller's policy answer, `now` tells whether a pending
 * one would be late if approved now.
 */
export function presentApology(
  row: ApologyRow,
  rules: LateWorkRules,
  canDecide: boolean,
  now: Date,
): Apology {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    dossierCode: row.code,
    procedureName: row.procedure_name,
    unitName: row.unit_name,
    status: row.status,
    reasonCode: row.reason_code,
    reasonLabel: labelReason(rules.apologyReasons, row.reason_code),
    reason: row.reason,
    originalDueAt: iso(row.original_due_at)!,
    previousDueAt: iso(row.previous_due_at)!,
    proposedDueAt: iso(row.proposed_due_at)!,
    draftedBy: { id: row.drafted_by, name: row.drafted_by_name },
    decidedBy: row.decided_by ? { id: row.decided_by, name: row.decided_by_name ?? '' } : null,
    decidedAt: iso(row.decided_at),
    decisionComment: row.decision_comment,
    version: row.version,
    createdAt: iso(row.created_at)!,
    latestAt: iso(row.latest_at),
    late: row.late,
    lateIfApprovedNow:
      row.status === 'pending' && row.latest_at !== null && now.getTime() > row.latest_at.getTime(),
    canDecide,
  };
}
