/**
 * Filing a late step's explanation (issue #6 item 2): by the step's holder, with a reason from the rules'
 * list, free text and an optional attachment; recorded with the person and step, logged on the dossier,
 * audited — one transaction. Filing it opens the gate for forward actions (the step part of it).
 */
import type { FileExplanationRequest } from '../../../contracts/late-work.js';
import { canExplainStep } from '../../../domain/late-work/policy.js';
import { AppError, fail } from '../../../domain/errors.js';
import { currentStep } from '../../../domain/dossiers/state.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { linkAttachments } from '../dossiers/dossiers.intake.js';
import { insertExplanation } from './apologies.queries.js';
import { appendLateWorkAction, loadLateDossier } from './late-work.dossier.js';

export async function fileExplanation(ctx: RequestContext, dossierId: string, input: FileExplanationRequest) {
  const dossier = await loadLateDossier(ctx, dossierId);
  const { actor, state, context, gate, now, row } = dossier;
  const overdue = gate.assessment.overdueStep;
  if (!overdue)
    throw new AppError('invalid_transition', 'Bước xử lý hiện tại chưa quá hạn: chưa cần giải trình.');
  if (!gate.assessment.explanationRequired) throw fail.conflict('Bước xử lý này đã được giải trình.');
  const step = currentStep(state, context);
  if (!canExplainStep(actor, overdue.period.holderId, step?.role ?? null)) {
    throw fail.forbidden('Chỉ người được giao xử lý bước này mới gửi giải trình.');
  }
  if (!gate.rules.rules.explanationReasons.some((r) => r.code === input.reasonCode)) {
    throw fail.validation('Lý do giải trình không có trong danh mục.', [{ path: 'reasonCode' }]);
  }
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    const explanationId = await insertExplanation(trx, {
      dossierId,
      stepId: overdue.period.stepId,
      periodIndex: overdue.periodIndex,
      userId: actor.userId,
      unitId: actor.unitId,
      reasonCode: input.reasonCode,
      text: input.text,
      attachmentId: input.attachmentId ?? null,
      stepDueAt: new Date(overdue.period.dueAt),
      now,
    });
    if (input.attachmentId) await linkAttachments(trx, dossierId, actor.userId, [input.attachmentId]);
    await appendLateWorkAction(trx, dossier, {
      type: 'explain',
      at: now,
      actorId: actor.userId,
      actorUnitId: actor.unitId,
      payload: { periodIndex: overdue.periodIndex, explanationId, reasonCode: input.reasonCode },
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'late_work.explain',
        targetType: 'dossier',
        targetId: dossierId,
        unitId: row.receiving_unit_id,
        summary: { code: row.code, step: overdue.period.stepId, reason: input.reasonCode },
      }),
    );
  });
}
