/** Import of schedule files (JSON schedule data or iCalendar) and export of effective schedules. */
import type { CalendarExportQuery } from '../../../contracts/calendars.js';
import {
  computeLocalEpochDay,
  fromEpochDay,
  MIN_YEAR,
  parseScheduleData,
  type YearSchedule,
} from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import { getWorkingCalendar } from './calendars.cache.js';
import { importSchedules } from './calendars.edit.js';
import { formatICalendar, parseICalendarSchedules } from './calendars.ical.js';
import * as q from './calendars.queries.js';
import { officialOf, type CalendarBundle } from './calendars.service.js';

/** Most years one export may hold. */
export const MAX_EXPORT_YEARS = 50;

/**
 * Imports a schedule file as one new version: `body` is iCalendar text (a string) or parsed JSON schedule
 * data (one year or an array of years). Each year in the file replaces that year's schedule. Errors name
 * the JSON path (`[1].daysOff[0].date`) or the iCalendar line.
 */
export async function importCalendarFile(
  ctx: RequestContext,
  id: string,
  query: { version: number; note?: string | undefined },
  body: unknown,
): Promise<CalendarBundle & { years: number[] }> {
  const isIcs = typeof body === 'string';
  const parse = () => (isIcs ? parseICalendarSchedules(body) : parseScheduleData(body));
  return importSchedules(ctx, id, query.version, parse, {
    format: isIcs ? 'ical' : 'json',
    note: query.note,
  });
}

/** The effective schedules (official or generated) of a calendar's current version for some years. */
export interface ScheduleExport {
  calendar: q.CalendarRow;
  schedules: YearSchedule[];
  /** True when one `year` was asked for (the JSON export is then a single object). */
  single: boolean;
}

/** Effective schedules of `year`, or of `from`–`to` (default: the current local year). */
export async function exportSchedules(
  ctx: RequestContext,
  id: string,
  query: CalendarExportQuery,
): Promise<ScheduleExport> {
  officialOf(ctx);
  const { db } = ctx.deps.database;
  const calendar = await q.findCalendar(db, id);
  if (!calendar) throw fail.notFound('Không tìm thấy lịch làm việc.');
  const thisYear = fromEpochDay(computeLocalEpochDay(ctx.deps.clock.now().getTime())).year;
  const from = query.year ?? query.from ?? query.to ?? thisYear;
  const to = query.year ?? query.to ?? from;
  if (to < from || to - from >= MAX_EXPORT_YEARS) {
    throw fail.validation(`Khoảng năm không hợp lệ (tối đa ${MAX_EXPORT_YEARS} năm).`, [{ path: 'to' }]);
  }
  const working = await getWorkingCalendar(db, calendar.current_version_id);
  const schedules = working.yearSchedules.slice(from - MIN_YEAR, to - MIN_YEAR + 1);
  return { calendar, schedules: [...schedules], single: query.year !== undefined };
}

/** An export as iCalendar text, stamped with the current time. */
export function formatScheduleExport(ctx: RequestContext, exported: ScheduleExport): string {
  return formatICalendar({
    name: exported.calendar.name,
    code: exported.calendar.code,
    schedules: exported.schedules,
    stampedAt: ctx.deps.clock.now().getTime(),
  });
}
