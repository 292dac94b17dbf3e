/** One unit's (or subtree's) report for a period: every indicator, the group scores and the two indices. */
import { computeIndex, computeIndicator, selectDefinitions, sumGroup, type GroupScore } from './compute.js';
import type { IndicatorDefinition, IndicatorGroup, IndicatorResult } from './definition.js';
import type { MeasureTotals } from './measures.js';
import { scoreTt01, type AgencyBand, type StaffBand, type Tt01Score } from './tt01-score.js';

export interface IndicatorReport {
  indicators: IndicatorResult[];
  groups: GroupScore[];
  /** QĐ 766 index: points on the decision's 100-point scale, with the points measured beside them. */
  qd766: { score: number | null; points: number; maxMeasured: number; maximum: number };
  /** TT 01 points of the nine indices measured, and the staff and agency scores with their bands. */
  tt01: {
    points: number;
    maxMeasured: number;
    staff: Tt01Score<StaffBand>;
    agency: Tt01Score<AgencyBand>;
  };
}

/** The definitions in force at a period start, and those of each group: the same for every unit. */
interface Plan {
  inForce: IndicatorDefinition[];
  byGroup: Map<string, IndicatorDefinition[]>;
}

const plans = new WeakMap<readonly IndicatorDefinition[], Map<string, Plan>>();

function planFor(definitions: readonly IndicatorDefinition[], periodStart: string): Plan {
  let byStart = plans.get(definitions);
  if (!byStart) plans.set(definitions, (byStart = new Map()));
  let plan = byStart.get(periodStart);
  if (!plan) {
    const inForce = selectDefinitions(definitions, periodStart);
    const byGroup = new Map<string, IndicatorDefinition[]>();
    for (const d of inForce) {
      if (d.group === null) continue;
      const list = byGroup.get(d.group);
      if (list) list.push(d);
      else byGroup.set(d.group, [d]);
    }
    plan = { inForce, byGroup };
    byStart.set(periodStart, plan);
  }
  return plan;
}

/**
 * Computes the report from measure totals with the definitions in force at `periodStart`. Called once per
 * unit on pages that list every unit, so what does not depend on the totals is worked out once per period.
 */
export function buildReport(
  definitions: readonly IndicatorDefinition[],
  groups: readonly IndicatorGroup[],
  totals: MeasureTotals,
  periodStart: string,
): IndicatorReport {
  const { inForce, byGroup } = planFor(definitions, periodStart);
  const indicators = inForce.map((d) => computeIndicator(d, totals));
  const byCode = new Map(indicators.map((r) => [r.code, r]));
  const groupScores = groups.map((g) => sumGroup(g, byGroup.get(g.code) ?? [], byCode));
  const qd766 = computeIndex(groupScores.filter((g) => g.group.startsWith('qd766.')));
  const tt01 = groupScores.find((g) => g.group === 'tt01');
  return {
    indicators,
    groups: groupScores,
    qd766,
    tt01: { points: tt01?.score ?? 0, maxMeasured: tt01?.maxMeasured ?? 0, ...scoreTt01(byCode) },
  };
}
