/**
 * The payment adapter: a bank's or payment platform's confirmation, signed (HMAC-SHA256 over
 * `<timestamp>.<raw body>` with PAYMENT_WEBHOOK_SECRET), inside the replay window, stored once per
 * (provider, notification id). A replay is acknowledged without effect; a matching amount pays the dossier
 * (fee lines, payment row and audit in one transaction); another amount is recorded and refused.
 */
import { randomUUID } from 'node:crypto';
import { AppError, fail } from '../../../domain/errors.js';
import {
  decideNotification,
  findNotificationReference,
  PaymentNotification,
  type NotificationOutcome,
} from '../../../domain/payments/notification.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Tx } from '../../db/types.js';
import { verifyPaymentSignature } from '../../security/webhook-signature.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as q from './payments.queries.js';
import type { PaidFeeLine } from './payments.service.js';

/** Senders the adapter accepts; `simulator` (the development payment page) only with DEV_TOOLS. */
export const PAYMENT_PROVIDERS = ['bank', 'simulator'] as const;

const REFUSALS = {
  missing: 'Thiếu chữ ký hoặc thời điểm ký của thông báo thanh toán.',
  malformed: 'Chữ ký hoặc thời điểm ký của thông báo thanh toán sai định dạng.',
  bad_signature: 'Chữ ký thông báo thanh toán không hợp lệ.',
  stale: 'Thông báo thanh toán đã quá thời hạn chấp nhận (thời điểm ký lệch quá giới hạn).',
} as const;

/** The received notification, checked and parsed; throws with the refusal's code otherwise. */
function readNotification(
  ctx: RequestContext,
  rawBody: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
): PaymentNotification {
  const { webhookSecret, webhookToleranceSeconds } = ctx.deps.config.payment;
  const check = verifyPaymentSignature({
    secret: webhookSecret,
    rawBody,
    ...headers,
    nowMs: ctx.deps.clock.now().getTime(),
    toleranceSeconds: webhookToleranceSeconds,
  });
  if (!check.ok) {
    const details = { reason: check.reason };
    if (check.reason === 'missing' || check.reason === 'malformed')
      throw fail.validation(REFUSALS[check.reason], details);
    throw new AppError('unauthenticated', REFUSALS[check.reason], details);
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw fail.validation('Nội dung thông báo thanh toán không phải JSON hợp lệ.');
  }
  const parsed = PaymentNotification.safeParse(json);
  if (!parsed.success) {
    throw fail.validation(
      'Thông báo thanh toán thiếu hoặc sai trường dữ liệu.',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}

/** Pays the dossier: every unpaid fee line online, the payment row, the audit entry. */
async function payDossier(
  trx: Tx,
  ctx: RequestContext,
  input: { dossierId: string; reference: string; notificationId: string; notification: PaymentNotification },
) {
  const now = ctx.deps.clock.now();
  const dossier = (await q.findDossierFeesForUpdate(trx, input.dossierId))!;
  const receiptNumber = `BLDT-${input.reference}`;
  const fees = (dossier.fees as PaidFeeLine[]).map((fee) =>
    fee.paid ? fee : { ...fee, paid: true, method: 'online', receiptNumber },
  );
  const paidAt = input.notification.paidAt ? new Date(input.notification.paidAt) : now;
  const payerName = input.notification.payerName ?? (dossier.applicant as { fullName: string }).fullName;
  await q.markPaymentPaid(trx, input.dossierId, {
    method: 'online',
    receiptNumber,
    payerName,
    paidAt,
    recordedBy: null,
    notificationId: input.notificationId,
    amount: input.notification.amount,
  });
  await q.updateDossierFees(trx, input.dossierId, fees, now);
  await appendAudit(
    trx,
    auditFrom(ctx, {
      action: 'dossier.payment_online',
      targetType: 'dossier',
      targetId: input.dossierId,
      unitId: dossier.receiving_unit_id,
      summary: {
        code: dossier.code,
        reference: input.reference,
        amount: input.notification.amount,
        receiptNumber,
      },
    }),
  );
}

/** Handles one notification; answers its outcome, or throws for a refused one (after recording it). */
export async function receivePaymentNotification(
  ctx: RequestContext,
  provider: string,
  rawBody: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
): Promise<{ outcome: NotificationOutcome }> {
  if (
    !(PAYMENT_PROVIDERS as readonly string[]).includes(provider) ||
    (provider === 'simulator' && !ctx.deps.config.devTools)
  )
    throw fail.notFound('Không có kênh thanh toán này.');
  const notification = readNotification(ctx, rawBody, headers);
  const reference = findNotificationReference(notification);
  const outcome = await ctx.deps.database.db.transaction().execute(async (trx) => {
    if (await q.hasNotification(trx, provider, notification.notificationId)) return 'replay' as const;
    const payment = reference ? await q.findPaymentByReferenceForUpdate(trx, reference) : undefined;
    const decided = decideNotification({
      alreadyReceived: false,
      payment: payment ?? null,
      amount: notification.amount,
    });
    if (decided === 'replay') return decided;
    const id = randomUUID();
    const stored = await q.insertNotificationIfNew(trx, {
      id,
      provider,
      notificationId: notification.notificationId,
      reference,
      dossierId: payment?.dossier_id ?? null,
      amount: notification.amount,
      outcome: decided,
      body: notification,
      receivedAt: ctx.deps.clock.now(),
    });
    // a concurrent delivery of the same notification stored it first: this one is the replay
    if (!stored) return 'replay' as const;
    if (decided === 'paid')
      await payDossier(trx, ctx, {
        dossierId: payment!.dossier_id,
        reference: reference!,
        notificationId: id,
        notification,
      });
    return decided;
  });
  if (outcome === 'amount_mismatch') {
    throw fail.conflict(
      'Số tiền thanh toán không khớp với số phí, lệ phí của hồ sơ; giao dịch đã được ghi lại để đối soát.',
      {
        reason: 'amount_mismatch',
      },
    );
  }
  return { outcome };
}
