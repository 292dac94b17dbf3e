/**
 * Appeals: within the window after publication the official contests the result; the unit head decides.
 * An accepted appeal changes the scores (the quota still holds: above the cap it is refused); every change
 * is an event of the evaluation and an audit entry.
 */
import type { z } from 'zod';
import type { AppealDecisionRequest } from '../../../contracts/evaluation.js';
import { AppError, fail } from '../../../domain/errors.js';
import { canAppeal, canApprove } from '../../../domain/evaluation/policy.js';
import { checkQuota, frameworkTotal, gradeFor, validateScores } from '../../../domain/evaluation/scoring.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { quotaError } from './evaluation.periods.js';
import * as q from './evaluation.queries.js';
import { loadReadable } from './evaluation.records.js';

/** The official contests their published result within the appeal window. */
export async function fileAppeal(ctx: RequestContext, evaluationId: string, reason: string): Promise<string> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'official') throw fail.forbidden();
  const { db } = ctx.deps.database;
  const l = await loadReadable(db, actor, evaluationId);
  const now = ctx.deps.clock.now();
  const pending = (await q.listAppeals(db, evaluationId)).some((a) => a.status === 'pending');
  const window = { status: l.period.status, appealUntil: l.period.appeal_until?.getTime() ?? null };
  if (!canAppeal(actor, l.official, window, now.getTime(), pending)) {
    if (actor.userId !== l.row.official_id) throw fail.forbidden('Chỉ cán bộ được đánh giá gửi kiến nghị.');
    throw new AppError(
      'invalid_transition',
      pending
        ? 'Đã có kiến nghị đang chờ giải quyết.'
        : 'Chỉ kiến nghị kết quả đã công khai, trong thời hạn kiến nghị.',
    );
  }
  return db.transaction().execute(async (trx) => {
    const appeal = await q.insertAppeal(trx, {
      evaluation_id: evaluationId,
      reason,
      status: 'pending',
      filed_at: now,
      previous_grade: l.row.grade,
    });
    await q.insertEvent(trx, {
      evaluationId,
      at: now,
      actorId: actor.userId,
      type: 'appeal',
      payload: { appealId: appeal.id, reason },
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.appeal',
        targetType: 'evaluation',
        targetId: evaluationId,
        unitId: l.row.unit_id,
        summary: { appealId: appeal.id, month: l.period.month },
      }),
    );
    return appeal.id;
  });
}

/** The unit head accepts (with the new scores) or rejects an appeal, with a comment. */
export async function decideAppeal(
  ctx: RequestContext,
  appealId: string,
  input: z.infer<typeof AppealDecisionRequest>,
): Promise<string> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'official') throw fail.forbidden();
  const { db } = ctx.deps.database;
  const appeal = await q.findAppeal(db, appealId);
  if (!appeal) throw fail.notFound('Không tìm thấy kiến nghị.');
  const l = await loadReadable(db, actor, appeal.evaluation_id);
  if (!canApprove(actor, l.period.unit_path, l.official))
    throw fail.forbidden('Chỉ thủ trưởng đơn vị giải quyết kiến nghị.');
  if (appeal.status !== 'pending') throw new AppError('invalid_transition', 'Kiến nghị đã được giải quyết.');
  const now = ctx.deps.clock.now();
  let change: { scores: Record<string, number>; score: number; grade: string } | null = null;
  if (input.accept) {
    if (!input.scores) throw fail.validation('Chấp nhận kiến nghị cần chấm lại điểm.', [{ path: 'scores' }]);
    const problems = validateScores(l.framework.definition, input.scores);
    if (problems.length > 0)
      throw fail.validation(
        problems.join(' '),
        problems.map((message) => ({ path: 'scores', message })),
      );
    const score = frameworkTotal(l.framework.definition, input.scores);
    const grade = gradeFor(l.framework.definition, score).code;
    const grades = await q.listGrades(db, l.row.period_id);
    grades.splice(grades.indexOf(l.row.grade), 1, grade);
    const quota = checkQuota(l.framework.definition, grades, l.period.exceptional);
    const label = l.framework.definition.grades.find((g) => g.code === quota.grade)?.label ?? quota.grade;
    if (!quota.ok) throw quotaError(quota, label);
    change = { scores: input.scores, score, grade };
  }
  await db.transaction().execute(async (trx) => {
    if (change) {
      await q.updateEvaluation(trx, l.row.id, {
        review_scores: JSON.stringify(change.scores),
        score: change.score,
        grade: change.grade,
        updated_at: now,
      });
    }
    const decided = await q.updatePendingAppeal(trx, appealId, {
      status: input.accept ? 'accepted' : 'rejected',
      decided_by: actor.userId,
      decided_at: now,
      decision_comment: input.comment,
      new_grade: change?.grade ?? l.row.grade,
    });
    if (Number(decided.numUpdatedRows) !== 1) throw fail.conflict('Kiến nghị vừa được giải quyết.');
    const payload = {
      appealId,
      accept: input.accept,
      comment: input.comment,
      from: { score: l.row.score, grade: l.row.grade },
      to: change,
    };
    await q.insertEvent(trx, {
      evaluationId: l.row.id,
      at: now,
      actorId: actor.userId,
      type: 'appeal_decided',
      payload,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.appeal_decided',
        targetType: 'evaluation',
        targetId: l.row.id,
        unitId: l.row.unit_id,
        summary: { appealId, accept: input.accept, grade: change?.grade ?? l.row.grade },
      }),
    );
  });
  return l.row.id;
}
