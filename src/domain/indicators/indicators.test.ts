import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeIndicator,
  createTotals,
  FEEDBACK_MEASURES,
  hasEnoughData,
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

describe('QĐ 766 sub-indicators (domain.md §9), each with a worked example', () => {
  it.each<[string, MeasureTotals, number | null, number | null, string[]]>([
    // code, totals, value, score, flags
    ['on_time_rate', { finished: 40, finished_late: 4 }, 0.9, null, []],
    ['on_time_rate', { finished: 0 }, null, null, ['denominator_zero']],
    ['on_time_rate', { finished: 10, finished_late: 0 }, 1, null, ['small_sample']],
    // 2.1, no target: (100 − 10 finished late − 5 open overdue) / 100 = 85% × 20 points = 17
    ['qd766.2.1', { received: 100, cohort_late: 10, cohort_open_overdue: 5 }, 0.85, 17, []],
    ['qd766.2.1', { received: 0 }, null, null, ['denominator_zero']],
    // 2.2 is tracked: 90 minutes on average = 1.5 hours, no points
    ['qd766.2.2', { finished: 30, processing_minutes: 30 * 90 }, 1.5, null, []],
    // 3.6, no target: 10 paid online of 40 with fees = 25% × 6 points = 1.5
    ['qd766.3.6', { fee_due: 40, paid_online: 10 }, 0.25, 1.5, []],
    ['qd766.1.4', { received: 40, portal_synced: 30 }, 0.75, 4.5, []],
    ['qd766.1.4', { received: 0, portal_synced: 0 }, null, null, ['denominator_zero']],
    // not measured ≠ 0: no fees at all gives no score
    ['qd766.3.6', { fee_due: 0, paid_online: 0 }, null, null, ['denominator_zero']],
    // 5.2: 15 of 20 answered on time = 75% × 6 = 4.5
    ['qd766.5.2', { fb_answered: 20, fb_answered_on_time: 15 }, 0.75, 4.5, []],
    // 5.4: 1 − (late 10/100 + complaints 10/200) = 85%, target 90% → 85/90 × 6
    [
      'qd766.5.4',
      { finished: 100, finished_late: 10, received: 200, disliked_or_complained: 10 },
      0.85,
      (0.85 / 0.9) * 6,
      [],
    ],
    // 5.4 above its target earns no more than its 6 points
    ['qd766.5.4', { finished: 100, finished_late: 2, received: 100, disliked_or_complained: 1 }, 0.97, 6, []],
    ['qd766.5.4', { finished: 0, received: 200 }, null, null, ['denominator_zero']],
    ['qd766.5.1', { fb_received: 10 }, null, null, ['not_measured']],
    ['qd766.3.1', { received: 100, received_online: 40 }, null, null, ['not_measured']],
    ['qd766.4.1', { received: 100 }, null, null, ['not_measured']],
    // 4.2, target 80%: 60 of 100 received digitised = 60% → 60/80 × 4 = 3
    ['qd766.4.2', { received: 100, digitised: 60 }, 0.6, 3, []],
    ['qd766.4.2', { received: 100, digitised: 90 }, 0.9, 4, []],
    ['qd766.4.2', { received: 0, digitised: 0 }, null, null, ['denominator_zero']],
    // 4.3, target 80%: 20 of 100 reusing = 20% → 20/80 × 2 = 0.5
    ['qd766.4.3', { received: 100, reused: 20 }, 0.2, 0.5, []],
    // 4.4, no target: 50 of 100 shared into the store = 50% × 4 = 2
    ['qd766.4.4', { received: 100, shared_to_store: 50 }, 0.5, 2, []],
    ['tt01.1', { finished: 40, finished_early: 20, finished_on_time: 10 }, 1.25, 1.25, []],
    ['tt01.8', { fb_answered: 40, fb_answered_on_time: 40 }, 2, 2, []],
    ['tt01.8', { fb_answered: 40, fb_answered_on_time: 36 }, 1, 1, []],
    ['tt01.8', { fb_answered: 40, fb_answered_on_time: 35 }, 0, 0, []],
    ['tt01.9', { received: 100, received_online: 30, finished_online_late: 0 }, 2, 2, []],
    ['tt01.9', { received: 100, received_online: 30, finished_online_late: 1 }, 1, 1, []],
    ['tt01.9', { received: 100, received_online: 10 }, 0, 0, []],
    ['avg_processing_hours', { finished: 30, processing_minutes: 30 * 90 }, 1.5, null, []],
  ])('%s over %j → value %s, score %s, flags %j', (code, totals, value, score, flags) => {
    const result = computeIndicator(byCode(code), totals);
    if (value === null) expect(result.value).toBeNull();
    else expect(result.value).toBeCloseTo(value, 9);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 9);
    expect(result.flags).toEqual(flags);
  });

  it('holds every sub-indicator of the table with its points and target, 100 points in all', () => {
    const points = (group: string) =>
      INDICATOR_DEFINITIONS.filter((d) => d.group === group).map((d) => [d.code, d.maxPoints, d.target]);
    expect(points('qd766.1')).toEqual([
      ['qd766.1.1', 6, null],
      ['qd766.1.2', 4, null],
      ['qd766.1.3', 2, null],
      ['qd766.1.4', 6, null],
    ]);
    expect(points('qd766.2')).toEqual([
      ['qd766.2.1', 20, null],
      ['qd766.2.2', null, null],
    ]);
    // the source gives 12 points for online service without a split
    expect(points('qd766.3')).toEqual([
      ['qd766.3.1', null, 0.8],
      ['qd766.3.2', null, null],
      ['qd766.3.3', null, 0.5],
    ]);
    expect(points('qd766.4')).toEqual([
      ['qd766.3.5a', 2, 0.8],
      ['qd766.3.5b', 2, 0.8],
      ['qd766.3.6', 6, null],
    ]);
    expect(points('qd766.5')).toEqual([
      ['qd766.5.1', null, null],
      ['qd766.5.2', 6, null],
      ['qd766.5.3', 6, null],
      ['qd766.5.4', 6, 0.9],
    ]);
    expect(points('qd766.6').map(([, p]) => p)).toEqual([6, 4, 2, 2, 4, 2, 2]);
    expect(INDICATOR_GROUPS.filter((g) => g.family === 'qd766').map((g) => g.weight)).toEqual([
      18, 20, 12, 10, 18, 22,
    ]);
    // tracked indicators carry no points, and the formula version names the decision
    expect(byCode('qd766.2.2').scoring).toBe('none');
    expect(byCode('qd766.5.1').scoring).toBe('none');
    expect(byCode('qd766.2.1').formulaVersion).toBe('QĐ 766/QĐ-TTg v2026.2');
    expect(byCode('tt01.1').formulaVersion).toBe('TT 01/2018/TT-VPCP v2026.2');
  });

  it('reports the index on the 100-point scale with the measured points beside it, never rescaled', () => {
    const report = buildReport(
      INDICATOR_DEFINITIONS,
      INDICATOR_GROUPS,
      {
        received: 100,
        cohort_late: 10,
        finished: 100,
        finished_late: 10,
        fee_due: 0,
        fb_answered: 0,
        disliked_or_complained: 0,
      },
      '2026-03-01',
    );
    const group = (code: string) => report.groups.find((g) => g.group === code)!;
    // 2.1: 90% × 20 = 18
    expect(group('qd766.2')).toMatchObject({ score: 18, maxMeasured: 20, weight: 20 });
    // no fees at all: no score, the group is left out rather than counted as 0
    expect(group('qd766.4')).toMatchObject({ score: null, maxMeasured: 0 });
    // digitisation is measured (migration 0040): 100 received, none digitised, reused or shared = 0 of 10
    expect(group('qd766.6')).toMatchObject({ score: 0, maxMeasured: 10 });
    // 5.4: 1 − (10% + 0%) = 90%, its target: 6 points; 5.2 has no feedback to score
    expect(group('qd766.5')).toMatchObject({ score: 6, maxMeasured: 6 });
    // 1.4: no dossier synchronised to the national portal yet: 0 of its 6 points, measured
    expect(group('qd766.1')).toMatchObject({ score: 0, maxMeasured: 6 });
    expect(report.qd766.points).toBeCloseTo(24, 9);
    // 24 points of 100, 42 of them measurable: the index reads 24, not 24/42 rescaled to 57,1
    expect(report.qd766).toMatchObject({ maxMeasured: 42, maximum: 100 });
    expect(report.qd766.score).toBeCloseTo(24, 9);
  });

  it('publishes numerator and denominator of ratios and the parts of composites', () => {
    const ratio = computeIndicator(byCode('qd766.2.1'), { received: 50, cohort_late: 5 });
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
  it.each([
    [9, 50, false],
    [10, 50, true],
    [500, null, false],
  ])('a unit with %i dossiers and index %s has enough data to rank: %s', (received, score, enough) => {
    expect(hasEnoughData(received, { score })).toBe(enough);
  });

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
