import { describe, expect, it } from 'vitest';
import {
  computeQuarter,
  countViolations,
  findRepeatFindings,
  formatLocalMonth,
  listUninspectedUnits,
} from './reports.js';

describe('inspection reports', () => {
  it('uses Vietnamese local months and quarters', () => {
    expect(formatLocalMonth(Date.parse('2026-03-31T17:30:00Z'))).toBe('2026-04');
    const q = computeQuarter(Date.parse('2026-06-30T17:00:00Z'));
    expect(q.key).toBe('2026-Q3');
    expect(new Date(q.startMs).toISOString()).toBe('2026-06-30T17:00:00.000Z');
    expect(new Date(q.endMs).toISOString()).toBe('2026-09-30T17:00:00.000Z');
  });

  const at = (s: string) => Date.parse(s);
  const findings = [
    {
      unitId: 'U',
      officialId: 'o1',
      violationType: 'badge',
      decision: 'reminded' as const,
      occurredAt: at('2026-03-02T02:00:00Z'),
    },
    {
      unitId: 'U',
      officialId: 'o1',
      violationType: 'badge',
      decision: 'reprimanded' as const,
      occurredAt: at('2026-03-20T02:00:00Z'),
    },
    {
      unitId: 'U',
      officialId: 'o2',
      violationType: 'badge',
      decision: 'dismissed' as const,
      occurredAt: at('2026-03-21T02:00:00Z'),
    },
    {
      unitId: 'U',
      officialId: 'o2',
      violationType: 'badge',
      decision: null,
      occurredAt: at('2026-03-22T02:00:00Z'),
    },
    {
      unitId: 'V',
      officialId: null,
      violationType: 'posted_information',
      decision: 'reminded' as const,
      occurredAt: at('2026-04-01T02:00:00Z'),
    },
  ];

  it('counts only confirmed violations by type, unit and month', () => {
    expect(countViolations(findings)).toEqual([
      { violationType: 'badge', unitId: 'U', month: '2026-03', count: 2 },
      { violationType: 'posted_information', unitId: 'V', month: '2026-04', count: 1 },
    ]);
  });

  it('finds repeats per official and type', () => {
    expect(findRepeatFindings(findings)).toEqual([
      { unitId: 'U', officialId: 'o1', violationType: 'badge', count: 2, lastAt: at('2026-03-20T02:00:00Z') },
    ]);
  });

  it('lists units with no visit in the quarter', () => {
    const q = computeQuarter(at('2026-05-01T00:00:00Z'));
    const visits = [
      { unitId: 'A', visitedAt: at('2026-04-02T02:00:00Z') },
      { unitId: 'B', visitedAt: at('2026-03-30T02:00:00Z') },
      { unitId: 'C', visitedAt: null },
    ];
    expect(listUninspectedUnits(['A', 'B', 'C'], visits, q.startMs, q.endMs)).toEqual(['B', 'C']);
  });
});
