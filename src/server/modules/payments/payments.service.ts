/**
 * Fee payments of a dossier: the payment reference its VietQR code carries (made on first view), cash
 * payments recorded at the counter, refunds by the one-stop head, and the electronic receipt, shown to
 * exactly those who may see the dossier (its applicant, officials in scope) or who hold its tracking PIN.
 */
import { randomBytes } from 'node:crypto';
import { hasAnyRole } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { nameAuthority } from '../../../domain/forms/format.js';
import type { FormDocument } from '../../../domain/forms/model.js';
import { buildPaymentReceipt } from '../../../domain/forms/payment-receipt.js';
import { sumUnpaid, type StoredFeeLine } from '../../../domain/payments/fee-status.js';
import { formatPaymentReference } from '../../../domain/payments/notification.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { claimAttempt } from '../../http/attempts.js';
import { appendAudit } from '../audit/audit.queries.js';
import { isTrackingPinRight } from '../dossiers/dossiers.intake.js';
import { findTrackingRow } from '../dossiers/dossiers.queries.js';
import { getDossier } from '../dossiers/dossiers.service.js';
import { trackingAttemptKeys } from '../dossiers/dossiers.tracking.js';
import { findFormUnit } from '../forms/forms.queries.js';
import * as q from './payments.queries.js';

/** A stored fee line with what the payment wrote on it. */
export interface PaidFeeLine extends StoredFeeLine {
  receiptNumber?: string;
  method?: string;
  refunded?: boolean;
  detail?: string | null;
}

/**
 * The dossier's payment row, made on first need while something is owed: a fresh reference (a clash with
 * another dossier's, one in 2^50, is retried), and the amount kept equal to what is still owed.
 */
export async function ensurePayment(db: Executor, dossierId: string, fees: PaidFeeLine[], now: Date) {
  const owed = sumUnpaid(fees);
  let row = await q.findPayment(db, dossierId);
  for (let attempt = 0; !row && owed > 0 && attempt < 3; attempt += 1) {
    try {
      await q.insertPaymentIfAbsent(db, {
        dossierId,
        reference: formatPaymentReference(randomBytes(10)),
        amount: owed,
        now,
      });
    } catch (error) {
      if (attempt === 2) throw error;
    }
    row = await q.findPayment(db, dossierId);
  }
  if (row && row.status === 'unpaid' && owed > 0 && row.amount !== owed) {
    await q.updateUnpaidAmount(db, dossierId, owed);
    row = { ...row, amount: owed };
  }
  return row ?? null;
}

/** Refunds a paid fee (one-stop head of the dossier's scope), with the reason; audited. */
export async function refundPayment(ctx: RequestContext, dossierId: string, reason: string) {
  const view = await getDossier(ctx, dossierId);
  const actor = ctx.actor!;
  if (actor.kind !== 'official' || !hasAnyRole(actor, ['one_stop_head'])) {
    throw fail.forbidden('Chỉ Trưởng Bộ phận Một cửa được ghi nhận hoàn trả phí, lệ phí.');
  }
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    const dossier = await q.findDossierFeesForUpdate(trx, dossierId);
    if (!dossier || !(await q.markPaymentRefunded(trx, dossierId, { reason, by: actor.userId, at: now }))) {
      throw fail.conflict('Chỉ hoàn trả được khoản phí đã nộp và chưa hoàn.');
    }
    const fees = (dossier.fees as PaidFeeLine[]).map((fee) => (fee.paid ? { ...fee, refunded: true } : fee));
    await q.updateDossierFees(trx, dossierId, fees, now);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'dossier.refund_payment',
        targetType: 'dossier',
        targetId: dossierId,
        unitId: view.row.receiving_unit_id,
        summary: { code: view.row.code, reason },
      }),
    );
  });
}

async function buildReceipt(db: Executor, dossierId: string): Promise<FormDocument> {
  const payment = await q.findPayment(db, dossierId);
  const dossier = await q.findReceiptDossier(db, dossierId);
  if (!dossier || !payment || payment.status === 'unpaid' || !payment.paid_at || !payment.method) {
    throw fail.notFound('Hồ sơ chưa nộp phí, lệ phí nên chưa có biên lai.');
  }
  const authority = await findFormUnit(db, dossier.authority_unit_id);
  const receiving = await findFormUnit(db, dossier.receiving_unit_id);
  const fees = (dossier.fees as PaidFeeLine[]).filter((fee) => fee.amount > 0);
  const applicant = dossier.applicant as { fullName: string };
  return buildPaymentReceipt({
    receiptNumber: payment.receipt_number ?? payment.reference,
    reference: payment.reference,
    authority: authority ? nameAuthority(authority).toUpperCase() : '',
    unit: receiving ? receiving.full_name.toUpperCase() : '',
    payerName: payment.payer_name ?? applicant.fullName,
    dossierCode: dossier.code ?? dossier.id,
    procedureName: dossier.procedure_name,
    fees: fees.map((fee) => ({
      name: fee.detail ? `${fee.name} (${fee.detail})` : fee.name,
      amount: fee.amount,
    })),
    total: payment.amount,
    method: payment.method,
    paidAt: payment.paid_at.getTime(),
    collectorName: payment.recorded_by_name,
    refund:
      payment.status === 'refunded' && payment.refunded_at && payment.refund_reason
        ? { at: payment.refunded_at.getTime(), reason: payment.refund_reason }
        : null,
  });
}

/** The electronic receipt of a dossier the signed-in person may see. */
export async function getReceipt(ctx: RequestContext, dossierId: string): Promise<FormDocument> {
  await getDossier(ctx, dossierId);
  return buildReceipt(ctx.deps.database.readDb, dossierId);
}

/**
 * The electronic receipt by dossier code and tracking PIN (no sign-in): counted against the same limits as
 * public tracking, a wrong PIN answering exactly like an unknown code.
 */
export async function getReceiptByTracking(ctx: RequestContext, code: string, pin: string) {
  const typed = code.trim();
  const attempt = await claimAttempt(
    ctx.deps.database.db,
    ctx.deps.clock.now(),
    trackingAttemptKeys(ctx.ip, typed),
  );
  const row = await findTrackingRow(ctx.deps.database.readDb, typed);
  if (!isTrackingPinRight(row, pin)) {
    throw fail.notFound('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập.');
  }
  await attempt.succeeded();
  return buildReceipt(ctx.deps.database.readDb, row.id);
}
