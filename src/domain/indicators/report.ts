/** One unit's (or subtree's) report for a period: every indicator, the group scores and the two indices. */
import { computeIndex, computeIndicator, selectDefinitions, sumGroup, type GroupScore } from './compute.js';
import type { IndicatorDefinition, IndicatorGroup, IndicatorResult } from './definition.js';
import type { MeasureTotals } from './measures.js';

export interface IndicatorReport {
  indicators: IndicatorResult[];
  groups: GroupScore[];
  /** QĐ 766 index on a 100 scale over the measured points. */
  qd766: { score: number | null; points: number; maxMeasured: number };
  /** TT 01 agency score: points of the nine indices (max 18) over the measured ones. */
  tt01: { points: number; maxMeasured: number };
}

/** Computes the report from measure totals with the definitions in force at `periodStart`. */
export function buildReport(
  definitions: readonly IndicatorDefinition[],
  groups: readonly IndicatorGroup[],
  totals: MeasureTotals,
  periodStart: string,
): IndicatorReport {
  const inForce = selectDefinitions(definitions, periodStart);
  const indicators = inForce.map((d) => computeIndicator(d, totals));
  const byCode = new Map(indicators.map((r) => [r.code, r]));
  const groupScores = groups.map((g) => sumGroup(g, inForce, byCode));
  const qd766 = computeIndex(groupScores.filter((g) => g.group.startsWith('qd766.')));
  const tt01 = groupScores.find((g) => g.group === 'tt01');
  return {
    indicators,
    groups: groupScores,
    qd766,
    tt01: { points: tt01?.score ?? 0, maxMeasured: tt01?.maxMeasured ?? 0 },
  };
}
