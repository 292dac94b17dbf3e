import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeIndicator,
  createTotals,
  FEEDBACK_MEASURES,
  LIVE_MEASURES,
  ROLLUP_MEASURES,
  INDICATOR_DEFINITIONS,
  INDICATOR_GROUPS,
  parsePeriod,
  previousPeriod,
  rankWithMovement,
  toLocalDate,
  type IndicatorDefinition,
  type MeasureTotals,
} from './index.js';

const byCode = (code: string): IndicatorDefinition => {
  const found = INDICATOR_DEFINITIONS.find((d) => d.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('indicator formulas', () => {
  it.each<[string, MeasureTotals, number | null, number | null, string[]]>([
    // code, totals, value, score, flags
    ['on_time_rate', { finished: 40, finished_late: 4 }, 0.9, null, []],
    ['on_time_rate', { finished: 0 }, null, null, ['denominator_zero']],
    ['on_time_rate', { finished: 10, finished_late: 0 }, 1, null, ['small_sample']],
    ['qd766.2.2', { finished: 50, finished_late: 5 }, 0.9, 9, []],
    ['qd766.2.1', { received: 100, cohort_late: 10, cohort_open_overdue: 5 }, 0.85, 8.5, []],
    // target 50%: 40% online earns 0.8 of 12 points; 60% is capped at full points
    ['qd766.3.1', { received: 100, received_online: 40 }, 0.4, 9.6, []],
    ['qd766.3.1', { received: 100, received_online: 60 }, 0.6, 12, []],
    ['qd766.4.1', { fee_due: 0, paid_online: 0 }, null, null, ['denominator_zero']],
    // 1 − (late 10% + complaints 5%) = 85%, target 90% → 85/90 × 9
    [
      'qd766.5.4',
      { finished: 100, finished_late: 10, received: 200, disliked_or_complained: 10 },
      0.85,
      8.5,
      [],
    ],
    ['qd766.5.4', { finished: 0, received: 200 }, null, null, ['denominator_zero']],
    ['tt01.1', { finished: 40, finished_early: 20, finished_on_time: 10 }, 1.25, 1.25, []],
    ['tt01.8', { fb_answered: 40, fb_answered_on_time: 40 }, 2, 2, []],
    ['tt01.8', { fb_answered: 40, fb_answered_on_time: 36 }, 1, 1, []],
    ['tt01.8', { fb_answered: 40, fb_answered_on_time: 35 }, 0, 0, []],
    ['tt01.9', { received: 100, received_online: 30, finished_online_late: 0 }, 2, 2, []],
    ['tt01.9', { received: 100, received_online: 30, finished_online_late: 1 }, 1, 1, []],
    ['tt01.9', { received: 100, received_online: 10 }, 0, 0, []],
    ['avg_processing_hours', { finished: 30, processing_minutes: 30 * 90 }, 1.5, null, []],
    ['qd766.6.2', { received: 100 }, null, null, ['not_measured']],
  ])('%s over %j → value %s, score %s, flags %j', (code, totals, value, score, flags) => {
    const result = computeIndicator(byCode(code), totals);
    if (value === null) expect(result.value).toBeNull();
    else expect(result.value).toBeCloseTo(value, 9);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 9);
    expect(result.flags).toEqual(flags);
    expect(result.formulaVersion).toBe('2026.1');
  });

  it('publishes numerator and denominator of ratios and the parts of composites', () => {
    const ratio = computeIndicator(byCode('qd766.2.2'), { finished: 50, finished_late: 5 });
    expect([ratio.numerator, ratio.denominator]).toEqual([45, 50]);
    const composite = computeIndicator(byCode('qd766.5.4'), {
      finished: 100,
      finished_late: 10,
      received: 200,
      disliked_or_complained: 10,
    });
    expect(composite.parts).toEqual([
      { numerator: 10, denominator: 100 },
      { numerator: 10, denominator: 200 },
    ]);
  });

  it('scores a group only over what was measured and the index over measured points', () => {
    const report = buildReport(
      INDICATOR_DEFINITIONS,
      INDICATOR_GROUPS,
      {
        received: 100,
        received_online: 50,
        finished: 100,
        finished_late: 0,
        cohort_late: 0,
        fee_due: 0,
        sat_responses: 0,
      },
      '2026-03-01',
    );
    const group = (code: string) => report.groups.find((g) => g.group === code)!;
    expect(group('qd766.2')).toMatchObject({ score: 20, maxMeasured: 20 });
    expect(group('qd766.3')).toMatchObject({ score: 12, maxMeasured: 12 });
    // no fees at all: no score, and the group's points are left out rather than counted as 0
    expect(group('qd766.4')).toMatchObject({ score: null, maxMeasured: 0 });
    expect(group('qd766.6')).toMatchObject({ score: null, notMeasured: ['qd766.6.1', 'qd766.6.2'] });
    // 5.4 is measurable without responses: 1 − (0 late + 0 complaints) earns its 9 points
    expect(group('qd766.5')).toMatchObject({ score: 9, maxMeasured: 9 });
    expect(report.qd766).toEqual({ score: 100, points: 41, maxMeasured: 41 });
  });

  it('applies only the definitions in force for the period', () => {
    const report = buildReport(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, { received: 1 }, '2024-06-01');
    expect(report.indicators).toEqual([]);
  });
});

describe('periods', () => {
  it.each([
    ['2026-03', '2026-03-01', '2026-04-01', 1, '2026-02'],
    ['2026-01', '2026-01-01', '2026-02-01', 1, '2025-12'],
    ['2026-Q4', '2026-10-01', '2027-01-01', 3, '2026-Q3'],
    ['2026-Q1', '2026-01-01', '2026-04-01', 3, '2025-Q4'],
    ['2026', '2026-01-01', '2027-01-01', 12, '2025'],
  ])('%s is [%s, %s) over %i months, after %s', (key, from, to, months, previous) => {
    const period = parsePeriod(key)!;
    expect([period.from, period.to, period.months.length]).toEqual([from, to, months]);
    expect(previousPeriod(period).key).toBe(previous);
  });

  it('refuses what is not a period', () => {
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026-Q5')).toBeNull();
  });

  it('counts a late-evening instant on the Vietnamese day', () => {
    expect(toLocalDate(Date.parse('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
    expect(toLocalDate(Date.parse('2026-03-01T16:59:59Z'))).toBe('2026-03-01');
  });
});

describe('rankings', () => {
  it('ranks ties together, leaves units without data unranked and reports movement', () => {
    const rows = rankWithMovement(
      [
        { id: 'a', score: 80 },
        { id: 'b', score: 90 },
        { id: 'c', score: 80 },
        { id: 'd', score: null },
      ],
      [
        { id: 'a', score: 95 },
        { id: 'b', score: 70 },
        { id: 'c', score: 85 },
      ],
    );
    expect(rows.map((r) => [r.id, r.rank, r.previousRank, r.movement])).toEqual([
      ['b', 1, 3, 2],
      ['a', 2, 1, -1],
      ['c', 2, 2, 0],
      ['d', null, null, null],
    ]);
  });
});

describe('measure totals', () => {
  it('start with every measure at 0, in the order of the measure lists', () => {
    const totals = createTotals();
    expect(Object.keys(totals)).toEqual([...ROLLUP_MEASURES, ...FEEDBACK_MEASURES, ...LIVE_MEASURES]);
    expect(new Set(Object.values(totals))).toEqual(new Set([0]));
  });
});
