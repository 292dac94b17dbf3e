/**
 * The one error type of the application, with a closed set of codes. Messages a person reads are in
 * Vietnamese; an English message is kept alongside. Shared by server and web.
 */
export const ERROR_CODES = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  explanation_required: 409,
  apology_required: 409,
  extension_limit: 409,
  fee_unpaid: 409,
  idempotency_mismatch: 422,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

const DEFAULT_MESSAGES: Record<ErrorCode, { vi: string; en: string }> = {
  validation_failed: { vi: 'Dữ liệu không hợp lệ.', en: 'Invalid input.' },
  unauthenticated: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  csrf_failed: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'Invalid request token; reload the page.',
  },
  not_found: { vi: 'Không tìm thấy dữ liệu.', en: 'Not found.' },
  conflict: {
    vi: 'Dữ liệu đã được người khác thay đổi, vui lòng tải lại.',
    en: 'Someone else changed this; reload it.',
  },
  invalid_transition: {
    vi: 'Thao tác không hợp lệ ở trạng thái hiện tại.',
    en: 'Not allowed in the current state.',
  },
  explanation_required: {
    vi: 'Bước xử lý đã quá hạn: cần giải trình trước khi chuyển tiếp.',
    en: 'The step is overdue: an explanation is required before moving on.',
  },
  apology_required: {
    vi: 'Hồ sơ đã quá hạn: cần phiếu xin lỗi được phê duyệt trước khi chuyển tiếp.',
    en: 'The dossier is overdue: an approved apology is required before moving on.',
  },
  extension_limit: {
    vi: 'Hồ sơ đã được hẹn lại ngày trả; không được gia hạn thêm.',
    en: 'The dossier already got its new date; no further extension is allowed.',
  },
  fee_unpaid: {
    vi: 'Hồ sơ chưa nộp phí, lệ phí phải nộp trước khi trả kết quả.',
    en: 'The fees due before the result is returned are unpaid.',
  },
  idempotency_mismatch: {
    vi: 'Khóa chống gửi trùng (Idempotency-Key) đã được dùng cho một yêu cầu khác; hãy tạo khóa mới cho yêu cầu này.',
    en: 'This Idempotency-Key was already used with a different request; use a new key for this one.',
  },
  account_locked: {
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần.',
    en: 'Account temporarily locked after failed logins.',
  },
  rate_limited: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.', en: 'Too many requests; try again later.' },
  internal: { vi: 'Lỗi hệ thống, vui lòng thử lại sau.', en: 'Internal error; try again later.' },
  service_unavailable: {
    vi: 'Cơ sở dữ liệu đang tạm ngừng (khởi động lại hoặc chuyển máy chủ), vui lòng thử lại sau ít giây.',
    en: 'The database is briefly unavailable (restarting or failing over); try again in a few seconds.',
  },
};

/** An expected failure with a machine-readable code, a Vietnamese message and optional details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly messageEn: string;

  constructor(code: ErrorCode, message?: string, details?: unknown, messageEn?: string) {
    super(message ?? DEFAULT_MESSAGES[code].vi);
    this.name = 'AppError';
    this.code = code;
    this.details = details ?? null;
    this.messageEn = messageEn ?? DEFAULT_MESSAGES[code].en;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** Shorthand constructors keep call sites short and uniform. */
export const fail = {
  validation: (message?: string, details?: unknown) => new AppError('validation_failed', message, details),
  unauthenticated: (message?: string) => new AppError('unauthenticated', message),
  forbidden: (message?: string) => new AppError('forbidden', message),
  notFound: (message?: string) => new AppError('not_found', message),
  conflict: (message?: string, details?: unknown) => new AppError('conflict', message, details),
};
