import { describe, expect, it } from 'vitest';
import { checkFrameworkDefinition, HANOI_MONTHLY, NATIONAL_100 } from './framework.js';
import {
  HANOI_MONTHLY_V2,
  HANOI_YEARLY,
  NATIONAL_100_V2,
  NATIONAL_YEARLY,
  yearlyRuleOf,
} from './frameworks-2026.js';
import { frameworkTotal, partialTotal } from './scoring.js';
import { capExcellent, isTwoYearsNotComplete, rateYear, type MonthResult } from './yearly.js';

const vn = NATIONAL_100_V2;
const hn = HANOI_MONTHLY_V2;
const months = (n: number, score: number, grade: string): MonthResult[] =>
  Array.from({ length: n }, () => ({ score, grade }));
const general = { 'general.political': 10, 'general.diligence': 10, 'general.conduct': 10 };

describe('NĐ 335/2025 task part: (quantity + quality + timeliness) / 3 × 70', () => {
  it.each([
    { q: 100, ql: 100, t: 100, total: 100 },
    { q: 90, ql: 60, t: 90, total: 86 }, // 30 + 240/3 × 0.7 = 30 + 56
    { q: 0, ql: 0, t: 0, total: 30 },
    { q: 50, ql: 100, t: 0, total: 65 }, // 30 + 35
  ])('quantity $q, quality $ql, timeliness $t → $total', ({ q, ql, t, total }) => {
    const scores = { ...general, 'task.quantity': q, 'task.quality': ql, 'task.timeliness': t };
    expect(frameworkTotal(vn, scores)).toBe(total);
  });
  it('is not the old fixed 40/20/10 split: the three parts weigh the same', () => {
    const a = frameworkTotal(vn, {
      ...general,
      'task.quantity': 100,
      'task.quality': 0,
      'task.timeliness': 0,
    });
    const b = frameworkTotal(vn, {
      ...general,
      'task.quantity': 0,
      'task.quality': 0,
      'task.timeliness': 100,
    });
    expect(a).toBe(b);
    expect(a).toBe(53.33);
  });
  it('sums the Hà Nội points as before', () => {
    const scores = {
      'general.diligence': 10,
      'general.conduct': 8,
      'task.timeliness': 30,
      'task.work_plan': 20,
      'task.satisfaction': 5,
      'bonus.initiative': 2,
    };
    expect(frameworkTotal(hn, scores)).toBe(75);
  });
  it('adds up the criteria that have a suggestion, counting those left to people', () => {
    const suggested = {
      ...general,
      'general.political': null,
      'task.quantity': 60,
      'task.quality': null,
      'task.timeliness': 90,
    };
    expect(partialTotal(vn, suggested)).toEqual({ total: 55, missing: 2 }); // 20 + (60+90)/100 × 70/3
    expect(partialTotal(vn, null)).toEqual({ total: null, missing: 6 });
  });
  it('accepts the version 2 definitions', () => {
    expect(checkFrameworkDefinition(vn)).toEqual([]);
    expect(checkFrameworkDefinition(hn)).toEqual([]);
    expect(
      checkFrameworkDefinition({
        ...hn,
        taskPart: { formula: 'mean', points: 70 },
        criteria: hn.criteria.filter((c) => c.group !== 'task'),
      }),
    ).toHaveLength(1);
  });
});

describe('yearly rating by NĐ 335/2025 (mean of monthly scores)', () => {
  const rate = (m: MonthResult[], disciplined = false) =>
    rateYear({ months: m, disciplined, definition: vn, rule: NATIONAL_YEARLY });
  it.each([
    { score: 90, level: 'excellent' },
    { score: 89.99, level: 'good' },
    { score: 70, level: 'good' },
    { score: 69.99, level: 'complete' },
    { score: 50, level: 'complete' },
    { score: 49.99, level: 'not_complete' },
  ])('mean $score over 6 months → $level', ({ score, level }) => {
    expect(rate(months(6, score, 'good'))).toMatchObject({ rated: true, level, meanScore: score });
  });
  it('needs the minimum time: 5 months of results is "chưa xếp loại" with the reason; 6 is enough', () => {
    const five = rate(months(5, 95, 'excellent'));
    expect(five).toMatchObject({ rated: false, level: null, months: 5 });
    expect(five.reason).toBe('Chưa đủ thời gian công tác để xếp loại: có kết quả 5/6 tháng tối thiểu.');
    expect(rate(months(6, 95, 'excellent'))).toMatchObject({ rated: true, level: 'excellent' });
    expect(rate(months(1, 99, 'excellent')).rated).toBe(false);
  });
  it('a disciplinary measure that year forces "not complete", even on a short year', () => {
    expect(rate(months(12, 98, 'excellent'), true)).toMatchObject({ level: 'not_complete', meanScore: 98 });
    expect(rate([], true)).toMatchObject({ rated: true, level: 'not_complete', months: 0 });
  });
  it('the minimum is read from the framework version', () => {
    const rule = { ...NATIONAL_YEARLY, minMonths: 3 };
    expect(rateYear({ months: months(3, 80, 'good'), disciplined: false, definition: vn, rule }).rated).toBe(
      true,
    );
  });
});

