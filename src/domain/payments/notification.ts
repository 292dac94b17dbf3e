/**
 * What a verified payment notification does to a dossier's payment (pure): a notification id already
 * received is a replay and changes nothing; an unknown reference or a settled payment is recorded only;
 * an amount other than the one asked is refused (recorded, the dossier stays unpaid); else the dossier is paid.
 */
import { z } from 'zod';

/** The body a bank / payment platform sends (after its signature is checked). */
export const PaymentNotification = z.object({
  /** The sender's id of this notification: unique per provider, the idempotency key. */
  notificationId: z.string().trim().min(1).max(100),
  /** The payment reference (`KC` + 10 characters); else it is looked for in the transfer description. */
  reference: z.string().trim().max(40).optional(),
  description: z.string().max(500).optional(),
  amount: z.number().int().positive(),
  payerName: z.string().trim().max(200).optional(),
  transactionId: z.string().trim().max(100).optional(),
  paidAt: z.string().datetime({ offset: true }).optional(),
});
export type PaymentNotification = z.infer<typeof PaymentNotification>;

const REFERENCE = /\bKC[0-9A-Z]{10}\b/;

/** The payment reference a notification names: its `reference`, else the first one in its description. */
export function findNotificationReference(notification: PaymentNotification): string | null {
  const given = notification.reference?.toUpperCase();
  if (given && REFERENCE.test(given)) return given.match(REFERENCE)![0];
  return notification.description?.toUpperCase().match(REFERENCE)?.[0] ?? null;
}

export type NotificationOutcome =
  'replay' | 'paid' | 'amount_mismatch' | 'unknown_reference' | 'already_settled';

/** The outcome of a verified notification against what is stored. */
export function decideNotification(input: {
  alreadyReceived: boolean;
  payment: { status: 'unpaid' | 'paid' | 'refunded'; amount: number } | null;
  amount: number;
}): NotificationOutcome {
  if (input.alreadyReceived) return 'replay';
  if (!input.payment) return 'unknown_reference';
  if (input.payment.status !== 'unpaid') return 'already_settled';
  if (input.payment.amount !== input.amount) return 'amount_mismatch';
  return 'paid';
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A payment reference from 10 random bytes: `KC` + 10 characters of Crockford base 32 (no I, L, O, U). */
export function formatPaymentReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < 10) throw new Error('need 10 random bytes');
  return `KC${Array.from(randomBytes.slice(0, 10), (byte) => ALPHABET[byte % 32]).join('')}`;
}
