/**
 * Reading working-time calendars, and what other modules call: which calendar version a unit uses, the
 * built calendar of a version, and due times on it. Writes live in `calendars.edit.ts`.
 */
import {
  addDuration,
  computeSameDayDueTime,
  parseDuration,
  type Duration,
  type WorkingCalendar,
} from '../../../domain/calendar/index.js';
import type { Actor } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { getWorkingCalendar } from './calendars.cache.js';
import * as q from './calendars.queries.js';

export { getWorkingCalendar } from './calendars.cache.js';
export { ensureCalendarDays, CALENDAR_DAY_YEARS } from './calendars.days.js';

/** A duration as procedures state it: working days/hours/minutes, calendar days, or same-day handling. */
export type DeadlineDuration = Duration | { readonly unit: 'same-day' };

/** A calendar with its current version, all versions and the built current calendar. */
export interface CalendarBundle {
  calendar: q.CalendarRow;
  current: q.CalendarVersionRow;
  versions: Awaited<ReturnType<typeof q.listVersions>>;
  working: WorkingCalendar;
}

/** The acting official, or `unauthenticated` / `forbidden`. */
export function officialOf(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (actor.kind !== 'official') throw fail.forbidden();
  return actor;
}

/** Parses `3d`, `4h`, `90m`, `5cd` or `same-day`; throws `validation_failed`. */
export function parseDeadlineDuration(text: string): DeadlineDuration {
  return text.trim().toLowerCase() === 'same-day' ? { unit: 'same-day' } : parseDuration(text);
}

/** The due instant of `duration` received at `startMs` on a built calendar (pure). */
export function computeDueOn(calendar: WorkingCalendar, startMs: number, duration: DeadlineDuration): number {
  if (duration.unit === 'same-day') return computeSameDayDueTime(calendar, startMs);
  return addDuration(calendar, startMs, duration);
}

/**
 * The due instant (epoch ms) of `duration` (text like `3d` or parsed) from `startMs` on a stored calendar
 * version, e.g. the one a dossier kept. Throws `not_found` for an unknown version, `validation_failed` on a
 * bad duration or a result outside 1900–2100.
 */
export async function computeDue(
  db: Executor,
  versionId: string,
  startMs: number,
  duration: string | DeadlineDuration,
): Promise<number> {
  const parsed = typeof duration === 'string' ? parseDeadlineDuration(duration) : duration;
  return computeDueOn(await getWorkingCalendar(db, versionId), startMs, parsed);
}

/** The national default calendar's row ('vn-default'). */
export async function getDefaultCalendarRow(db: Executor): Promise<q.CalendarRow> {
  const row = await q.findCalendarByCode(db, q.DEFAULT_CALENDAR_CODE);
  if (!row) throw new Error(`calendar ${q.DEFAULT_CALENDAR_CODE} is missing: run the migrations`);
  return row;
}

/** The current version of the national default calendar, built (cached). */
export async function defaultCalendar(db: Executor): Promise<WorkingCalendar> {
  return getWorkingCalendar(db, (await getDefaultCalendarRow(db)).current_version_id);
}

/**
 * The calendar a unit uses: its own, else its nearest ancestor's, else the national default (inactive
 * calendars are skipped). Throws `not_found` for an unknown unit.
 */
export async function resolveUnitCalendar(db: Executor, unitId: string): Promise<q.CalendarRow> {
  if (!(await q.findUnitCalendarChoice(db, unitId))) throw fail.notFound('Không tìm thấy đơn vị.');
  const calendarId = await q.findUnitCalendarId(db, unitId);
  const row = calendarId ? await q.findCalendar(db, calendarId) : undefined;
  return row ?? getDefaultCalendarRow(db);
}

/**
 * Id of the calendar version in force now for a unit — store it with a dossier received now so its due
 * times never change when the calendar is edited later. Also makes sure the version's calendar_day rows
 * exist. Throws `not_found` for an unknown unit.
 */
export async function resolveUnitCalendarVersion(db: Executor, unitId: string): Promise<string> {
  const versionId = (await resolveUnitCalendar(db, unitId)).current_version_id;
  await getWorkingCalendar(db, versionId);
  return versionId;
}

/** Lists every calendar (any official). */
export async function listCalendars(ctx: RequestContext): Promise<q.CalendarRow[]> {
  officialOf(ctx);
  return q.listCalendars(ctx.deps.database.readDb);
}

/** A calendar with its current version and version list (any official). Throws `not_found`. */
export async function getCalendar(ctx: RequestContext, id: string): Promise<CalendarBundle> {
  officialOf(ctx);
  return loadCalendarBundle(ctx.deps.database.db, id);
}

/** Loads a calendar, its current version, its versions and the built current calendar. */
export async function loadCalendarBundle(db: Executor, id: string): Promise<CalendarBundle> {
  const calendar = await q.findCalendar(db, id);
  if (!calendar) throw fail.notFound('Không tìm thấy lịch làm việc.');
  const current = await q.findVersion(db, calendar.current_version_id);
  if (!current) throw fail.notFound('Không tìm thấy phiên bản lịch làm việc.');
  const versions = await q.listVersions(db, id);
  return { calendar, current, versions, working: await getWorkingCalendar(db, current.id) };
}

/** What the year view is built from. */
export interface YearViewSource {
  calendar: q.CalendarRow;
  version: q.CalendarVersionRow;
  working: WorkingCalendar;
  year: number;
  isOfficial: boolean;
}

/** One year of a calendar's current (or given) version, for the month grids. Throws `not_found`. */
export async function getYearView(
  ctx: RequestContext,
  id: string,
  year: number,
  versionNumber?: number,
): Promise<YearViewSource> {
  officialOf(ctx);
  const { db } = ctx.deps.database;
  const calendar = await q.findCalendar(db, id);
  if (!calendar) throw fail.notFound('Không tìm thấy lịch làm việc.');
  const version = versionNumber
    ? await q.findVersionByNumber(db, id, versionNumber)
    : await q.findVersion(db, calendar.current_version_id);
  if (!version) throw fail.notFound('Không tìm thấy phiên bản lịch làm việc.');
  const official = version.official_schedules as { year: number }[];
  return {
    calendar,
    version,
    working: await getWorkingCalendar(db, version.id),
    year,
    isOfficial: official.some((schedule) => schedule.year === year),
  };
}
