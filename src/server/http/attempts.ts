/**
 * Attempt limits in the database (several instances may run): claim every key an attempt counts against
 * BEFORE checking the secret, then report the outcome. A refused claim answers 429 `rate_limited` with the
 * seconds to wait (the error handler turns them into `Retry-After`).
 *
 * Look-ups (public tracking) take a second way with the same guarantee and no write when the secret is
 * right: the statement that reads the dossier also reads the keys' counters under a share lock
 * (`blockedUntilColumn`), which orders it among concurrent counted attempts; a right secret is answered only
 * when no key waits, a wrong one is counted atomically before anything is answered (`settleCheckedAttempt`).
 */
import type { AttemptPolicy } from '../../domain/access/attempts.js';
import { AppError } from '../../domain/errors.js';
import type { Executor } from '../db/types.js';
import * as q from './attempts.queries.js';

/** A key an attempt counts against, under its policy. */
export interface AttemptKey {
  key: string;
  policy: AttemptPolicy;
}

/** The claimed attempt: call `succeeded` when the secret was right (failures need nothing more). */
export interface ClaimedAttempt {
  succeeded(): Promise<void>;
}

/** Vietnamese and English messages of a refusal, with the wait in minutes when it is long. */
function refusal(retryAfterSeconds: number): AppError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const vi =
    retryAfterSeconds < 60
      ? `Quá nhiều lần thử, vui lòng thử lại sau ${retryAfterSeconds} giây.`
      : `Quá nhiều lần thử, vui lòng thử lại sau ${minutes} phút.`;
  const en =
    retryAfterSeconds < 60
      ? `Too many attempts; try again in ${retryAfterSeconds} seconds.`
      : `Too many attempts; try again in ${minutes} minutes.`;
  return new AppError('rate_limited', vi, { retryAfterSeconds }, en);
}

/**
 * Settles a look-up whose secret was checked in the statement that read the counters (`blockedUntilColumn`):
 * a right secret is answered unless a key waits (then 429, uncounted) and writes nothing; a wrong one is
 * counted against every key in one atomic statement before the answer, and refused (429) when a key must
 * wait. Only for policies that give a success its attempt back (`refund`): the counts end as `claimAttempt`
 * then `succeeded` would leave them. The caller answers a wrong secret (not found) after this returns.
 */
export async function settleCheckedAttempt(
  db: Executor,
  now: Date,
  keys: readonly AttemptKey[],
  outcome: { right: boolean; blockedUntil: Date | null },
): Promise<void> {
  if (keys.some((entry) => entry.policy.onSuccess !== 'refund')) {
    throw new Error('settleCheckedAttempt: only policies that refund a success may skip counting it');
  }
  if (!outcome.right) {
    await claimAttempt(db, now, keys);
  } else if (outcome.blockedUntil !== null) {
    throw refusal(Math.max(1, Math.ceil((outcome.blockedUntil.getTime() - now.getTime()) / 1000)));
  }
}

/**
 * Counts one attempt against every key in one statement; throws `rate_limited` (and gives back what it had
 * counted) when any key must wait. A success is settled in one statement too.
 */
export async function claimAttempt(
  db: Executor,
  now: Date,
  keys: readonly AttemptKey[],
): Promise<ClaimedAttempt> {
  const counted = await q.reserveAttempts(db, keys, now);
  const waiting = keys.find((entry) => !counted.has(entry.key));
  if (waiting !== undefined) {
    for (const done of keys) {
      if (counted.has(done.key)) await q.refundAttempt(db, done.key, done.policy, now);
    }
    const next = await q.findNextAllowedAt(db, waiting.key, now);
    const wait = next ? Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000)) : 1;
    throw refusal(wait);
  }
  return {
    async succeeded() {
      await q.settleSuccess(db, keys, now);
    },
  };
}
