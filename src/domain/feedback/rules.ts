/**
 * Feedback and complaints (phản ánh, kiến nghị — PAKN, domain.md §8, §11): kinds, topics, the handling
 * states and their transitions, and the on-time rule. Pure; shared by server and web.
 */
import { AppError } from '../errors.js';

export const FEEDBACK_KINDS = ['feedback', 'complaint', 'misconduct'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_CHANNELS = ['online', 'counter', 'kiosk', 'hotline', 'mail'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const FEEDBACK_STATUSES = ['received', 'in_progress', 'answered', 'reopened'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** What the citizen reports; the conduct topics follow ND 61 Art. 5 (domain.md §11). */
export const FEEDBACK_TOPICS = {
  delay: { vi: 'Chậm trễ, hẹn lại nhiều lần', en: 'Delay' },
  harassment: { vi: 'Hạch sách, nhũng nhiễu, gây phiền hà', en: 'Harassment or causing trouble' },
  unofficial_payment: { vi: 'Đòi chi phí ngoài quy định', en: 'Request for unofficial payment' },
  extra_documents: { vi: 'Yêu cầu giấy tờ ngoài quy định', en: 'Documents beyond the law' },
  attitude: { vi: 'Thái độ, văn hóa ứng xử', en: 'Attitude, conduct' },
  procedure: { vi: 'Quy định, thủ tục hành chính', en: 'Rules and procedures' },
  result: { vi: 'Kết quả giải quyết', en: 'Result of the dossier' },
  other: { vi: 'Khác', en: 'Other' },
} as const;
export type FeedbackTopic = keyof typeof FEEDBACK_TOPICS;

/** Topics that report an official's conduct: filed as `misconduct` whatever kind was chosen. */
export const MISCONDUCT_TOPICS: readonly FeedbackTopic[] = [
  'harassment',
  'unofficial_payment',
  'extra_documents',
];

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, { vi: string; en: string }> = {
  feedback: { vi: 'Phản ánh, kiến nghị', en: 'Feedback' },
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  misconduct: { vi: 'Phản ánh hành vi công chức', en: 'Misconduct report' },
};

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, { vi: string; en: string }> = {
  received: { vi: 'Mới tiếp nhận', en: 'Received' },
  in_progress: { vi: 'Đang xử lý', en: 'In progress' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  reopened: { vi: 'Công dân chưa đồng ý, xử lý lại', en: 'Reopened by the citizen' },
};

/** The kind a report is filed under: a conduct topic about an official is a misconduct report. */
export function classifyFeedbackKind(chosen: FeedbackKind, topic: FeedbackTopic): FeedbackKind {
  return MISCONDUCT_TOPICS.includes(topic) ? 'misconduct' : chosen;
}

export type FeedbackStep = 'take' | 'forward' | 'answer' | 'reopen';

const ALLOWED: Record<FeedbackStep, readonly FeedbackStatus[]> = {
  take: ['received', 'reopened'],
  forward: ['received', 'in_progress', 'reopened'],
  answer: ['received', 'in_progress', 'reopened'],
  reopen: ['answered'],
};

/** The status after a handling step; throws `invalid_transition` when the step is not allowed now. */
export function applyFeedbackStep(status: FeedbackStatus, step: FeedbackStep): FeedbackStatus {
  if (!ALLOWED[step].includes(status)) {
    throw new AppError(
      'invalid_transition',
      `Không thể thực hiện thao tác khi phản ánh ở trạng thái "${FEEDBACK_STATUS_LABELS[status].vi.toLowerCase()}".`,
      { step, status },
    );
  }
  if (step === 'answer') return 'answered';
  if (step === 'reopen') return 'reopened';
  if (step === 'forward') return 'received';
  return 'in_progress';
}

/** On time when answered at or before the due time; an open item past its due time is late already. */
export function classifyFeedbackTimeliness(
  item: { dueAt: number; answeredAt: number | null },
  now: number,
): 'on_time' | 'late' | 'open' {
  if (item.answeredAt !== null) return item.answeredAt <= item.dueAt ? 'on_time' : 'late';
  return now > item.dueAt ? 'late' : 'open';
}

/** On-time rate over items that are decided (answered, or overdue): null when none is. */
export function computeOnTimeRate(onTime: number, late: number): number | null {
  return onTime + late === 0 ? null : onTime / (onTime + late);
}