describe('yearly rating by 3814-QĐ/TU (monthly grades the main basis)', () => {
  const rate = (grades: string[]) =>
    rateYear({
      months: grades.map((grade) => ({ grade, score: grade === 'A' ? 92 : grade === 'B' ? 80 : 40 })),
      disciplined: false,
      definition: hn,
      rule: HANOI_YEARLY,
    });
  it('half the months at A → excellent, although the mean score is below 90', () => {
    const result = rate(['A', 'A', 'A', 'B', 'B', 'D']);
    expect(result).toMatchObject({ level: 'excellent', meanScore: 79.33 });
  });
  it('fewer than half at A → the level that half the months reach', () => {
    expect(rate(['A', 'A', 'B', 'B', 'D', 'D'])).toMatchObject({ level: 'good' });
    expect(rate(['A', 'D', 'D', 'D', 'D', 'D', 'B'])).toMatchObject({ level: 'not_complete' });
  });
  it('version 1 of HN-3814 (stored without a yearly rule) keeps the Hà Nội rule', () => {
    expect(yearlyRuleOf('HN-3814', HANOI_MONTHLY.definition)).toBe(HANOI_YEARLY);
    expect(yearlyRuleOf('VN-335', NATIONAL_100.definition)).toBe(NATIONAL_YEARLY);
  });
});

describe('the cap on the top yearly level in a unit', () => {
  const people = (levels: (string | null)[]) =>
    levels.map((level, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      level: level as 'excellent' | null,
      meanScore: 90 + i,
    }));
  it('NĐ 335: 20% of those rated good or better: 3 excellent among 10 good-or-better → 1 demoted (the lowest)', () => {
    const list = people(['excellent', 'excellent', 'excellent', ...Array(7).fill('good'), 'complete', null]);
    expect(capExcellent(vn, list, false)).toEqual({ demoted: ['p00'], cap: 2, base: 10 });
  });
  it('NĐ 335 outstanding unit: 25% of 12 = 3 keep it', () => {
    const list = people(['excellent', 'excellent', 'excellent', ...Array(9).fill('good')]);
    expect(capExcellent(vn, list, true)).toMatchObject({ demoted: [], cap: 3 });
  });
  it('NĐ 335: with 4 good-or-better nobody may be excellent (⌊0.8⌋ = 0)', () => {
    const list = people(['excellent', 'good', 'good', 'good', 'complete', 'complete']);
    expect(capExcellent(vn, list, false)).toMatchObject({ demoted: ['p00'], cap: 0, base: 4 });
  });
  it('Hà Nội: 30% of all rated, unrated officials not counted', () => {
    const list = people([
      'excellent',
      'excellent',
      'excellent',
      'good',
      'complete',
      'not_complete',
      'good',
      'good',
      'good',
      'good',
      null,
    ]);
    expect(capExcellent(hn, list, false)).toEqual({ demoted: [], cap: 3, base: 10 });
    expect(capExcellent(hn, list.slice(0, 9), false)).toMatchObject({ demoted: ['p00'], cap: 2 });
  });
});

describe('the two-year rule reads the yearly results', () => {
  it.each([
    ['not_complete', 'not_complete', true],
    ['complete', 'not_complete', false],
    [null, 'not_complete', false],
    ['not_complete', null, false], // not rated this year: nothing to count
    ['not_complete', 'good', false],
  ] as const)('previous %s, current %s → %s', (prev, cur, flag) => {
    expect(isTwoYearsNotComplete(prev, cur)).toBe(flag);
  });
});
