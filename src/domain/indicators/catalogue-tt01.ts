/**
 * TT 01/2018 nine indices (0–2 points each; per-dossier points averaged over dossiers) and the core rates.
 * Index 3 counts supplement requests as the extra contacts a citizen needed (the only contacts the system
 * records); indices 4, 5 and 6 have no input data and are published as not measured.
 */
import { FORMULA_VERSION } from './catalogue.js';
import type { IndicatorDefinition, Term, Text } from './definition.js';
import type { Measure } from './measures.js';

const t = (measure: Measure, weight?: number): Term =>
  weight === undefined ? { measure } : { measure, weight };
const text = (vi: string, en: string): Text => ({ vi, en });
const NO_INPUT = text(
  'Hệ thống chưa có dữ liệu đầu vào cho chỉ số này.',
  'The system holds no input for this index.',
);
const FINISHED = text('Hồ sơ có kết quả trong kỳ', 'Dossiers finished in the period');
const RECEIVED = text('Hồ sơ tiếp nhận trong kỳ', 'Dossiers received in the period');

type Draft = Pick<IndicatorDefinition, 'code' | 'name' | 'numeratorText' | 'denominatorText' | 'formula'>;

/** The version string of TT 01 figures: the circular, then the shipped formula version. */
export const TT01_VERSION = `TT 01/2018/TT-VPCP v${FORMULA_VERSION}`;

function tt01(draft: Draft): IndicatorDefinition {
  return {
    ...draft,
    family: 'tt01',
    group: 'tt01',
    unit: 'points',
    target: null,
    maxPoints: 2,
    scoring: 'value',
    formulaVersion: TT01_VERSION,
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    minSample: 30,
  };
}

function core(draft: Draft & Pick<IndicatorDefinition, 'unit'>): IndicatorDefinition {
  return {
    ...draft,
    family: 'core',
    group: null,
    target: null,
    maxPoints: null,
    scoring: 'none',
    formulaVersion: FORMULA_VERSION,
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    minSample: 30,
  };
}

const notMeasured = (code: string, name: Text) =>
  tt01({
    code,
    name,
    numeratorText: NO_INPUT,
    denominatorText: NO_INPUT,
    formula: { kind: 'not_measured', reason: NO_INPUT },
  });

