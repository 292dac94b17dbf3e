import { describe, expect, it } from 'vitest';
import { listCalendarDayRows } from './calendar-rows.js';
import { createWorkingCalendar } from './working-calendar.js';
import { addWorkingDays, workingMinutesBetween } from './working-time.js';
import { at, OFFICIAL_2025, show } from './test-support.js';

const calendar = createWorkingCalendar({ schedules: OFFICIAL_2025 });
const rows = listCalendarDayRows(calendar, 2025, 2025);
const rowOf = (date: string) => rows.find((row) => row.date === date);

describe('calendar_day rows for SQL', () => {
  it('has one row per local date of the years', () => {
    expect(rows).toHaveLength(365);
    expect(rows[0]?.date).toBe('2025-01-01');
    expect(rows.at(-1)?.date).toBe('2025-12-31');
    expect(listCalendarDayRows(calendar, 2024, 2025)).toHaveLength(731);
  });

  it('marks days off, weekends and swapped Saturdays', () => {
    expect(rowOf('2025-01-01')?.is_working).toBe(false);
    expect(rowOf('2025-01-27')?.is_working).toBe(false);
    expect(rowOf('2025-02-08')?.is_working).toBe(true);
    expect(rowOf('2025-04-26')?.is_working).toBe(true);
    expect(rowOf('2025-05-03')?.is_working).toBe(false);
    expect(rowOf('2025-05-05')?.is_working).toBe(true);
  });

  it('agrees with the in-process arithmetic: ordinals step by one per working day', () => {
    const before = rowOf('2025-04-29')!;
    const after = rowOf('2025-05-05')!;
    expect(after.working_day_ordinal - before.working_day_ordinal).toBe(1);
    expect(after.working_minutes_before - before.working_minutes_before).toBe(480);
    expect(workingMinutesBetween(calendar, at('2025-04-29T00:00'), at('2025-05-05T00:00'))).toBe(480);
    // SQL: due of "1 working day" from a working instant = same time on the row with ordinal + 1.
    expect(show(addWorkingDays(calendar, at('2025-04-29T10:00'), 1))).toBe('2025-05-05T10:00:00+07:00');
    expect(rowOf('2025-05-03')?.working_day_ordinal).toBe(after.working_day_ordinal);
  });

  it('rejects years outside 1900–2100', () => {
    expect(() => listCalendarDayRows(calendar, 1899, 1900)).toThrow(/1900/);
  });
});
