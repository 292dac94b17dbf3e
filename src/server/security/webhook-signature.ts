/**
 * Signatures of payment notifications (bank / payment platform webhooks): HMAC-SHA256, keyed with
 * PAYMENT_WEBHOOK_SECRET, over `<timestamp>.<raw body>`, sent as lower-case hex in `x-kc-signature` with the
 * Unix timestamp (seconds) in `x-kc-timestamp`. Signing the timestamp with the body means an old notification
 * cannot be replayed with a fresh timestamp; the tolerance bounds how old a signed one may be.
 */
import { createHmac } from 'node:crypto';
import { isSameHash } from './secret-hash.js';

export const SIGNATURE_HEADER = 'x-kc-signature';
export const TIMESTAMP_HEADER = 'x-kc-timestamp';

/** The hex HMAC-SHA256 of `<timestamp>.<rawBody>`. */
export function signPaymentNotification(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

export type SignatureCheck =
  { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'bad_signature' };

/**
 * Checks a notification: both headers present, the timestamp within `toleranceSeconds` of `nowMs` (either
 * side), and the signature equal to ours, compared in constant time.
 */
export function verifyPaymentSignature(input: {
  secret: string;
  rawBody: string;
  timestamp: string | undefined;
  signature: string | undefined;
  nowMs: number;
  toleranceSeconds: number;
}): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestamp) || !/^[0-9a-f]{64}$/i.test(signature)) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = signPaymentNotification(input.secret, Number(timestamp), input.rawBody);
  // the signature is checked before the clock, so a stale answer never tells an unsigned caller anything
  if (!isSameHash(expected, signature.toLowerCase())) return { ok: false, reason: 'bad_signature' };
  if (Math.abs(input.nowMs / 1000 - Number(timestamp)) > input.toleranceSeconds) {
    return { ok: false, reason: 'stale' };
  }
  return { ok: true };
}
