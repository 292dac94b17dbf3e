/**
 * Indicators as data: every published number is defined by a code, names, the numerator and denominator
 * as sums of measures, an optional target, maximum points, a group, a formula version and effective dates.
 */
import type { Measure } from './measures.js';

export interface Text {
  vi: string;
  en: string;
}

/** `weight × measure`; a sum of terms makes a numerator or a denominator. */
export interface Term {
  measure: Measure;
  weight?: number;
}

export interface RatioPart {
  numerator: Term[];
  denominator: Term[];
}

export type Formula =
  /** value = Σnumerator / Σdenominator × scale. */
  | ({ kind: 'ratio'; scale?: number } & RatioPart)
  /** value = 1 − Σ(part ratios), floored at 0 (e.g. QĐ 766 5.4: 100% − late rate − complaint rate). */
  | { kind: 'one_minus'; parts: RatioPart[] }
  /** points = the first tier whose minimum the ratio reaches (and whose `requireZero` measure is 0). */
  | ({ kind: 'tiers'; tiers: { min: number; points: number; requireZero?: Measure }[] } & RatioPart)
  /** The system has no data for it: published as "not measured", never as a number. */
  | { kind: 'not_measured'; reason: Text };

/**
 * How the value becomes points: `target` gives min(value / target, 1) × max (value × max without a target),
 * `value` takes the value itself as points (TT 01 per-dossier averages, tiers), `none` gives no points.
 */
export type Scoring = 'target' | 'value' | 'none';

export interface IndicatorDefinition {
  code: string;
  name: Text;
  family: 'qd766' | 'tt01' | 'core';
  /** Group code (see IndicatorGroup); null for the core rates. */
  group: string | null;
  unit: 'ratio' | 'points' | 'hours';
  numeratorText: Text;
  denominatorText: Text;
  formula: Formula;
  target: number | null;
  maxPoints: number | null;
  scoring: Scoring;
  formulaVersion: string;
  /** ISO dates: the definition applies to periods starting on or after `effectiveFrom`, before `effectiveTo`. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Fewer denominator units than this is flagged as a small sample. */
  minSample: number;
}

export interface IndicatorGroup {
  code: string;
  family: 'qd766' | 'tt01';
  name: Text;
  /** Configured weight (maximum points of the group). */
  weight: number;
}

export type QualityFlag = 'denominator_zero' | 'small_sample' | 'not_measured';

/** One computed indicator, with everything needed to check it. */
export interface IndicatorResult {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The part ratios of a composite formula, in order. */
  parts: { numerator: number; denominator: number }[];
  score: number | null;
  maxPoints: number | null;
  target: number | null;
  formulaVersion: string;
  flags: QualityFlag[];
}
