/**
 * Deadline rules built on working-time arithmetic: the 15:00 same-day rule, and the two ways a supplement
 * request affects a running deadline (pause then resume with the remaining time, or restart from zero).
 */
import { addDuration, type Duration } from './duration.js';
import { DAY_MS, MINUTE_MS } from './instant.js';
import type { WorkingCalendar } from './working-calendar.js';
import {
  addWorkingMilliseconds,
  CALENDAR_START_MS,
  computeDayIndex,
  computeWorkingDayEnd,
  nextWorkingInstant,
  workingMillisecondsBetween,
} from './working-time.js';

/** The legal cutoff for same-day handling: 15:00 local, in minutes after midnight. */
export const SAME_DAY_CUTOFF_MINUTES = 15 * 60;

/**
 * Due time of a same-day procedure (or of moving a paper dossier on the day it is received): received
 * before the cutoff on a working day → end of that working day (17:00 by default); at or after the cutoff,
 * after closing or on a day off → end of the next working day. A receipt before opening or in the lunch
 * break counts as received at the next session start, so 06:00 on a working day is due the same day.
 */
export function computeSameDayDueTime(
  calendar: WorkingCalendar,
  receivedAt: number,
  cutoffMinutes = SAME_DAY_CUTOFF_MINUTES,
): number {
  const effective = nextWorkingInstant(calendar, receivedAt);
  const day = computeDayIndex(calendar, effective);
  const reference = computeDayIndex(calendar, receivedAt) === day ? receivedAt : effective;
  const cutoff = CALENDAR_START_MS + day * DAY_MS + cutoffMinutes * MINUTE_MS;
  const ordinal = calendar.workingDaysBefore[day]!;
  return computeWorkingDayEnd(calendar, reference < cutoff ? ordinal : ordinal + 1);
}

/** A deadline on hold: the working time that was left when it was paused (negative when already overdue). */
export interface PausedDeadline {
  readonly remainingWorkingMs: number;
}

/** Pauses a running deadline at `pausedAt`, keeping the working time left until `due`. */
export function pauseDeadline(calendar: WorkingCalendar, due: number, pausedAt: number): PausedDeadline {
  return { remainingWorkingMs: workingMillisecondsBetween(calendar, pausedAt, due) };
}

/**
 * New due time after a pause: `resumedAt` plus the remaining working time. A deadline paused while overdue
 * stays overdue by the same working time (the result lies before `resumedAt`).
 */
export function resumeDeadline(calendar: WorkingCalendar, paused: PausedDeadline, resumedAt: number): number {
  return addWorkingMilliseconds(calendar, resumedAt, paused.remainingWorkingMs);
}

/** New due time when the clock restarts from zero (complete dossier received): the full duration again. */
export function restartDeadline(calendar: WorkingCalendar, resumedAt: number, duration: Duration): number {
  return addDuration(calendar, resumedAt, duration);
}
