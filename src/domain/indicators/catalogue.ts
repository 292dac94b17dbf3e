/**
 * The shipped QĐ 766/QĐ-TTg (2022) definitions, as `docs/domain.md` §9 lists them: six groups, 100 points,
 * every sub-indicator with its code, points, target and formula. Sub-indicators the system has no input
 * for are "not measured" (no points, never 0); tracked ones (2.2, 5.1) carry no points. Where the source
 * gives no split of a group's points (online service, 12 points) the sub-indicators have no points of
 * their own ("chưa quy định"): home affairs may publish a split as a configuration version.
 */
import type { IndicatorDefinition, IndicatorGroup, Term, Text } from './definition.js';
import { MEASURE_TEXT, type Measure } from './measures.js';

/** Version of the formulas as shipped; each family names its legal text in front of it. */
export const FORMULA_VERSION = '2026.2';
/** The version string of QĐ 766 figures: the decision, then the shipped formula version. */
export const QD766_VERSION = `QĐ 766/QĐ-TTg v${FORMULA_VERSION}`;
const FROM = '2025-01-01';

const group = (n: number, vi: string, en: string, weight: number): IndicatorGroup => ({
  code: `qd766.${n}`,
  family: 'qd766',
  name: { vi, en },
  weight,
});

/** QĐ 766 groups and their points out of 100 (domain.md §9, "weights verify": configuration data). */
export const QD766_GROUPS: IndicatorGroup[] = [
  group(1, 'Công khai, minh bạch', 'Transparency', 18),
  group(2, 'Tiến độ giải quyết', 'Processing progress', 20),
  group(3, 'Dịch vụ trực tuyến', 'Online service', 12),
  group(4, 'Thanh toán trực tuyến', 'Online payment', 10),
  group(5, 'Mức độ hài lòng', 'Satisfaction', 18),
  group(6, 'Số hóa hồ sơ', 'Digitisation', 22),
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
  'Hệ thống chưa có dữ liệu đầu vào cho chỉ tiêu này: chưa đo, không tính điểm.',
  'The system holds no input data for this indicator: not measured, no points.',
);

type Draft = Omit<
  IndicatorDefinition,
  'family' | 'formulaVersion' | 'effectiveFrom' | 'effectiveTo' | 'minSample' | 'unit'
> &
  Partial<Pick<IndicatorDefinition, 'minSample' | 'unit'>>;

function define(draft: Draft): IndicatorDefinition {
  return {
    family: 'qd766',
    unit: 'ratio',
    minSample: 30,
    formulaVersion: QD766_VERSION,
    effectiveFrom: FROM,
    effectiveTo: null,
    ...draft,
  };
}

/** A sub-indicator the system cannot measure yet; `numerator`/`denominator` say what the decision counts. */
function notMeasured(
  code: string,
  groupCode: string,
  name: Text,
  parts: { numerator: Text; denominator: Text; maxPoints: number | null; target?: number; tracked?: true },
): IndicatorDefinition {
  return define({
    code,
    name,
    group: groupCode,
    numeratorText: parts.numerator,
    denominatorText: parts.denominator,
    formula: { kind: 'not_measured', reason: NO_INPUT },
    target: parts.target ?? null,
    maxPoints: parts.maxPoints,
    scoring: parts.tracked ? 'none' : 'target',
  });
}

const RECEIVED = text('Hồ sơ tiếp nhận trong kỳ', 'Dossiers received in the period');
const PROCEDURES = text('Thủ tục thuộc thẩm quyền', 'Procedures within competence');
const FEE_PROCEDURES = text('Thủ tục có phí, lệ phí', 'Procedures with fees');

