/**
 * Working-time arithmetic on instants (epoch ms), O(1) per call over a precomputed `WorkingCalendar`.
 *
 * Model: C(t) is the working time (ms) elapsed from 1900-01-01 00:00 local to t. Sessions are half-open, so
 * C is continuous and flat outside sessions. Adding d > 0 returns the EARLIEST instant r with
 * C(r) = C(start) + d: a result never lands strictly inside non-working time, and a result reaching the end
 * of a session stays there (11:30, not 13:00). Adding 0 returns start when it is working time or exactly a
 * session end, otherwise the next session start. Adding d < 0 returns the LATEST instant r ≤ start with
 * C(start) − C(r) = |d|. Time is counted exactly to the millisecond; sessions sit on minute boundaries.
 */
import { AppError } from '../errors.js';
import { MINUTES_PER_DAY, PROFILE_STRIDE } from './calendar-tables.js';
import { DAY_MS, computeLocalDayStart, formatInstant, MINUTE_MS } from './instant.js';
import { FIRST_EPOCH_DAY } from './range.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Epoch ms of local midnight 1900-01-01, the origin of every table. */
export const CALENDAR_START_MS = computeLocalDayStart(FIRST_EPOCH_DAY);

/** Working time (ms) from the table origin to `instant`: the function C above. */
export function measureWorkingTime(calendar: WorkingCalendar, instant: number): number {
  const offset = instant - CALENDAR_START_MS;
  const day = Math.floor(offset / DAY_MS);
  if (!(day >= 0 && day < calendar.dayCount)) throw outOfRange(instant);
  const msOfDay = offset - day * DAY_MS;
  const minute = Math.floor(msOfDay / MINUTE_MS);
  const cell = calendar.dayProfile[day]! * PROFILE_STRIDE + minute;
  const before = calendar.profileMinutesBefore[cell]!;
  const through = calendar.profileMinutesBefore[cell + 1]!;
  return (
    (calendar.minutesBefore[day]! + before) * MINUTE_MS + (through - before) * (msOfDay - minute * MINUTE_MS)
  );
}

/**
 * Adds working time in milliseconds (see the module comment for the exact rule). Throws `validation_failed`
 * when the start or the result falls outside 1900–2100.
 */
export function addWorkingMilliseconds(calendar: WorkingCalendar, start: number, ms: number): number {
  if (!Number.isFinite(ms)) throw invalidAmount(ms);
  const target = measureWorkingTime(calendar, start) + ms;
  if (ms > 0) {
    if (target > calendar.totalMinutes * MINUTE_MS) throw outOfRange(start);
    return locateWorkingMillisecond(calendar, target - 1) + 1;
  }
  if (ms < 0) {
    if (target < 0) throw outOfRange(start);
    return locateWorkingMillisecond(calendar, target);
  }
  return isWorkingTime(calendar, start) || isSessionEnd(calendar, start)
    ? start
    : nextWorkingInstant(calendar, start);
}

/** Adds working minutes (fractions allowed, rounded to the ms); negative minutes count backwards. */
export function addWorkingMinutes(calendar: WorkingCalendar, start: number, minutes: number): number {
  return addWorkingMilliseconds(calendar, start, Math.round(minutes * MINUTE_MS));
}

/** Adds working hours: `addWorkingMinutes(hours × 60)`. */
export function addWorkingHours(calendar: WorkingCalendar, start: number, hours: number): number {
  return addWorkingMinutes(calendar, start, hours * 60);
}

/** Adds working days, one being `calendar.minutesPerWorkingDay` (480 by default) of working time. */
export function addWorkingDays(calendar: WorkingCalendar, start: number, days: number): number {
  return addWorkingMinutes(calendar, start, days * calendar.minutesPerWorkingDay);
}

/**
 * Adds whole calendar days (24 h each; UTC+7 has no DST). When the last day is a day off the period ends at
 * the END of the next working day (Civil Code 2015 art. 148(4): "Khi ngày cuối cùng của thời hạn là ngày
 * nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày
 * nghỉ đó."). On a working day, a result outside working time (before opening, the lunch break, after
 * closing) moves to the next session start; a session end stays.
 */
export function addCalendarDays(calendar: WorkingCalendar, start: number, days: number): number {
  if (!Number.isInteger(days)) throw invalidAmount(days);
  const last = start + days * DAY_MS;
  const day = computeDayIndex(calendar, last);
  const ordinal = calendar.workingDaysBefore[day]!;
  if (calendar.workingDayIndex[ordinal] !== day) return computeWorkingDayEnd(calendar, ordinal);
  return addWorkingMilliseconds(calendar, last, 0);
}

/** Exact working time between two instants in ms; negative when b is before a (C(b) − C(a)). */
export function workingMillisecondsBetween(calendar: WorkingCalendar, a: number, b: number): number {
  return measureWorkingTime(calendar, b) - measureWorkingTime(calendar, a);
}

/**
 * Whole working minutes between two instants, truncated toward zero; negative when b is before a.
 * Exact (no truncation) when both instants are on whole minutes.
 */
export function workingMinutesBetween(calendar: WorkingCalendar, a: number, b: number): number {
  return Math.trunc(workingMillisecondsBetween(calendar, a, b) / MINUTE_MS) + 0;
}

