/**
 * One official's evaluation through its steps: self-assessment, the leader's review (a change from the
 * self-assessment needs a comment), the unit head's approval, then — after publication — an appeal the head
 * decides. Each step: permission (pure policy) → state (pure cycle) → one transaction with the event and audit.
 */
import type { AssessRequest, EvaluationDetail } from '../../../contracts/evaluation.js';
import type { Actor } from '../../../domain/access/policy.js';
import { AppError, fail } from '../../../domain/errors.js';
import {
  canReviewWithoutSelfAssessment,
  canTakeStep,
  type EvaluationStatus,
  type EvaluationStep,
} from '../../../domain/evaluation/cycle.js';
import {
  canApprove,
  canAppeal,
  canReadEvaluation,
  canReview,
  canSelfAssess,
  type EvaluatedOfficial,
} from '../../../domain/evaluation/policy.js';
import {
  frameworkTotal,
  gradeFor,
  hasScoreChanges,
  validateScores,
} from '../../../domain/evaluation/scoring.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Db } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { getFramework, type FrameworkRow } from './evaluation.frameworks.js';
import { describePeriod } from './evaluation.period-views.js';
import * as q from './evaluation.queries.js';
import { scoreOfficialTt01 } from '../../../domain/evaluation/tt01-official.js';
import { iso, presentEvidence, presentSummary, scoresOf } from './evaluation.present.js';

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor || ctx.actor.kind !== 'official') throw fail.forbidden();
  return ctx.actor;
}

/** The evaluation, its period and framework, if the actor may read it (else not_found). */
export async function loadReadable(db: Db, actor: Actor, id: string) {
  const row = await q.findEvaluation(db, id);
  const period = row ? await q.findPeriod(db, row.period_id) : undefined;
  if (!row || !period) throw fail.notFound('Không tìm thấy phiếu đánh giá.');
  const official: EvaluatedOfficial = {
    officialId: row.official_id,
    unitPath: row.unit_path,
    unitKind: row.unit_kind,
  };
  if (!canReadEvaluation(actor, official, period.unit_path))
    throw fail.notFound('Không tìm thấy phiếu đánh giá.');
  const framework = await getFramework(db, period.framework_id);
  return { row, period, official, framework };
}

type Loaded = Awaited<ReturnType<typeof loadReadable>>;

function allowedSteps(
  actor: Actor,
  l: Loaded,
  now: number,
  pendingAppeal: boolean,
): EvaluationDetail['allowed'] {
  const status = l.row.status as EvaluationStatus;
  const allowed: EvaluationDetail['allowed'] = [];
  if (canSelfAssess(actor, l.official) && canTakeStep('self_assess', status, l.period.status))
    allowed.push('self_assess');
  if (canReview(actor, l.official) && canTakeStep('review', status, l.period.status)) allowed.push('review');
  if (canReview(actor, l.official) && canReviewWithoutSelfAssessment(status, l.period.status))
    allowed.push('review_absent');
  if (canApprove(actor, l.period.unit_path, l.official) && canTakeStep('approve', status, l.period.status))
    allowed.push('approve');
  const window = { status: l.period.status, appealUntil: l.period.appeal_until?.getTime() ?? null };
  if (canAppeal(actor, l.official, window, now, pendingAppeal)) allowed.push('appeal');
  if (pendingAppeal && canApprove(actor, l.period.unit_path, l.official)) allowed.push('decide_appeal');
  return allowed;
}

/** The internal view of an evaluation: evidence, scores at each step, history, appeals, what the actor may do. */
export async function getEvaluation(ctx: RequestContext, id: string): Promise<EvaluationDetail> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const l = await loadReadable(db, actor, id);
  const [evidence, events, appeals, period] = await Promise.all([
    q.findEvidence(db, l.row.period_id, l.row.official_id),
    q.listEvents(db, id),
    q.listAppeals(db, id),
    describePeriod(db, actor, l.period),
  ]);
  const names = await q.findNames(db, [l.row.reviewer_id, l.row.approver_id]);
  const pending = appeals.some((a) => a.status === 'pending');
  const counts = presentEvidence(evidence);
  return {
    ...presentSummary(l.row, l.framework.definition),
    period,
    criteria: l.framework.definition.criteria,
    grades: l.framework.definition.grades,
    taskPart: l.framework.definition.taskPart ?? null,
    evidence: counts,
    tt01: scoreOfficialTt01(counts),
    suggested: (scoresOf(l.row.suggested) ?? {}) as Record<string, number | null>,
    selfScores: scoresOf(l.row.self_scores),
    selfComment: l.row.self_comment,
    reviewScores: scoresOf(l.row.review_scores),
    reviewComment: l.row.review_comment,
    absenceReason: l.row.absence_reason,
    reviewerName: l.row.reviewer_id ? (names.get(l.row.reviewer_id) ?? null) : null,
    approverName: l.row.approver_id ? (names.get(l.row.approver_id) ?? null) : null,
    approveComment: l.row.approve_comment,
    events: events.map((e) => ({
      at: iso(e.at)!,
      actorName: e.actor_name,
      type: e.type,
      payload: (e.payload ?? {}) as Record<string, unknown>,
    })),
    appeals: appeals.map((a) => ({
      id: a.id,
      reason: a.reason,
      status: a.status,
      filedAt: iso(a.filed_at)!,
      decidedAt: iso(a.decided_at),
      decisionComment: a.decision_comment,
      previousGrade: a.previous_grade,
      newGrade: a.new_grade,
    })),
    allowed: allowedSteps(actor, l, ctx.deps.clock.now().getTime(), pending),
  };
}

