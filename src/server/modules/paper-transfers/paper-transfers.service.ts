/**
 * Paper transfers by the 15:00 rule: the one-stop hands received paper dossiers to the processing unit in
 * batches (phiếu chuyển hồ sơ, signed by both sides), the receiving unit confirms, and transfers later than
 * the due time stay visible. Scope never flows upward: officers act and read inside their unit's subtree.
 */
import type {
  CreatePaperTransferBatchRequest,
  PaperTransferBatch,
  PaperTransferBatchList,
  PaperTransferDossierList,
} from '../../../contracts/paper-transfers.js';
import { hasAnyRole, isUnitInScope, type Actor } from '../../../domain/access/policy.js';
import type { Role } from '../../../domain/access/roles.js';
import { computeLocalEpochDay, formatEpochDay } from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { getWorkingCalendar } from '../calendars/calendars.service.js';
import {
  claimIdempotencyKey,
  findIdempotentReplay,
  isUniqueViolation,
  type IdempotencyClaim,
} from '../idempotency/idempotency.js';
import { insertIdempotencyRecord } from '../idempotency/idempotency.queries.js';
import { presentBatch, presentTransfer } from './paper-transfers.present.js';
import * as q from './paper-transfers.queries.js';
import { recordPaperTransferDue } from './paper-transfers.record.js';

/** Who hands paper dossiers over: the one-stop's officers. */
const GIVERS: readonly Role[] = ['reception', 'one_stop_head'];
/** Who may sign for the receiving unit. */
const RECEIVERS: readonly Role[] = ['sysadmin', 'specialist', 'unit_leader', 'reception', 'one_stop_head'];
const BACKFILL_LIMIT = 500;

function officialOf(ctx: RequestContext): Actor & { unitPath: string } {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (actor.kind !== 'official' || !actor.unitPath)
    throw fail.forbidden('Chỉ cán bộ được xem chuyển hồ sơ giấy.');
  return actor as Actor & { unitPath: string };
}

const inScope = (actor: Actor, ...paths: string[]) => paths.some((path) => isUnitInScope(actor, path));

/**
 * Writes the transfer owed by received paper dossiers of the subtree that predate migration 0030 and are
 * still at a one-stop step (the migration cannot compute working-calendar due times). Idempotent.
 */
export async function backfillPaperTransfers(ctx: RequestContext, unitPath: string): Promise<number> {
  const { db } = ctx.deps.database;
  const candidates = await q.listBackfillCandidates(db, unitPath, BACKFILL_LIMIT);
  if (candidates.length === 0) return 0;
  const now = ctx.deps.clock.now();
  let written = 0;
  await db.transaction().execute(async (trx) => {
    for (const row of candidates) {
      const calendar = await getWorkingCalendar(trx, row.calendar_version_id);
      const receivedAt = row.received_at!.getTime();
      if (await recordPaperTransferDue(trx, { dossierId: row.id, receivedAt, calendar, now })) written++;
    }
  });
  return written;
}

/** Dossiers of the officer's one-stop subtree waiting to be handed over, earliest due first. */
export async function listAwaitingTransfers(ctx: RequestContext): Promise<PaperTransferDossierList> {
  const actor = officialOf(ctx);
  await backfillPaperTransfers(ctx, actor.unitPath);
  const rows = await q.listAwaiting(ctx.deps.database.db, actor.unitPath);
  const now = ctx.deps.clock.now().getTime();
  return { items: rows.map((row) => presentTransfer(row, now)) };
}

/** Transfers from or to the subtree done after their due time, or still not done past it. */
export async function listLateTransfers(ctx: RequestContext): Promise<PaperTransferDossierList> {
  const actor = officialOf(ctx);
  await backfillPaperTransfers(ctx, actor.unitPath);
  const now = ctx.deps.clock.now();
  const rows = await q.listLate(ctx.deps.database.db, actor.unitPath, now);
  return { items: rows.map((row) => presentTransfer(row, now.getTime())) };
}

/** Batches sent from or to the subtree, newest first. */
export async function listTransferBatches(ctx: RequestContext): Promise<PaperTransferBatchList> {
  const actor = officialOf(ctx);
  const rows = await q.listBatches(ctx.deps.database.db, actor.unitPath);
  return { items: rows.map((row) => presentBatch(row, canConfirm(actor, row))) };
}

function canConfirm(actor: Actor, batch: q.BatchRow): boolean {
  return (
    batch.received_at === null &&
    batch.handed_by !== actor.userId &&
    hasAnyRole(actor, RECEIVERS) &&
    isUnitInScope(actor, batch.to_path)
  );
}

/** A batch sent from or to the subtree, with its dossiers; another unit's batch answers not_found. */
export async function getTransferBatch(ctx: RequestContext, id: string): Promise<PaperTransferBatch> {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const batch = await q.findBatch(db, id);
  if (!batch || !inScope(actor, batch.from_path, batch.to_path))
    throw fail.notFound('Không tìm thấy phiếu chuyển hồ sơ.');
  const items = await q.listBatchItems(db, id);
  const now = ctx.deps.clock.now().getTime();
  return {
    ...presentBatch(batch, canConfirm(actor, batch)),
    items: items.map((row) => presentTransfer(row, now)),
  };
}

