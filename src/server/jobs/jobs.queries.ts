/**
 * SQL of the job leases (`job_lease`): one row per periodic job, held by one process at a time. All times
 * are the database's `now()`, so instances need not agree on their clocks.
 */
import { sql } from 'kysely';
import type { Db } from '../db/types.js';

/**
 * Takes or renews the lease of `name` for `holder` until now + `leaseMs`: granted when the row is new,
 * already ours, or expired. One statement, so two instances asking at once cannot both win.
 */
export async function tryTakeLease(db: Db, name: string, holder: string, leaseMs: number): Promise<boolean> {
  const { rows } = await sql<{ holder: string }>`
    insert into job_lease (name, holder, expires_at, last_started_at)
    values (${name}, ${holder}, now() + make_interval(secs => ${leaseMs / 1000}), now())
    on conflict (name) do update
      set holder = excluded.holder, expires_at = excluded.expires_at, last_started_at = excluded.last_started_at
      where job_lease.holder = excluded.holder or job_lease.expires_at < now()
    returning holder`.execute(db);
  return rows[0]?.holder === holder;
}

/** Records the end of a pass run under the lease (a failure when `error` is given). */
export async function recordLeasePass(db: Db, name: string, holder: string, error: string | null) {
  await db
    .updateTable('job_lease')
    .set({
      last_finished_at: sql<Date>`now()`,
      last_error: error,
      runs: sql<string>`runs + 1`,
      failures: error === null ? sql<string>`failures` : sql<string>`failures + 1`,
    })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

/** Gives the lease up at once (graceful stop), so another instance takes the job on its next tick. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db
    .updateTable('job_lease')
    .set({ expires_at: sql<Date>`now() - interval '1 second'` })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

/** Every lease row, for operators and tests. */
export function findLeases(db: Db) {
  return db.selectFrom('job_lease').selectAll().orderBy('name').execute();
}
