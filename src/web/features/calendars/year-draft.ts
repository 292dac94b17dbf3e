/**
 * Editing one year of a calendar on screen: the days the person clicked, kept as changes over the year the
 * server sent, and the schedule (days off, extra working days) those changes add up to. Clicking a day
 * cycles it the way an administrator reads the official schedule:
 * working weekday → day off → working again; weekly rest day → extra working day → rest day again.
 */
import type { CalendarDayKind, CalendarDayOff, CalendarYearDay } from '../../../contracts/calendars';

/** Name given to a new day off unless the person types another. Names are stored (Vietnamese) data. */
export const DEFAULT_DAY_OFF_NAME = 'Nghỉ';

/** What the person made of a day: its kind and, for a day off, its name. */
export interface DayState {
  kind: CalendarDayKind;
  name: string | null;
}

/** The changed days by ISO date; a day absent here is as the server sent it. */
export type DayChanges = Readonly<Record<string, DayState>>;

/** Weekdays (0 = Sunday … 6 = Saturday) with office hours: those with at least one ordinary working day. */
export function listWorkingWeekdays(days: readonly CalendarYearDay[]): ReadonlySet<number> {
  return new Set(days.filter((day) => day.kind === 'working').map((day) => day.weekday));
}

/**
 * The kind a click turns a day into. `isWorkingWeekday`: whether the day's weekday normally has office hours
 * (then a day off becomes a working day again; otherwise it returns to being a rest day).
 */
export function nextKind(kind: CalendarDayKind, isWorkingWeekday: boolean): CalendarDayKind {
  switch (kind) {
    case 'working':
      return 'day_off';
    case 'weekend':
      return 'extra_working';
    case 'day_off':
    case 'extra_working':
      return isWorkingWeekday ? 'working' : 'weekend';
  }
}

/** The day as it stands on screen: the server's day with the person's change, if any. */
export function applyChange(day: CalendarYearDay, changes: DayChanges): CalendarYearDay {
  const change = changes[day.date];
  if (!change) return day;
  const isWorking = change.kind === 'working' || change.kind === 'extra_working';
  return { ...day, kind: change.kind, name: change.kind === 'day_off' ? change.name : null, isWorking };
}

/**
 * Records that `day` (as the server sent it) now stands as `next`. Going back to what the server sent
 * removes the change, so undoing every click leaves nothing to save.
 */
export function changeDay(changes: DayChanges, day: CalendarYearDay, next: DayState): DayChanges {
  const rest = Object.fromEntries(Object.entries(changes).filter(([date]) => date !== day.date));
  const name = next.kind === 'day_off' ? next.name : null;
  const isOriginal = day.kind === next.kind && (next.kind !== 'day_off' || day.name === name);
  return isOriginal ? rest : { ...rest, [day.date]: { kind: next.kind, name } };
}

/** The whole year's schedule to send: every day off with its name and every extra working day, by date. */
export function buildYearSchedule(
  days: readonly CalendarYearDay[],
  changes: DayChanges,
): { daysOff: CalendarDayOff[]; extraWorkingDays: string[] } {
  const daysOff: CalendarDayOff[] = [];
  const extraWorkingDays: string[] = [];
  for (const original of days) {
    const day = applyChange(original, changes);
    if (day.kind === 'day_off') daysOff.push({ date: day.date, name: day.name ?? DEFAULT_DAY_OFF_NAME });
    if (day.kind === 'extra_working') extraWorkingDays.push(day.date);
  }
  return { daysOff, extraWorkingDays };
}
