/** Who stops a period from being locked, and what each must do: for the period page and the refusal to lock. */
import type { PeriodBlocker } from '../../../contracts/evaluation.js';
import { AppError } from '../../../domain/errors.js';
import { NEXT_STEP_LABELS, nextStepOf, type EvaluationStatus } from '../../../domain/evaluation/cycle.js';
import type { Executor } from '../../db/types.js';
import * as q from './evaluation.queries.js';

/** The period's evaluations not yet approved, each with its next step. */
export async function listBlockers(db: Executor, periodId: string): Promise<PeriodBlocker[]> {
  const rows = await q.listUnapproved(db, periodId);
  return rows.flatMap((row) => {
    const status = row.status as EvaluationStatus;
    const next = nextStepOf(status);
    if (!next) return [];
    return [
      {
        evaluationId: row.id,
        officialName: row.official_name,
        unitName: row.unit_name,
        status,
        next,
        action: NEXT_STEP_LABELS[next].vi,
      },
    ];
  });
}

/** The refusal to lock while evaluations are not approved, naming each and what it waits for. */
export function blockersError(blockers: PeriodBlocker[]): AppError {
  const vi = blockers.map((b) => `${b.officialName}: ${b.action}`).join('; ');
  const en = blockers.map((b) => `${b.officialName}: ${NEXT_STEP_LABELS[b.next].en}`).join('; ');
  return new AppError(
    'invalid_transition',
    `Chưa khóa được kỳ đánh giá: còn ${blockers.length} người chưa được thủ trưởng phê duyệt — ${vi}.`,
    { notApproved: blockers.length, blockers },
    `The period cannot be locked: ${blockers.length} not yet approved — ${en}.`,
  );
}
