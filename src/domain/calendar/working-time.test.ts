import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './working-calendar.js';
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  isSessionEnd,
  isWorkingTime,
  nextWorkingInstant,
  workingMinutesBetween,
} from './working-time.js';
import { at, OFFICIAL_2025, show } from './test-support.js';

const standard = createWorkingCalendar();
const official = createWorkingCalendar({ schedules: OFFICIAL_2025 });

// 2025-06-02 is a Monday in a week without holidays.
describe('addWorkingMinutes with default sessions 07:30–11:30, 13:00–17:00', () => {
  it.each([
    ['2025-06-02T11:30', 0, '2025-06-02T11:30:00+07:00', 'a session end + 0 stays at the end'],
    ['2025-06-02T11:29', 1, '2025-06-02T11:30:00+07:00', 'ending exactly at 11:30 stays at 11:30'],
    ['2025-06-02T12:00', 30, '2025-06-02T13:30:00+07:00', 'the lunch break counts from 13:00'],
    ['2025-06-02T17:30', 1, '2025-06-03T07:31:00+07:00', 'after closing counts from the next morning'],
    ['2025-06-02T07:30', 240, '2025-06-02T11:30:00+07:00', 'a full morning ends at 11:30'],
    ['2025-06-02T07:30', 241, '2025-06-02T13:01:00+07:00', 'one more minute goes past lunch'],
    ['2025-06-02T17:00', 0, '2025-06-02T17:00:00+07:00', 'closing + 0 stays at 17:00'],
    ['2025-06-02T16:00', 60, '2025-06-02T17:00:00+07:00', '17:00, not next day 07:30'],
    ['2025-06-02T06:00', 0, '2025-06-02T07:30:00+07:00', 'before opening + 0 moves to opening'],
    ['2025-06-02T12:00', 0, '2025-06-02T13:00:00+07:00', 'lunch + 0 moves to 13:00'],
    ['2025-06-06T16:00', 120, '2025-06-09T08:30:00+07:00', 'Friday 16:00 + 2h is Monday 08:30'],
    ['2025-06-06T16:00', 60, '2025-06-06T17:00:00+07:00', 'Friday 16:00 + 1h ends Friday 17:00'],
    ['2025-06-07T10:00', 1, '2025-06-09T07:31:00+07:00', 'a Saturday start counts from Monday'],
    ['2025-06-02T11:29:30', 1, '2025-06-02T13:00:30+07:00', 'seconds are counted exactly'],
  ])('%s + %i min → %s (%s)', (start, minutes, expected) => {
    expect(show(addWorkingMinutes(standard, at(start), minutes))).toBe(expected);
  });

  it('counts backwards for negative minutes, landing on the latest such instant', () => {
    expect(show(addWorkingMinutes(standard, at('2025-06-09T08:00'), -60))).toBe('2025-06-06T16:30:00+07:00');
    expect(show(addWorkingMinutes(standard, at('2025-06-02T13:00'), -30))).toBe('2025-06-02T11:00:00+07:00');
    expect(show(addWorkingMinutes(standard, at('2025-06-02T13:30'), -30))).toBe('2025-06-02T13:00:00+07:00');
  });

  it('adds working hours and working days of 8 hours', () => {
    expect(show(addWorkingHours(standard, at('2025-06-02T10:00'), 4))).toBe('2025-06-02T15:30:00+07:00');
    expect(show(addWorkingDays(standard, at('2025-06-02T06:00'), 1))).toBe('2025-06-02T17:00:00+07:00');
    expect(show(addWorkingDays(standard, at('2025-06-05T10:00'), 3))).toBe('2025-06-10T10:00:00+07:00');
    expect(show(addWorkingDays(standard, at('2025-06-02T10:00'), 0.5))).toBe('2025-06-02T15:30:00+07:00');
  });
});

