/**
 * Due process of a finding, as pure transitions:
 *   awaiting_explanation --explain (the person answering, on or before the deadline)--> explained
 *   explained --decide (the head)--> decided
 *   awaiting_explanation --decide (the head, only once the deadline has passed unanswered)--> decided
 * A decided finding is final. The head cannot decide before the official has had the chance to explain.
 */
import type { Actor } from '../access/policy.js';
import { AppError } from '../errors.js';
import { isFindingDecider, isFindingExplainer, type FindingSubject } from './policy.js';
import type { FindingStatus } from './violations.js';

export type FindingAction = 'explain' | 'decide';

/** What due process needs to know of a finding. */
export interface FindingProcess extends FindingSubject {
  status: FindingStatus;
  /** Epoch ms of the explanation deadline; null when no explanation is asked. */
  explanationDueAt: number | null;
}

/** True when the deadline has passed (the deadline instant itself is still in time). */
export function isExplanationOverdue(finding: FindingProcess, nowMs: number): boolean {
  return finding.explanationDueAt !== null && nowMs > finding.explanationDueAt;
}

/** Why an action is refused, or null when it is allowed. `forbidden` for the wrong person. */
export function checkFindingAction(
  actor: Actor,
  finding: FindingProcess,
  action: FindingAction,
  nowMs: number,
): AppError | null {
  if (action === 'explain') {
    if (!isFindingExplainer(actor, finding)) {
      return new AppError('forbidden', 'Chỉ người bị ghi nhận vi phạm mới được giải trình.');
    }
    if (finding.status !== 'awaiting_explanation') {
      return new AppError('invalid_transition', 'Kết luận kiểm tra này không còn chờ giải trình.');
    }
    if (isExplanationOverdue(finding, nowMs)) {
      return new AppError(
        'invalid_transition',
        'Đã quá hạn giải trình.',
        null,
        'The explanation deadline has passed.',
      );
    }
    return null;
  }
  if (!isFindingDecider(actor, finding)) {
    return new AppError('forbidden', 'Chỉ thủ trưởng đơn vị của người vi phạm mới được kết luận.');
  }
  if (finding.status === 'decided') {
    return new AppError('invalid_transition', 'Kết luận kiểm tra này đã được quyết định.');
  }
  if (finding.status === 'awaiting_explanation' && !isExplanationOverdue(finding, nowMs)) {
    return new AppError(
      'invalid_transition',
      'Chưa thể kết luận: người vi phạm còn trong thời hạn giải trình.',
      { explanationDueAt: finding.explanationDueAt },
      'The official may still explain: wait for the explanation or the deadline.',
    );
  }
  return null;
}

/** Throws the refusal of `checkFindingAction`, if any. */
export function assertFindingAction(
  actor: Actor,
  finding: FindingProcess,
  action: FindingAction,
  nowMs: number,
): void {
  const refusal = checkFindingAction(actor, finding, action, nowMs);
  if (refusal) throw refusal;
}

/** The actions this person may take on the finding now (the UI offers exactly these). */
export function listFindingActions(actor: Actor, finding: FindingProcess, nowMs: number): FindingAction[] {
  return (['explain', 'decide'] as const).filter(
    (action) => checkFindingAction(actor, finding, action, nowMs) === null,
  );
}
