/**
 * Version 2 of the built-in frameworks (2026-12): the national framework scores its task part by the
 * NĐ 335/2025 formula, and both carry their yearly rule. Version 1 stays as it was: a period keeps the
 * version it was opened with, and ratings already made keep meaning what they meant.
 */
import {
  HANOI_MONTHLY,
  NATIONAL_100,
  type Criterion,
  type FrameworkDefinition,
  type YearlyRule,
} from './framework.js';

/**
 * NĐ 335/2025 (domain.md §10, [practice, verify article text]): "100 points = general criteria ≤ 30 + task
 * results ≤ 70", the task part being (quantity + quality + timeliness) / 3 × 70. Each task criterion is
 * scored 0..100 (% of what was required) and suggested from the evidence: quantity from the work plan,
 * quality from citizen satisfaction, timeliness from the dossier steps.
 */
const TASK_335: Criterion[] = [
  {
    code: 'task.quantity',
    group: 'task',
    label: 'Số lượng công việc hoàn thành (% kế hoạch)',
    labelEn: 'Quantity of work done (% of plan)',
    maxPoints: 100,
    rule: 'work_plan',
  },
  {
    code: 'task.quality',
    group: 'task',
    label: 'Chất lượng công việc (% đạt yêu cầu)',
    labelEn: 'Quality of work (% meeting requirements)',
    maxPoints: 100,
    rule: 'satisfaction',
  },
  {
    code: 'task.timeliness',
    group: 'task',
    label: 'Tiến độ công việc (% đúng hạn)',
    labelEn: 'Timeliness (% on time)',
    maxPoints: 100,
    rule: 'timeliness',
  },
];

/**
 * NĐ 335/2025 yearly rule [practice, verify]: the year's level from the mean of the monthly scores; a rating
 * needs a minimum time worked in the year (here 6 months with a result), else "chưa xếp loại".
 */
export const NATIONAL_YEARLY: YearlyRule = {
  basis: 'score_mean',
  minMonths: 6,
  gradeShare: 0,
  legalBasis: 'Nghị định 335/2025/NĐ-CP',
};

/**
 * 3814-QĐ/TU (2018) [practice]: "monthly grades are the main basis of the yearly rating": a level needs at
 * least half of the rated months at that level or better; the same minimum time as the national rule.
 */
export const HANOI_YEARLY: YearlyRule = {
  basis: 'monthly_grades',
  minMonths: 6,
  gradeShare: 0.5,
  legalBasis: 'Quy định 3814-QĐ/TU (2018) của Thành ủy Hà Nội',
};

const general335 = NATIONAL_100.definition.criteria.filter((c) => c.group === 'general');

/** The national framework, version 2: task part = (quantity + quality + timeliness) / 3 × 70. */
export const NATIONAL_100_V2: FrameworkDefinition = {
  ...NATIONAL_100.definition,
  criteria: [...general335, ...TASK_335],
  taskPart: { formula: 'mean', points: 70 },
  yearly: NATIONAL_YEARLY,
};

/** The Hà Nội framework, version 2: unchanged monthly points, with its own yearly rule. */
export const HANOI_MONTHLY_V2: FrameworkDefinition = { ...HANOI_MONTHLY.definition, yearly: HANOI_YEARLY };

/** The built-in framework versions, stored the first time a framework is needed. */
export const BUILT_IN_FRAMEWORKS: {
  code: string;
  version: number;
  name: string;
  definition: FrameworkDefinition;
}[] = [
  { ...HANOI_MONTHLY, version: 1 },
  { ...NATIONAL_100, version: 1 },
  { ...HANOI_MONTHLY, version: 2, definition: HANOI_MONTHLY_V2 },
  { ...NATIONAL_100, version: 2, definition: NATIONAL_100_V2 },
];

/**
 * The yearly rule of a framework version. Versions stored without one (before 2026-12) follow the rule of
 * their built-in code: Hà Nội's for HN-3814, the national one otherwise.
 */
export function yearlyRuleOf(code: string, definition: FrameworkDefinition): YearlyRule {
  return definition.yearly ?? (code === HANOI_MONTHLY.code ? HANOI_YEARLY : NATIONAL_YEARLY);
}
