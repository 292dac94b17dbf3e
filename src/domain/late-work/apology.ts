/**
 * The apology (form 04): its new return date (a working day after the current due time and after the moment
 * it is set, returned at the end of that day's working hours), the latest moment it may reach the citizen
 * without being late, and which step periods made the dossier late (their holders are responsible).
 */
import {
  addWorkingMilliseconds,
  computeDayIndex,
  computeLocalDayStart,
  computeWorkingDayEnd,
  isValidCivilDate,
  MINUTE_MS,
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
 * `validation_failed` when the day is not a working day, or the date is not after both the current due time
 * and `now` (see `assertNewDueAtValid`).
 */
export function computeProposedDueAt(
  calendar: WorkingCalendar,
  isoDate: string,
  currentDueAt: number,
  now: number,
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
  assertNewDueAtValid(dueAt, currentDueAt, now);
  return dueAt;
}

/**
 * A new return date is real: after the current due time and after `now` (the moment it is drafted, and again
 * the moment it is approved: a draft may have aged). Throws `validation_failed` otherwise.
 */
export function assertNewDueAtValid(newDueAt: number, currentDueAt: number, now: number): void {
  if (newDueAt <= currentDueAt) throw invalidDate('Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại.');
  if (newDueAt <= now) {
    throw invalidDate(
      'Ngày hẹn trả mới đã qua: phải là một ngày làm việc sau thời điểm hiện tại. Vui lòng lập phiếu với ngày hẹn mới.',
    );
  }
}

/**
 * The latest moment an apology for a dossier due at `dueAt` reaches the citizen in time (domain.md §7,
 * ND 61/2018/NĐ-CP: "trong thời hạn chậm nhất 01 ngày trước ngày hết hạn, cơ quan, đơn vị có thẩm quyền giải
 * quyết hồ sơ phải thông báo bằng văn bản cho Bộ phận Tiếp nhận và Trả kết quả và gửi văn bản xin lỗi tổ
 * chức, cá nhân"): the end of the working day that lies `leadMinutes` of working time before the due time —
 * "one working day before the due DATE", so a dossier due Thursday 10:00 is apologised for by Wednesday's
 * close — and never after the due time itself.
 */
export function computeApologyLatestAt(
  calendar: WorkingCalendar,
  dueAt: number,
  leadMinutes: number,
): number {
  if (leadMinutes <= 0) return dueAt;
  // the EARLIEST instant `leadMinutes` of working time before the due time: Wednesday 17:00, not Thursday
  // 07:30, for a dossier due at Thursday's close; the millisecond before it is working time of its day
  const justBefore = addWorkingMilliseconds(calendar, dueAt, -(leadMinutes * MINUTE_MS + 1));
  const lead = addWorkingMilliseconds(calendar, justBefore, 1);
  const day = computeDayIndex(calendar, lead - 1);
  return Math.min(dueAt, computeWorkingDayEnd(calendar, calendar.workingDaysBefore[day]!));
}

/** An apology approved at `approvedAt` is late when the latest moment for the due time it moves has passed. */
export function isApologyLate(
  calendar: WorkingCalendar,
  dueAt: number,
  leadMinutes: number,
  approvedAt: number,
): boolean {
  return approvedAt > computeApologyLatestAt(calendar, dueAt, leadMinutes);
}

/** Holders of the step periods that ended late or are open past their due time at `now`. */
export function findResponsibleHolders(state: DossierState, now: number): string[] {
  const late = state.periods.filter((p) => (p.endedAt === null ? p.dueAt < now : p.outcome === 'late'));
  return [...new Set(late.map((p) => p.holderId).filter((id): id is string => id !== null))];
}
