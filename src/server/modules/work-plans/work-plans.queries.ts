/** SQL of work-plan tasks. */
import type { Insertable, Updateable } from 'kysely';
import type { WorkTaskTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

/** An official with their unit's path and kind. */
export async function findOfficial(db: Executor, id: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('unit as un', 'un.id', 'u.unit_id')
    .select(['u.id', 'u.unit_id', 'un.path', 'un.kind'])
    .where('u.id', '=', id)
    .where('u.kind', '=', 'official')
    .executeTakeFirst();
}

function selectTasks(db: Executor) {
  return db
    .selectFrom('work_task as t')
    .innerJoin('app_user as o', 'o.id', 't.official_id')
    .innerJoin('unit as un', 'un.id', 't.unit_id')
    .leftJoin('app_user as c', 'c.id', 't.created_by')
    .selectAll('t')
    .select([
      'o.full_name as official_name',
      'c.full_name as created_by_name',
      'un.path as unit_path',
      'un.kind as unit_kind',
    ]);
}

/** One task with names and its unit. */
export async function findTask(db: Executor, id: string) {
  return selectTasks(db).where('t.id', '=', id).executeTakeFirst();
}
export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTask>>>;

export interface TaskFilter {
  officialId?: string;
  underPath?: string;
  from?: Date;
  to?: Date;
}

/** Tasks by due time (at most 500). */
export async function listTasks(db: Executor, filter: TaskFilter) {
  let query = selectTasks(db);
  if (filter.officialId) query = query.where('t.official_id', '=', filter.officialId);
  if (filter.underPath) query = query.where('un.path', 'like', `${filter.underPath}%`);
  if (filter.from) query = query.where('t.due_at', '>=', filter.from);
  if (filter.to) query = query.where('t.due_at', '<', filter.to);
  return query.orderBy('t.due_at').limit(500).execute();
}

/** A unit's path and kind, or undefined. */
export async function findUnitPathAndKind(db: Executor, id: string) {
  return db.selectFrom('unit').select(['path', 'kind']).where('id', '=', id).executeTakeFirst();
}

/** Stores a new task; returns its id. */
export async function insertTask(trx: Executor, row: Insertable<WorkTaskTable>) {
  return trx.insertInto('work_task').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Writes `values` to a task still at `version` and bumps the version; the result counts the rows updated. */
export async function updateTaskAtVersion(
  trx: Executor,
  id: string,
  version: number,
  values: Updateable<WorkTaskTable>,
) {
  return trx
    .updateTable('work_task')
    .set(values)
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}
