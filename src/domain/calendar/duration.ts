/**
 * Durations of procedures and steps: working days (`3d`), working hours (`4h`), working minutes (`90m`)
 * or calendar days (`5cd`).
 */
import { AppError } from '../errors.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addCalendarDays, addWorkingDays, addWorkingMinutes } from './working-time.js';

/** A parsed duration. Working days are converted with the calendar's working-day length when added. */
export type Duration =
  | { readonly unit: 'working-days'; readonly amount: number }
  | { readonly unit: 'working-minutes'; readonly amount: number }
  | { readonly unit: 'calendar-days'; readonly amount: number };

const DURATION = /^(\d+(?:\.\d+)?)\s*(cd|d|h|m)$/i;

/**
 * Parses `3d`, `0.5d`, `4h`, `1.5h`, `90m` or `5cd`. Hours become working minutes; working days and
 * hours may be fractional, minutes and calendar days must be whole. Throws `validation_failed` otherwise.
 */
export function parseDuration(text: string): Duration {
  const match = DURATION.exec(text.trim());
  const amount = Number(match?.[1]);
  const unit = match?.[2]?.toLowerCase();
  if (unit === 'd') return { unit: 'working-days', amount };
  if (unit === 'h' && Number.isInteger(amount * 60)) return { unit: 'working-minutes', amount: amount * 60 };
  if (unit === 'm' && Number.isInteger(amount)) return { unit: 'working-minutes', amount };
  if (unit === 'cd' && Number.isInteger(amount)) return { unit: 'calendar-days', amount };
  throw new AppError(
    'validation_failed',
    `Thời hạn không hợp lệ: "${text}" (ví dụ 3d = 3 ngày làm việc, 4h, 90m, 5cd = 5 ngày lịch).`,
    { value: text },
    `Invalid duration "${text}" (e.g. 3d working days, 4h, 90m working time, 5cd calendar days).`,
  );
}

/** Formats a duration back to its short text (`3d`, `90m`, `5cd`). */
export function formatDuration(duration: Duration): string {
  if (duration.unit === 'working-days') return `${duration.amount}d`;
  if (duration.unit === 'calendar-days') return `${duration.amount}cd`;
  return `${duration.amount}m`;
}

/** The due instant of a duration counted from `start` (see `working-time.ts` for the counting rules). */
export function addDuration(calendar: WorkingCalendar, start: number, duration: Duration): number {
  if (duration.unit === 'working-days') return addWorkingDays(calendar, start, duration.amount);
  if (duration.unit === 'calendar-days') return addCalendarDays(calendar, start, duration.amount);
  return addWorkingMinutes(calendar, start, duration.amount);
}
