/**
 * Reading and acting on dossiers. Every action is checked by role, by unit scope and by the state machine,
 * then written as one transaction: the action row, the new derived state (only if the dossier is still at
 * the version the person saw: otherwise `conflict`) and the audit entry.
 */
import type { DossierActionRequest, DossierListQuery } from '../../../contracts/dossiers.js';
import type { Actor } from '../../../domain/access/policy.js';
import { computeLocalEpochDay, computeLocalDayStart } from '../../../domain/calendar/index.js';
import { canPerformDossierAction, isActionInScope } from '../../../domain/dossiers/policy.js';
import {
  applyAction,
  currentStep,
  listAllowedActions,
  type DossierState,
} from '../../../domain/dossiers/state.js';
import { AppError, fail } from '../../../domain/errors.js';
import {
  FEE_UNPAID_MESSAGE,
  isFeeDueBeforeReturn,
  type StoredFeeLine,
} from '../../../domain/payments/fee-status.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { enqueueDossierActionNotifications } from '../notifications/notifications.enqueue.js';
import { enqueuePortalChange } from '../portal/portal.enqueue.js';
import { loadDossierContext } from './dossiers.context.js';
import { canReadDossier, scopeOfDossier, type DossierScopeRow } from './dossier-scope.js';
import * as q from './dossiers.queries.js';
import { enterInBook, linkAttachments } from './dossiers.intake.js';
import type { Executor } from '../../db/types.js';
import { FORWARD_ACTIONS } from '../../../domain/late-work/assessment.js';
import {
  assertGateOpen,
  listGateBlockers,
  openLateWorkGate,
  recordSupplementRequest,
} from '../late-work/late-work.gate.js';
import { scheduleLateTimers } from '../late-work/late-work.timers.js';
import { toVersionedRules } from '../late-work/late-work.rules.js';
import { recordPaperTransferDue } from '../paper-transfers/paper-transfers.record.js';
import { recordResultDigitised } from '../digitisation/digitisation.record.js';
import { findQueueApologyWarnings } from '../late-work/late-work.queue.js';
import type { ApologyWarning } from '../../../domain/late-work/apology-warning.js';
import { issueSignedResult } from '../signed-results/signed-results.issue.js';

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw fail.unauthenticated();
  return ctx.actor;
}

/** Role, state holder and unit scope together: may this person take this action on this dossier now? */
function mayTakeAction(
  actor: Actor,
  type: Parameters<typeof canPerformDossierAction>[1],
  target: Parameters<typeof canPerformDossierAction>[2],
  row: DossierScopeRow,
): boolean {
  if (!canPerformDossierAction(actor, type, target)) return false;
  return actor.kind === 'citizen' || isActionInScope(actor, type, scopeOfDossier(row), target);
}

/** Gets a dossier the person may see; another unit's dossier answers not_found, exactly like a missing one. */
export async function getDossier(ctx: RequestContext, id: string) {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const page = await q.findDossierPage(db, id, now);
  const row = page?.row;
  if (!page || !row || !(await canReadDossier(db, actor, row))) throw fail.notFound('Không tìm thấy hồ sơ.');
  const context = await loadDossierContext(db, row);
  const state = row.state as DossierState;
  const step = currentStep(state, context);
  const target = {
    status: state.status,
    stepRole: step?.role ?? null,
    holderId: state.holderId,
    applicantUserId: row.applicant_user_id,
  };
  const gate = await openLateWorkGate(db, id, state, context.calendar, now, {
    rules: toVersionedRules(page.lateRules),
    pendingApology: page.pendingApology,
  });
  const blockers = actor.kind === 'official' ? listGateBlockers(gate) : [];
  const feeUnpaid = isFeeDueBeforeReturn(row.fees as StoredFeeLine[], context.definition.fees);
  const allowed = listAllowedActions(state, context, now.getTime()).filter(
    (type) =>
      mayTakeAction(actor, type, target, row) &&
      (blockers.length === 0 || !FORWARD_ACTIONS.includes(type)) &&
      !(feeUnpaid && type === 'return_result'),
  );
  if (feeUnpaid && actor.kind === 'official' && state.status === 'processed')
    blockers.push({ code: 'fee_unpaid', message: FEE_UNPAID_MESSAGE });
  // explanations are internal accountability: the applicant sees the apology, not who explained what
  const actions = actor.kind === 'citizen' ? page.actions.filter((a) => a.type !== 'explain') : page.actions;
  return { row, state, context, step, allowed, actions, names: page.holderNames, blockers };
}