const TRANSPARENCY: IndicatorDefinition[] = [
  notMeasured('qd766.1.1', 'qd766.1', text('Công bố thủ tục đúng hạn', 'Procedures announced on time'), {
    numerator: text('Thủ tục được công bố đúng hạn', 'Procedures announced on time'),
    denominator: text('Thủ tục phải công bố trong kỳ', 'Procedures to announce'),
    maxPoints: 6,
  }),
  notMeasured(
    'qd766.1.2',
    'qd766.1',
    text('Công khai đúng hạn trên Cơ sở dữ liệu quốc gia', 'Published on time in the national database'),
    {
      numerator: text('Thủ tục công khai đúng hạn', 'Procedures published on time'),
      denominator: text('Thủ tục phải công khai', 'Procedures to publish'),
      maxPoints: 4,
    },
  ),
  notMeasured(
    'qd766.1.3',
    'qd766.1',
    text('Công khai đầy đủ các bộ phận của thủ tục', 'Published with all required parts'),
    {
      numerator: text('Thủ tục công khai đầy đủ', 'Procedures published in full'),
      denominator: text('Thủ tục đã công khai', 'Procedures published'),
      maxPoints: 2,
    },
  ),
  define({
    code: 'qd766.1.4',
    name: text(
      'Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia',
      'Dossiers synchronised to the national portal',
    ),
    group: 'qd766.1',
    numeratorText: text(
      'Hồ sơ tiếp nhận trong kỳ mà mọi thay đổi đến nay (tiếp nhận, xử lý, trả kết quả…) đã được Cổng Dịch vụ công quốc gia nhận',
      'Dossiers received in the period whose every change so far was delivered to the national portal',
    ),
    denominatorText: RECEIVED,
    // "1.4 dossiers synchronised to the national portal (6)" (§9): synchronised / received in the period
    formula: { kind: 'ratio', numerator: [t('portal_synced')], denominator: [t('received')] },
    target: null,
    maxPoints: 6,
    scoring: 'target',
  }),
];

const PROGRESS: IndicatorDefinition[] = [
  define({
    code: 'qd766.2.1',
    name: text('Hồ sơ đúng hạn hoặc đang trong hạn', 'Dossiers on time or still within time'),
    group: 'qd766.2',
    numeratorText: text(
      'Hồ sơ tiếp nhận trong kỳ, trừ hồ sơ đã có kết quả quá hạn và hồ sơ đang xử lý đã quá hạn',
      'Dossiers received in the period, less those finished late and those open and overdue now',
    ),
    denominatorText: RECEIVED,
    // "2.1 = dossiers finished on time or still within time / dossiers received in the period" (§9)
    formula: {
      kind: 'ratio',
      numerator: [t('received'), t('cohort_late', -1), t('cohort_open_overdue', -1)],
      denominator: [t('received')],
    },
    target: null,
    maxPoints: 20,
    scoring: 'target',
  }),
  define({
    code: 'qd766.2.2',
    name: text('Thời gian giải quyết trung bình (giờ)', 'Average processing time (hours)'),
    group: 'qd766.2',
    unit: 'hours',
    numeratorText: text('Tổng thời gian từ tiếp nhận đến có kết quả', 'Time from receipt to result'),
    denominatorText: text('Hồ sơ có kết quả trong kỳ', 'Dossiers finished in the period'),
    // "2.2 average processing time (tracked, no points)" (§9)
    formula: {
      kind: 'ratio',
      numerator: [t('processing_minutes')],
      denominator: [t('finished')],
      scale: 1 / 60,
    },
    target: null,
    maxPoints: null,
    scoring: 'none',
  }),
];

/** Group 3 holds 12 points; the source gives no split between 3.1, 3.2 and 3.3 ("not specified"). */
const ONLINE: IndicatorDefinition[] = [
  notMeasured(
    'qd766.3.1',
    'qd766.3',
    text('Thủ tục cung cấp dịch vụ công trực tuyến', 'Procedures offered online'),
    {
      numerator: text('Thủ tục có dịch vụ công trực tuyến', 'Procedures with online service'),
      denominator: PROCEDURES,
      maxPoints: null,
      target: 0.8,
    },
  ),
  notMeasured(
    'qd766.3.2',
    'qd766.3',
    text('Dịch vụ có phát sinh hồ sơ trực tuyến', 'Services with an online dossier'),
    {
      numerator: text('Dịch vụ có ít nhất một hồ sơ trực tuyến', 'Services with at least one online dossier'),
      denominator: text('Dịch vụ công trực tuyến', 'Online services'),
      maxPoints: null,
    },
  ),
  notMeasured(
    'qd766.3.3',
    'qd766.3',
    text(
      'Hồ sơ trực tuyến đủ điều kiện trả kết quả điện tử',
      'Online dossiers meeting the e-result condition',
    ),
    {
      numerator: text(
        'Hồ sơ trực tuyến đủ điều kiện trả kết quả điện tử',
        'Online dossiers meeting the e-result condition',
      ),
      denominator: text('Tổng hồ sơ × hệ số đồng bộ', 'All dossiers × sync coefficient'),
      maxPoints: null,
      target: 0.5,
    },
  ),
];

