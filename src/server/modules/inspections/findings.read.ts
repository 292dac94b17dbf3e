/** Reading findings: one, a visit's, the official's own, those awaiting the head, a unit's. */
import type { Finding } from '../../../contracts/inspections.js';
import { canReadConduct, isFindingDecider } from '../../../domain/conduct/policy.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { listConductRules } from '../conduct/conduct.rules.js';
import * as fq from './findings.queries.js';
import { presentFinding, toFindingProcess } from './findings.present.js';
import { getVisibleFinding, requireOfficialActor } from './findings.service.js';
import { findNames, getUnitInfo } from './unit-lookup.js';

/** Presents rows for the acting official (loads names, events, photos and rules once). */
export async function presentFindings(
  ctx: RequestContext,
  db: Executor,
  rows: fq.FindingRow[],
): Promise<Finding[]> {
  const actor = requireOfficialActor(ctx);
  const ids = rows.map((r) => r.id);
  const [events, photos, rules, names] = await Promise.all([
    fq.listFindingEvents(db, ids),
    fq.listFindingPhotos(db, ids),
    listConductRules(db),
    findNames(
      db,
      rows.flatMap((r) => [r.recorded_by, r.decided_by]),
    ),
  ]);
  const extras = { events, photos, names, rules: new Map(rules.map((r) => [r.version, r])) };
  const now = ctx.deps.clock.now().getTime();
  return rows.map((row) => presentFinding(row, extras, actor, now));
}

/** One finding the actor may see. */
export async function readFinding(ctx: RequestContext, id: string): Promise<Finding> {
  const row = await getVisibleFinding(ctx, id);
  const [finding] = await presentFindings(ctx, ctx.deps.database.db, [row]);
  return finding!;
}

/** Month bounds ('YYYY-MM', local time) as instants. */
function monthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const offset = 7 * 3_600_000;
  return { from: new Date(Date.UTC(y, m - 1, 1) - offset), to: new Date(Date.UTC(y, m, 1) - offset) };
}

/**
 * Findings by scope: `mine` (naming the actor), `to_decide` (undecided ones the actor decides), `unit`
 * (a unit's subtree the actor may read; default the actor's unit). Optional month filter.
 */
export async function listFindingsFor(
  ctx: RequestContext,
  query: { scope: 'mine' | 'to_decide' | 'unit'; unitId?: string; month?: string },
): Promise<{ items: Finding[]; totalDeduction: number }> {
  const actor = requireOfficialActor(ctx);
  const db = ctx.deps.database.readDb;
  const period = query.month ? monthBounds(query.month) : {};
  let rows: fq.FindingRow[];
  if (query.scope === 'mine') {
    rows = await fq.listFindings(db, { officialId: actor.userId, ...period });
  } else if (query.scope === 'to_decide') {
    const candidates = await fq.listFindings(db, {
      scopePath: actor.unitPath ?? '/none/',
      undecided: true,
      ...period,
    });
    rows = candidates.filter((row) => isFindingDecider(actor, toFindingProcess(row)));
  } else {
    const unit = query.unitId ? await getUnitInfo(db, query.unitId) : null;
    const path = unit?.path ?? actor.unitPath;
    if (!path || !canReadConduct(actor, path))
      throw fail.forbidden('Bạn không được xem kết quả kiểm tra của đơn vị này.');
    rows = await fq.listFindings(db, {
      scopePath: actor.roles.includes('sysadmin') && !unit ? null : path,
      ...period,
    });
  }
  const items = await presentFindings(ctx, db, rows);
  return { items, totalDeduction: items.reduce((sum, f) => sum + f.deduction, 0) };
}
