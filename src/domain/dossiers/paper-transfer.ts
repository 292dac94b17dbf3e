/**
 * Moving a paper dossier from the one-stop to the processing unit (domain.md §5, ND 61/2018 art. 20, ND
 * 118/2025): for every procedure, not only same-day ones, a paper dossier received before 15:00 goes the same
 * working day, one received at or after 15:00 (or after closing, or on a day off) at the start of the next
 * working day. The hand-over is a transfer slip signed by both sides; a slip signed after the due time is late.
 */
import { DAY_MS, MINUTE_MS } from '../calendar/instant.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  CALENDAR_START_MS,
  computeDayIndex,
  computeWorkingDayEnd,
  computeWorkingDayStart,
} from '../calendar/working-time.js';
import { SAME_DAY_CUTOFF_MINUTES } from '../calendar/deadlines.js';

/** Where a paper dossier's transfer stands at an instant. */
export type PaperTransferStatus = 'pending' | 'overdue' | 'on_time' | 'late';

/**
 * The latest moment the paper dossier received at `receivedAt` must reach the processing unit: the end of
 * the same working day when received before the cutoff (15:00 local) on a working day, otherwise the start
 * of the next working day's first session (also when received on a day off). A receipt before opening or in
 * the lunch break of a working day is before the cutoff, so it is due that day.
 */
export function computePaperTransferDueTime(
  calendar: WorkingCalendar,
  receivedAt: number,
  cutoffMinutes = SAME_DAY_CUTOFF_MINUTES,
): number {
  const day = computeDayIndex(calendar, receivedAt);
  const ordinal = calendar.workingDaysBefore[day]!;
  const isWorkingDay = calendar.workingDayIndex[ordinal] === day;
  const cutoff = CALENDAR_START_MS + day * DAY_MS + cutoffMinutes * MINUTE_MS;
  if (isWorkingDay && receivedAt < cutoff) return computeWorkingDayEnd(calendar, ordinal);
  return computeWorkingDayStart(calendar, isWorkingDay ? ordinal + 1 : ordinal);
}

/**
 * The state of a transfer due at `dueAt`: signed (`transferredAt`) on or before it is on time, after it late;
 * not yet signed it is pending until the due time, then overdue.
 */
export function assessPaperTransfer(
  dueAt: number,
  transferredAt: number | null,
  now: number,
): PaperTransferStatus {
  if (transferredAt !== null) return transferredAt <= dueAt ? 'on_time' : 'late';
  return now <= dueAt ? 'pending' : 'overdue';
}
