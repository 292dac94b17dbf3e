/**
 * The public deadline calculator: a start instant and a duration on a unit's (or a given, or the default)
 * calendar → the due time, the counting start, the working minutes and the days skipped on the way.
 */
import type { PublicDeadlineRequest } from '../../../contracts/calendars.js';
import { nextWorkingInstant, parseInstant, workingMinutesBetween } from '../../../domain/calendar/index.js';
import { listSkippedDays, type SkippedDay } from '../../../domain/calendar/skipped-days.js';
import { AppError, fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { getWorkingCalendar } from './calendars.cache.js';
import * as q from './calendars.queries.js';
import {
  computeDueOn,
  getDefaultCalendarRow,
  parseDeadlineDuration,
  resolveUnitCalendar,
} from './calendars.service.js';

/** A computed deadline (instants in epoch ms) and the calendar version it was computed on. */
export interface DeadlineResult {
  start: number;
  countingFrom: number;
  due: number;
  workingMinutes: number;
  skippedDays: SkippedDay[];
  calendar: q.CalendarRow;
}

/**
 * Computes a deadline for anyone (no sign-in): `unitId` picks the unit's calendar, `calendarId` a calendar,
 * neither the national default. Throws `validation_failed` naming the bad field, `not_found`.
 */
export async function computePublicDeadline(
  ctx: RequestContext,
  input: PublicDeadlineRequest,
): Promise<DeadlineResult> {
  const { db } = ctx.deps.database;
  if (input.unitId && input.calendarId) {
    throw fail.validation('Chỉ chọn đơn vị hoặc lịch làm việc, không chọn cả hai.', [{ path: 'calendarId' }]);
  }
  const start = atPath('start', () => parseInstant(input.start));
  const duration = atPath('duration', () => parseDeadlineDuration(input.duration));
  const calendar = await pickCalendar(db, input);
  const working = await getWorkingCalendar(db, calendar.current_version_id);
  const due = computeDueOn(working, start, duration);
  const countingFrom = duration.unit === 'calendar-days' ? start : nextWorkingInstant(working, start);
  return {
    start,
    countingFrom,
    due,
    workingMinutes: workingMinutesBetween(working, countingFrom, due),
    skippedDays: listSkippedDays(working, countingFrom, due),
    calendar,
  };
}

async function pickCalendar(db: Executor, input: PublicDeadlineRequest): Promise<q.CalendarRow> {
  if (input.unitId) return resolveUnitCalendar(db, input.unitId);
  if (!input.calendarId) return getDefaultCalendarRow(db);
  const calendar = await q.findCalendar(db, input.calendarId);
  if (!calendar) throw fail.notFound('Không tìm thấy lịch làm việc.');
  return calendar;
}

/** Runs a parse, adding the request field's path to a validation error. */
function atPath<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
    throw new AppError(error.code, error.message, [{ path, message: error.message }], error.messageEn);
  }
}
