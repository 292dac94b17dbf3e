/**
 * The measures indicators are built from. Roll-up measures are counted per (unit, procedure, local day) and
 * per month; feedback measures per (unit, local day); live measures are point-in-time counts of open dossiers.
 * Each measure's exact definition (what counts, on which day) is in MEASURE_TEXT, published with the data.
 */
export const ROLLUP_MEASURES = [
  'received',
  'received_counter',
  'received_online',
  'received_postal',
  'fee_due',
  'paid_online',
  'supplement_requested',
  'contact_points',
  'cohort_late',
  'disliked_or_complained',
  'finished',
  'finished_early',
  'finished_on_time',
  'finished_late',
  'finished_online',
  'finished_online_late',
  'processing_minutes',
  'step_points',
  'attitude_points',
  'returned',
  'apologies',
  'sat_responses',
  'sat_satisfied',
  'sat_access_answered',
  'sat_access_satisfied',
  'sat_procedure_answered',
  'sat_procedure_satisfied',
  'sat_officials_answered',
  'sat_officials_satisfied',
  'sat_result_answered',
  'sat_result_satisfied',
  'sat_feedback_answered',
  'sat_feedback_satisfied',
  'digitised',
  'reused',
  'shared_to_store',
  'portal_synced',
] as const;
export type RollupMeasure = (typeof ROLLUP_MEASURES)[number];

export const FEEDBACK_MEASURES = [
  'fb_received',
  'fb_complaints',
  'fb_answered',
  'fb_answered_on_time',
  'fb_upheld',
] as const;
export type FeedbackMeasure = (typeof FEEDBACK_MEASURES)[number];

export const LIVE_MEASURES = ['open_within_time', 'open_overdue', 'cohort_open_overdue'] as const;
export type LiveMeasure = (typeof LIVE_MEASURES)[number];

export type Measure = RollupMeasure | FeedbackMeasure | LiveMeasure;

/** Sums of measures over some set of units, procedures and days; a missing measure counts as 0. */
export type MeasureTotals = Partial<Record<Measure, number>>;

/**
 * A fresh set of totals with every measure at 0, written as one literal so that every set of totals has the
 * same shape: reports over thousands of units read them several times faster than objects filled key by key.
 * A test keeps the keys equal to the measure lists.
 */
export function createTotals(): Required<MeasureTotals> {
  return {
    received: 0,
    received_counter: 0,
    received_online: 0,
    received_postal: 0,
    fee_due: 0,
    paid_online: 0,
    supplement_requested: 0,
    contact_points: 0,
    cohort_late: 0,
    disliked_or_complained: 0,
    finished: 0,
    finished_early: 0,
    finished_on_time: 0,
    finished_late: 0,
    finished_online: 0,
    finished_online_late: 0,
    processing_minutes: 0,
    step_points: 0,
    attitude_points: 0,
    returned: 0,
    apologies: 0,
    sat_responses: 0,
    sat_satisfied: 0,
    sat_access_answered: 0,
    sat_access_satisfied: 0,
    sat_procedure_answered: 0,
    sat_procedure_satisfied: 0,
    sat_officials_answered: 0,
    sat_officials_satisfied: 0,
    sat_result_answered: 0,
    sat_result_satisfied: 0,
    sat_feedback_answered: 0,
    sat_feedback_satisfied: 0,
    digitised: 0,
    reused: 0,
    shared_to_store: 0,
    portal_synced: 0,
    fb_received: 0,
    fb_complaints: 0,
    fb_answered: 0,
    fb_answered_on_time: 0,
    fb_upheld: 0,
    open_within_time: 0,
    open_overdue: 0,
    cohort_open_overdue: 0,
  };
}

/** The five elements a satisfaction response rates (1..5; 4 and 5 count as satisfied). */
export const SATISFACTION_ELEMENTS = ['access', 'procedure', 'officials', 'result', 'feedback'] as const;

interface Text {
  vi: string;
  en: string;
}

const RECEIVED_DAY = 'ngày tiếp nhận (giờ Việt Nam)';
const FINISHED_DAY = 'ngày có kết quả';

