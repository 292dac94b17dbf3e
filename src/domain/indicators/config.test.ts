import { describe, expect, it } from 'vitest';
import {
  applyConfig,
  buildReport,
  FORMULA_VERSION,
  QD766_VERSION,
  INDICATOR_DEFINITIONS,
  INDICATOR_GROUPS,
  validateSettings,
  versionInForce,
  type ConfigVersion,
  type IndicatorSettings,
} from './index.js';

// 2 points move from progress (2.1, 20 → 18) to payment (3.6, 6 → 8, with a 50% target): still 100
const moved: IndicatorSettings = {
  indicators: { 'qd766.2.1': { maxPoints: 18 }, 'qd766.3.6': { maxPoints: 8, target: 0.5 } },
};

describe('indicator configuration', () => {
  it('accepts a split of a group that keeps its points', () => {
    const split = { indicators: { 'qd766.3.1': { maxPoints: 6 }, 'qd766.3.3': { maxPoints: 6 } } };
    expect(validateSettings(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, split)).toEqual([]);
  });

  it('accepts points that add up to 100 and targets in (0, 1]', () => {
    expect(validateSettings(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, moved)).toEqual([]);
    expect(validateSettings(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, { indicators: {} })).toEqual([]);
  });

  it.each<[string, IndicatorSettings, string]>([
    ['points not adding up', { indicators: { 'qd766.2.1': { maxPoints: 11 } } }, 'total_not_100'],
    // splitting online service's 12 points as 5 + 5 leaves 2 unaccounted for
    [
      'a split of a group that does not keep its points',
      { indicators: { 'qd766.3.1': { maxPoints: 5 }, 'qd766.3.3': { maxPoints: 5 } } },
      'total_not_100',
    ],
    ['a tracked indicator', { indicators: { 'qd766.2.2': { maxPoints: 1 } } }, 'not_adjustable'],
    ['an unknown code', { indicators: { 'qd766.9.9': { maxPoints: 1 } } }, 'unknown_indicator'],
    [
      'a TT 01 index (points fixed by the circular)',
      { indicators: { 'tt01.1': { maxPoints: 3 } } },
      'not_adjustable',
    ],
    ['negative points', { indicators: { 'qd766.2.1': { maxPoints: -1 } } }, 'points_out_of_range'],
    ['a target above 100%', { indicators: { 'qd766.3.6': { target: 1.5 } } }, 'target_out_of_range'],
    ['a zero target', { indicators: { 'qd766.3.6': { target: 0 } } }, 'target_out_of_range'],
  ])('refuses %s', (_, settings, code) => {
    const problems = validateSettings(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, settings);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('applies points and targets, moves the group weights and names the version in the formula', () => {
    const catalogue = applyConfig(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, QD766_VERSION, {
      number: 2,
      effectiveFrom: '2026-12-01',
      settings: moved,
    });
    const weight = (code: string) => catalogue.groups.find((g) => g.code === code)!.weight;
    const shipped = (code: string) => INDICATOR_GROUPS.find((g) => g.code === code)!.weight;
    expect(weight('qd766.2')).toBe(shipped('qd766.2') - 2);
    expect(weight('qd766.4')).toBe(shipped('qd766.4') + 2);
    expect(weight('qd766.3')).toBe(12);
    expect(catalogue.formulaVersion).toBe(`QĐ 766/QĐ-TTg v${FORMULA_VERSION}+c2`);
    expect(catalogue.definitions.every((d) => d.formulaVersion.endsWith('+c2'))).toBe(true);

    // 25% paid online against the new 50% target earns half of the new 8 points
    const totals = { received: 100, cohort_late: 10, fee_due: 40, paid_online: 10 };
    const report = buildReport(catalogue.definitions, catalogue.groups, totals, '2026-12-01');
    const paid = report.indicators.find((i) => i.code === 'qd766.3.6')!;
    expect(paid.score).toBeCloseTo(4, 9);
    expect(paid.target).toBe(0.5);
    // 90% on time or within time earns 0.9 of the 18 points left to 2.1
    expect(report.indicators.find((i) => i.code === 'qd766.2.1')!.score).toBeCloseTo(16.2, 9);
    // the shipped catalogue is untouched: 25% × 6
    const before = buildReport(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, totals, '2026-12-01');
    expect(before.indicators.find((i) => i.code === 'qd766.3.6')!.score).toBeCloseTo(1.5, 9);
  });

  it('uses the version in force on the period start: the latest effective date, then the highest number', () => {
    const v = (number: number, effectiveFrom: string): ConfigVersion => ({
      number,
      effectiveFrom,
      settings: { indicators: {} },
    });
    const versions = [v(1, '2026-12-01'), v(2, '2027-03-01'), v(3, '2026-12-01')];
    expect(versionInForce(versions, '2026-11-01')).toBeNull();
    expect(versionInForce(versions, '2026-12-01')?.number).toBe(3);
    expect(versionInForce(versions, '2027-02-01')?.number).toBe(3);
    expect(versionInForce(versions, '2027-03-01')?.number).toBe(2);
  });
});
