/**
 * Rows of a SQL `calendar_day` table, so the database can compute due times set-wise with the same
 * numbers as the in-process calendar.
 */
import { formatEpochDay, toEpochDay } from './civil-date.js';
import { assertSupportedYear, FIRST_EPOCH_DAY } from './range.js';
import type { WorkingCalendar } from './working-calendar.js';

/** One local date of the calendar table; snake_case to match the SQL columns. */
export interface CalendarDayRow {
  /** Local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Whether the date has any working time. */
  readonly is_working: boolean;
  /** Working minutes from 1900-01-01 up to this date's start (the table origin is fixed, not `fromYear`). */
  readonly working_minutes_before: number;
  /** Working days before this date since 1900-01-01; for a working day, its 0-based ordinal. */
  readonly working_day_ordinal: number;
}

/**
 * One row per local date from 1 January `fromYear` to 31 December `toYear` (both 1900–2100). Adding N
 * working days to a working day D in SQL: the row whose `working_day_ordinal` is D's + N and `is_working`.
 */
export function listCalendarDayRows(
  calendar: WorkingCalendar,
  fromYear: number,
  toYear: number,
): CalendarDayRow[] {
  assertSupportedYear(fromYear);
  assertSupportedYear(toYear);
  const first = toEpochDay({ year: fromYear, month: 1, day: 1 }) - FIRST_EPOCH_DAY;
  const end = toEpochDay({ year: toYear + 1, month: 1, day: 1 }) - FIRST_EPOCH_DAY;
  const rows: CalendarDayRow[] = [];
  for (let day = first; day < end; day += 1) {
    rows.push({
      date: formatEpochDay(FIRST_EPOCH_DAY + day),
      is_working: calendar.profileLength[calendar.dayProfile[day]!]! > 0,
      working_minutes_before: calendar.minutesBefore[day]!,
      working_day_ordinal: calendar.workingDaysBefore[day]!,
    });
  }
  return rows;
}
