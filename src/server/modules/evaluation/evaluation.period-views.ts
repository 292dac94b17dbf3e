/** Periods as their viewers see them (who may see one, counts by status, the quota as it stands), and one's own evaluations. */
import type { Period } from '../../../contracts/evaluation.js';
import { isUnitInScope, type Actor } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { canAdministerEvaluation, canClosePeriod } from '../../../domain/evaluation/policy.js';
import { checkQuota } from '../../../domain/evaluation/scoring.js';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { getFramework, type FrameworkRow } from './evaluation.frameworks.js';
import { listBlockers } from './evaluation.blockers.js';
import * as q from './evaluation.queries.js';
import { presentPeriod, presentSummary } from './evaluation.present.js';

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor || ctx.actor.kind !== 'official') throw fail.forbidden();
  return ctx.actor;
}

/**
 * Who may see a period at all: an official whose unit covers the period's unit, or one within whose unit the
 * period evaluates somebody (themself, or the people a child unit's leader reviews). Scope never flows
 * upward: being below the period's unit is not enough, and such a viewer sees only their own part of it.
 */
export async function canSeePeriod(
  db: Executor,
  actor: Actor,
  period: { id: string; unit_path: string },
): Promise<boolean> {
  if (actor.roles.includes('sysadmin') || isUnitInScope(actor, period.unit_path)) return true;
  return actor.unitPath !== null && (await q.periodEvaluatesWithin(db, period.id, actor.unitPath));
}

/** A period as its viewer sees it, with counts by status and the quota as it stands. */
export async function getPeriod(ctx: RequestContext, id: string): Promise<Period> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const period = await q.findPeriod(db, id);
  if (!period || !(await canSeePeriod(db, actor, period))) throw fail.notFound('Không tìm thấy kỳ đánh giá.');
  return describePeriod(db, actor, period);
}

/** Presents a period row for this actor. */
export async function describePeriod(db: Executor, actor: Actor, period: q.PeriodRow): Promise<Period> {
  const framework = await getFramework(db, period.framework_id);
  // the period's totals belong to those whose unit covers it
  const covers = actor.roles.includes('sysadmin') || isUnitInScope(actor, period.unit_path);
  const counts = covers ? await q.countByStatus(db, period.id) : {};
  const canClose = canClosePeriod(actor, period.unit_path);
  const quota = canClose
    ? checkQuota(framework.definition, await q.listGrades(db, period.id), period.exceptional)
    : null;
  const blockers = covers && period.status === 'open' ? await listBlockers(db, period.id) : [];
  return presentPeriod(period, framework, {
    counts,
    quota,
    canClose,
    canAdminister: canAdministerEvaluation(actor, period.unit_path),
    blockers,
  });
}

/** Periods the actor may see (their subtree's, and their ancestors' that evaluate people within it). */
export async function listPeriods(ctx: RequestContext, unitId: string | undefined): Promise<Period[]> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const rows = await q.listPeriods(db, actor.roles.includes('sysadmin') ? null : actor.unitPath, unitId);
  return Promise.all(rows.map((row) => describePeriod(db, actor, row)));
}

/** The actor's own evaluations, newest month first. */
export async function listMyEvaluations(ctx: RequestContext) {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const { rows } = await q.listEvaluations(db, { officialId: actor.userId }, { limit: 60, offset: 0 });
  const frameworks = new Map<string, FrameworkRow>();
  const items = [];
  for (const row of rows.sort((a, b) => b.month.localeCompare(a.month))) {
    const period = await q.findPeriod(db, row.period_id);
    if (!period) continue;
    const fw = frameworks.get(period.framework_id) ?? (await getFramework(db, period.framework_id));
    frameworks.set(period.framework_id, fw);
    items.push(presentSummary(row, fw.definition));
  }
  return items;
}
