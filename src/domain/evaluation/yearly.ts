/**
 * The yearly rating from the monthly results (rule `YEARLY_RULE_VERSION`), by the yearly rule of the
 * framework version the months were rated with (`YearlyRule` in framework.ts):
 * - NĐ 335/2025 (`score_mean`) [practice, verify]: the mean of the monthly scores read against the grades
 *   (≥ 90 excellent, 70–90 good, 50–70 complete, < 50 not complete);
 * - 3814-QĐ/TU (`monthly_grades`) [practice]: "monthly grades are the main basis of the yearly rating";
 * - both: a rating needs `minMonths` monthly results, else the official is not rated that year
 *   ("chưa xếp loại", with the reason); "also forced to 'not complete' by a disciplinary measure that year";
 * - the top level is capped per unit (`capExcellent`): NĐ 335/2025 "excellent capped at 20% of those rated
 *   good or better in a unit (25% for outstanding units)"; 3814-QĐ/TU "A capped at 30% (40% for exceptional
 *   units)" of all rated.
 * Two consecutive years "not complete" open the dismissal procedure (an HR case for home affairs).
 */
import { roundPoints } from './evidence.js';
import type { FrameworkDefinition, YearlyRule } from './framework.js';
import { gradeFor } from './scoring.js';

export const YEARLY_RULE_VERSION = 'yearly-2026.2';
export const YEARLY_LEVELS = ['excellent', 'good', 'complete', 'not_complete'] as const;
export type YearlyLevel = (typeof YEARLY_LEVELS)[number];

export const YEARLY_LEVEL_LABELS: Record<YearlyLevel, { vi: string; en: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  complete: { vi: 'Hoàn thành nhiệm vụ', en: 'Complete' },
  not_complete: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not complete' },
};
export const UNRATED_LABEL = { vi: 'Chưa xếp loại', en: 'Not rated' };

/** One locked or published month of an official: its final score and grade. */
export interface MonthResult {
  score: number;
  grade: string;
}

export interface YearlyInput {
  months: readonly MonthResult[];
  disciplined: boolean;
  /** The framework version the months were rated with, and its yearly rule. */
  definition: FrameworkDefinition;
  rule: YearlyRule;
}

export type YearlyResult =
  | { rated: true; level: YearlyLevel; months: number; meanScore: number | null; reason: string | null }
  | { rated: false; level: null; months: number; meanScore: number | null; reason: string };

const rank = (level: YearlyLevel) => YEARLY_LEVELS.indexOf(level);

function levelOfGrade(definition: FrameworkDefinition, grade: string): YearlyLevel {
  return definition.yearlyLevels[grade] ?? 'not_complete';
}

/** monthly_grades: the best level that at least `share` of the months reach (at that level or better). */
function levelFromGrades(definition: FrameworkDefinition, months: readonly MonthResult[], share: number) {
  const levels = months.map((m) => levelOfGrade(definition, m.grade));
  const needed = Math.max(1, Math.ceil(share * levels.length - 1e-9));
  return (
    YEARLY_LEVELS.find((level) => levels.filter((l) => rank(l) <= rank(level)).length >= needed) ??
    'not_complete'
  );
}

/** Rates one official's year (before the unit's cap on the top level, see `capExcellent`). */
export function rateYear(input: YearlyInput): YearlyResult {
  const { months, rule, definition } = input;
  const n = months.length;
  const meanScore = n === 0 ? null : roundPoints(months.reduce((a, m) => a + m.score, 0) / n);
  if (input.disciplined)
    return {
      rated: true,
      level: 'not_complete',
      months: n,
      meanScore,
      reason: 'Bị xử lý kỷ luật trong năm.',
    };
  if (n < rule.minMonths || meanScore === null)
    return {
      rated: false,
      level: null,
      months: n,
      meanScore,
      reason: `Chưa đủ thời gian công tác để xếp loại: có kết quả ${n}/${rule.minMonths} tháng tối thiểu.`,
    };
  const level =
    rule.basis === 'score_mean'
      ? levelOfGrade(definition, gradeFor(definition, meanScore).code)
      : levelFromGrades(definition, months, rule.gradeShare);
  return { rated: true, level, months: n, meanScore, reason: null };
}

/** One official's rated year as the cap sees it. */
export interface CapCandidate {
  id: string;
  level: YearlyLevel | null;
  meanScore: number | null;
}

/**
 * The officials of one unit who lose "excellent" to the cap (they are rated "good"): at most
 * ⌊share × base⌋ keep it, base being all rated officials or, when the framework's quota counts from a grade,
 * those rated at that grade's level or better. The highest mean scores keep it (ties: the smaller id).
 */
export function capExcellent(
  definition: FrameworkDefinition,
  candidates: readonly CapCandidate[],
  exceptional: boolean,
): { demoted: string[]; cap: number; base: number } {
  const { quota } = definition;
  const share = exceptional ? quota.exceptionalShare : quota.share;
  const fromGrade = quota.baseFromGrade;
  const baseLevel = fromGrade === null ? null : levelOfGrade(definition, fromGrade);
  const rated = candidates.filter((c) => c.level !== null);
  const base = rated.filter((c) => baseLevel === null || rank(c.level!) <= rank(baseLevel)).length;
  const cap = Math.floor(share * base + 1e-9);
  const excellent = rated
    .filter((c) => c.level === 'excellent')
    .sort((a, b) => (b.meanScore ?? 0) - (a.meanScore ?? 0) || a.id.localeCompare(b.id));
  return { demoted: excellent.slice(cap).map((c) => c.id), cap, base };
}

/** True when this year and the year before are both "not complete": the two-year rule applies. */
export function isTwoYearsNotComplete(previous: YearlyLevel | null, current: YearlyLevel | null): boolean {
  return previous === 'not_complete' && current === 'not_complete';
}
