/**
 * Apologies with a new return date (form 04, issue #6 item 3; domain.md §7). The responsible unit drafts one
 * at any time while the dossier is unfinished and its new date unused: the law sets a latest moment (one
 * working day before the due date), not an earliest. A unit leader approves or rejects it with a comment; on
 * approval the new date is checked again (after the approval moment and the current due time: a draft may
 * have aged), applies (logged on the dossier), the citizen is notified and sees it on the tracking page, and
 * the apology is recorded as late when approved after its latest moment. One new date per dossier (per the
 * rules); asking for another is refused and escalates to the one-stop head and the agency head.
 */
import type { DecideApologyRequest, DraftApologyRequest } from '../../../contracts/late-work.js';
import {
  assertNewDueAtValid,
  computeApologyLatestAt,
  computeProposedDueAt,
  findResponsibleHolders,
  isApologyLate,
} from '../../../domain/late-work/apology.js';
import { canDecideApology, canDraftApology } from '../../../domain/late-work/policy.js';
import { AppError, fail } from '../../../domain/errors.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import type { DossierState } from '../../../domain/dossiers/state.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { enqueueDossierActionNotifications } from '../notifications/notifications.enqueue.js';
import { enqueuePortalChange } from '../portal/portal.enqueue.js';
import * as aq from './apologies.queries.js';
import { appendLateWorkAction, loadLateDossier, type LateDossier } from './late-work.dossier.js';
import { insertAlerts, listChainPeople, findUnitPaths } from './late-work.queries.js';
import { resolveRecipients } from './late-work.recipients.js';
import { scheduleLateTimers } from './late-work.timers.js';

/** Tells the chain about an apology event (in-app alerts), once per kind and due time. */
async function alertChain(
  ctx: RequestContext,
  dossier: LateDossier,
  kind: 'apology_drafted' | 'extension_refused',
  targets: ('unit_leader' | 'agency_head' | 'one_stop_head')[],
): Promise<void> {
  const { db } = ctx.deps.database;
  const { row, state, actor, now } = dossier;
  const paths = new Map(
    (
      await findUnitPaths(db, [
        row.authority_unit_id,
        row.receiving_unit_id,
        actor.unitId ?? row.authority_unit_id,
      ])
    ).map((u) => [u.id, u.path]),
  );
  const authorityPath = paths.get(row.authority_unit_id) ?? '';
  const recipients = resolveRecipients(
    await listChainPeople(db),
    {
      holderId: actor.userId,
      holderUnitPath: (actor.unitId && paths.get(actor.unitId)) || authorityPath,
      authorityPath,
      receivingPath: paths.get(row.receiving_unit_id) ?? authorityPath,
    },
    targets,
  );
  await db.transaction().execute(async (trx) => {
    const added = await insertAlerts(trx, [
      {
        dossierId: row.id,
        kind,
        periodIndex: -1,
        level: 0,
        dueAt: state.dueAt ?? now.getTime(),
        holderId: state.holderId,
        unitId: actor.unitId,
        recipientIds: recipients,
        firedAt: now,
      },
    ]);
    if (added > 0) {
      await appendAudit(
        trx,
        auditFrom(ctx, {
          action: `late_work.${kind}`,
          targetType: 'dossier',
          targetId: row.id,
          unitId: row.receiving_unit_id,
          summary: { code: row.code, recipients: recipients.length },
        }),
      );
    }
  });
}

function assertMayDraft(dossier: LateDossier): void {
  const { gate, state } = dossier;
  if (
    state.finishedAt !== null ||
    state.dueAt === null ||
    !['received', 'processing'].includes(state.status ?? '')
  ) {
    throw new AppError('invalid_transition', 'Chỉ lập phiếu xin lỗi cho hồ sơ đang giải quyết.');
  }
  if (gate.pendingApology) throw fail.conflict('Hồ sơ đã có phiếu xin lỗi đang chờ lãnh đạo phê duyệt.');
}

/** Drafts an apology with a proposed new return date; returns its id. */
export async function draftApology(
  ctx: RequestContext,
  dossierId: string,
  input: DraftApologyRequest,
): Promise<string> {
  const dossier = await loadLateDossier(ctx, dossierId);
  const { actor, row, state, context, gate, now } = dossier;
  if (!canDraftApology(actor, state.holderId)) {
    throw fail.forbidden('Chỉ người đang xử lý, bộ phận Một cửa hoặc lãnh đạo mới lập phiếu xin lỗi.');
  }
  if (gate.assessment.extensionsLeft === 0 && state.finishedAt === null && state.dueAt !== null) {
    await alertChain(ctx, dossier, 'extension_refused', ['one_stop_head', 'agency_head']);
    throw new AppError(
      'extension_limit',
      `Hồ sơ đã được hẹn lại ngày trả ${gate.rules.rules.maxExtensions} lần — không được gia hạn thêm. Đã báo Trưởng bộ phận Một cửa và Thủ trưởng cơ quan để chỉ đạo giải quyết.`,
      { maxExtensions: gate.rules.rules.maxExtensions },
      'The dossier already got its new return date; no further extension. The one-stop head and the agency head were alerted.',
    );
  }
  assertMayDraft(dossier);
  if (!gate.rules.rules.apologyReasons.some((r) => r.code === input.reasonCode)) {
    throw fail.validation('Lý do không có trong danh mục.', [{ path: 'reasonCode' }]);
  }
  const proposedDueAt = computeProposedDueAt(
    context.calendar,
    input.proposedDueDate,
    state.dueAt!,
    now.getTime(),
  );
  const original = state.originalDueAt ?? state.dueAt!;
  const id = await ctx.deps.database.db.transaction().execute(async (trx) => {
    const apologyId = await aq.insertApology(trx, {
      dossierId,
      unitId: actor.unitId ?? row.authority_unit_id,
      draftedBy: actor.userId,
      responsibleUserIds: findResponsibleHolders(state, now.getTime()),
      reasonCode: input.reasonCode,
      reason: input.reason,
      originalDueAt: new Date(original),
      previousDueAt: new Date(state.dueAt!),
      proposedDueAt: new Date(proposedDueAt),
      latestAt: new Date(gate.assessment.apologyLatestAt!),
      now,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'late_work.apology_draft',
        targetType: 'dossier_apology',
        targetId: apologyId,
        unitId: row.receiving_unit_id,
        summary: { code: row.code, proposedDueAt: formatInstant(proposedDueAt) },
      }),
    );
    return apologyId;
  });
  await alertChain(ctx, dossier, 'apology_drafted', ['unit_leader']);
  return id;
}

