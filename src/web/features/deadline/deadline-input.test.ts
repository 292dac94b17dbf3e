import { describe, expect, it } from 'vitest';
import {
  formatDurationText,
  formatWallClock,
  isSameInstant,
  isWholeUnit,
  splitMinutes,
  wallClockInVietnam,
  weekdayInVietnam,
} from './deadline-input';

describe('the calculator question', () => {
  it.each([
    [3, 'd', '3d'],
    [0.5, 'd', '0.5d'],
    [4, 'h', '4h'],
    [90, 'm', '90m'],
    [5, 'cd', '5cd'],
    [null, 'same-day', 'same-day'],
    [7, 'same-day', 'same-day'],
  ] as const)('writes %s %s as %s', (amount, unit, text) => {
    expect(formatDurationText(amount, unit)).toBe(text);
  });

  it('has no duration without a positive amount', () => {
    expect(formatDurationText(null, 'd')).toBeNull();
    expect(formatDurationText(0, 'h')).toBeNull();
    expect(formatDurationText(-1, 'cd')).toBeNull();
  });

  it('asks for whole minutes and calendar days only', () => {
    expect([isWholeUnit('d'), isWholeUnit('h'), isWholeUnit('m'), isWholeUnit('cd')]).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('takes the wall clock in Vietnam (UTC+7) and writes it without offset', () => {
    const clock = wallClockInVietnam(new Date('2026-02-13T03:00:00Z'));
    expect(clock).toEqual({ year: 2026, month: 2, day: 13, hour: 10, minute: 0 });
    expect(formatWallClock(clock)).toBe('2026-02-13T10:00');
    expect(wallClockInVietnam(new Date('2026-12-31T17:05:00Z'))).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 5,
    });
  });
});

describe('the answer', () => {
  it('tells the weekday in Vietnam', () => {
    expect(weekdayInVietnam('2026-02-25T10:00:00+07:00')).toBe(3);
    expect(weekdayInVietnam('2026-02-21T18:00:00Z')).toBe(0);
  });

  it('splits working minutes into hours and minutes', () => {
    expect(splitMinutes(1440)).toEqual({ hours: 24, minutes: 0 });
    expect(splitMinutes(330)).toEqual({ hours: 5, minutes: 30 });
  });

  it('compares instants, not texts', () => {
    expect(isSameInstant('2026-02-13T10:00:00+07:00', '2026-02-13T03:00:00.000Z')).toBe(true);
    expect(isSameInstant('2026-02-13T10:00:00+07:00', '2026-02-23T07:30:00+07:00')).toBe(false);
  });
});
