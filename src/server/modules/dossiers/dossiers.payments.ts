/**
 * Fees of a dossier: the amounts come from the procedure version at intake; the one-stop officer records
 * payment with a receipt number; unpaid fees come with a VietQR code the citizen can scan to pay, carrying the
 * dossier's payment reference (matched when the bank's notification arrives, see `modules/payments`).
 */
import QRCode from 'qrcode';
import { z } from 'zod';
import { PaymentInfo } from '../../../contracts/payments.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import {
  derivePaymentStatus,
  PAYMENT_STATUS_LABELS,
  sumUnpaid,
} from '../../../domain/payments/fee-status.js';
import { sumFees } from '../../../domain/procedures/fees.js';
import { buildVietQrPayload } from '../../../domain/payments/vietqr.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { markPaymentPaid, updateDossierFees } from '../payments/payments.queries.js';
import { ensurePayment, type PaidFeeLine } from '../payments/payments.service.js';
import { presentFees } from './dossiers.present.js';
import { getDossier } from './dossiers.service.js';

export { PaymentInfo };

export const RecordPaymentRequest = z.object({
  version: z.number().int(),
  receiptNumber: z.string().trim().min(1).max(50),
  method: z.enum(['cash', 'transfer', 'online']),
});

const iso = (value: Date | null) => (value ? formatInstant(value.getTime()) : null);

/** The fees of a dossier, paid or not, with a VietQR code (amount and payment reference) while unpaid. */
export async function getPayment(ctx: RequestContext, id: string): Promise<PaymentInfo> {
  const { row } = await getDossier(ctx, id);
  const fees = row.fees as PaidFeeLine[];
  const payment = await ensurePayment(ctx.deps.database.db, id, fees, ctx.deps.clock.now());
  // the stored lines are what the dossier owes: only the chosen alternatives, after any exemption
  const total = sumFees(fees);
  const status = derivePaymentStatus(fees, payment?.status);
  const owed = sumUnpaid(fees);
  const qrPayload =
    status === 'unpaid' && owed > 0 && payment
      ? buildVietQrPayload({
          bankBin: ctx.deps.config.payment.bankBin,
          accountNumber: ctx.deps.config.payment.accountNumber,
          amount: owed,
          description: `${payment.reference} Le phi ho so ${row.code ?? ''}`,
        })
      : null;
  return {
    fees: presentFees(fees),
    total,
    paid: status === 'paid' || status === 'none',
    status,
    statusLabel: PAYMENT_STATUS_LABELS[status],
    reference: payment?.reference ?? null,
    receiptNumber: payment?.receipt_number ?? fees.find((fee) => fee.receiptNumber)?.receiptNumber ?? null,
    method: payment?.method ?? fees.find((fee) => fee.method)?.method ?? null,
    paidAt: iso(payment?.paid_at ?? null),
    refundedAt: iso(payment?.refunded_at ?? null),
    refundReason: payment?.refund_reason ?? null,
    qrPayload,
    qrSvg: qrPayload ? await QRCode.toString(qrPayload, { type: 'svg', margin: 1, width: 180 }) : null,
    receiptAvailable: payment?.status === 'paid' || payment?.status === 'refunded',
    simulatorAvailable: ctx.deps.config.devTools && status === 'unpaid' && payment !== null,
  };
}

/** Records payment of every fee with one receipt (one-stop officers), with optimistic concurrency. */
export async function recordPayment(
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof RecordPaymentRequest>,
) {
  const { row } = await getDossier(ctx, id);
  const actor = ctx.actor!;
  if (actor.kind !== 'official' || !actor.roles.some((r) => r === 'reception' || r === 'one_stop_head')) {
    throw fail.forbidden('Chỉ cán bộ Bộ phận Một cửa ghi nhận thu phí, lệ phí.');
  }
  const fees = (row.fees as PaidFeeLine[]).map((fee) => ({
    ...fee,
    paid: true,
    receiptNumber: input.receiptNumber,
    method: input.method,
  }));
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    const updated = await updateDossierFees(trx, id, fees, now, input.version);
    if (!updated) throw fail.conflict('Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.');
    const payment = await ensurePayment(trx, id, row.fees as PaidFeeLine[], now);
    if (payment && payment.status !== 'unpaid') throw fail.conflict('Hồ sơ đã nộp phí, lệ phí.');
    if (payment)
      await markPaymentPaid(trx, id, {
        method: input.method,
        receiptNumber: input.receiptNumber,
        payerName: (row.applicant as { fullName: string }).fullName,
        paidAt: now,
        recordedBy: actor.userId,
        notificationId: null,
        amount: sumUnpaid(row.fees as PaidFeeLine[]),
      });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'dossier.record_payment',
        targetType: 'dossier',
        targetId: id,
        unitId: row.receiving_unit_id,
        summary: {
          receiptNumber: input.receiptNumber,
          method: input.method,
          total: sumFees(fees),
        },
      }),
    );
  });
  return getPayment(ctx, id);
}
