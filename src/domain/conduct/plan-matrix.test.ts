import { describe, expect, it } from 'vitest';
import { buildPlanMatrix, classifyCell, listReminders, listUnitsThatReported } from './plan-matrix.js';

const day = (d: string) => Date.parse(`${d}T10:00:00Z`);
const actions = [
  { id: 'commit', dueAt: day('2026-05-31') },
  { id: 'post', dueAt: day('2026-06-30') },
];
const units = ['A', 'B', 'C', 'D'];
const reports = [
  { actionId: 'commit', unitId: 'A', reportedAt: day('2026-05-20') },
  { actionId: 'commit', unitId: 'B', reportedAt: day('2026-05-31') },
  { actionId: 'commit', unitId: 'C', reportedAt: day('2026-06-10') },
  { actionId: 'post', unitId: 'A', reportedAt: day('2026-07-02') },
  { actionId: 'post', unitId: 'A', reportedAt: day('2026-06-01') },
];

describe('plan matrix', () => {
  it('classifies on the deadline as done, after as late, none as missing', () => {
    expect(classifyCell(100, 100, 200)).toBe('done');
    expect(classifyCell(100, 101, 200)).toBe('late');
    expect(classifyCell(100, null, 200)).toBe('missing');
    expect(classifyCell(100, 150, 120)).toBe('missing');
  });

  it('answers "by the end of May only these units had registered commitments"', () => {
    const endOfMay = Date.parse('2026-05-31T16:59:59Z');
    const matrix = buildPlanMatrix(actions, units, reports, endOfMay);
    expect(listUnitsThatReported(matrix, 'commit')).toEqual(['A', 'B']);
    expect(matrix.totals[0]).toEqual({ actionId: 'commit', done: 2, late: 0, missing: 2, overdue: 2 });
  });

  it('counts the first report, and late and overdue cells, as of the end of the year', () => {
    const matrix = buildPlanMatrix(actions, units, reports, day('2026-12-31'));
    const statuses = matrix.rows.map((r) => r.cells.map((c) => `${c.status}${c.overdue ? '!' : ''}`));
    expect(statuses).toEqual([
      ['done', 'done'],
      ['done', 'missing!'],
      ['late', 'missing!'],
      ['missing!', 'missing!'],
    ]);
    expect(matrix.rows[0]!.cells[1]!.reportedAt).toBe(day('2026-06-01'));
    expect(matrix.totals[1]).toEqual({ actionId: 'post', done: 1, late: 0, missing: 3, overdue: 3 });
    expect(matrix.rows[3]).toMatchObject({ done: 0, late: 0, missing: 2 });
  });

  it('reminds units of overdue actions and of those due soon', () => {
    const asOf = day('2026-06-25');
    const matrix = buildPlanMatrix(actions, units, reports, asOf);
    const week = 7 * 86_400_000;
    expect(listReminders(matrix, actions, week)).toEqual([
      { unitId: 'B', actionIds: ['post'], overdue: 0 },
      { unitId: 'C', actionIds: ['post'], overdue: 0 },
      { unitId: 'D', actionIds: ['commit', 'post'], overdue: 1 },
    ]);
    expect(listReminders(matrix, actions, 0)).toEqual([{ unitId: 'D', actionIds: ['commit'], overdue: 1 }]);
  });
});
