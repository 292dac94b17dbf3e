/** SQL of discipline plans: plans, actions, target units and completion reports. */
import type { Insertable } from 'kysely';
import type {
  DisciplinePlanActionTable,
  DisciplinePlanReportTable,
  DisciplinePlanTable,
} from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

/** Plans issued by units in `scopePath` or targeting units in it (all when null), newest first. */
export async function listPlans(db: Executor, scopePath: string | null) {
  let query = db
    .selectFrom('discipline_plan as p')
    .innerJoin('unit as un', 'un.id', 'p.unit_id')
    .selectAll('p')
    .select((eb) => [
      'un.full_name as unit_name',
      'un.path as unit_path',
      eb
        .selectFrom('discipline_plan_action as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.plan_id', '=', 'p.id')
        .as('action_count'),
      eb
        .selectFrom('discipline_plan_target as t')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('t.plan_id', '=', 'p.id')
        .as('target_count'),
    ]);
  if (scopePath) {
    query = query.where((eb) =>
      eb.or([
        eb('un.path', 'like', `${scopePath}%`),
        eb.exists(
          eb
            .selectFrom('discipline_plan_target as t')
            .innerJoin('unit as tu', 'tu.id', 't.unit_id')
            .select('t.unit_id')
            .whereRef('t.plan_id', '=', 'p.id')
            .where('tu.path', 'like', `${scopePath}%`),
        ),
      ]),
    );
  }
  return query.orderBy('p.issued_on', 'desc').execute();
}

/** One plan with its issuing unit, or undefined. */
export async function findPlan(db: Executor, id: string) {
  return db
    .selectFrom('discipline_plan as p')
    .innerJoin('unit as un', 'un.id', 'p.unit_id')
    .selectAll('p')
    .select(['un.full_name as unit_name', 'un.path as unit_path'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** The plan's actions in order. */
export async function listActions(db: Executor, planId: string) {
  return db
    .selectFrom('discipline_plan_action')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('seq')
    .execute();
}

/** The plan's target units (id, name, path) in order of unit code. */
export async function listTargets(db: Executor, planId: string) {
  return db
    .selectFrom('discipline_plan_target as t')
    .innerJoin('unit as un', 'un.id', 't.unit_id')
    .select(['un.id', 'un.full_name as name', 'un.path', 'un.kind'])
    .where('t.plan_id', '=', planId)
    .orderBy('un.code')
    .execute();
}

/** Completion reports of the plan's actions. */
export async function listReports(db: Executor, planId: string) {
  return db
    .selectFrom('discipline_plan_report as r')
    .innerJoin('discipline_plan_action as a', 'a.id', 'r.action_id')
    .selectAll('r')
    .where('a.plan_id', '=', planId)
    .execute();
}

/** The id of the issuing unit's plan with this code, or undefined. */
export async function findPlanByCode(db: Executor, unitId: string, code: string) {
  return db
    .selectFrom('discipline_plan')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Stores a new plan; returns its id. */
export async function insertPlan(trx: Executor, row: Insertable<DisciplinePlanTable>) {
  return trx.insertInto('discipline_plan').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Stores a plan's actions. */
export async function insertActions(trx: Executor, rows: Insertable<DisciplinePlanActionTable>[]) {
  await trx.insertInto('discipline_plan_action').values(rows).execute();
}

/** Stores a plan's target units. */
export async function insertTargets(trx: Executor, planId: string, unitIds: string[]) {
  await trx
    .insertInto('discipline_plan_target')
    .values(unitIds.map((unit_id) => ({ plan_id: planId, unit_id })))
    .execute();
}

/** One action, or undefined. */
export async function findAction(db: Executor, id: string) {
  return db.selectFrom('discipline_plan_action').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The unit if it is a target of the plan, or undefined. */
export async function findTarget(db: Executor, planId: string, unitId: string) {
  return db
    .selectFrom('discipline_plan_target')
    .select('unit_id')
    .where('plan_id', '=', planId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}

/** The attachment's id if this user uploaded it, or undefined. */
export async function findOwnAttachment(db: Executor, id: string, userId: string) {
  return db
    .selectFrom('attachment')
    .select('id')
    .where('id', '=', id)
    .where('uploaded_by', '=', userId)
    .executeTakeFirst();
}

/** Stores a completion report; undefined when the unit already reported the action. */
export async function insertReport(trx: Executor, row: Insertable<DisciplinePlanReportTable>) {
  return trx
    .insertInto('discipline_plan_report')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}
