/**
 * Rating frameworks as versioned data: criteria with their points (evidence-driven or entered by people),
 * grades with score thresholds, and the cap on the top grade. The two built-in frameworks are the Hà Nội
 * monthly framework (3814-QĐ/TU, 2018) and the national 100-point framework (NĐ 335/2025).
 */
import { z } from 'zod';

/** How an evidence criterion turns the month's evidence into a ratio 0..1 (see `evidence.ts`). */
export const EVIDENCE_RULES = ['diligence', 'conduct', 'timeliness', 'work_plan', 'satisfaction'] as const;
export type EvidenceRule = (typeof EVIDENCE_RULES)[number];

export const Criterion = z.object({
  code: z.string().regex(/^[a-z0-9_.]{2,40}$/),
  group: z.enum(['general', 'task', 'bonus']),
  label: z.string().min(1).max(300),
  labelEn: z.string().min(1).max(300),
  maxPoints: z.number().min(0).max(100),
  /** An evidence rule, or null for an item a person enters. */
  rule: z.enum(EVIDENCE_RULES).nullable(),
});
export type Criterion = z.infer<typeof Criterion>;

export const Grade = z.object({
  code: z.string().regex(/^[a-z_A-Z]{1,20}$/),
  label: z.string().min(1).max(100),
  labelEn: z.string().min(1).max(100),
  /** Lowest total score (inclusive) of this grade; grades are listed best first. */
  minScore: z.number().min(0).max(110),
});
export type Grade = z.infer<typeof Grade>;

export const Quota = z.object({
  /** The capped grade (A, excellent). */
  grade: z.string(),
  /** Share of the base the capped grade may reach, and the share for units flagged exceptional. */
  share: z.number().min(0).max(1),
  exceptionalShare: z.number().min(0).max(1),
  /** Grades counted in the base: all rated officials, or only those rated at least `baseFromGrade`. */
  baseFromGrade: z.string().nullable(),
});
export type Quota = z.infer<typeof Quota>;

/**
 * How the task group adds up. Absent: the task criteria's points are summed. `mean`: each task criterion is
 * scored 0..its points as a percentage of its own maximum and the task part is the mean of those
 * percentages × `points` (NĐ 335/2025: (quantity + quality + timeliness) / 3 × 70).
 */
export const TaskPart = z.object({ formula: z.literal('mean'), points: z.number().min(0).max(100) });
export type TaskPart = z.infer<typeof TaskPart>;

/**
 * The yearly rule of a framework version (see `yearly.ts`): the basis (mean monthly score read against the
 * grades, or the monthly grades themselves), the minimum number of monthly results for a rating, and for
 * the grade basis the share of months a level needs. Values marked [practice] in domain.md live here.
 */
export const YearlyRule = z.object({
  basis: z.enum(['score_mean', 'monthly_grades']),
  minMonths: z.number().int().min(1).max(12),
  /** monthly_grades: a level needs at least this share of the rated months at that level or better. */
  gradeShare: z.number().min(0).max(1),
  legalBasis: z.string().min(1).max(300),
});
export type YearlyRule = z.infer<typeof YearlyRule>;

export const FrameworkDefinition = z.object({
  criteria: z.array(Criterion).min(1).max(40),
  grades: z.array(Grade).min(2).max(6),
  quota: Quota,
  /** Maps each grade to the yearly level it counts as (excellent, good, complete, not_complete). */
  yearlyLevels: z.record(z.string(), z.enum(['excellent', 'good', 'complete', 'not_complete'])),
  taskPart: TaskPart.optional(),
  /** Versions stored before 2026-12 have none: `yearlyRuleOf` gives them their code's rule. */
  yearly: YearlyRule.optional(),
});
export type FrameworkDefinition = z.infer<typeof FrameworkDefinition>;

/** The version of the evidence-to-score rules (changed whenever `evidence.ts` scores differently). */
export const EVIDENCE_RULE_VERSION = 'evidence-2026.2';

const TASK_CRITERIA: Criterion[] = [
  {
    code: 'task.timeliness',
    group: 'task',
    label: 'Giải quyết hồ sơ đúng hạn',
    labelEn: 'Dossier steps on time',
    maxPoints: 40,
    rule: 'timeliness',
  },
  {
    code: 'task.work_plan',
    group: 'task',
    label: 'Hoàn thành kế hoạch công tác',
    labelEn: 'Work-plan tasks done on time',
    maxPoints: 20,
    rule: 'work_plan',
  },
  {
    code: 'task.satisfaction',
    group: 'task',
    label: 'Mức độ hài lòng của người dân',
    labelEn: 'Citizen satisfaction',
    maxPoints: 10,
    rule: 'satisfaction',
  },
];