/**
 * Checks an approval again at its moment: the dossier is still unfinished at the due time the apology moves,
 * and the new date is still after now and after that due time. Returns its lateness: approved after the
 * latest moment for that due time (the apology still applies and is still required, but is recorded late).
 */
function assessApproval(dossier: LateDossier, apology: aq.ApologyRow): { late: boolean; latestAt: number } {
  const { state, context, now, gate } = dossier;
  const previousDueAt = apology.previous_due_at.getTime();
  if (
    state.finishedAt !== null ||
    !['received', 'processing'].includes(state.status ?? '') ||
    state.dueAt !== previousDueAt
  ) {
    throw fail.conflict(
      'Hạn trả kết quả của hồ sơ đã thay đổi (hoặc hồ sơ đã kết thúc) sau khi lập phiếu: phiếu xin lỗi này không còn phù hợp, vui lòng từ chối và lập phiếu mới.',
    );
  }
  assertNewDueAtValid(apology.proposed_due_at.getTime(), previousDueAt, now.getTime());
  const lead = gate.rules.rules.apologyLeadMinutes;
  return {
    late: isApologyLate(context.calendar, previousDueAt, lead, now.getTime()),
    latestAt: computeApologyLatestAt(context.calendar, previousDueAt, lead),
  };
}

/** Approves (the new date applies, the citizen is told) or rejects (with a comment) a pending apology. */
export async function decideApology(ctx: RequestContext, apologyId: string, input: DecideApologyRequest) {
  const { db } = ctx.deps.database;
  const apology = await aq.findApology(db, apologyId);
  if (!apology) throw fail.notFound('Không tìm thấy phiếu xin lỗi.');
  const dossier = await loadLateDossier(ctx, apology.dossier_id);
  const { actor, row, context, now } = dossier;
  if (!canDecideApology(actor, apology.drafted_by)) {
    throw fail.forbidden('Chỉ lãnh đạo đơn vị (không phải người lập phiếu) mới phê duyệt phiếu xin lỗi.');
  }
  if (apology.status !== 'pending') throw fail.conflict('Phiếu xin lỗi này đã được xử lý.');
  if (input.decision === 'reject' && !input.comment) {
    throw fail.validation('Cần ghi ý kiến khi không duyệt.', [{ path: 'comment' }]);
  }
  const lateness = input.decision === 'approve' ? assessApproval(dossier, apology) : null;
  await db.transaction().execute(async (trx) => {
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    if (
      !(await aq.decideApology(trx, apologyId, input.version, {
        status,
        by: actor.userId,
        comment: input.comment ?? null,
        now,
        late: lateness?.late ?? null,
        latestAt: lateness ? new Date(lateness.latestAt) : null,
      }))
    ) {
      throw fail.conflict('Phiếu xin lỗi vừa được người khác xử lý. Vui lòng tải lại.');
    }
    if (status === 'approved') {
      const newDueAt = apology.proposed_due_at.getTime();
      const { action, next } = await appendLateWorkAction(trx, dossier, {
        type: 'apology_approved',
        at: now,
        actorId: actor.userId,
        actorUnitId: actor.unitId,
        payload: {
          apologyId,
          newDueAt,
          previousDueAt: apology.previous_due_at.getTime(),
          reason: apology.reason,
          latestAt: lateness!.latestAt,
          late: lateness!.late,
        },
      });
      await enqueueDossierActionNotifications(trx, ctx.deps.config, {
        dossier: {
          id: row.id,
          code: row.code,
          procedureName: row.procedure_name,
          applicant: row.applicant,
          resultPlace: row.receiving_unit_name,
        },
        action,
        from: (dossier.state as DossierState).status,
        next,
        now,
      });
      // the new return date is a change the national portal shows
      await enqueuePortalChange(trx, ctx.deps.config.nationalPortal, {
        dossierId: row.id,
        seq: action.seq,
        now,
      });
      await scheduleLateTimers(trx, {
        dossierId: row.id,
        before: dossier.state,
        after: next,
        rules: dossier.gate.rules.rules,
        calendar: context.calendar,
        now: now.getTime(),
      });
    }
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `late_work.apology_${input.decision}`,
        targetType: 'dossier_apology',
        targetId: apologyId,
        unitId: row.receiving_unit_id,
        summary: { code: row.code, comment: input.comment ?? null, late: lateness?.late ?? null },
      }),
    );
  });
}
