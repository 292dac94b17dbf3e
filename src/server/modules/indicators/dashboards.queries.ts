/**
 * SQL of the leaders' dashboards: open dossiers of a subtree by holder, and the at-risk list. A dossier belongs
 * to a subtree as it does for every list (`dossierInScope`): its receiving unit, step's unit or holder is in it.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/types.js';
import { dossierInScope } from '../dossiers/dossier-scope.queries.js';

export interface HolderCount {
  holder_id: string | null;
  holder_name: string | null;
  overdue: number;
  due_soon: number;
  oldest_due_at: Date | null;
}

/**
 * Open dossiers of the subtree per current holder: overdue (past the original due time) and due within
 * `soonHours`; read through the open-dossier index.
 */
export async function countOpenByHolder(
  db: Db,
  path: string,
  now: Date,
  soonHours: number,
): Promise<HolderCount[]> {
  const soon = new Date(now.getTime() + soonHours * 3_600_000);
  const result = await sql<HolderCount>`
    SELECT d.current_holder_id AS holder_id, u.full_name AS holder_name,
      count(*) FILTER (WHERE coalesce(d.original_due_at, d.due_at) < ${now})::int AS overdue,
      count(*) FILTER (WHERE coalesce(d.original_due_at, d.due_at) >= ${now}
        AND coalesce(d.original_due_at, d.due_at) < ${soon})::int AS due_soon,
      min(coalesce(d.original_due_at, d.due_at)) FILTER (WHERE coalesce(d.original_due_at, d.due_at) < ${now})
        AS oldest_due_at
    FROM dossier d LEFT JOIN app_user u ON u.id = d.current_holder_id
    WHERE d.finished_at IS NULL AND d.received_at IS NOT NULL AND ${dossierInScope(path)}
    GROUP BY 1, 2
    HAVING count(*) FILTER (WHERE coalesce(d.original_due_at, d.due_at) < ${soon}) > 0
    ORDER BY 3 DESC, 4 DESC`.execute(db);
  return result.rows;
}

export interface AtRiskDossier {
  id: string;
  code: string | null;
  procedure_name: string;
  holder_name: string | null;
  due_at: Date;
}

/** Open dossiers of the subtree overdue or due within `soonHours`, soonest due first. */
export async function listAtRisk(
  db: Db,
  path: string,
  now: Date,
  soonHours: number,
  limit: number,
): Promise<AtRiskDossier[]> {
  const soon = new Date(now.getTime() + soonHours * 3_600_000);
  const result = await sql<AtRiskDossier>`
    SELECT d.id, d.code, p.name AS procedure_name, u.full_name AS holder_name,
      coalesce(d.original_due_at, d.due_at) AS due_at
    FROM dossier d JOIN procedure p ON p.id = d.procedure_id LEFT JOIN app_user u ON u.id = d.current_holder_id
    WHERE d.finished_at IS NULL AND d.received_at IS NOT NULL AND ${dossierInScope(path)}
      AND coalesce(d.original_due_at, d.due_at) < ${soon}
    ORDER BY coalesce(d.original_due_at, d.due_at) LIMIT ${limit}`.execute(db);
  return result.rows;
}
