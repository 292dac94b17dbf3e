/** Fee payments of a dossier: status, the VietQR code with its payment reference, refunds, the webhook's answer. */
import { z } from 'zod';
import { FEE_REPORT_STATUSES } from '../domain/payments/fee-report.js';
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

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo định dạng yyyy-mm-dd');

/** The fee report of a period (days of submission or intake, local time), optionally of one status. */
export const FeeReportQuery = z.object({
  from: Day,
  to: Day,
  status: z.enum(FEE_REPORT_STATUSES).optional(),
});
export type FeeReportQuery = z.infer<typeof FeeReportQuery>;

export const FeeReportRow = z.object({
  dossierId: z.string().uuid(),
  code: z.string().nullable(),
  procedureName: z.string(),
  applicantName: z.string(),
  unitName: z.string(),
  /** Submitted online or received at the counter. */
  submittedAt: z.string(),
  /** What the dossier owes (đồng): its lines with an amount, after any exemption. */
  amount: z.number().int(),
  fees: z.array(DossierFee),
  status: z.enum(FEE_REPORT_STATUSES),
  statusLabel: z.string(),
  method: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  paidAt: z.string().nullable(),
  refundedAt: z.string().nullable(),
});
export type FeeReportRow = z.infer<typeof FeeReportRow>;

export const FeeReport = z.object({
  from: Day,
  to: Day,
  rows: z.array(FeeReportRow),
  /** Count and amount per status over the rows. */
  totals: z.array(
    z.object({ status: z.enum(FEE_REPORT_STATUSES), count: z.number().int(), amount: z.number().int() }),
  ),
  /** More dossiers matched than the report lists (the newest are listed): narrow the period. */
  truncated: z.boolean(),
});
export type FeeReport = z.infer<typeof FeeReport>;