/** Performs one action on a dossier for the signed-in person. */
export async function performAction(ctx: RequestContext, id: string, input: DossierActionRequest) {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const row = await q.findDossier(db, id);
  if (!row || !(await canReadDossier(db, actor, row))) throw fail.notFound('Không tìm thấy hồ sơ.');
  if (row.version !== input.version) {
    throw fail.conflict('Hồ sơ vừa được người khác xử lý. Vui lòng tải lại để xem trạng thái mới nhất.', {
      currentVersion: row.version,
    });
  }
  const context = await loadDossierContext(db, row);
  const state = row.state as DossierState;
  const step = currentStep(state, context);
  const target = {
    status: state.status,
    stepRole: step?.role ?? null,
    holderId: state.holderId,
    applicantUserId: row.applicant_user_id,
  };
  if (!mayTakeAction(actor, input.type, target, row))
    throw fail.forbidden('Bạn không được thực hiện thao tác này với hồ sơ ở bước hiện tại.');
  if (
    (input.type === 'reject' ||
      input.type === 'refuse' ||
      input.type === 'stop' ||
      input.type === 'request_supplement') &&
    !input.reason
  ) {
    throw fail.validation('Cần ghi rõ lý do.', [{ path: 'reason' }]);
  }
  for (const userId of [input.toUserId, input.userId].filter((x): x is string => typeof x === 'string')) {
    const assignee = await q.findAssignee(db, userId);
    // the person who will hold the dossier works inside the authority that decides it (never above it)
    if (!assignee?.active || !assignee.path.startsWith(row.scope_path)) {
      throw fail.validation('Người nhận xử lý không thuộc đơn vị giải quyết hồ sơ.', [{ path: 'toUserId' }]);
    }
  }
  const now = ctx.deps.clock.now();
  const { type, version: _version, faultReason, ...rest } = input;
  const gate = await openLateWorkGate(db, id, state, context.calendar, now);
  const payload = {
    // the result goes out the way the applicant chose at intake unless the officer records another
    ...(type === 'return_result' && row.return_method ? { method: row.return_method } : {}),
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
    ...recordSupplementRequest(gate, state, context.calendar, type, now, faultReason),
  };
  const action = { seq: state.lastSeq + 1, type, at: now.getTime(), actorId: actor.userId, payload };
  const next = applyAction(state, action, context);
  assertGateOpen(gate, type);
  if (type === 'return_result' && isFeeDueBeforeReturn(row.fees as StoredFeeLine[], context.definition.fees))
    throw new AppError('fee_unpaid', FEE_UNPAID_MESSAGE);
  if (type === 'return_result' && state.dueAt !== null && now.getTime() < state.dueAt) {
    await assertCitizenInformed(db, id, input.citizenInformed === true);
  }
  await db.transaction().execute(async (trx) => {
    if (!(await q.updateDossierState(trx, id, input.version, next, now))) {
      throw fail.conflict('Hồ sơ vừa được người khác xử lý. Vui lòng tải lại để xem trạng thái mới nhất.');
    }
    await q.insertActions(trx, id, [{ action, actorUnitId: actor.unitId, stepId: state.stepId }]);
    await scheduleLateTimers(trx, {
      dossierId: id,
      before: state,
      after: next,
      rules: gate.rules.rules,
      calendar: context.calendar,
      now: now.getTime(),
    });
    if (state.receivedAt === null && next.receivedAt !== null)
      await recordPaperTransferDue(trx, {
        dossierId: id,
        receivedAt: next.receivedAt,
        calendar: context.calendar,
        now,
      });
    if (input.attachmentIds?.length) await linkAttachments(trx, id, actor.userId, input.attachmentIds);
    // the unit signs the result (a "sign" wherever its step sits: the one-stop's "Vào sổ, trả kết quả" usually
    // follows it), or the last step approved grants the dossier: the electronic result is signed and stored in
    // this same transaction
    if (type === 'sign' || (type === 'approve' && next.outcome === 'granted' && state.outcome === null))
      await issueSignedResult(trx, ctx, {
        dossier: {
          id,
          code: row.code,
          procedureName: row.procedure_name,
          applicantName: (row.applicant as { fullName?: string } | null)?.fullName ?? '',
          unitId: row.receiving_unit_id,
        },
        actor: { userId: actor.userId, unitId: actor.unitId ?? row.authority_unit_id },
        attachmentIds: input.attachmentIds ?? [],
      });
    if (type === 'return_result')
      await recordResultDigitised(ctx, trx, {
        id,
        code: row.code,
        unitId: row.receiving_unit_id,
        procedureName: row.procedure_name,
        applicant: row.applicant,
        applicantUserId: row.applicant_user_id,
      });
    await enqueueDossierActionNotifications(trx, ctx.deps.config, {
      survey: ctx.deps.config.survey,
      dossier: {
        id,
        code: row.code,
        procedureName: row.procedure_name,
        applicant: row.applicant,
        resultPlace: row.receiving_unit_name,
      },
      action,
      from: state.status,
      next,
      now,
    });
    await enqueuePortalChange(trx, ctx.deps.config.nationalPortal, { dossierId: id, seq: action.seq, now });
    // an online submission is entered in the tracking book when an officer receives it; the unit's book
    // counter is taken last, so its lock is held for the end of this action only (as at intake)
    const book =
      row.book_line === null && next.receivedAt !== null
        ? await enterInBook(trx, row.receiving_unit_id, next.receivedAt)
        : null;
    if (book) await q.setBookLine(trx, id, book);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `dossier.${type}`,
        targetType: 'dossier',
        targetId: id,
        unitId: row.receiving_unit_id,
        summary: { code: row.code, from: state.status, to: next.status, ...(book ? { book } : {}) },
      }),
    );
  });
  return getDossier(ctx, id);
}

