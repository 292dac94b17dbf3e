/**
 * The discipline figures of a unit for a month (issue #17): how many apologies were approved after their
 * latest moment and how many supplement requests were the unit's fault, for its whole subtree and for each
 * unit directly under it. Scope never flows upward: an official reads their own unit's subtree only.
 */
import type { z } from 'zod';
import type { DisciplineQuery, DisciplineSummary } from '../../../contracts/late-work.js';
import { isUnitInScope } from '../../../domain/access/policy.js';
import { monthOf, monthRange } from '../../../domain/evaluation/month.js';
import { fail } from '../../../domain/errors.js';
import { canViewLateBoard } from '../../../domain/late-work/policy.js';
import type { RequestContext } from '../../context.js';
import { countFaultsByUnit, listUnitAndChildren, type UnitFaultRow } from './late-work.discipline.queries.js';

/** Sums the counts of the rows whose unit path `match` accepts. */
function sumRows(rows: readonly UnitFaultRow[], match: (path: string) => boolean) {
  let lateApologies = 0;
  let supplementFaults = 0;
  for (const row of rows) {
    if (!match(row.path)) continue;
    lateApologies += row.late_apologies;
    supplementFaults += row.supplement_faults;
  }
  return { lateApologies, supplementFaults };
}

/** The month's late apologies and supplement faults of a unit's subtree, in total and per unit under it. */
export async function getDisciplineSummary(
  ctx: RequestContext,
  query: z.infer<typeof DisciplineQuery>,
): Promise<DisciplineSummary> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (!canViewLateBoard(actor)) throw fail.forbidden();
  const unitId = query.unitId ?? actor.unitId;
  if (!unitId) throw fail.forbidden();
  const { readDb } = ctx.deps.database;
  const units = await listUnitAndChildren(readDb, unitId);
  const unit = units[0];
  if (!unit || unit.id !== unitId) throw fail.notFound('Không tìm thấy đơn vị.');
  if (!actor.roles.includes('sysadmin') && !isUnitInScope(actor, unit.path)) throw fail.forbidden();
  const month = query.month ?? monthOf(ctx.deps.clock.now().getTime());
  const range = monthRange(month);
  const rows = await countFaultsByUnit(readDb, unit.path, new Date(range.from), new Date(range.to));
  return {
    month,
    unit: { id: unit.id, name: unit.name },
    totals: sumRows(rows, () => true),
    units: units.map((u) => ({
      unitId: u.id,
      unitName: u.name,
      own: u.id === unit.id,
      ...(u.id === unit.id
        ? sumRows(rows, (path) => path === u.path)
        : sumRows(rows, (path) => path.startsWith(u.path))),
    })),
  };
}
