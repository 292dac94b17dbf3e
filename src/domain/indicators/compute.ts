/**
 * Pure indicator arithmetic: measures in, value, score and data-quality flags out. No rounding here (the
 * presentation rounds); no score when the denominator is 0.
 */
import type { IndicatorDefinition, IndicatorResult, QualityFlag, RatioPart, Term } from './definition.js';
import type { MeasureTotals } from './measures.js';

/** Σ weight × measure over the terms (missing measures count as 0). */
export function sumTerms(terms: readonly Term[], totals: MeasureTotals): number {
  let sum = 0;
  for (const term of terms) sum += (term.weight ?? 1) * (totals[term.measure] ?? 0);
  return sum;
}

/** Points from a value: `target` scoring min(value / target, 1) × max, else value × max; `value` scoring caps. */
export function scoreValue(definition: IndicatorDefinition, value: number | null): number | null {
  if (value === null || definition.maxPoints === null || definition.scoring === 'none') return null;
  if (definition.scoring === 'value') return Math.min(Math.max(value, 0), definition.maxPoints);
  const target = definition.target;
  const ratio = target !== null && target > 0 ? Math.min(value / target, 1) : value;
  return Math.max(0, Math.min(ratio, 1)) * definition.maxPoints;
}

function evaluatePart(part: RatioPart, totals: MeasureTotals) {
  return { numerator: sumTerms(part.numerator, totals), denominator: sumTerms(part.denominator, totals) };
}

// shared, never changed: thousands of results per page need no array each
const NO_FLAGS: QualityFlag[] = Object.freeze([]) as unknown as QualityFlag[];
const ZERO: QualityFlag[] = Object.freeze(['denominator_zero']) as unknown as QualityFlag[];
const SMALL: QualityFlag[] = Object.freeze(['small_sample']) as unknown as QualityFlag[];
const NOT_MEASURED: QualityFlag[] = Object.freeze(['not_measured']) as unknown as QualityFlag[];
const NO_PARTS: { numerator: number; denominator: number }[] = Object.freeze([]) as unknown as [];

function flagsFor(denominators: number[], minSample: number): QualityFlag[] {
  if (denominators.some((d) => d === 0)) return ZERO;
  return denominators.some((d) => d < minSample) ? SMALL : NO_FLAGS;
}

function resultOf(
  definition: IndicatorDefinition,
  value: number | null,
  ratio: { numerator: number; denominator: number } | null,
  parts: { numerator: number; denominator: number }[],
  flags: QualityFlag[],
): IndicatorResult {
  // built field by field: object spread is slow on the dashboards' hot path (thousands of units per query)
  return {
    code: definition.code,
    value,
    numerator: ratio ? ratio.numerator : null,
    denominator: ratio ? ratio.denominator : null,
    parts,
    score: scoreValue(definition, value),
    maxPoints: definition.maxPoints,
    target: definition.target,
    formulaVersion: definition.formulaVersion,
    flags,
  };
}

/** Computes one indicator over the given measure totals. */
export function computeIndicator(definition: IndicatorDefinition, totals: MeasureTotals): IndicatorResult {
  const formula = definition.formula;
  if (formula.kind === 'not_measured') return resultOf(definition, null, null, NO_PARTS, NOT_MEASURED);
  if (formula.kind === 'one_minus') {
    const parts = formula.parts.map((part) => evaluatePart(part, totals));
    const flags = flagsFor(
      parts.map((p) => p.denominator),
      definition.minSample,
    );
    const value = flags.includes('denominator_zero')
      ? null
      : Math.max(0, 1 - parts.reduce((sum, p) => sum + p.numerator / p.denominator, 0));
    return resultOf(definition, value, null, parts, flags);
  }
  const ratio = evaluatePart(formula, totals);
  const flags = flagsFor([ratio.denominator], definition.minSample);
  let value: number | null = null;
  if (ratio.denominator !== 0) {
    const r = ratio.numerator / ratio.denominator;
    value = formula.kind === 'ratio' ? r * (formula.scale ?? 1) : tierPoints(formula.tiers, r, totals);
  }
  return resultOf(definition, value, ratio, NO_PARTS, flags);
}

function tierPoints(
  tiers: { min: number; points: number; requireZero?: keyof MeasureTotals }[],
  ratio: number,
  totals: MeasureTotals,
): number {
  const tier = tiers.find(
    (t) => ratio >= t.min && (t.requireZero === undefined || (totals[t.requireZero] ?? 0) === 0),
  );
  return tier?.points ?? 0;
}

/** The definitions in force for a period starting on `periodStart` (ISO date). */
export function selectDefinitions(
  definitions: readonly IndicatorDefinition[],
  periodStart: string,
): IndicatorDefinition[] {
  return definitions.filter(
    (d) => d.effectiveFrom <= periodStart && (d.effectiveTo === null || periodStart < d.effectiveTo),
  );
}

export interface GroupScore {
  group: string;
  score: number | null;
  /** Maximum points of the indicators that were measured and had data. */
  maxMeasured: number;
  weight: number;
  notMeasured: string[];
}

/**
 * Sums the scores of a group's indicators (`definitions`: the group's own, in force). Indicators not
 * measured, or without data, add to neither the score nor `maxMeasured`, so a group is never credited or
 * penalised for data the system lacks.
 */
export function sumGroup(
  group: { code: string; weight: number },
  definitions: readonly IndicatorDefinition[],
  results: ReadonlyMap<string, IndicatorResult>,
): GroupScore {
  let score = 0;
  let maxMeasured = 0;
  const notMeasured: string[] = [];
  for (const definition of definitions) {
    const result = results.get(definition.code);
    if (!result || result.flags.includes('not_measured')) {
      notMeasured.push(definition.code);
      continue;
    }
    if (result.score === null) continue;
    score += result.score;
    maxMeasured += definition.maxPoints ?? 0;
  }
  return {
    group: group.code,
    score: maxMeasured > 0 ? score : null,
    maxMeasured,
    weight: group.weight,
    notMeasured,
  };
}

/**
 * The QĐ 766 index on the decision's own 100-point scale: the points earned, never rescaled to the points
 * measured; `maxMeasured` (the points the system could measure) is published beside it ("62,5 điểm; đo
 * được 70/100"). No score when nothing was measurable.
 */
export function computeIndex(groups: readonly GroupScore[]): {
  score: number | null;
  points: number;
  maxMeasured: number;
  maximum: number;
} {
  const points = groups.reduce((s, g) => s + (g.score ?? 0), 0);
  const maxMeasured = groups.reduce((s, g) => s + g.maxMeasured, 0);
  const maximum = groups.reduce((s, g) => s + g.weight, 0);
  return { score: maxMeasured > 0 ? points : null, points, maxMeasured, maximum };
}
