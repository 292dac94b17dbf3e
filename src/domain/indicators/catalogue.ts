/**
 * The shipped indicator definitions (formula version 2026.1, in force from 1/1/2025): the six QĐ 766/QĐ-TTg
 * groups with their configured weights, the nine TT 01/2018 indices and the core rates. Sub-indicators the
 * system has no input for are defined as "not measured". Weights, targets and the split of a group's points
 * between its sub-indicators are configuration to be checked against the current official guidance.
 */
import type { IndicatorDefinition, IndicatorGroup, Term, Text } from './definition.js';
import type { Measure } from './measures.js';

export const FORMULA_VERSION = '2026.1';
const FROM = '2025-01-01';

/** QĐ 766 group weights (points out of 100); configuration data. */
export const QD766_GROUPS: IndicatorGroup[] = [
  { code: 'qd766.1', family: 'qd766', name: { vi: 'Công khai, minh bạch', en: 'Transparency' }, weight: 18 },
  {
    code: 'qd766.2',
    family: 'qd766',
    name: { vi: 'Tiến độ giải quyết', en: 'Processing progress' },
    weight: 20,
  },
  { code: 'qd766.3', family: 'qd766', name: { vi: 'Dịch vụ trực tuyến', en: 'Online service' }, weight: 12 },
  {
    code: 'qd766.4',
    family: 'qd766',
    name: { vi: 'Thanh toán trực tuyến', en: 'Online payment' },
    weight: 10,
  },
  { code: 'qd766.5', family: 'qd766', name: { vi: 'Mức độ hài lòng', en: 'Satisfaction' }, weight: 18 },
  { code: 'qd766.6', family: 'qd766', name: { vi: 'Số hóa hồ sơ', en: 'Digitisation' }, weight: 22 },
];

export const TT01_GROUP: IndicatorGroup = {
  code: 'tt01',
  family: 'tt01',
  name: { vi: 'Bộ chỉ số TT 01/2018 (9 chỉ số)', en: 'TT 01/2018 nine indices' },
  weight: 18,
};

const t = (measure: Measure, weight?: number): Term =>
  weight === undefined ? { measure } : { measure, weight };
const text = (vi: string, en: string): Text => ({ vi, en });
const NO_INPUT = text(
  'Hệ thống chưa có dữ liệu đầu vào cho chỉ tiêu này.',
  'The system holds no input data for this indicator.',
);

type Draft = Omit<IndicatorDefinition, 'formulaVersion' | 'effectiveFrom' | 'effectiveTo' | 'minSample'> &
  Partial<Pick<IndicatorDefinition, 'minSample'>>;

function define(draft: Draft): IndicatorDefinition {
  return { minSample: 30, formulaVersion: FORMULA_VERSION, effectiveFrom: FROM, effectiveTo: null, ...draft };
}

function notMeasured(code: string, group: string, name: Text, maxPoints: number): IndicatorDefinition {
  return define({
    code,
    name,
    family: group === 'tt01' ? 'tt01' : 'qd766',
    group,
    unit: group === 'tt01' ? 'points' : 'ratio',
    numeratorText: NO_INPUT,
    denominatorText: NO_INPUT,
    formula: { kind: 'not_measured', reason: NO_INPUT },
    target: null,
    maxPoints,
    scoring: group === 'tt01' ? 'value' : 'target',
  });
}

const RECEIVED = text('Hồ sơ tiếp nhận trong kỳ', 'Dossiers received in the period');
const FINISHED = text('Hồ sơ có kết quả trong kỳ', 'Dossiers finished in the period');
const RESPONSES = text('Phiếu đánh giá trong kỳ', 'Satisfaction responses in the period');

