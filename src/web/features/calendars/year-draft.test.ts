import { describe, expect, it } from 'vitest';
import type { CalendarDayKind, CalendarYearDay } from '../../../contracts/calendars';
import {
  applyChange,
  buildYearSchedule,
  changeDay,
  DEFAULT_DAY_OFF_NAME,
  listWorkingWeekdays,
  nextKind,
  type DayChanges,
} from './year-draft';

function day(
  date: string,
  weekday: number,
  kind: CalendarDayKind,
  name: string | null = null,
): CalendarYearDay {
  return {
    date,
    weekday,
    kind,
    name,
    isWorking: kind === 'working' || kind === 'extra_working',
    lunar: { day: 1, month: 1, year: 2026, isLeapMonth: false, text: '1/1/2026' },
  };
}

// A week of February 2026: Tết on Monday 16 and Tuesday 17, Saturday 21 and Sunday 22 rest days.
const week = [
  day('2026-02-16', 1, 'day_off', 'Tết Nguyên đán'),
  day('2026-02-17', 2, 'day_off', 'Tết Nguyên đán'),
  day('2026-02-23', 1, 'working'),
  day('2026-02-24', 2, 'working'),
  day('2026-02-21', 6, 'weekend'),
  day('2026-02-22', 0, 'weekend'),
  day('2026-03-07', 6, 'extra_working'),
];

describe('clicking days of the year', () => {
  it.each([
    ['working', true, 'day_off'],
    ['day_off', true, 'working'],
    ['day_off', false, 'weekend'],
    ['weekend', false, 'extra_working'],
    ['extra_working', false, 'weekend'],
  ] as const)(
    'turns a %s day (weekday with office hours: %s) into %s',
    (kind, isWorkingWeekday, expected) => {
      expect(nextKind(kind, isWorkingWeekday)).toBe(expected);
    },
  );

  it('knows the weekdays with office hours from the ordinary working days', () => {
    expect([...listWorkingWeekdays(week)].sort()).toEqual([1, 2]);
  });

  it('shows a change over the server day and forgets it when the day is back as it was', () => {
    const [, , monday] = week;
    if (!monday) throw new Error('fixture');
    let changes: DayChanges = changeDay({}, monday, { kind: 'day_off', name: 'Nghỉ bù' });
    expect(applyChange(monday, changes)).toMatchObject({
      kind: 'day_off',
      name: 'Nghỉ bù',
      isWorking: false,
    });
    changes = changeDay(changes, monday, { kind: 'working', name: null });
    expect(changes).toEqual({});
  });

  it('counts renaming a day off as a change', () => {
    const [tet] = week;
    if (!tet) throw new Error('fixture');
    expect(changeDay({}, tet, { kind: 'day_off', name: 'Tết Nguyên đán' })).toEqual({});
    expect(changeDay({}, tet, { kind: 'day_off', name: 'Tết' })).toEqual({
      '2026-02-16': { kind: 'day_off', name: 'Tết' },
    });
  });

  it('sends every day off with its name and every extra working day of the year, changes included', () => {
    const [tet, , monday, , saturday, , extra] = week;
    if (!tet || !monday || !saturday || !extra) throw new Error('fixture');
    let changes = changeDay({}, tet, { kind: 'working', name: null });
    changes = changeDay(changes, monday, { kind: 'day_off', name: DEFAULT_DAY_OFF_NAME });
    changes = changeDay(changes, saturday, { kind: 'extra_working', name: null });
    changes = changeDay(changes, extra, { kind: 'weekend', name: null });
    expect(buildYearSchedule(week, changes)).toEqual({
      daysOff: [
        { date: '2026-02-17', name: 'Tết Nguyên đán' },
        { date: '2026-02-23', name: 'Nghỉ' },
      ],
      extraWorkingDays: ['2026-02-21'],
    });
  });
});