const PAYMENT: IndicatorDefinition[] = [
  notMeasured(
    'qd766.3.5a',
    'qd766.4',
    text('Thủ tục có phí cho phép thanh toán trực tuyến', 'Fee procedures offering online payment'),
    {
      numerator: text('Thủ tục có phí cho phép thanh toán trực tuyến', 'Offering online payment'),
      denominator: FEE_PROCEDURES,
      maxPoints: 2,
      target: 0.8,
    },
  ),
  notMeasured(
    'qd766.3.5b',
    'qd766.4',
    text('Thủ tục có phát sinh thanh toán trực tuyến', 'Fee procedures with an online payment'),
    {
      numerator: text('Thủ tục có ít nhất một lần thanh toán trực tuyến', 'With at least one online payment'),
      denominator: FEE_PROCEDURES,
      maxPoints: 2,
      target: 0.8,
    },
  ),
  define({
    code: 'qd766.3.6',
    name: text('Hồ sơ thanh toán trực tuyến', 'Dossiers paid online'),
    group: 'qd766.4',
    numeratorText: text('Hồ sơ đã thanh toán trực tuyến', 'Dossiers paid online'),
    denominatorText: text('Hồ sơ tiếp nhận có phí, lệ phí', 'Received dossiers with fees'),
    // "3.6 dossiers paid online / dossiers with fees (6)" (§9): no target, score = R × 6
    formula: { kind: 'ratio', numerator: [t('paid_online')], denominator: [t('fee_due')] },
    target: null,
    maxPoints: 6,
    scoring: 'target',
  }),
];

const SATISFACTION: IndicatorDefinition[] = [
  notMeasured('qd766.5.1', 'qd766.5', text('Phân loại phản ánh, kiến nghị', 'Feedback classification'), {
    numerator: text('Theo dõi, không tính điểm', 'Tracked, no points'),
    denominator: text('Phản ánh, kiến nghị tiếp nhận', 'Feedback received'),
    maxPoints: null,
    // "5.1 feedback classification (tracked only)" (§9)
    tracked: true,
  }),
  define({
    code: 'qd766.5.2',
    name: text('Phản ánh, kiến nghị xử lý đúng hạn', 'Feedback handled on time'),
    group: 'qd766.5',
    numeratorText: text('Phản ánh, kiến nghị trả lời đúng hạn', 'Feedback answered by its due time'),
    denominatorText: text('Phản ánh, kiến nghị đã trả lời trong kỳ', 'Feedback answered in the period'),
    // "5.2 feedback handled on time (6)" (§9)
    formula: { kind: 'ratio', numerator: [t('fb_answered_on_time')], denominator: [t('fb_answered')] },
    target: null,
    maxPoints: 6,
    scoring: 'target',
    minSample: 10,
  }),
  notMeasured(
    'qd766.5.3',
    'qd766.5',
    text('Hài lòng với việc xử lý phản ánh, kiến nghị', 'Satisfaction with feedback handling'),
    {
      numerator: text(
        'Tổng số trừ số không hài lòng, phản ánh lặp lại hoặc quá hạn',
        'All less dissatisfied, repeated or late',
      ),
      denominator: text('Phản ánh, kiến nghị đã xử lý', 'Feedback handled'),
      maxPoints: 6,
    },
  ),
  define({
    code: 'qd766.5.4',
    name: text('Hài lòng với việc giải quyết hồ sơ', 'Satisfaction with dossier handling'),
    group: 'qd766.5',
    numeratorText: text(
      'Hồ sơ trễ hạn; hồ sơ bị phản ánh hoặc "không hài lòng"',
      'Late dossiers; dossiers with feedback or "dislike"',
    ),
    denominatorText: text('Hồ sơ có kết quả; hồ sơ tiếp nhận', 'Dossiers finished; dossiers received'),
    // "5.4 = 100% − (late rate + rate of dossiers with complaints or "dislike"), target 90%" (§9)
    formula: {
      kind: 'one_minus',
      parts: [
        { numerator: [t('finished_late')], denominator: [t('finished')] },
        { numerator: [t('disliked_or_complained')], denominator: [t('received')] },
      ],
    },
    target: 0.9,
    maxPoints: 6,
    scoring: 'target',
  }),
];