/**
 * Hands the chosen dossiers over in one batch: all awaiting, from a one-stop unit in the officer's subtree,
 * to one processing unit. With an idempotency key a retry answers the same batch.
 */
export async function createTransferBatch(
  ctx: RequestContext,
  input: CreatePaperTransferBatchRequest,
  idempotencyKey: string | null,
): Promise<{ id: string; replay: boolean }> {
  const actor = officialOf(ctx);
  if (!hasAnyRole(actor, GIVERS)) throw fail.forbidden('Chỉ cán bộ Bộ phận Một cửa được chuyển hồ sơ giấy.');
  const claim = idempotencyKey
    ? claimIdempotencyKey(actor.userId, 'paper_transfer.create', idempotencyKey, input)
    : null;
  const { db } = ctx.deps.database;
  const earlier = claim ? await findIdempotentReplay(db, claim) : null;
  if (earlier) return { id: earlier.targetId, replay: true };
  try {
    return { id: await insertTransferBatch(ctx, actor, input, claim), replay: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = claim ? await findIdempotentReplay(db, claim) : null;
    if (winner) return { id: winner.targetId, replay: true };
    throw fail.conflict('Có hồ sơ vừa được chuyển trong phiếu khác. Vui lòng tải lại danh sách.');
  }
}

async function insertTransferBatch(
  ctx: RequestContext,
  actor: Actor,
  input: CreatePaperTransferBatchRequest,
  claim: IdempotencyClaim | null,
): Promise<string> {
  const { db } = ctx.deps.database;
  const ids = [...new Set(input.dossierIds)];
  const rows = await q.listTransfersForBatch(db, ids);
  const visible = rows.filter((row) => isUnitInScope(actor, row.from_path));
  if (visible.length !== ids.length)
    throw fail.validation('Có hồ sơ không thuộc đơn vị hoặc không phải hồ sơ giấy cần chuyển.', [
      { path: 'dossierIds' },
    ]);
  if (visible.some((row) => row.batch_id !== null || row.finished_at !== null))
    throw fail.validation('Có hồ sơ đã được chuyển hoặc đã kết thúc xử lý.', [{ path: 'dossierIds' }]);
  const first = visible[0]!;
  if (visible.some((row) => row.from_unit_id !== first.from_unit_id || row.to_unit_id !== first.to_unit_id))
    throw fail.validation('Mỗi phiếu chuyển chỉ gồm hồ sơ chuyển từ một đơn vị đến cùng một đơn vị nhận.', [
      { path: 'dossierIds' },
    ]);
  const now = ctx.deps.clock.now();
  const year = Number(formatEpochDay(computeLocalEpochDay(now.getTime())).slice(0, 4));
  const id = crypto.randomUUID();
  const order = [...visible].sort((a, b) => a.due_at.getTime() - b.due_at.getTime()).map((r) => r.dossier_id);
  await db.transaction().execute(async (trx) => {
    if (claim) await insertIdempotencyRecord(trx, { ...claim, targetId: id, trackingPin: null, now });
    const seq = await q.nextBatchSequence(trx, first.from_unit_id, year);
    const number = `${seq}/${year}/PCHS`;
    const batch = {
      id,
      fromUnitId: first.from_unit_id,
      toUnitId: first.to_unit_id,
      year,
      seq,
      number,
      handedBy: actor.userId,
      handedAt: now,
    };
    await q.insertBatch(trx, batch, order);
    const late = visible.filter((row) => row.due_at.getTime() < now.getTime()).map((row) => row.code);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'paper_transfer.hand_over',
        targetType: 'paper_transfer_batch',
        targetId: id,
        unitId: first.from_unit_id,
        summary: { number, toUnitId: first.to_unit_id, dossiers: order.length, late },
      }),
    );
  });
  return id;
}

/** The receiving unit confirms the batch arrived (signs the slip); once, by someone other than the giver. */
export async function confirmTransferBatch(ctx: RequestContext, id: string): Promise<PaperTransferBatch> {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const batch = await q.findBatch(db, id);
  if (!batch || !inScope(actor, batch.from_path, batch.to_path))
    throw fail.notFound('Không tìm thấy phiếu chuyển hồ sơ.');
  if (!hasAnyRole(actor, RECEIVERS) || !isUnitInScope(actor, batch.to_path))
    throw fail.forbidden('Chỉ cán bộ của đơn vị nhận được xác nhận đã nhận hồ sơ.');
  if (batch.handed_by === actor.userId) throw fail.forbidden('Người giao không tự xác nhận việc nhận hồ sơ.');
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    const locked = await q.lockBatch(trx, id);
    if (!locked || locked.received_at !== null || !(await q.confirmBatch(trx, id, actor.userId, now)))
      throw fail.conflict('Phiếu chuyển này đã được xác nhận nhận.');
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'paper_transfer.confirm_receipt',
        targetType: 'paper_transfer_batch',
        targetId: id,
        unitId: batch.to_unit_id,
        summary: { number: batch.number },
      }),
    );
  });
  return getTransferBatch(ctx, id);
}
