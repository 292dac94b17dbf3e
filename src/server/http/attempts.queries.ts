/** SQL of the attempt counters (`attempt_counter`): reserve before a check, give back, clear, purge. */
import { sql, type RawBuilder } from 'kysely';
import type { AttemptPolicy } from '../../domain/access/attempts.js';
import type { Executor } from '../db/types.js';

/**
 * A `next_allowed_at` that makes no one wait. Not "now": requests run concurrently (and instances' clocks
 * differ by milliseconds), so a request whose clock reads slightly earlier than the previous writer's must
 * not find the key waiting for that writer's "now".
 */
const NO_WAIT = sql`'epoch'::timestamptz`;

/** How far ahead of a request's clock a window may start before it counts as a clock moved back. */
const CLOCK_BACK_TOLERANCE_SECONDS = 60;

/**
 * Whether a key's window (started at `windowStart`, `windowSeconds` long) is over at `now`. A window that
 * began well after now is over too: a clock moved back (development clock, tests) restarts it; concurrent
 * requests a few milliseconds out of order do not.
 */
function isWindowOver(
  windowStart: RawBuilder<unknown>,
  windowSeconds: RawBuilder<unknown>,
  now: Date,
): RawBuilder<boolean> {
  return sql<boolean>`(${windowStart} <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
    or ${windowStart} > ${now}::timestamptz + make_interval(secs => ${CLOCK_BACK_TOLERANCE_SECONDS}::int))`;
}

/**
 * The upsert that counts one attempt for `key` unless the key must wait, returning the key when counted;
 * with `after` (the name of the previous key's statement), only when that key was counted.
 * Concurrent attempts on the same key serialise on its row and each sees the count the previous one left.
 */
function reserveStatement(
  key: string,
  policy: AttemptPolicy,
  now: Date,
  after: string | null,
): RawBuilder<unknown> {
  const expired = isWindowOver(sql`c.window_start`, sql`${policy.windowSeconds}::int`, now);
  const attempts = sql`(case when ${expired} then 1 else c.attempts + 1 end)`;
  const windowStart = sql`(case when ${expired} then ${now}::timestamptz else c.window_start end)`;
  return sql`
    insert into attempt_counter as c (key, attempts, window_start, next_allowed_at, updated_at)
    select ${key}, 1, ${now}::timestamptz, ${nextAllowedAt(policy, now, sql`1`, sql`${now}::timestamptz`)},
           ${now}::timestamptz
    ${after === null ? sql`` : sql`where exists (select 1 from ${sql.raw(after)})`}
    on conflict (key) do update set
      attempts = ${attempts},
      window_start = ${windowStart},
      next_allowed_at = ${nextAllowedAt(policy, now, attempts, windowStart)},
      updated_at = ${now}::timestamptz
    where ${expired} or c.next_allowed_at <= ${now}::timestamptz
    returning c.key`;
}

/**
 * Counts one attempt against each of `keys` in ONE statement (one round trip), in the order given: a key is
 * counted only when every key before it was, so a refused key leaves the later ones untouched (a blocked
 * address cannot push an account's backoff). Returns the keys that were counted.
 */
export async function reserveAttempts(
  db: Executor,
  keys: readonly { key: string; policy: AttemptPolicy }[],
  now: Date,
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const parts = keys.map(
    (entry, i) =>
      sql`${sql.raw(`r${i}`)} as (${reserveStatement(entry.key, entry.policy, now, i === 0 ? null : `r${i - 1}`)})`,
  );
  const pick = sql.join(
    keys.map((_, i) => sql`select key from ${sql.raw(`r${i}`)}`),
    sql` union all `,
  );
  const result = await sql<{ key: string }>`with ${sql.join(parts)} ${pick}`.execute(db);
  return new Set(result.rows.map((row) => row.key));
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
  const wait = sql`coalesce((${schedule}::int[])[least(${attempts}, ${last}::int)], 0)`;
  const backoff = sql`case when ${wait} > 0 then ${now}::timestamptz + make_interval(secs => ${wait}) else ${NO_WAIT} end`;
  if (policy.maxPerWindow === null) return backoff;
  const windowEnd = sql`case when ${attempts} >= ${policy.maxPerWindow}::int
    then ${windowStart} + make_interval(secs => ${policy.windowSeconds}::int) else ${NO_WAIT} end`;
  return sql`greatest(${backoff}, ${windowEnd})`;
}

