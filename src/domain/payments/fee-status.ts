/**
 * A dossier's payment status (chưa nộp / đã nộp / đã hoàn) and the point its fees are due by (pure, shared by
 * server and web). A fee line of the procedure may say it is due before the result is returned
 * (`dueBefore: 'return'`); while such a line is unpaid, returning the result is held back (`fee_unpaid`).
 * Lines without a due point keep the old behaviour: the officer collects them when convenient.
 */
import type { Fee } from '../procedures/definition.js';
import { feeLineKey } from '../procedures/fees.js';

export const PAYMENT_STATUSES = ['none', 'unpaid', 'paid', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  none: 'Không thu phí',
  unpaid: 'Chưa nộp',
  paid: 'Đã nộp',
  refunded: 'Đã hoàn',
};

/** A fee line as stored on the dossier. */
export interface StoredFeeLine {
  lineId?: string;
  name: string;
  amount: number;
  paid?: boolean;
}

/** The status of a dossier's fees: nothing owed, unpaid, paid, or refunded (the stored payment says so). */
export function derivePaymentStatus(
  fees: StoredFeeLine[],
  stored: 'unpaid' | 'paid' | 'refunded' | null | undefined,
): PaymentStatus {
  if (stored === 'refunded') return 'refunded';
  const owed = fees.filter((fee) => fee.amount > 0);
  if (owed.length === 0) return 'none';
  return owed.every((fee) => fee.paid) ? 'paid' : 'unpaid';
}

/** The amount still owed: the lines not yet paid. */
export function sumUnpaid(fees: StoredFeeLine[]): number {
  return fees.filter((fee) => !fee.paid).reduce((sum, fee) => sum + fee.amount, 0);
}

/**
 * True when an unpaid line is due before the result is returned, by the procedure's fee definition
 * (a stored line finds its definition by `lineId`, the key the intake charged it under).
 */
export function isFeeDueBeforeReturn(fees: StoredFeeLine[], definition: Fee[]): boolean {
  const dueKeys = new Set(
    definition.flatMap((fee, index) => (fee.dueBefore === 'return' ? [feeLineKey(fee, index)] : [])),
  );
  return fees.some(
    (fee) => !fee.paid && fee.amount > 0 && fee.lineId !== undefined && dueKeys.has(fee.lineId),
  );
}

/** The message of the `fee_unpaid` blocker. */
export const FEE_UNPAID_MESSAGE =
  'Hồ sơ chưa nộp phí, lệ phí phải nộp trước khi trả kết quả: ghi nhận thu phí (hoặc chờ thanh toán trực tuyến) rồi mới trả kết quả.';