/** Validates a complete set of scores; their total (by the framework's formula) and grade. */
export function checkScores(framework: FrameworkRow, scores: Record<string, number>) {
  const problems = validateScores(framework.definition, scores);
  if (problems.length > 0)
    throw fail.validation(
      problems.join(' '),
      problems.map((message) => ({ path: 'scores', message })),
    );
  const score = frameworkTotal(framework.definition, scores);
  return { score, grade: gradeFor(framework.definition, score).code };
}

/** Self-assessment (the official) or review (a leader): scores for every criterion, one step forward. */
export async function assessEvaluation(
  ctx: RequestContext,
  id: string,
  step: Extract<EvaluationStep, 'self_assess' | 'review'>,
  input: AssessRequest,
): Promise<void> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const l = await loadReadable(db, actor, id);
  const permitted = step === 'self_assess' ? canSelfAssess(actor, l.official) : canReview(actor, l.official);
  if (!permitted)
    throw fail.forbidden(
      step === 'self_assess'
        ? 'Chỉ cán bộ được đánh giá tự đánh giá.'
        : 'Bạn không phải lãnh đạo trực tiếp của cán bộ này.',
    );
  if (!canTakeStep(step, l.row.status as EvaluationStatus, l.period.status)) {
    throw new AppError(
      'invalid_transition',
      step === 'self_assess'
        ? 'Phiếu đã được lãnh đạo nhận xét hoặc kỳ đánh giá đã khóa.'
        : 'Phiếu chưa tự đánh giá, đã được phê duyệt hoặc kỳ đánh giá đã khóa.',
    );
  }
  if (l.row.version !== input.version)
    throw fail.conflict('Phiếu đánh giá vừa được thay đổi, vui lòng tải lại.');
  const { score, grade } = checkScores(l.framework, input.scores);
  const comment = input.comment?.trim() || null;
  if (step === 'review' && hasScoreChanges(scoresOf(l.row.self_scores), input.scores) && !comment) {
    throw fail.validation('Điều chỉnh điểm so với phiếu tự đánh giá phải có nhận xét.', [
      { path: 'comment' },
    ]);
  }
  const now = ctx.deps.clock.now();
  const fields =
    step === 'self_assess'
      ? { self_scores: JSON.stringify(input.scores), self_comment: comment, status: 'self_assessed' as const }
      : {
          review_scores: JSON.stringify(input.scores),
          review_comment: comment,
          reviewer_id: actor.userId,
          status: 'reviewed' as const,
        };
  await db.transaction().execute(async (trx) => {
    const updated = await q.updateEvaluationAtVersion(trx, id, input.version, {
      ...fields,
      score,
      grade,
      updated_at: now,
    });
    if (Number(updated.numUpdatedRows) !== 1)
      throw fail.conflict('Phiếu đánh giá vừa được thay đổi, vui lòng tải lại.');
    await q.insertEvent(trx, {
      evaluationId: id,
      at: now,
      actorId: actor.userId,
      type: step,
      payload: { scores: input.scores, score, grade, comment },
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `evaluation.${step}`,
        targetType: 'evaluation',
        targetId: id,
        unitId: l.row.unit_id,
        summary: { month: l.period.month, score, grade },
      }),
    );
  });
}

/** The unit head approves the reviewed result. */
export async function approveEvaluation(
  ctx: RequestContext,
  id: string,
  input: { version: number; comment?: string },
): Promise<void> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const l = await loadReadable(db, actor, id);
  if (!canApprove(actor, l.period.unit_path, l.official))
    throw fail.forbidden('Chỉ thủ trưởng đơn vị phê duyệt kết quả đánh giá.');
  if (!canTakeStep('approve', l.row.status as EvaluationStatus, l.period.status)) {
    throw new AppError(
      'invalid_transition',
      'Chỉ phê duyệt phiếu đã được lãnh đạo nhận xét, khi kỳ đánh giá còn mở.',
    );
  }
  if (l.row.version !== input.version)
    throw fail.conflict('Phiếu đánh giá vừa được thay đổi, vui lòng tải lại.');
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    const updated = await q.updateEvaluationAtVersion(trx, id, input.version, {
      status: 'approved',
      approver_id: actor.userId,
      approve_comment: input.comment?.trim() || null,
      updated_at: now,
    });
    if (Number(updated.numUpdatedRows) !== 1)
      throw fail.conflict('Phiếu đánh giá vừa được thay đổi, vui lòng tải lại.');
    await q.insertEvent(trx, {
      evaluationId: id,
      at: now,
      actorId: actor.userId,
      type: 'approve',
      payload: { grade: l.row.grade, comment: input.comment ?? null },
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.approve',
        targetType: 'evaluation',
        targetId: id,
        unitId: l.row.unit_id,
        summary: { month: l.period.month, grade: l.row.grade },
      }),
    );
  });
}
