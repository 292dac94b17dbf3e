import { describe, expect, it } from 'vitest';
import {
  agencyBand,
  buildReport,
  INDICATOR_DEFINITIONS,
  INDICATOR_GROUPS,
  scoreTt01,
  staffBand,
  type IndicatorResult,
} from './index.js';

describe('TT 01/2018 bands, pinned at their edges', () => {
  it.each([
    [10, 'full'],
    [5, 'full'],
    [4.99, 'partial'],
    [3.5, 'partial'],
    [3.49, 'poor'],
    [0, 'poor'],
  ])('staff score %s → %s', (points, band) => {
    expect(staffBand(points)).toBe(band);
  });

  it.each([
    [18, 'excellent'],
    [15, 'excellent'],
    [14.99, 'good'],
    [12, 'good'],
    [11.99, 'fair'],
    [9, 'fair'],
    [8.99, 'average'],
    [6, 'average'],
    [5.99, 'weak'],
    [0, 'weak'],
  ])('agency score %s → %s', (points, band) => {
    expect(agencyBand(points)).toBe(band);
  });
});

const result = (code: string, score: number | null): IndicatorResult => ({
  code,
  value: score,
  numerator: null,
  denominator: null,
  parts: [],
  score,
  maxPoints: 2,
  target: null,
  formulaVersion: 'test',
  flags: score === null ? ['not_measured'] : [],
});

describe('TT 01/2018 staff and agency scores', () => {
  it('adds indices 1, 2, 3, 4, 7 for staff and all nine for the agency', () => {
    const all = new Map(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`tt01.${n}`, result(`tt01.${n}`, n === 7 ? 0 : 2)]),
    );
    const { staff, agency } = scoreTt01(all);
    expect(staff).toMatchObject({ points: 8, maxMeasured: 10, maximum: 10, complete: true, band: 'full' });
    expect(agency).toMatchObject({ points: 16, maxMeasured: 18, complete: true, band: 'excellent' });
  });

  it('reads a lower bound when an index is not measured, and no band without any data', () => {
    const partial = new Map([
      ['tt01.1', result('tt01.1', 1.5)],
      ['tt01.2', result('tt01.2', 1)],
      ['tt01.3', result('tt01.3', 1)],
      ['tt01.4', result('tt01.4', null)],
      ['tt01.7', result('tt01.7', 0.5)],
    ]);
    expect(scoreTt01(partial).staff).toMatchObject({
      points: 4,
      maxMeasured: 8,
      missing: ['tt01.4'],
      complete: false,
      band: 'partial',
    });
    expect(scoreTt01(new Map()).agency).toMatchObject({ points: 0, band: null, complete: false });
  });

  it('is part of every report, from the averaged per-dossier points', () => {
    // 40 finished: 20 early, 20 on time → index 1 = (2×20 + 20)/40 = 1,5; index 7 = 60/40 = 1,5
    const report = buildReport(
      INDICATOR_DEFINITIONS,
      INDICATOR_GROUPS,
      {
        finished: 40,
        finished_early: 20,
        finished_on_time: 20,
        step_points: 40,
        attitude_points: 60,
        received: 40,
        contact_points: 80,
      },
      '2026-03-01',
    );
    // 1,5 + 1 + 2 + (4 not measured) + 1,5 = 6 of the 8 measured points
    expect(report.tt01.staff).toMatchObject({ points: 6, maxMeasured: 8, band: 'full', complete: false });
  });
});
