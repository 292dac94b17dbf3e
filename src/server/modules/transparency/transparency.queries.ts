/** SQL of the transparency screens: the live board's figures of today and its latest apologies. */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

/** Dossiers received and returned on a local day by the units within `path` (from the day roll-up). */
export async function sumReceivedReturnedOnDay(
  db: Executor,
  path: string,
  day: string,
): Promise<{ received: number; returned: number } | undefined> {
  const result = await sql<{ received: number; returned: number }>`
      SELECT coalesce(sum(r.received), 0)::int AS received, coalesce(sum(r.returned), 0)::int AS returned
      FROM rollup_day r JOIN unit u ON u.id = r.unit_id AND u.path LIKE ${`${path}%`}
      WHERE r.day = ${day}::date`.execute(db);
  return result.rows[0];
}

/** Open received dossiers within `path` whose legal due time falls on a local day. */
export async function countOpenDueOnDay(db: Executor, path: string, day: string): Promise<number> {
  const result = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM dossier d
      WHERE d.finished_at IS NULL AND d.received_at IS NOT NULL AND d.scope_path LIKE ${`${path}%`}
        AND (coalesce(d.original_due_at, d.due_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = ${day}::date`.execute(
    db,
  );
  return result.rows[0]?.n ?? 0;
}

/** The 5 latest approved apologies for dossiers within `path`, newest first. */
export async function listLatestApologies(db: Executor, path: string) {
  const result = await sql<{
    code: string | null;
    procedure_name: string;
    new_due_at: Date | null;
    decided_at: Date | null;
  }>`
      SELECT d.code, p.name AS procedure_name, a.proposed_due_at AS new_due_at, a.decided_at
      FROM dossier_apology a JOIN dossier d ON d.id = a.dossier_id JOIN procedure p ON p.id = d.procedure_id
      WHERE a.status = 'approved' AND d.scope_path LIKE ${`${path}%`}
      ORDER BY a.decided_at DESC LIMIT 5`.execute(db);
  return result.rows;
}