/** Hà Nội monthly framework: 20 discipline and ethics + 70 task results + 10 bonus; A/B/C/D; A ≤ 30% (40%). */
export const HANOI_MONTHLY: { code: string; name: string; definition: FrameworkDefinition } = {
  code: 'HN-3814',
  name: 'Khung đánh giá hằng tháng của Hà Nội (3814-QĐ/TU)',
  definition: {
    criteria: [
      {
        code: 'general.diligence',
        group: 'general',
        label: 'Ý thức kỷ luật, chấp hành thời hạn (giải trình, xin lỗi)',
        labelEn: 'Discipline: explanations and apologies',
        maxPoints: 10,
        rule: 'diligence',
      },
      {
        code: 'general.conduct',
        group: 'general',
        label: 'Đạo đức, văn hóa công vụ (khiếu nại, vi phạm)',
        labelEn: 'Ethics and conduct: complaints, violations',
        maxPoints: 10,
        rule: 'conduct',
      },
      ...TASK_CRITERIA,
      {
        code: 'bonus.initiative',
        group: 'bonus',
        label: 'Điểm thưởng (sáng kiến, nhiệm vụ đột xuất)',
        labelEn: 'Bonus (initiative, extra tasks)',
        maxPoints: 10,
        rule: null,
      },
    ],
    grades: [
      { code: 'A', label: 'Loại A', labelEn: 'Grade A', minScore: 90 },
      { code: 'B', label: 'Loại B', labelEn: 'Grade B', minScore: 70 },
      { code: 'C', label: 'Loại C', labelEn: 'Grade C', minScore: 50 },
      { code: 'D', label: 'Loại D', labelEn: 'Grade D', minScore: 0 },
    ],
    quota: { grade: 'A', share: 0.3, exceptionalShare: 0.4, baseFromGrade: null },
    yearlyLevels: { A: 'excellent', B: 'good', C: 'complete', D: 'not_complete' },
  },
};

/** National 100-point framework: general ≤ 30 + task results ≤ 70; excellent ≤ 20% (25%) of good or better. */
export const NATIONAL_100: { code: string; name: string; definition: FrameworkDefinition } = {
  code: 'VN-335',
  name: 'Khung 100 điểm theo Nghị định 335/2025/NĐ-CP',
  definition: {
    criteria: [
      {
        code: 'general.political',
        group: 'general',
        label: 'Chính trị tư tưởng, tác phong, lề lối làm việc',
        labelEn: 'Political ideology, manner of work',
        maxPoints: 10,
        rule: null,
      },
      {
        code: 'general.diligence',
        group: 'general',
        label: 'Ý thức tổ chức kỷ luật (giải trình, xin lỗi)',
        labelEn: 'Discipline: explanations and apologies',
        maxPoints: 10,
        rule: 'diligence',
      },
      {
        code: 'general.conduct',
        group: 'general',
        label: 'Đạo đức, văn hóa công vụ (khiếu nại, vi phạm)',
        labelEn: 'Ethics and conduct: complaints, violations',
        maxPoints: 10,
        rule: 'conduct',
      },
      ...TASK_CRITERIA,
    ],
    grades: [
      { code: 'excellent', label: 'Hoàn thành xuất sắc nhiệm vụ', labelEn: 'Excellent', minScore: 90 },
      { code: 'good', label: 'Hoàn thành tốt nhiệm vụ', labelEn: 'Good', minScore: 70 },
      { code: 'complete', label: 'Hoàn thành nhiệm vụ', labelEn: 'Complete', minScore: 50 },
      { code: 'not_complete', label: 'Không hoàn thành nhiệm vụ', labelEn: 'Not complete', minScore: 0 },
    ],
    quota: { grade: 'excellent', share: 0.2, exceptionalShare: 0.25, baseFromGrade: 'good' },
    yearlyLevels: {
      excellent: 'excellent',
      good: 'good',
      complete: 'complete',
      not_complete: 'not_complete',
    },
  },
};

/** Refuses a definition whose grade codes, quota or yearly mapping do not fit together. */
export function checkFrameworkDefinition(definition: FrameworkDefinition): string[] {
  const problems: string[] = [];
  const grades = definition.grades.map((g) => g.code);
  const codes = definition.criteria.map((c) => c.code);
  if (new Set(codes).size !== codes.length) problems.push('Mã tiêu chí bị trùng.');
  if (!grades.includes(definition.quota.grade))
    problems.push('Loại bị giới hạn tỷ lệ không có trong danh sách.');
  const base = definition.quota.baseFromGrade;
  if (base !== null && !grades.includes(base)) problems.push('Loại làm cơ sở tính tỷ lệ không có.');
  for (const grade of grades) {
    if (!definition.yearlyLevels[grade]) problems.push(`Loại ${grade} chưa quy đổi sang mức xếp loại năm.`);
  }
  const sorted = definition.grades.every((g, i, all) => i === 0 || all[i - 1]!.minScore > g.minScore);
  if (!sorted) problems.push('Các loại phải xếp từ cao xuống thấp theo điểm tối thiểu.');
  if (definition.grades.at(-1)?.minScore !== 0) problems.push('Loại thấp nhất phải bắt đầu từ 0 điểm.');
  if (definition.taskPart && !definition.criteria.some((c) => c.group === 'task'))
    problems.push('Công thức phần kết quả nhiệm vụ cần ít nhất một tiêu chí nhiệm vụ.');
  return problems;
}
