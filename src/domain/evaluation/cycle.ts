/**
 * The states of an evaluation and of its period. An evaluation goes pending → self_assessed → reviewed →
 * approved while its period is open; the period is then locked (after the quota check) and published.
 */
export const EVALUATION_STATUSES = ['pending', 'self_assessed', 'reviewed', 'approved'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export const PERIOD_STATUSES = ['open', 'locked', 'published'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const EVALUATION_STATUS_LABELS: Record<EvaluationStatus, { vi: string; en: string }> = {
  pending: { vi: 'Chờ tự đánh giá', en: 'Awaiting self-assessment' },
  self_assessed: { vi: 'Đã tự đánh giá', en: 'Self-assessed' },
  reviewed: { vi: 'Lãnh đạo đã nhận xét', en: 'Reviewed' },
  approved: { vi: 'Thủ trưởng đã phê duyệt', en: 'Approved' },
};

export const PERIOD_STATUS_LABELS: Record<PeriodStatus, { vi: string; en: string }> = {
  open: { vi: 'Đang đánh giá', en: 'Open' },
  locked: { vi: 'Đã khóa', en: 'Locked' },
  published: { vi: 'Đã công khai', en: 'Published' },
};

export type EvaluationStep = 'self_assess' | 'review' | 'approve';

/** The statuses each step may start from (self-assessment may be revised until the review). */
export const STEP_FROM: Record<EvaluationStep, readonly EvaluationStatus[]> = {
  self_assess: ['pending', 'self_assessed'],
  review: ['self_assessed', 'reviewed', 'approved'],
  approve: ['reviewed'],
};

/** The status a step leads to. */
export const STEP_TO: Record<EvaluationStep, EvaluationStatus> = {
  self_assess: 'self_assessed',
  review: 'reviewed',
  approve: 'approved',
};

/** True when the step may run now: the period is open and the evaluation is in a status the step starts from. */
export function canTakeStep(step: EvaluationStep, status: EvaluationStatus, period: PeriodStatus): boolean {
  return period === 'open' && STEP_FROM[step].includes(status);
}
