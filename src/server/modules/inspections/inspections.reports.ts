/**
 * Reports for inspectors and administrators: confirmed violations by type and by unit and month, repeat
 * findings, and inspection coverage (units of the subtree with no visit this quarter).
 */
import type { InspectionReport } from '../../../contracts/inspections.js';
import { canReadConduct } from '../../../domain/conduct/policy.js';
import { VIOLATION_LABELS, type ViolationType } from '../../../domain/conduct/violations.js';
import { fail } from '../../../domain/errors.js';
import {
  computeQuarter,
  countViolations,
  findRepeatFindings,
  formatLocalDay,
  listUninspectedUnits,
} from '../../../domain/inspections/reports.js';
import type { RequestContext } from '../../context.js';
import * as fq from './findings.queries.js';
import { requireOfficialActor } from './findings.service.js';
import * as iq from './inspections.queries.js';
import { findNames, getUnitInfo } from './unit-lookup.js';

const DAY_MS = 86_400_000;
const LOCAL_OFFSET_MS = 7 * 3_600_000;
/** Kinds of unit an inspection visits (coverage counts these). */
const INSPECTED_KINDS = ['commune', 'district', 'department', 'one_stop', 'agency'];

function startOfLocalDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - LOCAL_OFFSET_MS);
}

/** The report over [from, to] (local days; default: the last 12 months) for a unit's subtree. */
export async function buildInspectionReport(
  ctx: RequestContext,
  query: { unitId?: string; from?: string; to?: string },
): Promise<InspectionReport> {
  const actor = requireOfficialActor(ctx);
  const db = ctx.deps.database.readDb;
  const root = await getUnitInfo(db, query.unitId ?? actor.unitId ?? '00000000-0000-0000-0000-000000000000');
  if (!canReadConduct(actor, root.path)) throw fail.forbidden('Bạn không được xem báo cáo của đơn vị này.');
  const nowMs = ctx.deps.clock.now().getTime();
  const to = query.to ?? formatLocalDay(nowMs);
  const from = query.from ?? formatLocalDay(nowMs - 365 * DAY_MS);
  const rows = await fq.listFindings(db, {
    scopePath: root.path,
    from: startOfLocalDay(from),
    to: new Date(startOfLocalDay(to).getTime() + DAY_MS),
  });
  const findings = rows.map((r) => ({
    unitId: r.unit_id,
    officialId: r.official_id,
    violationType: r.violation_type,
    decision: r.decision,
    occurredAt: r.occurred_at.getTime(),
  }));
  const unitNames = new Map(rows.map((r) => [r.unit_id, r.unit_name]));
  const counts = countViolations(findings);
  const byType = new Map<string, number>();
  for (const c of counts) byType.set(c.violationType, (byType.get(c.violationType) ?? 0) + c.count);
  const repeats = findRepeatFindings(findings);
  const names = await findNames(
    db,
    repeats.map((r) => r.officialId),
  );
  const label = (type: string) => VIOLATION_LABELS[type as ViolationType]?.vi ?? type;
  return {
    from,
    to,
    byType: [...byType.entries()]
      .map(([violationType, count]) => ({ violationType, label: label(violationType), count }))
      .sort((a, b) => b.count - a.count),
    byUnitMonth: counts.map((c) => ({ ...c, unitName: unitNames.get(c.unitId) ?? '' })),
    repeats: repeats.map((r) => ({
      unitName: unitNames.get(r.unitId) ?? '',
      officialName: r.officialId ? (names.get(r.officialId) ?? null) : null,
      violationType: r.violationType,
      count: r.count,
      lastAt: new Date(r.lastAt).toISOString(),
    })),
    coverage: await buildCoverage(ctx, root.path, root.id, nowMs),
  };
}

async function buildCoverage(ctx: RequestContext, rootPath: string, rootId: string, nowMs: number) {
  const db = ctx.deps.database.readDb;
  const quarter = computeQuarter(nowMs);
  const units = await iq.listActiveUnitsOfKinds(db, rootPath, rootId, INSPECTED_KINDS);
  const visits = await iq.listVisitsBetween(db, rootPath, new Date(quarter.startMs), new Date(quarter.endMs));
  const missing = new Set(
    listUninspectedUnits(
      units.map((u) => u.id),
      visits.map((v) => ({ unitId: v.unit_id, visitedAt: v.visited_at?.getTime() ?? null })),
      quarter.startMs,
      quarter.endMs,
    ),
  );
  return {
    quarter: quarter.key,
    units: units.length,
    inspected: units.length - missing.size,
    notInspected: units
      .filter((u) => missing.has(u.id))
      .map((u) => ({ unitId: u.id, unitName: u.full_name })),
  };
}
