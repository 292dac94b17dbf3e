import { describe, expect, it } from 'vitest';
import {
  computeFindingDeduction,
  DEFAULT_CONDUCT_RULES,
  selectRulesInForce,
  sumFindingDeductions,
  type ConductRules,
} from './rules.js';

const stricter: ConductRules = {
  version: '2027.1',
  effectiveFrom: '2027-01-01',
  explanationWorkingDays: 5,
  deductionPoints: { light: 3, medium: 6, serious: 15 },
};

describe('conduct rules', () => {
  it('deducts by severity only for confirmed findings', () => {
    expect(
      computeFindingDeduction({ decision: 'reprimanded', severity: 'light' }, DEFAULT_CONDUCT_RULES),
    ).toBe(2);
    expect(computeFindingDeduction({ decision: 'reminded', severity: 'medium' }, DEFAULT_CONDUCT_RULES)).toBe(
      5,
    );
    expect(
      computeFindingDeduction(
        { decision: 'discipline_proposed', severity: 'serious' },
        DEFAULT_CONDUCT_RULES,
      ),
    ).toBe(10);
    expect(
      computeFindingDeduction({ decision: 'dismissed', severity: 'serious' }, DEFAULT_CONDUCT_RULES),
    ).toBe(0);
    expect(computeFindingDeduction({ decision: null, severity: 'serious' }, DEFAULT_CONDUCT_RULES)).toBe(0);
  });

  it('picks the version in force on a day and keeps each finding on its own version', () => {
    const versions = [DEFAULT_CONDUCT_RULES, stricter];
    expect(selectRulesInForce(versions, '2026-12-31').version).toBe('2026.1');
    expect(selectRulesInForce(versions, '2027-01-01').version).toBe('2027.1');
    expect(() => selectRulesInForce([stricter], '2026-01-01')).toThrow();
    const total = sumFindingDeductions(
      [
        { decision: 'reminded', severity: 'serious', rulesVersion: '2026.1' },
        { decision: 'reminded', severity: 'serious', rulesVersion: '2027.1' },
        { decision: 'dismissed', severity: 'light', rulesVersion: '2027.1' },
      ],
      versions,
    );
    expect(total).toBe(25);
  });
});
