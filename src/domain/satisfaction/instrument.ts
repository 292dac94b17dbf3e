/**
 * The one instrument of the citizen evaluation ("đánh giá mức độ hài lòng", ND 61/2018 art. 31; domain.md §8):
 * the five elements on the 5-level scale, the citizen-evaluation aspects of one-stop work, and a free comment. Versions are immutable: a new version
 * may add questions (and only add), so the meaning of an answer given under an older version never changes.
 */
import { AppError } from '../errors.js';

/** The five elements (access, procedure, officials, result, feedback), in the order they are asked. */
export const SATISFACTION_ELEMENTS = ['access', 'procedure', 'officials', 'result', 'feedback'] as const;
export type SatisfactionElement = (typeof SATISFACTION_ELEMENTS)[number];

/** Where a response came from; each is bound to one dossier. */
export const SATISFACTION_CHANNELS = ['kiosk', 'qr', 'sms', 'zalo', 'online'] as const;
export type SatisfactionChannel = (typeof SATISFACTION_CHANNELS)[number];

export interface Label {
  vi: string;
  en: string;
}

/** One question: a 1..5 scale, a yes/no, a small count, a choice among options, or free text. */
export type Question =
  | { code: string; kind: 'scale'; label: Label; element?: SatisfactionElement }
  | { code: string; kind: 'yes_no'; label: Label }
  | { code: string; kind: 'count'; label: Label; max: number }
  | { code: string; kind: 'choice'; label: Label; options: { code: string; label: Label }[] }
  | { code: string; kind: 'text'; label: Label; maxLength: number };

export interface InstrumentDefinition {
  questions: Question[];
}