export const TT01_INDICATORS: IndicatorDefinition[] = [
  tt01({
    code: 'tt01.1',
    name: text('Tổng thời gian giải quyết so với quy định', 'Total time against the legal time'),
    numeratorText: text('2 × sớm hạn + 1 × đúng hạn', '2 × early + 1 × on time'),
    denominatorText: FINISHED,
    formula: {
      kind: 'ratio',
      numerator: [t('finished_early', 2), t('finished_on_time')],
      denominator: [t('finished')],
    },
  }),
  tt01({
    code: 'tt01.2',
    name: text('Thời gian của từng cơ quan so với quy định', "Each agency's time against its step time"),
    numeratorText: text('Tổng điểm từng bước của hồ sơ', 'Sum of per-dossier step points'),
    denominatorText: FINISHED,
    formula: { kind: 'ratio', numerator: [t('step_points')], denominator: [t('finished')] },
  }),
  tt01({
    code: 'tt01.3',
    name: text('Số lần phải liên hệ để hoàn thiện hồ sơ', 'Contacts needed to complete the dossier'),
    numeratorText: text(
      'Tổng điểm số lần liên hệ (theo yêu cầu bổ sung)',
      'Sum of contact points (supplement requests)',
    ),
    denominatorText: RECEIVED,
    formula: { kind: 'ratio', numerator: [t('contact_points')], denominator: [t('received')] },
  }),
  notMeasured('tt01.4', text('Số cơ quan phải liên hệ', 'Agencies contacted')),
  notMeasured(
    'tt01.5',
    text('Thủ tục giải quyết trọn tại Bộ phận Một cửa', 'Procedures handled wholly at the one-stop'),
  ),
  notMeasured('tt01.6', text('Công khai thủ tục hành chính', 'Publicity of procedures')),
  tt01({
    code: 'tt01.7',
    name: text('Tinh thần, thái độ phục vụ của cán bộ', 'Staff attitude'),
    numeratorText: text(
      'Tổng điểm: khiếu nại đúng 0, sớm hạn 2, đúng hạn 1',
      'Points: upheld complaint 0, early 2, on time 1',
    ),
    denominatorText: FINISHED,
    formula: { kind: 'ratio', numerator: [t('attitude_points')], denominator: [t('finished')] },
  }),
  tt01({
    code: 'tt01.8',
    name: text('Giải quyết phản ánh, kiến nghị đúng hạn', 'Feedback handled on time'),
    numeratorText: text(
      'Phản ánh, kiến nghị trả lời đúng hạn (100% → 2, ≥ 90% → 1)',
      'Answered on time (100% → 2, ≥ 90% → 1)',
    ),
    denominatorText: text('Phản ánh, kiến nghị đã trả lời', 'Feedback answered'),
    formula: {
      kind: 'tiers',
      numerator: [t('fb_answered_on_time')],
      denominator: [t('fb_answered')],
      tiers: [
        { min: 1, points: 2 },
        { min: 0.9, points: 1 },
      ],
    },
  }),
  tt01({
    code: 'tt01.9',
    name: text('Cung cấp dịch vụ công trực tuyến', 'Online services'),
    numeratorText: text(
      'Hồ sơ trực tuyến (≥ 30% và không trễ → 2; 15–30% → 1)',
      'Online (≥ 30% and none late → 2; 15–30% → 1)',
    ),
    denominatorText: RECEIVED,
    formula: {
      kind: 'tiers',
      numerator: [t('received_online')],
      denominator: [t('received')],
      tiers: [
        { min: 0.3, points: 2, requireZero: 'finished_online_late' },
        { min: 0.15, points: 1 },
      ],
    },
  }),
];

export const CORE_INDICATORS: IndicatorDefinition[] = [
  core({
    code: 'on_time_rate',
    name: text('Tỷ lệ đúng hạn', 'On-time rate'),
    unit: 'ratio',
    numeratorText: text('Hồ sơ có kết quả không quá hạn ban đầu', 'Finished not after the original due time'),
    denominatorText: FINISHED,
    formula: {
      kind: 'ratio',
      numerator: [t('finished'), t('finished_late', -1)],
      denominator: [t('finished')],
    },
  }),
  core({
    code: 'online_rate',
    name: text('Tỷ lệ trực tuyến', 'Online rate'),
    unit: 'ratio',
    numeratorText: text('Hồ sơ tiếp nhận trực tuyến', 'Dossiers received online'),
    denominatorText: RECEIVED,
    formula: { kind: 'ratio', numerator: [t('received_online')], denominator: [t('received')] },
  }),
  core({
    code: 'satisfaction_rate',
    name: text('Tỷ lệ hài lòng', 'Satisfaction rate'),
    unit: 'ratio',
    numeratorText: text('Phiếu hài lòng', 'Satisfied responses'),
    denominatorText: text('Phiếu đánh giá', 'Responses'),
    formula: { kind: 'ratio', numerator: [t('sat_satisfied')], denominator: [t('sat_responses')] },
  }),
  core({
    code: 'avg_processing_hours',
    name: text('Thời gian giải quyết trung bình (giờ)', 'Average processing time (hours)'),
    unit: 'hours',
    numeratorText: text(
      'Tổng thời gian từ tiếp nhận đến có kết quả (phút)',
      'Minutes from receipt to result',
    ),
    denominatorText: FINISHED,
    formula: {
      kind: 'ratio',
      numerator: [t('processing_minutes')],
      denominator: [t('finished')],
      scale: 1 / 60,
    },
  }),
];
