/**
 * The apology's new return date (form 04): a working day after the current due time, returned at the end
 * of that day's working hours; and which step periods made the dossier late (their holders are responsible).
 */
import {
  computeDayIndex,
  computeLocalDayStart,
  computeWorkingDayEnd,
  isValidCivilDate,
  nextWorkingInstant,
  parseIsoDate,
  toEpochDay,
  type WorkingCalendar,
} from '../calendar/index.js';
import { AppError } from '../errors.js';
import type { DossierState } from '../dossiers/state.js';

function invalidDate(message: string): AppError {
  return new AppError('validation_failed', message, [{ path: 'proposedDueDate' }]);
}

/**
 * The instant a proposed return date (`YYYY-MM-DD`, local) stands for: the end of that working day. Throws
 * `validation_failed` when the day is not a working day or is not after the current due time.
 */
export function computeProposedDueAt(
  calendar: WorkingCalendar,
  isoDate: string,
  currentDueAt: number,
): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match || !isValidCivilDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw invalidDate('Ngày hẹn trả mới không hợp lệ.');
  }
  const dayStart = computeLocalDayStart(toEpochDay(parseIsoDate(isoDate)));
  const day = computeDayIndex(calendar, dayStart);
  const firstWorking = nextWorkingInstant(calendar, dayStart);
  if (computeDayIndex(calendar, firstWorking) !== day) {
    throw invalidDate('Ngày hẹn trả mới phải là ngày làm việc (không phải ngày nghỉ, ngày lễ).');
  }
  const dueAt = computeWorkingDayEnd(calendar, calendar.workingDaysBefore[day]!);
  if (dueAt <= currentDueAt) throw invalidDate('Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại.');
  return dueAt;
}

/** Holders of the step periods that ended late or are open past their due time at `now`. */
export function findResponsibleHolders(state: DossierState, now: number): string[] {
  const late = state.periods.filter((p) => (p.endedAt === null ? p.dueAt < now : p.outcome === 'late'));
  return [...new Set(late.map((p) => p.holderId).filter((id): id is string => id !== null))];
}
