/** SQL of discipline plans: plans, actions, target units and completion reports. */
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
