/** Totals, grades, score validation and the cap on the top grade (quota), as pure functions. */
import type { FrameworkDefinition, Grade } from './framework.js';
import { roundPoints } from './evidence.js';

/** Problems with a set of scores: every criterion present, each within 0..its points, nothing unknown. */
export function validateScores(definition: FrameworkDefinition, scores: Record<string, number>): string[] {
  const problems: string[] = [];
  const known = new Set(definition.criteria.map((c) => c.code));
  for (const code of Object.keys(scores))
    if (!known.has(code)) problems.push(`Tiêu chí ${code} không có trong khung.`);
  for (const c of definition.criteria) {
    const value = scores[c.code];
    if (value === undefined || value === null || Number.isNaN(value)) {
      problems.push(`Chưa chấm tiêu chí "${c.label}".`);
    } else if (value < 0 || value > c.maxPoints) {
      problems.push(`Điểm tiêu chí "${c.label}" phải từ 0 đến ${c.maxPoints}.`);
    }
  }
  return problems;
}

/** Total score, capped to 0..100. */
export function totalScore(scores: Record<string, number>): number {
  const sum = Object.values(scores).reduce((acc, value) => acc + value, 0);
  return roundPoints(Math.min(100, Math.max(0, sum)));
}

/** What a total needs of a framework: its criteria and the task-part formula. */
export interface TotalRule {
  criteria: FrameworkDefinition['criteria'];
  taskPart?: FrameworkDefinition['taskPart'] | null;
}

/**
 * The points one criterion's score adds to the total: its score, or under a `mean` task part
 * (NĐ 335/2025) its share of the task part: score / max × points / number of task criteria, so that the
 * task part is (quantity + quality + timeliness) / 3 × 70.
 */
export function criterionContribution(definition: TotalRule, code: string, value: number): number {
  const criterion = definition.criteria.find((c) => c.code === code);
  const part = definition.taskPart;
  if (!criterion || !part || criterion.group !== 'task') return value;
  const tasks = definition.criteria.filter((c) => c.group === 'task').length;
  return criterion.maxPoints === 0 ? 0 : (value / criterion.maxPoints) * (part.points / tasks);
}

/** Total of a complete set of scores under the framework's formula, capped to 0..100. */
export function frameworkTotal(definition: TotalRule, scores: Record<string, number>): number {
  const sum = Object.entries(scores).reduce(
    (acc, [code, value]) => acc + criterionContribution(definition, code, value),
    0,
  );
  return roundPoints(Math.min(100, Math.max(0, sum)));
}

/**
 * The total of the criteria that have a score (suggestions leave manual items blank), and how many have
 * none; total null when none has a score.
 */
export function partialTotal(
  definition: TotalRule,
  scores: Record<string, number | null> | null,
): { total: number | null; missing: number } {
  const known: Record<string, number> = {};
  let missing = 0;
  for (const c of definition.criteria) {
    const value = scores?.[c.code];
    if (value === null || value === undefined) missing += 1;
    else known[c.code] = value;
  }
  const total = Object.keys(known).length === 0 ? null : frameworkTotal(definition, known);
  return { total, missing };
}

/** The grade a total falls in (grades are listed best first; the last starts at 0). */
export function gradeFor(definition: FrameworkDefinition, score: number): Grade {
  return definition.grades.find((g) => score >= g.minScore) ?? definition.grades.at(-1)!;
}

/** The rank of a grade code, 0 = best; grades not in the framework rank last. */
export function gradeRank(definition: FrameworkDefinition, code: string | null): number {
  const index = definition.grades.findIndex((g) => g.code === code);
  return index < 0 ? definition.grades.length : index;
}

/** True when the scores differ from the reference in any criterion (a change that needs a comment). */
export function hasScoreChanges(
  reference: Record<string, number> | null,
  scores: Record<string, number>,
): boolean {
  if (!reference) return true;
  return Object.entries(scores).some(
    ([code, value]) => Math.abs((reference[code] ?? NaN) - value) > 1e-9 || !(code in reference),
  );
}

export interface QuotaCheck {
  ok: boolean;
  grade: string;
  /** Officials in the base the share applies to. */
  base: number;
  count: number;
  cap: number;
  /** How many are over the cap (0 when ok). */
  excess: number;
  share: number;
}

/**
 * Checks the cap on the top grade over a unit's rated officials: at most ⌊share × base⌋ may hold it, where
 * the base is every rated official or, when the framework says so, those rated at least `baseFromGrade`.
 */
export function checkQuota(
  definition: FrameworkDefinition,
  grades: readonly (string | null)[],
  exceptional: boolean,
): QuotaCheck {
  const { quota } = definition;
  const share = exceptional ? quota.exceptionalShare : quota.share;
  const rated = grades.filter((g): g is string => g !== null);
  const baseRank = quota.baseFromGrade === null ? Infinity : gradeRank(definition, quota.baseFromGrade);
  const base = rated.filter((g) => gradeRank(definition, g) <= baseRank).length;
  const count = rated.filter((g) => g === quota.grade).length;
  const cap = Math.floor(share * base + 1e-9);
  const excess = Math.max(0, count - cap);
  return { ok: excess === 0, grade: quota.grade, base, count, cap, excess, share };
}
