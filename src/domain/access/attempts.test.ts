import { describe, expect, it } from 'vitest';
import { computeBackoffSchedule, LOGIN_ACCOUNT_POLICY } from './attempts.js';

describe('computeBackoffSchedule', () => {
  it('waits nothing for the free attempts, then doubles up to the cap', () => {
    expect(computeBackoffSchedule(3, 1, 10)).toEqual([0, 0, 1, 2, 4, 8, 10]);
  });

  it('gives the documented login schedule: five free attempts, 1 s after the fifth, 15 minutes at most', () => {
    const schedule = LOGIN_ACCOUNT_POLICY.backoffSeconds;
    expect(schedule.slice(0, 6)).toEqual([0, 0, 0, 0, 1, 2]);
    expect(schedule.at(-1)).toBe(900);
    expect(schedule.at(-2)).toBe(512);
  });
});
