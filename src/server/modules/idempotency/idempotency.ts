/**
 * Idempotency keys (`Idempotency-Key` header), scoped to the person who sends them and to one operation. The
 * first request stores the hash of its canonical body with what it created; a retry with the same body is
 * answered with the same thing (also when it lost a race on the key), a different body is refused with
 * `idempotency_mismatch`, and another person's equal key string is unrelated.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../domain/audit/chain.js';
import { AppError } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { findIdempotencyRecord, type IdempotencyScope } from './idempotency.queries.js';

/** A key claimed for one request: its scope and the hash of the request it came with. */
export interface IdempotencyClaim extends IdempotencyScope {
  requestHash: string;
}

/** What the first request created, to be answered again. */
export interface IdempotentReplay {
  targetId: string;
  trackingPin: string | null;
}

/** The claim of `key` by `userId` for `operation` with this (validated) request body. */
export function claimIdempotencyKey(
  userId: string,
  operation: string,
  key: string,
  request: unknown,
): IdempotencyClaim {
  const requestHash = createHash('sha256').update(canonicalJson(request)).digest('hex');
  return { userId, operation, key, requestHash };
}

/**
 * The earlier answer to this claim, or null when the key is new; throws `idempotency_mismatch` when the key
 * came with a different request (records moved from before request hashes were kept are not compared).
 */
export async function findIdempotentReplay(
  db: Executor,
  claim: IdempotencyClaim,
): Promise<IdempotentReplay | null> {
  const record = await findIdempotencyRecord(db, claim);
  if (!record) return null;
  if (record.request_hash !== null && record.request_hash !== claim.requestHash)
    throw new AppError('idempotency_mismatch', undefined, { key: claim.key });
  return { targetId: record.target_id, trackingPin: record.tracking_pin };
}

/** True for a unique violation from `pg` or PGlite (both expose the SQLSTATE as `code`). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