const digitised = (code: string, name: Text, numerator: Text, maxPoints: number, target?: number) =>
  notMeasured(code, 'qd766.6', name, {
    numerator,
    denominator: RECEIVED,
    maxPoints,
    ...(target === undefined ? {} : { target }),
  });

/** A digitisation sub-indicator counted from the digitisation facts (migration 0040): measure / received. */
const measuredDigitised = (
  code: string,
  name: Text,
  measure: 'digitised' | 'reused' | 'shared_to_store',
  maxPoints: number,
  target?: number,
): IndicatorDefinition =>
  define({
    code,
    name,
    group: 'qd766.6',
    numeratorText: MEASURE_TEXT[measure]!,
    denominatorText: RECEIVED,
    formula: { kind: 'ratio', numerator: [t(measure)], denominator: [t('received')] },
    target: target ?? null,
    maxPoints,
    scoring: 'target',
  });

const DIGITISATION: IndicatorDefinition[] = [
  digitised(
    'qd766.4.1',
    text('Hồ sơ có kết quả điện tử hợp lệ', 'Dossiers with a valid e-result'),
    text('Hồ sơ có kết quả điện tử', 'With a valid electronic result'),
    6,
  ),
  // "4.2 dossiers digitised (4, target 80%)" (§9): received dossiers whose provided components are all
  // digitised at the counter (or reused from the personal store) / dossiers received
  measuredDigitised('qd766.4.2', text('Hồ sơ được số hóa', 'Dossiers digitised'), 'digitised', 4, 0.8),
  // the source names no code for electronic certified copies: "bsdt" is ours, not the decision's
  digitised(
    'qd766.4.bsdt',
    text('Cấp bản sao điện tử có chứng thực', 'Electronic certified copies'),
    text('Hồ sơ cấp bản sao điện tử', 'Electronic certified copies issued'),
    2,
  ),
  // "4.3 dossiers reusing digitised data (2, target 80%)" (§9): received dossiers with at least one document
  // given by reusing a personal-store item / dossiers received
  measuredDigitised(
    'qd766.4.3',
    text('Hồ sơ tái sử dụng dữ liệu số hóa', 'Dossiers reusing digitised data'),
    'reused',
    2,
    0.8,
  ),
  // "4.4 dossiers shared into the citizen's personal store (4)" (§9), no target: score = R × 4; received
  // dossiers whose digitised result is shared into the store / dossiers received
  measuredDigitised(
    'qd766.4.4',
    text('Kết quả đưa vào kho dữ liệu cá nhân', "Results in the citizen's personal store"),
    'shared_to_store',
    4,
  ),
  digitised(
    'qd766.4.5b',
    text('Hồ sơ khai thác Cơ sở dữ liệu quốc gia về dân cư', 'Dossiers using the population database'),
    text('Hồ sơ có khai thác dữ liệu dân cư', 'Using the population database'),
    2,
  ),
  notMeasured(
    'qd766.4.5a',
    'qd766.6',
    text('Thủ tục kết nối Cơ sở dữ liệu dân cư', 'Procedures connected to the population database'),
    { numerator: text('Thủ tục đã kết nối', 'Procedures connected'), denominator: PROCEDURES, maxPoints: 2 },
  ),
];

export const QD766_INDICATORS: IndicatorDefinition[] = [
  ...TRANSPARENCY,
  ...PROGRESS,
  ...ONLINE,
  ...PAYMENT,
  ...SATISFACTION,
  ...DIGITISATION,
];
