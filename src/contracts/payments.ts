/** Fee payments of a dossier: status, the VietQR code with its payment reference, refunds, the webhook's answer. */
import { z } from 'zod';
import { PAYMENT_STATUSES } from '../domain/payments/fee-status.js';
import { DossierFee } from './dossiers.js';

export const PaymentStatus = z.enum(PAYMENT_STATUSES);

export const PaymentInfo = z.object({
  fees: z.array(DossierFee),
  total: z.number().int(),
  paid: z.boolean(),
  /** none (nothing owed) / unpaid (chưa nộp) / paid (đã nộp) / refunded (đã hoàn). */
  status: PaymentStatus,
  statusLabel: z.string(),
  /** The payment reference the VietQR code and the bank's notification carry (`KC` + 10 characters). */
  reference: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  method: z.string().nullable(),
  paidAt: z.string().nullable(),
  refundedAt: z.string().nullable(),
  refundReason: z.string().nullable(),
  qrPayload: z.string().nullable(),
  qrSvg: z.string().nullable(),
  /** The electronic receipt exists (paid or refunded). */
  receiptAvailable: z.boolean(),
  /** The development simulator answers (DEV_TOOLS) and something is owed. */
  simulatorAvailable: z.boolean(),
});
export type PaymentInfo = z.infer<typeof PaymentInfo>;

export const RefundRequest = z.object({ reason: z.string().trim().min(5).max(500) });

export const WebhookAnswer = z.object({
  outcome: z.enum(['replay', 'paid', 'amount_mismatch', 'unknown_reference', 'already_settled']),
});

export const ReceiptByTrackingQuery = z.object({
  code: z.string().trim().min(5).max(80),
  secret: z.string().trim().min(6).max(12),
});
