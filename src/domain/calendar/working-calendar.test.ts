import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './working-calendar.js';
import { parseDailySessions, parseWeeklySessions } from './sessions.js';
import { addWorkingDays, addWorkingMinutes, isWorkingTime } from './working-time.js';
import { at, OFFICIAL_2025, show } from './test-support.js';

describe('createWorkingCalendar', () => {
  it('has a stable id that changes with any input', () => {
    const a = createWorkingCalendar();
    expect(createWorkingCalendar().id).toBe(a.id);
    expect(a.id).toMatch(/^cal1-[0-9a-f]{14}$/);
    const others = [
      createWorkingCalendar({ schedules: OFFICIAL_2025 }),
      createWorkingCalendar({ weeklySessions: parseWeeklySessions('08:00-12:00,13:30-17:00') }),
      createWorkingCalendar({ holidayRules: { nationalDayExtra: 'after' } }),
      createWorkingCalendar({ minutesPerWorkingDay: 420 }),
    ];
    expect(new Set([a.id, ...others.map((c) => c.id)]).size).toBe(5);
  });

  it('uses per-weekday sessions and the sessions of an extra working day', () => {
    const calendar = createWorkingCalendar({
      weeklySessions: parseWeeklySessions('mon-thu=07:30-11:30,13:00-17:00;fri=07:30-11:30'),
      extraWorkingDaySessions: parseDailySessions('08:00-12:00'),
      schedules: OFFICIAL_2025,
    });
    expect(show(addWorkingMinutes(calendar, at('2025-06-06T11:00'), 60))).toBe('2025-06-09T08:00:00+07:00');
    expect(isWorkingTime(calendar, at('2025-04-26T07:45'))).toBe(false);
    expect(show(addWorkingMinutes(calendar, at('2025-04-25T11:00'), 60))).toBe('2025-04-26T08:30:00+07:00');
    expect(calendar.minutesPerWorkingDay).toBe(240);
  });

  it('lets "one working day" differ from the session length', () => {
    const calendar = createWorkingCalendar({ minutesPerWorkingDay: 420 });
    expect(show(addWorkingDays(calendar, at('2025-06-02T07:30'), 1))).toBe('2025-06-02T16:00:00+07:00');
  });

  it('rejects calendars without working time', () => {
    expect(() => createWorkingCalendar({ weeklySessions: [[], [], [], [], [], [], []] })).toThrow(
      /không có giờ làm việc/,
    );
    expect(() => createWorkingCalendar({ minutesPerWorkingDay: 0 })).toThrow();
  });

  it('builds quickly and keeps the tables compact', () => {
    const started = performance.now();
    const calendar = createWorkingCalendar({ schedules: OFFICIAL_2025 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(calendar.dayCount).toBe(73_414);
    expect(calendar.buckets.length).toBeLessThan(100_000);
  });
});
