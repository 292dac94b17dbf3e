/**
 * SQL of the discipline figures of a unit subtree: late apologies (by the drafting unit) and supplement
 * requests that were the unit's fault (by the requesting official's unit), each read through its partial
 * index (migration 0023), so the cost follows the month's faults, not the number of dossiers.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

/** A unit of the subtree that has faults in the window, with its path and counts. */
export interface UnitFaultRow {
  unit_id: string;
  path: string;
  late_apologies: number;
  supplement_faults: number;
}

/** Counts per unit of the subtree under `scopePath` in [from, to); units with none are left out. */
export async function countFaultsByUnit(
  db: Executor,
  scopePath: string,
  from: Date,
  to: Date,
): Promise<UnitFaultRow[]> {
  const result = await sql<UnitFaultRow>`
    with fault as (
      select a.unit_id, 1 as late_apology, 0 as supplement_fault
      from dossier_apology a
      where a.late and a.decided_at >= ${from} and a.decided_at < ${to}
      union all
      select x.actor_unit_id, 0, 1
      from dossier_action x
      where x.type = 'request_supplement' and x.payload ? 'unitFault' and x.at >= ${from} and x.at < ${to}
    )
    select u.id as unit_id, u.path,
      sum(f.late_apology)::int as late_apologies, sum(f.supplement_fault)::int as supplement_faults
    from fault f join unit u on u.id = f.unit_id
    where u.path like ${`${scopePath}%`}
    group by u.id, u.path`.execute(db);
  return result.rows;
}

/** The unit and the units directly under it (id, name, path), the unit first, then by name. */
export async function listUnitAndChildren(db: Executor, unitId: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'path', 'parent_id'])
    .where((eb) => eb.or([eb('id', '=', unitId), eb('parent_id', '=', unitId)]))
    .orderBy(sql`id = ${unitId}`, 'desc')
    .orderBy('name')
    .execute();
}
