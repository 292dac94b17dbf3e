/** Constant-time comparison of secrets kept as hex hashes (receipt PINs, feedback PINs). */
import { timingSafeEqual } from 'node:crypto';

/**
 * True when `givenHex` equals `storedHex`, compared in constant time. The caller computes `givenHex` even
 * when nothing is stored (an unknown code), so a wrong secret and an unknown code take the same work.
 */
export function isSameHash(storedHex: string | null | undefined, givenHex: string): boolean {
  const given = Buffer.from(givenHex, 'hex');
  const stored = Buffer.from(storedHex ?? '', 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}
