/**
 * SQL of the leaders' dashboards: open dossiers of a subtree by holder, and the at-risk list. A dossier belongs
 * to a subtree as it does for every list (`dossierInScope`): its receiving unit, step's unit or holder is in it;
 * both read the route rows of open dossiers (`openRouteInScope`), not the wide dossier rows.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/types.js';
import { openRouteInScope } from '../dossiers/dossier-scope.queries.js';

export interface HolderCount {
  holder_id: string | null;
  holder_name: string | null;
  overdue: number;
  due_soon: number;
  oldest_due_at: Date | null;
}

/**
 * Open dossiers of the subtree per current holder: overdue (past the original due time) and due within
 * `soonHours`; counted on the narrow route rows of open dossiers (migration 0051), then named.
 */
export async function countOpenByHolder(
  db: Db,
  path: string,
  now: Date,
  soonHours: number,
): Promise<HolderCount[]> {
  const soon = new Date(now.getTime() + soonHours * 3_600_000);
  const result = await sql<HolderCount>`
    SELECT c.holder_id, u.full_name AS holder_name, c.overdue, c.due_soon, c.oldest_due_at
    FROM (
      SELECT r.holder_id,
        count(*) FILTER (WHERE r.due_at < ${now})::int AS overdue,
        count(*) FILTER (WHERE r.due_at >= ${now} AND r.due_at < ${soon})::int AS due_soon,
        min(r.due_at) FILTER (WHERE r.due_at < ${now}) AS oldest_due_at
      FROM dossier_route r
      WHERE ${openRouteInScope(path)} AND r.due_at < ${soon}
      GROUP BY 1
    ) c LEFT JOIN app_user u ON u.id = c.holder_id
    ORDER BY c.overdue DESC, c.due_soon DESC, c.oldest_due_at, c.holder_id`.execute(db);
  return result.rows;
}

export interface AtRiskDossier {
  id: string;
  code: string | null;
  procedure_name: string;
  holder_name: string | null;
  due_at: Date;
}

/**
 * Open dossiers of the subtree overdue or due within `soonHours`, soonest due first: the first `limit` are
 * chosen on the route rows, then only they are read from the dossier.
 */
export async function listAtRisk(
  db: Db,
  path: string,
  now: Date,
  soonHours: number,
  limit: number,
): Promise<AtRiskDossier[]> {
  const soon = new Date(now.getTime() + soonHours * 3_600_000);
  const result = await sql<AtRiskDossier>`
    SELECT d.id, d.code, p.name AS procedure_name, u.full_name AS holder_name, r.due_at
    FROM (
      SELECT r.dossier_id, r.holder_id, r.due_at FROM dossier_route r
      WHERE ${openRouteInScope(path)} AND r.due_at < ${soon}
      ORDER BY r.due_at, r.dossier_id LIMIT ${limit}
    ) r
    JOIN dossier d ON d.id = r.dossier_id JOIN procedure p ON p.id = d.procedure_id
    LEFT JOIN app_user u ON u.id = r.holder_id
    ORDER BY r.due_at, r.dossier_id`.execute(db);
  return result.rows;
}
