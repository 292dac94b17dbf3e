/**
 * A working calendar: weekly office sessions plus the schedule of every year 1900–2100, precomputed once
 * into typed arrays so that working-time arithmetic (`working-time.ts`) is O(1) per operation.
 * Day index 0 is local (UTC+7) 1900-01-01.
 */
import { AppError } from '../errors.js';
import { findIsoDate, toEpochDay, computeWeekday } from './civil-date.js';
import { END_EPOCH_DAY, FIRST_EPOCH_DAY } from './range.js';
import { resolveYearSchedules, type HolidayRules } from './holidays.js';
import { parseScheduleData, type YearSchedule } from './schedule.js';
import {
  assertOrderedSessions,
  countSessionMinutes,
  DEFAULT_WEEKLY_SESSIONS,
  formatDailySessions,
  type DailySessions,
  type WeeklySessions,
} from './sessions.js';
import {
  buildSessionProfiles,
  indexWorkingMinutes,
  type DayTables,
  type ProfileTables,
} from './calendar-tables.js';

/** What a calendar is made of; every field is optional. */
export interface WorkingCalendarConfig {
  /** Office sessions per weekday; default Monday–Friday 07:30–11:30, 13:00–17:00. */
  readonly weeklySessions?: WeeklySessions;
  /** Sessions of an extra working day (a swapped Saturday); default the sessions of the first working weekday from Monday. */
  readonly extraWorkingDaySessions?: DailySessions;
  /** Length of "one working day" in minutes; default the length of `extraWorkingDaySessions` (480). */
  readonly minutesPerWorkingDay?: number;
  /** Official schedules; each replaces the generated default of its year. */
  readonly schedules?: readonly YearSchedule[];
  /** Rules for generating the years without an official schedule. */
  readonly holidayRules?: Partial<HolidayRules>;
}

/**
 * The precomputed calendar. Treat as opaque and immutable; `id` changes whenever any input changes, so it
 * can key caches and be stored with a deadline to say which calendar version computed it.
 */
export interface WorkingCalendar extends ProfileTables, DayTables {
  readonly id: string;
  /** Length of "one working day" in minutes (480 with the default sessions). */
  readonly minutesPerWorkingDay: number;
  /** Number of local days covered (1900-01-01 … 2100-12-31). */
  readonly dayCount: number;
  /** Per day: index of its session profile; profile 0 has no sessions (a day off or rest day). */
  readonly dayProfile: Uint8Array;
  /** The schedule in force for each year; index i is year 1900 + i. */
  readonly yearSchedules: readonly YearSchedule[];
}

/**
 * Builds a calendar (about 74,000 days; tens of milliseconds). Official schedules are validated like a
 * schedule file. Throws `validation_failed` on bad sessions, schedules or a calendar without working time.
 */
export function createWorkingCalendar(config: WorkingCalendarConfig = {}): WorkingCalendar {
  const weekly = config.weeklySessions ?? DEFAULT_WEEKLY_SESSIONS;
  weekly.forEach((sessions) => assertOrderedSessions(sessions, formatDailySessions(sessions)));
  const extra = config.extraWorkingDaySessions ?? pickStandardSessions(weekly);
  assertOrderedSessions(extra, formatDailySessions(extra));
  const minutesPerWorkingDay = config.minutesPerWorkingDay ?? countSessionMinutes(extra);
  if (!Number.isInteger(minutesPerWorkingDay) || minutesPerWorkingDay <= 0) throw noWorkingTime();
  const official = config.schedules ? parseScheduleData(config.schedules) : [];
  const yearSchedules = resolveYearSchedules(official, config.holidayRules);
  const profiles = buildSessionProfiles([...weekly, extra]);
  const dayCount = END_EPOCH_DAY - FIRST_EPOCH_DAY;
  const dayProfile = new Uint8Array(dayCount);
  for (let day = 0; day < dayCount; day += 1) {
    dayProfile[day] = profiles.weekdayProfile[computeWeekday(FIRST_EPOCH_DAY + day)]!;
  }
  const extraProfile = profiles.weekdayProfile[7]!;
  for (const schedule of yearSchedules) {
    for (const date of schedule.extraWorkingDays) dayProfile[toDayIndex(date)] = extraProfile;
    for (const dayOff of schedule.daysOff) dayProfile[toDayIndex(dayOff.date)] = 0;
  }
  const tables = indexWorkingMinutes(dayProfile, profiles.tables);
  if (tables.totalMinutes === 0) throw noWorkingTime();
  return {
    id: computeCalendarId(config, weekly, extra, minutesPerWorkingDay),
    minutesPerWorkingDay,
    dayCount,
    dayProfile,
    ...profiles.tables,
    ...tables,
    yearSchedules,
  };
}

/** Sessions of the first weekday from Monday that has any; the shape of a standard working day. */
function pickStandardSessions(weekly: WeeklySessions): DailySessions {
  for (const weekday of [1, 2, 3, 4, 5, 6, 0]) {
    const sessions = weekly[weekday];
    if (sessions && sessions.length > 0) return sessions;
  }
  throw noWorkingTime();
}

function toDayIndex(isoDate: string): number {
  const date = findIsoDate(isoDate);
  if (!date) throw new AppError('validation_failed', `Ngày không hợp lệ: ${isoDate}`);
  return toEpochDay(date) - FIRST_EPOCH_DAY;
}

/** A short stable digest (53-bit FNV-style) of everything the calendar is built from. */
function computeCalendarId(
  config: WorkingCalendarConfig,
  weekly: WeeklySessions,
  extra: DailySessions,
  minutesPerWorkingDay: number,
): string {
  const schedules = [...(config.schedules ?? [])]
    .sort((a, b) => a.year - b.year)
    .map((s) => [s.year, s.daysOff.map((d) => `${d.date}=${d.name}`).sort(), [...s.extraWorkingDays].sort()]);
  const rules = config.holidayRules ?? {};
  const canonical = JSON.stringify([
    weekly.map(formatDailySessions),
    formatDailySessions(extra),
    minutesPerWorkingDay,
    [rules.tetDaysBeforeNewYear ?? null, rules.nationalDayExtra ?? null, rules.weeklyRestDays ?? null],
    schedules,
  ]);
  return `cal1-${hashText(canonical)}`;
}

function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

function noWorkingTime(): AppError {
  return new AppError(
    'validation_failed',
    'Lịch làm việc không có giờ làm việc nào.',
    null,
    'The calendar has no working time at all.',
  );
}