/** What each measure counts and on which local day (Asia/Ho_Chi_Minh), in Vietnamese and English. */
export const MEASURE_TEXT: Partial<Record<Measure, Text>> = {
  received: { vi: `Hồ sơ tiếp nhận, tính vào ${RECEIVED_DAY}`, en: 'Dossiers received, on the receipt day' },
  received_online: { vi: 'Hồ sơ tiếp nhận trực tuyến', en: 'Dossiers received online' },
  fee_due: { vi: 'Hồ sơ phải nộp phí, lệ phí', en: 'Received dossiers with fees to pay' },
  paid_online: { vi: 'Hồ sơ đã thanh toán trực tuyến', en: 'Received dossiers paid online' },
  digitised: {
    vi: 'Hồ sơ tiếp nhận có mọi thành phần đã nộp được số hóa (hoặc dùng lại giấy tờ đã số hóa)',
    en: 'Received dossiers whose every provided component is digitised (or reused from the store)',
  },
  reused: {
    vi: 'Hồ sơ tiếp nhận có dùng lại giấy tờ đã số hóa trong kho dữ liệu cá nhân',
    en: "Received dossiers reusing a digitised document from the citizen's store",
  },
  shared_to_store: {
    vi: 'Hồ sơ tiếp nhận có kết quả số hóa đã chia sẻ vào kho dữ liệu cá nhân',
    en: "Received dossiers whose digitised result is shared into the citizen's store",
  },
  contact_points: {
    vi: 'Điểm số lần liên hệ: 2 nếu không phải bổ sung, 1 nếu bổ sung một lần, 0 nếu nhiều hơn',
    en: 'Contact points: 2 without supplement requests, 1 with one, 0 with more',
  },
  cohort_late: {
    vi: 'Hồ sơ tiếp nhận trong kỳ đã có kết quả quá hạn (theo hạn ban đầu)',
    en: 'Dossiers received in the period and finished after the original due time',
  },
  cohort_open_overdue: {
    vi: 'Hồ sơ tiếp nhận trong kỳ đang xử lý đã quá hạn (tại thời điểm xem)',
    en: 'Dossiers received in the period, still open and overdue now',
  },
  disliked_or_complained: {
    vi: 'Hồ sơ có đánh giá "không hài lòng" hoặc có khiếu nại',
    en: 'Received dossiers rated "dissatisfied" or complained about',
  },
  finished: {
    vi: `Hồ sơ đã có kết quả, tính vào ${FINISHED_DAY}`,
    en: 'Dossiers finished, on the finish day',
  },
  finished_early: {
    vi: 'Có kết quả trước hạn (ngày sớm hơn ngày hẹn)',
    en: 'Finished on a day before the due day',
  },
  finished_on_time: { vi: 'Có kết quả đúng hạn', en: 'Finished on the due day, not after the due time' },
  finished_late: {
    vi: 'Có kết quả quá hạn ban đầu (kể cả hồ sơ đã xin lỗi, gia hạn)',
    en: 'Finished after the original due time (apologised dossiers included)',
  },
  finished_online_late: { vi: 'Hồ sơ trực tuyến quá hạn', en: 'Online dossiers finished late' },
  processing_minutes: {
    vi: 'Tổng thời gian từ tiếp nhận đến có kết quả (phút, thời gian lịch)',
    en: 'Total calendar minutes from receipt to result',
  },
  step_points: {
    vi: 'Điểm từng bước: 2 nếu mọi bước sớm hạn, 0 nếu có bước trễ, còn lại 1',
    en: 'Step points: 2 when every step was early, 0 when any was late, else 1',
  },
  attitude_points: {
    vi: 'Điểm tinh thần phục vụ: 0 nếu có khiếu nại đúng, 2 nếu sớm hạn, 1 nếu đúng hạn, 0 nếu trễ',
    en: 'Attitude points: 0 with an upheld complaint, else 2 early, 1 on time, 0 late',
  },
  returned: { vi: 'Hồ sơ đã trả kết quả, tính vào ngày trả', en: 'Results returned, on the return day' },
  apologies: {
    vi: 'Văn bản xin lỗi đã ban hành, tính vào ngày duyệt',
    en: 'Apologies approved, on the approval day',
  },
  sat_responses: {
    vi: 'Phiếu đánh giá hợp lệ, tính vào ngày gửi',
    en: 'Satisfaction responses, on the day sent',
  },
  sat_satisfied: {
    vi: 'Phiếu hài lòng (theo công thức của bộ câu hỏi)',
    en: 'Satisfied responses (per instrument)',
  },
  fb_answered: {
    vi: 'Phản ánh, kiến nghị đã trả lời, tính vào ngày trả lời',
    en: 'Feedback answered, on that day',
  },
  fb_answered_on_time: {
    vi: 'Phản ánh, kiến nghị trả lời đúng hạn',
    en: 'Feedback answered by its due time',
  },
  open_within_time: {
    vi: 'Hồ sơ đang xử lý trong hạn (tại thời điểm xem)',
    en: 'Open dossiers within time (now)',
  },
  portal_synced: {
    vi: 'Hồ sơ tiếp nhận mà mọi thay đổi đến nay đã đồng bộ lên Cổng Dịch vụ công quốc gia',
    en: 'Received dossiers whose every change so far reached the national portal',
  },
  open_overdue: { vi: 'Hồ sơ đang xử lý quá hạn (tại thời điểm xem)', en: 'Open dossiers overdue (now)' },
};
