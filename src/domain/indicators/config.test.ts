import { describe, expect, it } from 'vitest';
import {
  applyConfig,
  buildReport,
  FORMULA_VERSION,
  INDICATOR_DEFINITIONS,
  INDICATOR_GROUPS,
  validateSettings,
  versionInForce,
  type ConfigVersion,
  type IndicatorSettings,
} from './index.js';

// 2 points move from on-time results (2.2, 10 → 8) to online service (3.1, 12 → 14): still 100 in all
const moved: IndicatorSettings = {
  indicators: { 'qd766.2.2': { maxPoints: 8 }, 'qd766.3.1': { maxPoints: 14, target: 0.8 } },
};

describe('indicator configuration', () => {
  it('accepts points that add up to 100 and targets in (0, 1]', () => {
    expect(validateSettings(INDICATOR_DEFINITIONS, moved)).toEqual([]);
    expect(validateSettings(INDICATOR_DEFINITIONS, { indicators: {} })).toEqual([]);
  });

  it.each<[string, IndicatorSettings, string]>([
    ['points not adding up', { indicators: { 'qd766.2.2': { maxPoints: 11 } } }, 'total_not_100'],
    ['an unknown code', { indicators: { 'qd766.9.9': { maxPoints: 1 } } }, 'unknown_indicator'],
    [
      'a TT 01 index (points fixed by the circular)',
      { indicators: { 'tt01.1': { maxPoints: 3 } } },
      'not_adjustable',
    ],
    ['negative points', { indicators: { 'qd766.2.2': { maxPoints: -1 } } }, 'points_out_of_range'],
    ['a target above 100%', { indicators: { 'qd766.3.1': { target: 1.5 } } }, 'target_out_of_range'],
    ['a zero target', { indicators: { 'qd766.3.1': { target: 0 } } }, 'target_out_of_range'],
  ])('refuses %s', (_, settings, code) => {
    const problems = validateSettings(INDICATOR_DEFINITIONS, settings);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('applies points and targets, moves the group weights and names the version in the formula', () => {
    const catalogue = applyConfig(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, FORMULA_VERSION, {
      number: 2,
      effectiveFrom: '2026-12-01',
      settings: moved,
    });
    const weight = (code: string) => catalogue.groups.find((g) => g.code === code)!.weight;
    const shipped = (code: string) => INDICATOR_GROUPS.find((g) => g.code === code)!.weight;
    expect(weight('qd766.2')).toBe(shipped('qd766.2') - 2);
    expect(weight('qd766.3')).toBe(shipped('qd766.3') + 2);
    expect(catalogue.formulaVersion).toBe(`${FORMULA_VERSION}+c2`);
    expect(catalogue.definitions.every((d) => d.formulaVersion.endsWith('+c2'))).toBe(true);

    // 40% online against the new 80% target earns half of the new 14 points
    const totals = { received: 100, received_online: 40, finished: 50, finished_late: 5 };
    const report = buildReport(catalogue.definitions, catalogue.groups, totals, '2026-12-01');
    const online = report.indicators.find((i) => i.code === 'qd766.3.1')!;
    expect(online.score).toBeCloseTo(7, 9);
    expect(online.target).toBe(0.8);
    // 90% on time earns 0.9 of the 8 points left to 2.2
    expect(report.indicators.find((i) => i.code === 'qd766.2.2')!.score).toBeCloseTo(7.2, 9);
    // the shipped catalogue is untouched
    const before = buildReport(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, totals, '2026-12-01');
    expect(before.indicators.find((i) => i.code === 'qd766.3.1')!.score).toBeCloseTo(9.6, 9);
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
