/** Row counts a backup records and a restore must reproduce. */
import { sql } from 'kysely';
import type { DatabaseHandle } from './connection.js';

/** Tables whose row counts a restore must reproduce. */
const COUNTED_TABLES = ['unit', 'app_user', 'procedure', 'dossier', 'dossier_action', 'audit_log'] as const;

/** Row counts of the tables a restore must reproduce. */
export async function countRows(handle: DatabaseHandle): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
      handle.db,
    );
    counts[table] = result.rows[0]?.n ?? 0;
  }
  return counts;
}
