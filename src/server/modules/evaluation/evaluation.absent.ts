/**
 * A leader evaluates an official who did not assess themself (absent, on leave, never signed in): the
 * evaluation goes from "pending" straight to "reviewed" with the reason stored on it, a 'review_absent'
 * event in its history and an audit entry, so the period can still be approved, locked and published.
 */
import type { AbsentReviewRequest } from '../../../contracts/evaluation.js';
import type { Actor } from '../../../domain/access/policy.js';
import { AppError, fail } from '../../../domain/errors.js';
import {
  ABSENCE_REASON_LABELS,
  canReviewWithoutSelfAssessment,
  type EvaluationStatus,
} from '../../../domain/evaluation/cycle.js';
import { canReview } from '../../../domain/evaluation/policy.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as q from './evaluation.queries.js';
import { checkScores, loadReadable } from './evaluation.records.js';

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor || ctx.actor.kind !== 'official') throw fail.forbidden();
  return ctx.actor;
}

/** The line leader scores an official who has no self-assessment; the reason is required ("other" needs a comment). */
export async function reviewWithoutSelfAssessment(
  ctx: RequestContext,
  id: string,
  input: AbsentReviewRequest,
): Promise<void> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const l = await loadReadable(db, actor, id);
  if (!canReview(actor, l.official))
    throw fail.forbidden('Bạn không phải lãnh đạo trực tiếp của cán bộ này.');
  if (!canReviewWithoutSelfAssessment(l.row.status as EvaluationStatus, l.period.status))
    throw new AppError(
      'invalid_transition',
      'Chỉ đánh giá thay khi cán bộ chưa tự đánh giá và kỳ đánh giá còn mở.',
    );
  if (l.row.version !== input.version)
    throw fail.conflict('Phiếu đánh giá vừa được thay đổi, vui lòng tải lại.');
  const { score, grade } = checkScores(l.framework, input.scores);
  const comment = input.comment?.trim() || null;
  if (input.reason === 'other' && !comment)
    throw fail.validation('Lý do khác: ghi rõ lý do trong nhận xét.', [{ path: 'comment' }]);
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    const updated = await q.updateEvaluationAtVersion(
      trx,
      id,
      input.version,
      {
        review_scores: JSON.stringify(input.scores),
        review_comment: comment,
        reviewer_id: actor.userId,
        absence_reason: input.reason,
        status: 'reviewed',
        score,
        grade,
        updated_at: now,
      },
      true,
    );
    if (Number(updated.numUpdatedRows) !== 1)
      throw fail.conflict('Phiếu đánh giá vừa được thay đổi, vui lòng tải lại.');
    const reasonLabel = ABSENCE_REASON_LABELS[input.reason].vi;
    await q.insertEvent(trx, {
      evaluationId: id,
      at: now,
      actorId: actor.userId,
      type: 'review_absent',
      payload: { scores: input.scores, score, grade, comment, reason: input.reason, reasonLabel },
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.review_absent',
        targetType: 'evaluation',
        targetId: id,
        unitId: l.row.unit_id,
        summary: { month: l.period.month, score, grade, reason: input.reason },
      }),
    );
  });
}