const QD766: IndicatorDefinition[] = [
  notMeasured(
    'qd766.1.1',
    'qd766.1',
    text('Công khai đầy đủ thủ tục hành chính', 'Procedures fully published'),
    6,
  ),
  notMeasured(
    'qd766.1.2',
    'qd766.1',
    text('Đồng bộ trạng thái hồ sơ lên Cổng quốc gia', 'Status synced to the national portal'),
    6,
  ),
  define({
    code: 'qd766.1.3',
    name: text('Phản ánh, kiến nghị được trả lời đúng hạn', 'Feedback answered on time'),
    family: 'qd766',
    group: 'qd766.1',
    unit: 'ratio',
    numeratorText: text('Phản ánh, kiến nghị trả lời đúng hạn', 'Feedback answered by its due time'),
    denominatorText: text('Phản ánh, kiến nghị đã trả lời trong kỳ', 'Feedback answered in the period'),
    formula: { kind: 'ratio', numerator: [t('fb_answered_on_time')], denominator: [t('fb_answered')] },
    target: null,
    maxPoints: 6,
    scoring: 'target',
    minSample: 10,
  }),
  define({
    code: 'qd766.2.1',
    name: text('Hồ sơ đúng hạn hoặc đang trong hạn', 'Dossiers on time or still within time'),
    family: 'qd766',
    group: 'qd766.2',
    unit: 'ratio',
    numeratorText: text(
      'Hồ sơ tiếp nhận trong kỳ, trừ hồ sơ đã có kết quả quá hạn và hồ sơ đang xử lý đã quá hạn',
      'Dossiers received in the period, less those finished late and those open and overdue now',
    ),
    denominatorText: RECEIVED,
    formula: {
      kind: 'ratio',
      numerator: [t('received'), t('cohort_late', -1), t('cohort_open_overdue', -1)],
      denominator: [t('received')],
    },
    target: null,
    maxPoints: 10,
    scoring: 'target',
  }),
  define({
    code: 'qd766.2.2',
    name: text('Hồ sơ giải quyết đúng hạn', 'Dossiers finished on time'),
    family: 'qd766',
    group: 'qd766.2',
    unit: 'ratio',
    numeratorText: text('Hồ sơ có kết quả không quá hạn ban đầu', 'Finished not after the original due time'),
    denominatorText: FINISHED,
    formula: {
      kind: 'ratio',
      numerator: [t('finished'), t('finished_late', -1)],
      denominator: [t('finished')],
    },
    target: null,
    maxPoints: 10,
    scoring: 'target',
  }),
  define({
    code: 'qd766.3.1',
    name: text('Tỷ lệ hồ sơ trực tuyến', 'Online share of dossiers'),
    family: 'qd766',
    group: 'qd766.3',
    unit: 'ratio',
    numeratorText: text('Hồ sơ tiếp nhận trực tuyến', 'Dossiers received online'),
    denominatorText: RECEIVED,
    formula: { kind: 'ratio', numerator: [t('received_online')], denominator: [t('received')] },
    target: 0.5,
    maxPoints: 12,
    scoring: 'target',
  }),
  define({
    code: 'qd766.4.1',
    name: text('Tỷ lệ hồ sơ thanh toán trực tuyến', 'Dossiers paid online'),
    family: 'qd766',
    group: 'qd766.4',
    unit: 'ratio',
    numeratorText: text('Hồ sơ đã thanh toán trực tuyến', 'Dossiers paid online'),
    denominatorText: text('Hồ sơ tiếp nhận có phí, lệ phí', 'Received dossiers with fees'),
    formula: { kind: 'ratio', numerator: [t('paid_online')], denominator: [t('fee_due')] },
    target: null,
    maxPoints: 10,
    scoring: 'target',
  }),
  define({
    code: 'qd766.5.1',
    name: text('Tỷ lệ hài lòng của người dân', 'Citizen satisfaction rate'),
    family: 'qd766',
    group: 'qd766.5',
    unit: 'ratio',
    numeratorText: text('Phiếu hài lòng', 'Satisfied responses'),
    denominatorText: RESPONSES,
    formula: { kind: 'ratio', numerator: [t('sat_satisfied')], denominator: [t('sat_responses')] },
    target: null,
    maxPoints: 9,
    scoring: 'target',
  }),
  define({
    code: 'qd766.5.4',
    name: text(
      '100% trừ tỷ lệ trễ hạn và tỷ lệ không hài lòng, khiếu nại',
      '100% less late rate and complaint rate',
    ),
    family: 'qd766',
    group: 'qd766.5',
    unit: 'ratio',
    numeratorText: text(
      'Hồ sơ trễ hạn; hồ sơ không hài lòng hoặc bị khiếu nại',
      'Late dossiers; disliked or complained',
    ),
    denominatorText: text('Hồ sơ có kết quả; hồ sơ tiếp nhận', 'Dossiers finished; dossiers received'),
    formula: {
      kind: 'one_minus',
      parts: [
        { numerator: [t('finished_late')], denominator: [t('finished')] },
        { numerator: [t('disliked_or_complained')], denominator: [t('received')] },
      ],
    },
    target: 0.9,
    maxPoints: 9,
    scoring: 'target',
  }),
  notMeasured(
    'qd766.6.1',
    'qd766.6',
    text('Hồ sơ được số hóa khi tiếp nhận', 'Dossiers digitised at receipt'),
    11,
  ),
  notMeasured('qd766.6.2', 'qd766.6', text('Kết quả giải quyết điện tử', 'Electronic results issued'), 11),
];

export { QD766 as QD766_INDICATORS };
