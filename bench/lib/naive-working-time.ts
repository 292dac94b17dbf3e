/**
 * A deliberately naive working-time implementation: walks day by day and session by session, looking days
 * up in sets of date strings. It is the baseline of benchmark B8 and an independent oracle for the tests of
 * the table-based `src/domain/calendar/working-time.ts`. Same rules, no precomputed tables.
 */
import {
  DAY_MS,
  DEFAULT_WEEKLY_SESSIONS,
  computeLocalDayStart,
  computeLocalEpochDay,
  formatEpochDay,
  resolveYearSchedules,
  computeWeekday,
  type DailySessions,
  type WeeklySessions,
  type YearSchedule,
} from '../../src/domain/calendar/index.js';

/** The naive calendar: weekly sessions plus sets of dates. */
export interface NaiveCalendar {
  readonly weekly: WeeklySessions;
  readonly extraSessions: DailySessions;
  readonly daysOff: ReadonlySet<string>;
  readonly extraWorkingDays: ReadonlySet<string>;
}

/** Builds the naive calendar from the same inputs as `createWorkingCalendar`. */
export function createNaiveCalendar(
  options: {
    weekly?: WeeklySessions;
    extraSessions?: DailySessions;
    schedules?: readonly YearSchedule[];
  } = {},
): NaiveCalendar {
  const weekly = options.weekly ?? DEFAULT_WEEKLY_SESSIONS;
  const years = resolveYearSchedules(options.schedules ?? []);
  return {
    weekly,
    extraSessions: options.extraSessions ?? weekly[1],
    daysOff: new Set(years.flatMap((y) => y.daysOff.map((d) => d.date))),
    extraWorkingDays: new Set(years.flatMap((y) => y.extraWorkingDays)),
  };
}

/** Sessions of a local day, from the sets and the weekday. */
export function listNaiveSessions(calendar: NaiveCalendar, epochDay: number): DailySessions {
  const date = formatEpochDay(epochDay);
  if (calendar.daysOff.has(date)) return [];
  if (calendar.extraWorkingDays.has(date)) return calendar.extraSessions;
  return calendar.weekly[computeWeekday(epochDay)] ?? [];
}

/** Adds non-negative working minutes by walking forward day by day. */
export function addWorkingMinutesNaively(calendar: NaiveCalendar, start: number, minutes: number): number {
  let remaining = Math.round(minutes * 60_000);
  let cursor = start;
  for (let epochDay = computeLocalEpochDay(start); ; epochDay += 1) {
    const dayStart = computeLocalDayStart(epochDay);
    for (const session of listNaiveSessions(calendar, epochDay)) {
      const from = dayStart + session.start * 60_000;
      const to = dayStart + session.end * 60_000;
      if (remaining === 0 && cursor <= to) return Math.max(cursor, from);
      if (cursor >= to) continue;
      const begin = Math.max(cursor, from);
      if (remaining <= to - begin) return begin + remaining;
      remaining -= to - begin;
      cursor = to;
    }
    cursor = Math.max(cursor, dayStart + DAY_MS);
  }
}

/** Working ms between a and b (negative when b < a) by summing session overlaps day by day. */
export function measureWorkingMsNaively(calendar: NaiveCalendar, a: number, b: number): number {
  if (b < a) return 0 - measureWorkingMsNaively(calendar, b, a);
  let total = 0;
  for (let epochDay = computeLocalEpochDay(a); epochDay <= computeLocalEpochDay(b); epochDay += 1) {
    const dayStart = computeLocalDayStart(epochDay);
    for (const session of listNaiveSessions(calendar, epochDay)) {
      const from = Math.max(a, dayStart + session.start * 60_000);
      const to = Math.min(b, dayStart + session.end * 60_000);
      if (to > from) total += to - from;
    }
  }
  return total;
}
