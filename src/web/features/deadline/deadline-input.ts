/**
 * The calculator's question as the API wants it: a start written in Vietnam wall-clock time (the server
 * reads an ISO time without offset as UTC+7) and a duration text (`3d`, `4h`, `90m`, `5cd`, `same-day`);
 * and the answer's numbers as people read them.
 */

/** Units of a duration: working days, hours, minutes, calendar days, or "returned the same day". */
export const DURATION_UNITS = ['d', 'h', 'm', 'cd', 'same-day'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** A civil date and time of day, month 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The duration text sent to the API; null when the amount is missing or not positive. */
export function formatDurationText(amount: number | null | undefined, unit: DurationUnit): string | null {
  if (unit === 'same-day') return 'same-day';
  if (amount === null || amount === undefined || !Number.isFinite(amount) || amount <= 0) return null;
  return `${amount}${unit}`;
}

/** Whole numbers only for minutes and calendar days; days and hours may be fractional (0.5 day). */
export function isWholeUnit(unit: DurationUnit): boolean {
  return unit === 'm' || unit === 'cd';
}

const VIETNAM_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function partsInVietnam(instant: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of VIETNAM_PARTS.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** The wall-clock time in Vietnam at an instant, whatever the browser's own time zone. */
export function wallClockInVietnam(instant: Date): WallClock {
  const p = partsInVietnam(instant);
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

/** The weekday (0 = Sunday … 6 = Saturday) of an instant in Vietnam. */
export function weekdayInVietnam(instant: string | Date): number {
  return WEEKDAYS.indexOf(partsInVietnam(new Date(instant)).weekday ?? '');
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` without offset: the server reads it as Vietnam time. */
export function formatWallClock(clock: WallClock): string {
  return `${clock.year}-${two(clock.month)}-${two(clock.day)}T${two(clock.hour)}:${two(clock.minute)}`;
}

/** Working minutes as whole hours and the minutes left over. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** True when both texts name the same instant (the API may write one instant in several ways). */
export function isSameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}