describe('the official 2025 schedule with swapped days', () => {
  it('skips 30/4, 1/5, the swapped 2/5 and the weekend', () => {
    expect(show(addWorkingDays(official, at('2025-04-29T16:00:00+07:00'), 1))).toBe(
      '2025-05-05T16:00:00+07:00',
    );
  });

  it('counts Saturday 26/4 and Saturday 8/2 as working days', () => {
    expect(show(addWorkingDays(official, at('2025-04-25T16:00'), 1))).toBe('2025-04-26T16:00:00+07:00');
    expect(show(addWorkingDays(official, at('2025-02-07T16:00'), 1))).toBe('2025-02-08T16:00:00+07:00');
    expect(isWorkingTime(official, at('2025-04-26T09:00'))).toBe(true);
  });

  it('skips the nine Tết days 25/1–2/2 including the swapped Monday 27/1', () => {
    expect(show(addWorkingDays(official, at('2025-01-24T16:00'), 1))).toBe('2025-02-03T16:00:00+07:00');
    expect(isWorkingTime(official, at('2025-01-27T09:00'))).toBe(false);
  });

  it('skips 1/9 and 2/9 with the weekend before them', () => {
    expect(show(addWorkingDays(official, at('2025-08-29T16:00'), 1))).toBe('2025-09-03T16:00:00+07:00');
  });

  it('differs from the generated default only where the official schedule differs', () => {
    expect(isWorkingTime(standard, at('2025-01-27T09:00'))).toBe(true);
    expect(isWorkingTime(standard, at('2025-02-03T09:00'))).toBe(false);
    expect(isWorkingTime(official, at('2025-02-03T09:00'))).toBe(true);
    expect(official.id).not.toBe(standard.id);
  });

  it('measures working minutes across 30/4: Fri 25, Sat 26, Mon 28, Tue 29, Mon 5/5', () => {
    expect(workingMinutesBetween(official, at('2025-04-25T07:30'), at('2025-05-06T07:30'))).toBe(5 * 480);
    expect(workingMinutesBetween(official, at('2025-05-06T07:30'), at('2025-04-25T07:30'))).toBe(-5 * 480);
  });
});

describe('instant predicates', () => {
  it('treats sessions as [start, end)', () => {
    expect(isWorkingTime(standard, at('2025-06-02T07:30'))).toBe(true);
    expect(isWorkingTime(standard, at('2025-06-02T11:30'))).toBe(false);
    expect(isWorkingTime(standard, at('2025-06-02T11:29:59'))).toBe(true);
    expect(isSessionEnd(standard, at('2025-06-02T11:30'))).toBe(true);
    expect(isSessionEnd(standard, at('2025-06-02T17:00'))).toBe(true);
    expect(isSessionEnd(standard, at('2025-06-02T17:00:01'))).toBe(false);
    expect(isSessionEnd(standard, at('2025-06-02T13:00'))).toBe(false);
  });

  it('finds the next working instant', () => {
    expect(show(nextWorkingInstant(standard, at('2025-06-02T09:15:10')))).toBe('2025-06-02T09:15:10+07:00');
    expect(show(nextWorkingInstant(standard, at('2025-06-02T11:30')))).toBe('2025-06-02T13:00:00+07:00');
    expect(show(nextWorkingInstant(standard, at('2025-06-06T17:00')))).toBe('2025-06-09T07:30:00+07:00');
    expect(show(nextWorkingInstant(official, at('2025-04-29T17:00')))).toBe('2025-05-05T07:30:00+07:00');
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2025-06-02T10:00', 4, '2025-06-06T10:00:00+07:00', 'a working day keeps the time'],
    ['2025-06-02T10:00', 5, '2025-06-09T17:00:00+07:00', 'a Saturday ends at the end of Monday (art. 148)'],
    ['2025-06-02T10:00', 6, '2025-06-09T17:00:00+07:00', 'a Sunday ends at the end of Monday (art. 148)'],
    ['2025-06-06T23:30', 1, '2025-06-09T17:00:00+07:00', 'late on Saturday is still a day off'],
    ['2025-06-02T18:00', 3, '2025-06-06T07:30:00+07:00', 'after closing moves to the next morning'],
    ['2025-06-02T17:00', 3, '2025-06-05T17:00:00+07:00', 'a session end stays'],
    ['2025-04-25T10:00', 5, '2025-05-05T17:00:00+07:00', 'the 30/4 holidays end at the end of 5/5'],
  ])('%s + %i calendar days → %s (%s)', (start, days, expected) => {
    expect(show(addCalendarDays(official, at(start), days))).toBe(expected);
  });
});

describe('range', () => {
  it('accepts 1900-01-01 local midnight and rejects an instant before it', () => {
    expect(show(addWorkingMinutes(standard, at('1900-01-01T00:00'), 1))).toBe('1900-01-02T07:31:00+07:00');
    expect(() => addWorkingMinutes(standard, at('1899-12-31T23:59'), 1)).toThrow(/1900–2100/);
  });

  it('rejects a result beyond 2100-12-31 and non-finite amounts', () => {
    expect(() => addWorkingDays(standard, at('2100-12-30T10:00'), 5)).toThrow(/1900–2100/);
    expect(() => addWorkingMinutes(standard, at('2025-06-02T10:00'), Number.NaN)).toThrow();
    expect(() => addWorkingMinutes(standard, at('1900-01-02T08:00'), -60)).toThrow(/1900–2100/);
  });
});
