/**
 * The yearly rating from the monthly results (rule `YEARLY_RULE_VERSION`): the mean of the year's final
 * monthly scores, read against the national thresholds (≥ 90 excellent, ≥ 70 good, ≥ 50 complete, below
 * not complete); a disciplinary measure that year forces "not complete". Two consecutive years "not
 * complete" open the dismissal procedure (an HR case for the home-affairs administrator).
 */
import { roundPoints } from './evidence.js';

export const YEARLY_RULE_VERSION = 'yearly-2026.1';
export const YEARLY_LEVELS = ['excellent', 'good', 'complete', 'not_complete'] as const;
export type YearlyLevel = (typeof YEARLY_LEVELS)[number];

export const YEARLY_LEVEL_LABELS: Record<YearlyLevel, { vi: string; en: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  complete: { vi: 'Hoàn thành nhiệm vụ', en: 'Complete' },
  not_complete: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not complete' },
};

const THRESHOLDS: [YearlyLevel, number][] = [
  ['excellent', 90],
  ['good', 70],
  ['complete', 50],
];

export interface YearlyInput {
  /** Final scores of the year's locked or published months (0..100). */
  monthlyScores: readonly number[];
  disciplined: boolean;
}

export interface YearlyResult {
  months: number;
  meanScore: number | null;
  level: YearlyLevel;
}

/** Rates one official's year; null when there is no monthly result and no discipline to go by. */
export function rateYear(input: YearlyInput): YearlyResult | null {
  const months = input.monthlyScores.length;
  const meanScore =
    months === 0 ? null : roundPoints(input.monthlyScores.reduce((a, b) => a + b, 0) / months);
  if (input.disciplined) return { months, meanScore, level: 'not_complete' };
  if (meanScore === null) return null;
  const level = THRESHOLDS.find(([, min]) => meanScore >= min)?.[0] ?? 'not_complete';
  return { months, meanScore, level };
}

/** True when this year and the year before are both "not complete": the two-year rule applies. */
export function isTwoYearsNotComplete(previous: YearlyLevel | null, current: YearlyLevel): boolean {
  return previous === 'not_complete' && current === 'not_complete';
}
