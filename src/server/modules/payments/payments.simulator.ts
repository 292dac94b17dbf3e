/**
 * The development payment simulator (DEV_TOOLS only): "Thanh toán (mô phỏng)" on the payment page makes the
 * server send itself the notification a bank would send, signed with the configured key, through the same
 * webhook route (HTTP included), so the adapter's checks run exactly as for a real bank.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError, fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import {
  SIGNATURE_HEADER,
  signPaymentNotification,
  TIMESTAMP_HEADER,
} from '../../security/webhook-signature.js';
import { getDossier } from '../dossiers/dossiers.service.js';
import { ensurePayment, type PaidFeeLine } from './payments.service.js';

/** Sends a signed, correct notification for the dossier's open payment; answers the adapter's outcome. */
export async function simulatePayment(ctx: RequestContext, server: FastifyInstance, dossierId: string) {
  const view = await getDossier(ctx, dossierId);
  const payment = await ensurePayment(
    ctx.deps.database.db,
    dossierId,
    view.row.fees as PaidFeeLine[],
    ctx.deps.clock.now(),
  );
  if (!payment || payment.status !== 'unpaid') throw fail.conflict('Hồ sơ không còn khoản phí nào phải nộp.');
  const body = JSON.stringify({
    notificationId: `SIM-${randomUUID()}`,
    reference: payment.reference,
    description: `${payment.reference} Le phi ho so ${view.row.code ?? ''}`.trim(),
    amount: payment.amount,
    payerName: (view.row.applicant as { fullName: string }).fullName,
  });
  const timestamp = Math.floor(ctx.deps.clock.now().getTime() / 1000);
  const response = await server.inject({
    method: 'POST',
    url: '/api/v1/payments/webhook/simulator',
    headers: {
      'content-type': 'application/json',
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signPaymentNotification(ctx.deps.config.payment.webhookSecret, timestamp, body),
    },
    payload: body,
  });
  const answer = response.json() as { outcome?: string; code?: string; message?: string };
  if (response.statusCode !== 200) {
    throw new AppError('conflict', answer.message ?? 'Thanh toán mô phỏng không thành công.', {
      code: answer.code,
    });
  }
  return { outcome: answer.outcome ?? 'paid' };
}
