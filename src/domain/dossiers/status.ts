/**
 * Dossier statuses and actions. Status codes follow the list used by systems synchronised with the
 * national public-service portal (domain.md §5).
 */
export const DOSSIER_STATUSES = [
  'submitted',
  'received',
  'not_received',
  'processing',
  'supplement_requested',
  'withdrawal_requested',
  'stopped',
  'processed',
  'returned',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** National portal status code of each status. */
export const NATIONAL_STATUS_CODE: Record<DossierStatus, number> = {
  submitted: 1,
  received: 2,
  not_received: 3,
  processing: 4,
  supplement_requested: 5,
  withdrawal_requested: 7,
  stopped: 8,
  processed: 9,
  returned: 10,
};

export const STATUS_LABELS: Record<DossierStatus, { vi: string; en: string }> = {
  submitted: { vi: 'Mới nộp, chờ tiếp nhận', en: 'Submitted' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  not_received: { vi: 'Không tiếp nhận', en: 'Not received' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  supplement_requested: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Supplement requested' },
  withdrawal_requested: { vi: 'Công dân xin rút hồ sơ', en: 'Withdrawal requested' },
  stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
  processed: { vi: 'Đã có kết quả, chờ trả', en: 'Result ready' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

export const DOSSIER_ACTIONS = [
  'submit',
  'accept',
  'reject',
  'request_supplement',
  'supplement_received',
  'assign',
  'forward',
  'approve',
  'sign',
  'return',
  'consult',
  'consult_reply',
  'refuse',
  'stop',
  'request_withdrawal',
  'approve_withdrawal',
  'return_result',
] as const;
export type DossierActionType = (typeof DOSSIER_ACTIONS)[number];

/**
 * Entries of the log written by the late-work rules rather than by the action endpoint: a late step's
 * explanation filed, and an approved apology's new return date applied (domain.md §7).
 */
export const LATE_WORK_ACTIONS = ['explain', 'apology_approved'] as const;
export type LateWorkActionType = (typeof LATE_WORK_ACTIONS)[number];

/** Every type the action log may hold. */
export const LOGGED_ACTIONS = [...DOSSIER_ACTIONS, ...LATE_WORK_ACTIONS] as const;
export type LoggedActionType = (typeof LOGGED_ACTIONS)[number];

export const ACTION_LABELS: Record<LoggedActionType, { vi: string; en: string }> = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submitted' },
  accept: { vi: 'Tiếp nhận hồ sơ', en: 'Accepted' },
  reject: { vi: 'Từ chối tiếp nhận', en: 'Rejected at intake' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  supplement_received: { vi: 'Nhận hồ sơ bổ sung', en: 'Supplement received' },
  assign: { vi: 'Phân công xử lý', en: 'Assigned' },
  forward: { vi: 'Chuyển bước tiếp theo', en: 'Forwarded' },
  approve: { vi: 'Phê duyệt', en: 'Approved' },
  sign: { vi: 'Ký duyệt', en: 'Signed' },
  return: { vi: 'Trả lại bước trước', en: 'Returned to previous step' },
  consult: { vi: 'Xin ý kiến cơ quan khác', en: 'Consultation requested' },
  consult_reply: { vi: 'Nhận ý kiến phối hợp', en: 'Consultation answered' },
  refuse: { vi: 'Từ chối giải quyết', en: 'Refused' },
  stop: { vi: 'Dừng xử lý', en: 'Stopped' },
  request_withdrawal: { vi: 'Xin rút hồ sơ', en: 'Withdrawal requested' },
  approve_withdrawal: { vi: 'Đồng ý rút hồ sơ', en: 'Withdrawal approved' },
  return_result: { vi: 'Trả kết quả', en: 'Result returned' },
  explain: { vi: 'Giải trình trễ hạn', en: 'Lateness explained' },
  apology_approved: { vi: 'Xin lỗi và hẹn lại ngày trả', en: 'Apology and new return date' },
};

/** Channels of intake: in person (1), online (2), postal/authorised (3). */
export const CHANNELS = ['counter', 'online', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];