/**
 * The latest instant before which one of `keys` may not try again (null: none waits), as a column for a
 * statement that also reads what the attempt is about. The counters are read under a share lock: a
 * concurrent counting upsert on the same key (`reserveAttempts`) finishes first and this read sees its count,
 * so a check made this way is ordered among the counted attempts exactly as a counted one would be. Rows are
 * locked in the order of `keys`, the order `reserveAttempts` locks them in, so the two never deadlock. A share
 * lock on the unlogged counters writes no WAL.
 */
export function blockedUntilColumn(
  keys: readonly { key: string; policy: AttemptPolicy }[],
  now: Date,
): RawBuilder<Date | null> {
  const policies = sql.join(
    keys.map((entry, i) => sql`(${entry.key}::text, ${entry.policy.windowSeconds}::int, ${i}::int)`),
  );
  return sql<Date | null>`(select max(w.next_allowed_at) from (
      select c.next_allowed_at, c.window_start, p.window_seconds
      from attempt_counter c join (values ${policies}) as p (key, window_seconds, ord) on p.key = c.key
      order by p.ord
      for share of c) w
    where w.next_allowed_at > ${now}::timestamptz
      and not ${isWindowOver(sql`w.window_start`, sql`w.window_seconds`, now)})`;
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
 * The update that gives one attempt back: below the window's cap again, the key may try at once (a wait set
 * by a backoff schedule stays: it is not known which attempt set it).
 */
function refundStatement(
  key: string,
  policy: AttemptPolicy,
  now: Date,
  after: RawBuilder<unknown> = sql`true`,
): RawBuilder<unknown> {
  if (policy.backoffSeconds.length > 0) {
    return sql`update attempt_counter set attempts = greatest(attempts - 1, 0), updated_at = ${now}::timestamptz
      where key = ${key} and ${after} returning key`;
  }
  return sql`
    update attempt_counter set
      attempts = greatest(attempts - 1, 0),
      next_allowed_at = case when ${policy.maxPerWindow}::int is null or attempts - 1 < ${policy.maxPerWindow}::int
        then ${NO_WAIT} else next_allowed_at end,
      updated_at = ${now}::timestamptz
    where key = ${key} and ${after} returning key`;
}

/** Gives one attempt back to `key`. */
export async function refundAttempt(
  db: Executor,
  key: string,
  policy: AttemptPolicy,
  now: Date,
): Promise<void> {
  await refundStatement(key, policy, now).execute(db);
}

/**
 * What a success does to each key, in ONE statement: `refund` gives its attempt back, `clear` forgets the
 * key's failures, `keep` leaves the count. Each part waits for the one before it (it reads the earlier part's
 * result first), so rows are locked in the order of `keys`, as `reserveAttempts` locks them: two requests
 * never hold each other's rows (PostgreSQL runs unreferenced parts of a WITH in no set order).
 */
export async function settleSuccess(
  db: Executor,
  keys: readonly { key: string; policy: AttemptPolicy }[],
  now: Date,
): Promise<void> {
  const settled = keys.filter((entry) => entry.policy.onSuccess !== 'keep');
  if (settled.length === 0) return;
  const parts = settled.map((entry, i) => {
    const after = i === 0 ? sql`true` : sql`(select count(*) from ${sql.raw(`s${i - 1}`)}) >= 0`;
    const statement =
      entry.policy.onSuccess === 'refund'
        ? refundStatement(entry.key, entry.policy, now, after)
        : sql`delete from attempt_counter where key = ${entry.key} and ${after} returning key`;
    return sql`${sql.raw(`s${i}`)} as (${statement})`;
  });
  await sql`with ${sql.join(parts)} select count(*) from ${sql.raw(`s${settled.length - 1}`)}`.execute(db);
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
