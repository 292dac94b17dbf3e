/** The WAL positions read-your-writes compares: the primary's write position and a standby's replay position. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The primary's current WAL write position, e.g. `0/3000148` (after a commit it covers that commit). */
export async function findPrimaryLsn(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(db);
  return rows[0]?.lsn ?? '0/0';
}

/** The standby's last replayed WAL position, or null when the server is not in recovery (not a standby). */
export async function findReplayLsn(db: Kysely<Database>): Promise<string | null> {
  const { rows } = await sql<{
    lsn: string | null;
  }>`select pg_last_wal_replay_lsn()::text as lsn`.execute(db);
  return rows[0]?.lsn ?? null;
}