/** Labels of the five levels, 1 = very dissatisfied … 5 = very satisfied. */
export const SCALE_LABELS: readonly Label[] = [
  { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
  { vi: 'Không hài lòng', en: 'Dissatisfied' },
  { vi: 'Bình thường', en: 'Neutral' },
  { vi: 'Hài lòng', en: 'Satisfied' },
  { vi: 'Rất hài lòng', en: 'Very satisfied' },
];

const scale = (code: SatisfactionElement, vi: string, en: string): Question => ({
  code,
  kind: 'scale',
  element: code,
  label: { vi, en },
});

/** Version 1 of the instrument, as seeded (its formula is `sipas-2026.1`). */
export const DEFAULT_INSTRUMENT: InstrumentDefinition = {
  questions: [
    scale(
      'access',
      'Tiếp cận dịch vụ (nơi tiếp nhận, trang thiết bị, cổng trực tuyến)',
      'Access to the service',
    ),
    scale('procedure', 'Thủ tục hành chính (công khai, đúng quy định, hợp lý)', 'The procedure'),
    scale('officials', 'Công chức tiếp nhận và giải quyết hồ sơ', 'The officials who handled it'),
    scale('result', 'Kết quả giải quyết (đúng, đủ, đúng hẹn)', 'The result'),
    scale('feedback', 'Tiếp nhận và xử lý phản ánh, kiến nghị', 'Handling of feedback'),
    {
      code: 'returnTime',
      kind: 'choice',
      label: { vi: 'Thời gian trả kết quả so với giấy hẹn', en: 'Return time vs the appointment' },
      options: [
        { code: 'early', label: { vi: 'Sớm hơn hẹn', en: 'Earlier' } },
        { code: 'on_time', label: { vi: 'Đúng hẹn', en: 'On time' } },
        { code: 'late', label: { vi: 'Trễ hẹn', en: 'Late' } },
      ],
    },
    { code: 'trips', kind: 'count', max: 20, label: { vi: 'Số lần phải đi lại', en: 'Number of trips' } },
    {
      code: 'agencies',
      kind: 'count',
      max: 20,
      label: { vi: 'Số cơ quan phải liên hệ', en: 'Number of agencies contacted' },
    },
    {
      code: 'publishedInfoAccurate',
      kind: 'yes_no',
      label: { vi: 'Thông tin thủ tục được công khai chính xác', en: 'Published information was accurate' },
    },
    {
      code: 'attitude',
      kind: 'choice',
      label: { vi: 'Thái độ của công chức', en: 'Attitude of the officials' },
      options: [
        { code: 'polite', label: { vi: 'Lịch sự, tận tình', en: 'Polite and helpful' } },
        { code: 'neutral', label: { vi: 'Bình thường', en: 'Neutral' } },
        { code: 'rude', label: { vi: 'Gây phiền hà, thiếu tôn trọng', en: 'Troublesome or rude' } },
      ],
    },
    {
      code: 'unofficialCost',
      kind: 'yes_no',
      label: { vi: 'Bị yêu cầu chi phí ngoài quy định', en: 'Asked for unofficial payments' },
    },
    {
      code: 'onlineQuality',
      kind: 'choice',
      label: { vi: 'Chất lượng dịch vụ công trực tuyến', en: 'Quality of the online service' },
      options: [
        { code: 'good', label: { vi: 'Tốt', en: 'Good' } },
        { code: 'fair', label: { vi: 'Trung bình', en: 'Fair' } },
        { code: 'poor', label: { vi: 'Kém', en: 'Poor' } },
        { code: 'not_used', label: { vi: 'Không sử dụng', en: 'Not used' } },
      ],
    },
    { code: 'comment', kind: 'text', maxLength: 2000, label: { vi: 'Ý kiến khác', en: 'Other comments' } },
  ],
};

/** Answers by question code: numbers for scales and counts, booleans, option codes, text. */
export type Answers = Record<string, number | boolean | string>;

const invalid = (code: string, why: string) =>
  new AppError('validation_failed', `Câu trả lời "${code}" không hợp lệ: ${why}.`, [{ path: code }]);

/**
 * Checks answers against a version of the instrument and returns them with unknown and empty entries left
 * out. Every question is optional (no opinion); at least one element must be answered.
 */
export function validateAnswers(definition: InstrumentDefinition, answers: Answers): Answers {
  const byCode = new Map(definition.questions.map((question) => [question.code, question]));
  const clean: Answers = {};
  for (const [code, value] of Object.entries(answers)) {
    const question = byCode.get(code);
    if (!question) throw invalid(code, 'không có trong bộ câu hỏi');
    if (value === '' || value === null) continue;
    clean[code] = checkValue(question, value);
  }
  if (!SATISFACTION_ELEMENTS.some((element) => typeof clean[element] === 'number')) {
    throw new AppError('validation_failed', 'Vui lòng đánh giá ít nhất một tiêu chí.', [{ path: 'access' }]);
  }
  return clean;
}

function checkValue(question: Question, value: number | boolean | string): number | boolean | string {
  switch (question.kind) {
    case 'scale':
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 5)
        throw invalid(question.code, 'thang điểm 1–5');
      return value;
    case 'count':
      if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > question.max)
        throw invalid(question.code, `số từ 0 đến ${question.max}`);
      return value;
    case 'yes_no':
      if (typeof value !== 'boolean') throw invalid(question.code, 'có hoặc không');
      return value;
    case 'choice':
      if (!question.options.some((option) => option.code === value))
        throw invalid(question.code, 'lựa chọn không có');
      return value;
    case 'text':
      if (typeof value !== 'string' || value.length > question.maxLength)
        throw invalid(question.code, `tối đa ${question.maxLength} ký tự`);
      return value.trim();
  }
}

/**
 * Checks that `next` extends `previous`: every earlier question kept exactly (same code, same meaning) and
 * new codes unique. Throws `validation_failed` naming the first problem.
 */
export function assertExtendsInstrument(previous: InstrumentDefinition, next: InstrumentDefinition): void {
  const nextByCode = new Map(next.questions.map((question) => [question.code, question]));
  if (nextByCode.size !== next.questions.length) {
    throw new AppError('validation_failed', 'Mã câu hỏi bị trùng.', [{ path: 'questions' }]);
  }
  for (const question of previous.questions) {
    const kept = nextByCode.get(question.code);
    if (!kept || JSON.stringify(kept) !== JSON.stringify(question)) {
      throw new AppError(
        'validation_failed',
        `Phiên bản mới phải giữ nguyên câu hỏi "${question.code}" của phiên bản trước.`,
        [{ path: question.code }],
      );
    }
  }
}
