import { describe, expect, it } from 'vitest';
import {
  buildMonthWeeks,
  countDaysInMonth,
  formatIsoDateForPeople,
  formatLunarCell,
  isoDateInVietnam,
  weekdayOf,
} from './month-grid';

describe('month grids, Monday first', () => {
  it('starts February 2026 on a Sunday in the last column and ends with blanks', () => {
    const weeks = buildMonthWeeks(2026, 2);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks[1]?.[0]).toBe('2026-02-02');
    expect(weeks.at(-1)).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      null,
    ]);
    expect(weeks).toHaveLength(5);
  });

  it('has no blank first cell when the month starts on a Monday (June 2026)', () => {
    expect(weekdayOf(2026, 6, 1)).toBe(1);
    expect(buildMonthWeeks(2026, 6)[0]?.[0]).toBe('2026-06-01');
  });

  it('needs six weeks for a 31-day month starting on a Sunday (March 2026)', () => {
    const weeks = buildMonthWeeks(2026, 3);
    expect(weeks).toHaveLength(6);
    expect(weeks[5]?.[1]).toBe('2026-03-31');
  });

  it('holds every day of every month of a leap year once, in seven columns', () => {
    for (const year of [2024, 2026]) {
      const dates = Array.from({ length: 12 }, (_, i) => buildMonthWeeks(year, i + 1)).flat(2);
      expect(dates.filter((d) => d !== null)).toHaveLength(year === 2024 ? 366 : 365);
      for (let month = 1; month <= 12; month += 1) {
        for (const week of buildMonthWeeks(year, month)) expect(week).toHaveLength(7);
      }
    }
    expect(countDaysInMonth(2024, 2)).toBe(29);
    expect(countDaysInMonth(2026, 2)).toBe(28);
  });

  it('prints the lunar month on the first day of a lunar or solar month only', () => {
    expect(formatLunarCell({ day: 1, month: 1 }, 17)).toBe('1/1');
    expect(formatLunarCell({ day: 14, month: 12 }, 1)).toBe('14/12');
    expect(formatLunarCell({ day: 2, month: 1 }, 18)).toBe('2');
  });
});

describe('dates as people in Vietnam read them', () => {
  it('takes the date in Vietnam time, crossing midnight from UTC', () => {
    expect(isoDateInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(isoDateInVietnam(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
  });

  it('writes an ISO date as dd/mm/yyyy', () => {
    expect(formatIsoDateForPeople('2026-02-17')).toBe('17/02/2026');
  });
});