/**
 * An early return (before the due time) is allowed only once the citizen knows the result is ready: a
 * "result ready" notice was queued for them, or the officer confirms having told them.
 */
async function assertCitizenInformed(db: Executor, dossierId: string, confirmed: boolean): Promise<void> {
  if (confirmed) return;
  const notice = await q.findResultReadyNotice(db, dossierId);
  if (!notice) {
    throw fail.validation(
      'Trả kết quả trước hạn chỉ khi đã báo cho công dân: hãy xác nhận đã thông báo cho người nộp hồ sơ.',
      [{ path: 'citizenInformed' }],
    );
  }
}

/** A work queue (officials) or the citizen's own dossiers. */
export async function listDossiers(ctx: RequestContext, query: DossierListQuery) {
  const actor = actorOf(ctx);
  const now = ctx.deps.clock.now();
  const endOfToday = new Date(computeLocalDayStart(computeLocalEpochDay(now.getTime()) + 1));
  const who =
    actor.kind === 'citizen'
      ? { userId: actor.userId, scopePath: null, applicantUserId: actor.userId }
      : {
          userId: actor.userId,
          scopePath: actor.roles.includes('sysadmin') ? null : (actor.unitPath ?? '/none/'),
        };
  const { readDb } = ctx.deps.database;
  const result = await q.listQueue(readDb, who, query, now, endOfToday);
  // officials see when the apology falls due (domain.md §7); the citizen's list does not warn
  const apologyWarnings =
    actor.kind === 'official'
      ? await findQueueApologyWarnings(readDb, result.rows, now)
      : new Map<string, ApologyWarning>();
  return { ...result, apologyWarnings };
}
