/** SQL of the attempt counters (`attempt_counter`): reserve before a check, give back, clear, purge. */
import { sql, type RawBuilder } from 'kysely';
import type { AttemptPolicy } from '../../domain/access/attempts.js';
import type { Executor } from '../db/types.js';

/**
 * Counts one attempt for `key` unless the key must wait; true when counted. One statement: concurrent
 * attempts on the same key serialise on its row and each sees the count the previous one left.
 */
export async function reserveAttempt(
  db: Executor,
  key: string,
  policy: AttemptPolicy,
  now: Date,
): Promise<boolean> {
  const cutoff = new Date(now.getTime() - policy.windowSeconds * 1000);
  // a window that began "after now" is over too: a clock moved back (development clock, tests) restarts it
  const expired = sql`(c.window_start <= ${cutoff}::timestamptz or c.window_start > ${now}::timestamptz)`;
  const attempts = sql`(case when ${expired} then 1 else c.attempts + 1 end)`;
  const windowStart = sql`(case when ${expired} then ${now}::timestamptz else c.window_start end)`;
  const result = await sql<{ attempts: number }>`
    insert into attempt_counter as c (key, attempts, window_start, next_allowed_at, updated_at)
    values (${key}, 1, ${now}::timestamptz, ${nextAllowedAt(policy, now, sql`1`, sql`${now}::timestamptz`)},
            ${now}::timestamptz)
    on conflict (key) do update set
      attempts = ${attempts},
      window_start = ${windowStart},
      next_allowed_at = ${nextAllowedAt(policy, now, attempts, windowStart)},
      updated_at = ${now}::timestamptz
    where ${expired} or c.next_allowed_at <= ${now}::timestamptz
    returning attempts`.execute(db);
  return result.rows.length > 0;
}

/** The instant before which no attempt of `key` is accepted: the backoff, or the window's end at the cap. */
function nextAllowedAt(
  policy: AttemptPolicy,
  now: Date,
  attempts: RawBuilder<unknown>,
  windowStart: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const schedule = `{${policy.backoffSeconds.join(',')}}`;
  const last = policy.backoffSeconds.length;
  const backoff = sql`${now}::timestamptz + make_interval(secs => coalesce((${schedule}::int[])[least(${attempts}, ${last}::int)], 0))`;
  if (policy.maxPerWindow === null) return backoff;
  const windowEnd = sql`case when ${attempts} >= ${policy.maxPerWindow}::int
    then ${windowStart} + make_interval(secs => ${policy.windowSeconds}::int) else ${now}::timestamptz end`;
  return sql`greatest(${backoff}, ${windowEnd})`;
}

/** When `key` may try again, or null when it may now. */
export async function findNextAllowedAt(db: Executor, key: string, now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('attempt_counter')
    .select('next_allowed_at')
    .where('key', '=', key)
    .where('next_allowed_at', '>', now)
    .executeTakeFirst();
  return row?.next_allowed_at ?? null;
}

/**
 * Gives one attempt back: below the window's cap again, the key may try at once (a wait set by a backoff
 * schedule stays: it is not known which attempt set it).
 */
export async function refundAttempt(
  db: Executor,
  key: string,
  policy: AttemptPolicy,
  now: Date,
): Promise<void> {
  if (policy.backoffSeconds.length > 0) {
    await db
      .updateTable('attempt_counter')
      .set((eb) => ({ attempts: sql<number>`greatest(${eb.ref('attempts')} - 1, 0)`, updated_at: now }))
      .where('key', '=', key)
      .execute();
    return;
  }
  await sql`
    update attempt_counter set
      attempts = greatest(attempts - 1, 0),
      next_allowed_at = case when ${policy.maxPerWindow}::int is null or attempts - 1 < ${policy.maxPerWindow}::int
        then least(next_allowed_at, ${now}::timestamptz) else next_allowed_at end,
      updated_at = ${now}::timestamptz
    where key = ${key}`.execute(db);
}

/** Forgets every attempt of `key` (a successful sign-in, an administrator's reset). */
export async function clearAttempts(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('attempt_counter').where('key', '=', key).execute();
}

/** Deletes counters untouched since `before` whose wait is over; returns how many. */
export async function purgeStaleAttempts(db: Executor, before: Date, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('attempt_counter')
    .where('updated_at', '<', before)
    .where('next_allowed_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
