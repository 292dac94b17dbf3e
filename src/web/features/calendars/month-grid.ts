/**
 * The layout of a month as a wall calendar: weeks from Monday to Sunday, blank cells before the 1st and
 * after the last day. Dates are ISO `YYYY-MM-DD` civil dates (no time zone involved).
 */

/** One week: seven cells, each an ISO date or null for a blank cell outside the month. */
export type MonthWeek = (string | null)[];

/** The weekdays in column order, Monday first (0 = Sunday … 6 = Saturday). */
export const MONDAY_FIRST_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 0];

/** `YYYY-MM-DD` of a civil date; month 1–12. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Number of days in the month (1–12) of the year. */
export function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Weekday of a civil date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The weeks of the month (1–12), Monday first; 4 to 6 weeks. */
export function buildMonthWeeks(year: number, month: number): MonthWeek[] {
  const blanksBefore = (weekdayOf(year, month, 1) + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: blanksBefore }, () => null);
  const days = countDaysInMonth(year, month);
  for (let day = 1; day <= days; day += 1) cells.push(formatIsoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: MonthWeek[] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** The lunar date a wall calendar prints in a cell: day/month on the 1st of a lunar or solar month, else the day. */
export function formatLunarCell(lunar: { day: number; month: number }, solarDay: number): string {
  return lunar.day === 1 || solarDay === 1 ? `${lunar.day}/${lunar.month}` : String(lunar.day);
}

const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The ISO date an instant falls on in Vietnam (UTC+7), whatever the browser's own time zone. */
export function isoDateInVietnam(instant: Date): string {
  return VIETNAM_DATE.format(instant);
}

/** dd/mm/yyyy of an ISO date. */
export function formatIsoDateForPeople(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
