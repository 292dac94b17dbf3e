/**
 * Editing calendars. Versions are immutable: every edit writes a new version (with its calendar_day rows),
 * points the calendar at it and appends the audit entry, in one transaction, checking the calendar's row
 * version (`conflict` when someone else edited it first).
 */
import type { ReplaceYearRequest, UpdateSessionsRequest } from '../../../contracts/calendars.js';
import { canEditCalendars } from '../../../domain/access/policy.js';
import {
  parseScheduleData,
  parseWeeklySessions,
  sortYearSchedule,
  type YearSchedule,
} from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { primeWorkingCalendar } from './calendars.cache.js';
import { buildWorkingCalendar } from './calendars.content.js';
import { listVersionDayRows } from './calendars.days.js';
import * as q from './calendars.queries.js';
import { loadCalendarBundle, officialOf, type CalendarBundle } from './calendars.service.js';

/** A version's editable content, in the stored (column) shape. */
export interface VersionContent {
  weekly_sessions: string;
  holiday_rules: object;
  official_schedules: YearSchedule[];
  minutes_per_working_day: number | null;
}

/** Replaces a year's schedule by an official one (validated like a schedule file). */
export async function replaceYear(
  ctx: RequestContext,
  id: string,
  year: number,
  input: ReplaceYearRequest,
): Promise<CalendarBundle> {
  return commitVersion(ctx, {
    id,
    expectedVersion: input.version,
    note: input.note,
    change: (current) => {
      const { daysOff, extraWorkingDays } = input;
      const schedules = parseScheduleData({ year, daysOff, extraWorkingDays });
      return { ...current, official_schedules: mergeSchedules(current.official_schedules, schedules) };
    },
    action: 'calendar.year.replace',
    summary: { year, daysOff: input.daysOff.length, extraWorkingDays: input.extraWorkingDays },
  });
}

/** Drops a year's official schedule: the year goes back to the default generated from the rules. */
export async function resetYear(
  ctx: RequestContext,
  id: string,
  year: number,
  expectedVersion: number,
  note?: string,
): Promise<CalendarBundle> {
  return commitVersion(ctx, {
    id,
    expectedVersion,
    note,
    change: (current) => {
      if (!current.official_schedules.some((s) => s.year === year)) {
        throw fail.notFound(`Năm ${year} chưa có lịch chính thức: đang dùng lịch tạo tự động.`);
      }
      return { ...current, official_schedules: current.official_schedules.filter((s) => s.year !== year) };
    },
    action: 'calendar.year.reset',
    summary: { year },
  });
}

/** New office sessions; `minutesPerWorkingDay` omitted keeps the current value, null derives it. */
export async function updateSessions(
  ctx: RequestContext,
  id: string,
  input: UpdateSessionsRequest,
): Promise<CalendarBundle> {
  const { sessions, minutesPerWorkingDay } = input;
  return commitVersion(ctx, {
    id,
    expectedVersion: input.version,
    note: input.note,
    change: (current) => {
      parseWeeklySessions(sessions);
      const minutes =
        minutesPerWorkingDay === undefined ? current.minutes_per_working_day : minutesPerWorkingDay;
      return { ...current, weekly_sessions: sessions, minutes_per_working_day: minutes };
    },
    action: 'calendar.sessions.update',
    summary: { sessions, minutesPerWorkingDay },
  });
}

/**
 * Imports official schedules (each year replaces that year's schedule) as one new version. `parse` runs
 * after the permission check, so a person without rights learns nothing from validation errors.
 */
export async function importSchedules(
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
  parse: () => YearSchedule[],
  source: { format: 'json' | 'ical'; note?: string | undefined },
): Promise<CalendarBundle & { years: number[] }> {
  let years: number[] = [];
  const summary: Record<string, unknown> = { format: source.format };
  const bundle = await commitVersion(ctx, {
    id,
    expectedVersion,
    note: source.note,
    change: (current) => {
      const schedules = parse();
      if (schedules.length === 0) throw fail.validation('Tệp không có năm nào.');
      years = schedules.map((s) => s.year);
      summary.years = years; // the audit entry is written after the change
      return { ...current, official_schedules: mergeSchedules(current.official_schedules, schedules) };
    },
    action: 'calendar.import',
    summary,
  });
  return { ...bundle, years };
}

/** One edit: which calendar, at which row version, how the content changes, and its audit entry. */
interface VersionEdit {
  id: string;
  expectedVersion: number;
  note: string | undefined;
  change: (current: VersionContent) => VersionContent;
  action: string;
  summary: Record<string, unknown>;
}

async function commitVersion(ctx: RequestContext, edit: VersionEdit): Promise<CalendarBundle> {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const calendar = await q.findCalendar(db, edit.id);
  if (!calendar) throw fail.notFound('Không tìm thấy lịch làm việc.');
  if (!canEditCalendars(actor, { ownerUnitPath: calendar.owner_unit_path })) {
    throw fail.forbidden(
      calendar.owner_unit_id === null
        ? 'Chỉ quản trị hệ thống được sửa lịch làm việc mặc định toàn quốc.'
        : 'Bạn chỉ được sửa lịch làm việc của đơn vị mình hoặc đơn vị cấp dưới.',
    );
  }
  if (calendar.version !== edit.expectedVersion) throw fail.conflict();
  const content = edit.change(readContent((await q.findVersion(db, calendar.current_version_id))!));
  const working = buildWorkingCalendar(content);
  const rows = listVersionDayRows(working);
  const versionId = crypto.randomUUID();
  const number = calendar.current_version_number + 1;
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    if (!(await q.advanceCalendar(trx, edit.id, edit.expectedVersion, versionId, now))) throw fail.conflict();
    await q.insertVersion(
      trx,
      toNewVersion(edit.id, number, content, edit.note ?? null, ctx, now),
      versionId,
    );
    await q.insertCalendarDays(trx, versionId, rows);
    const summary = { ...edit.summary, code: calendar.code, versionNumber: number };
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: edit.action,
        targetType: 'calendar',
        targetId: edit.id,
        unitId: calendar.owner_unit_id ?? actor.unitId,
        summary,
      }),
    );
  });
  primeWorkingCalendar(versionId, working);
  return loadCalendarBundle(db, edit.id);
}

/** A stored version's editable content (official schedules validated again). */
export function readContent(row: q.CalendarVersionRow): VersionContent {
  return {
    weekly_sessions: row.weekly_sessions,
    holiday_rules: (row.holiday_rules ?? {}) as object,
    official_schedules: parseScheduleData(row.official_schedules ?? []),
    minutes_per_working_day: row.minutes_per_working_day,
  };
}

/** The row of a new version with `content`, made by the acting person now. */
export function toNewVersion(
  calendarId: string,
  number: number,
  content: VersionContent,
  note: string | null,
  ctx: RequestContext,
  now: Date,
): q.NewCalendarVersion {
  return {
    calendarId,
    number,
    weeklySessions: content.weekly_sessions,
    holidayRules: content.holiday_rules,
    officialSchedules: content.official_schedules,
    minutesPerWorkingDay: content.minutes_per_working_day,
    note,
    createdBy: ctx.actor?.userId ?? null,
    now,
  };
}

/** Official schedules with `replacements` taking the place of the same years, sorted by year. */
function mergeSchedules(
  current: readonly YearSchedule[],
  replacements: readonly YearSchedule[],
): YearSchedule[] {
  const byYear = new Map(current.map((s) => [s.year, s]));
  for (const schedule of replacements) byYear.set(schedule.year, sortYearSchedule(schedule));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