/** True when the instant lies inside a session ([start, end): a session end is not working time). */
export function isWorkingTime(calendar: WorkingCalendar, instant: number): boolean {
  const offset = instant - CALENDAR_START_MS;
  const day = Math.floor(offset / DAY_MS);
  if (!(day >= 0 && day < calendar.dayCount)) throw outOfRange(instant);
  const minute = Math.floor((offset - day * DAY_MS) / MINUTE_MS);
  return isWorkingMinute(calendar, day, minute);
}

/** True when the instant is exactly the end of a session (e.g. 11:30:00.000 or 17:00:00.000). */
export function isSessionEnd(calendar: WorkingCalendar, instant: number): boolean {
  const offset = instant - CALENDAR_START_MS;
  const day = Math.floor(offset / DAY_MS);
  if (!(day >= 0 && day < calendar.dayCount)) throw outOfRange(instant);
  const msOfDay = offset - day * DAY_MS;
  if (msOfDay % MINUTE_MS !== 0) return false;
  const minute = msOfDay / MINUTE_MS;
  if (isWorkingMinute(calendar, day, minute)) return false;
  return minute > 0
    ? isWorkingMinute(calendar, day, minute - 1)
    : day > 0 && isWorkingMinute(calendar, day - 1, 1439);
}

/** The earliest working-time instant at or after `instant` (itself when inside a session). */
export function nextWorkingInstant(calendar: WorkingCalendar, instant: number): number {
  const offset = instant - CALENDAR_START_MS;
  const day = Math.floor(offset / DAY_MS);
  if (!(day >= 0 && day < calendar.dayCount)) throw outOfRange(instant);
  const minute = Math.floor((offset - day * DAY_MS) / MINUTE_MS);
  if (isWorkingMinute(calendar, day, minute)) return instant;
  const profile = calendar.dayProfile[day]!;
  const workedBefore = calendar.profileMinutesBefore[profile * PROFILE_STRIDE + minute]!;
  if (workedBefore < calendar.profileLength[profile]!) {
    return dayStart(day) + calendar.profileMinuteOfDay[profile * MINUTES_PER_DAY + workedBefore]! * MINUTE_MS;
  }
  return computeWorkingDayStart(calendar, calendar.workingDaysBefore[day + 1]!);
}

/** Start of the first session of the working day with ordinal `ordinal` (0 = first since 1900-01-01). */
export function computeWorkingDayStart(calendar: WorkingCalendar, ordinal: number): number {
  const day = calendar.workingDayIndex[ordinal];
  if (day === undefined || day >= calendar.dayCount)
    throw outOfRange(CALENDAR_START_MS + calendar.dayCount * DAY_MS);
  return (
    dayStart(day) + calendar.profileMinuteOfDay[calendar.dayProfile[day]! * MINUTES_PER_DAY]! * MINUTE_MS
  );
}

/** End of the last session of the working day with ordinal `ordinal`. */
export function computeWorkingDayEnd(calendar: WorkingCalendar, ordinal: number): number {
  const day = calendar.workingDayIndex[ordinal];
  if (day === undefined || day >= calendar.dayCount)
    throw outOfRange(CALENDAR_START_MS + calendar.dayCount * DAY_MS);
  const profile = calendar.dayProfile[day]!;
  const last = calendar.profileMinuteOfDay[profile * MINUTES_PER_DAY + calendar.profileLength[profile]! - 1]!;
  return dayStart(day) + (last + 1) * MINUTE_MS;
}

/** Day index (0 = local 1900-01-01) holding an instant; throws outside the covered span. */
export function computeDayIndex(calendar: WorkingCalendar, instant: number): number {
  const day = Math.floor((instant - CALENDAR_START_MS) / DAY_MS);
  if (!(day >= 0 && day < calendar.dayCount)) throw outOfRange(instant);
  return day;
}

/** Instant at which working millisecond number `index` (0-based from the origin) begins. */
function locateWorkingMillisecond(calendar: WorkingCalendar, index: number): number {
  const minute = Math.floor(index / MINUTE_MS);
  let ordinal = calendar.buckets[Math.floor(minute / calendar.bucketMinutes)]!;
  while (calendar.workingDayMinutesBefore[ordinal + 1]! <= minute) ordinal += 1;
  const day = calendar.workingDayIndex[ordinal]!;
  const within = minute - calendar.workingDayMinutesBefore[ordinal]!;
  const minuteOfDay = calendar.profileMinuteOfDay[calendar.dayProfile[day]! * MINUTES_PER_DAY + within]!;
  return CALENDAR_START_MS + day * DAY_MS + minuteOfDay * MINUTE_MS + (index - minute * MINUTE_MS);
}

function isWorkingMinute(calendar: WorkingCalendar, day: number, minute: number): boolean {
  const cell = calendar.dayProfile[day]! * PROFILE_STRIDE + minute;
  return calendar.profileMinutesBefore[cell + 1]! > calendar.profileMinutesBefore[cell]!;
}

function dayStart(day: number): number {
  return CALENDAR_START_MS + day * DAY_MS;
}

function outOfRange(instant: number): AppError {
  const shown =
    Number.isFinite(instant) && Math.abs(instant) < 8.64e15 ? formatInstant(instant) : String(instant);
  return new AppError(
    'validation_failed',
    `Thời điểm hoặc kết quả nằm ngoài phạm vi lịch 1900–2100 (${shown}).`,
    { instant },
    `Instant or result outside the calendar range 1900–2100 (${shown}).`,
  );
}

function invalidAmount(amount: number): AppError {
  return new AppError(
    'validation_failed',
    `Khoảng thời gian không hợp lệ: ${String(amount)}.`,
    { amount },
    `Invalid amount: ${String(amount)}.`,
  );
}
