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

/**
 * Why a leader evaluates an official who did not assess themself (the review then starts from "pending"):
 * absent from work, on leave, never signed in to the system, or another reason stated in the comment.
 */
export const ABSENCE_REASONS = ['absent', 'on_leave', 'never_signed_in', 'other'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export const ABSENCE_REASON_LABELS: Record<AbsenceReason, { vi: string; en: string }> = {
  absent: { vi: 'Vắng mặt trong kỳ đánh giá', en: 'Absent during the period' },
  on_leave: { vi: 'Nghỉ phép, nghỉ chế độ', en: 'On leave' },
  never_signed_in: { vi: 'Chưa đăng nhập hệ thống', en: 'Never signed in' },
  other: { vi: 'Lý do khác (ghi trong nhận xét)', en: 'Other (stated in the comment)' },
};

/** True when a leader may evaluate the official in place of a self-assessment: nothing assessed yet, period open. */
export function canReviewWithoutSelfAssessment(status: EvaluationStatus, period: PeriodStatus): boolean {
  return period === 'open' && status === 'pending';
}

export type NextStep = 'self_assess_or_review' | 'review' | 'approve';

/** Who must do what next, as people read it on the period page and in the refusal to lock. */
export const NEXT_STEP_LABELS: Record<NextStep, { vi: string; en: string }> = {
  self_assess_or_review: {
    vi: 'chờ cán bộ tự đánh giá, hoặc lãnh đạo trực tiếp đánh giá thay (vắng mặt, nghỉ phép, chưa đăng nhập)',
    en: 'awaiting the self-assessment, or the line leader evaluating in its place (absent, on leave, never signed in)',
  },
  review: { vi: 'chờ lãnh đạo trực tiếp nhận xét, chấm điểm', en: 'awaiting the line leader’s review' },
  approve: { vi: 'chờ thủ trưởng đơn vị phê duyệt', en: 'awaiting the unit head’s approval' },
};

/** What must happen next for an evaluation to be approved (null once approved). */
export function nextStepOf(status: EvaluationStatus): NextStep | null {
  if (status === 'pending') return 'self_assess_or_review';
  if (status === 'self_assessed') return 'review';
  if (status === 'reviewed') return 'approve';
  return null;
}
