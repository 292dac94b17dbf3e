/** Calendar rows → API shapes, field by field; the year view of a built calendar. */
import type {
  CalendarDayKind,
  CalendarDetail,
  CalendarHolidayRules,
  CalendarSummary,
  CalendarVersionDetail,
  CalendarVersionInfo,
  CalendarYearDay,
  CalendarYearSchedule,
  CalendarYearView,
  UnitCalendar,
} from '../../../contracts/calendars.js';
import {
  computeWeekday,
  convertSolarToLunar,
  formatEpochDay,
  formatLunarDate,
  fromEpochDay,
  FIRST_EPOCH_DAY,
  MIN_YEAR,
  toEpochDay,
  type WorkingCalendar,
} from '../../../domain/calendar/index.js';
import { canEditCalendars, type Actor } from '../../../domain/access/policy.js';
import {
  DEFAULT_CALENDAR_CODE,
  type CalendarRow,
  type CalendarVersionRow,
  type listVersions,
} from './calendars.queries.js';

type VersionListRow = Awaited<ReturnType<typeof listVersions>>[number];

/** A calendar with its current version number and whether `actor` may edit it. */
export function presentCalendarSummary(row: CalendarRow, actor: Actor | null): CalendarSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    active: row.active,
    isNationalDefault: row.code === DEFAULT_CALENDAR_CODE,
    ownerUnitId: row.owner_unit_id,
    ownerUnitName: row.owner_unit_name,
    canEdit: actor !== null && canEditCalendars(actor, { ownerUnitPath: row.owner_unit_path }),
    currentVersionId: row.current_version_id,
    currentVersionNumber: row.current_version_number,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A version as listed. */
export function presentVersionInfo(row: VersionListRow): CalendarVersionInfo {
  return {
    id: row.id,
    number: row.number,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by_name,
  };
}

/** A version's full content; `calendar` is the version built (for the working-day length in force). */
export function presentVersionDetail(
  row: CalendarVersionRow,
  createdByName: string | null,
  calendar: WorkingCalendar,
): CalendarVersionDetail {
  return {
    id: row.id,
    number: row.number,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    createdBy: createdByName,
    sessions: row.weekly_sessions,
    minutesPerWorkingDay: row.minutes_per_working_day,
    effectiveMinutesPerWorkingDay: calendar.minutesPerWorkingDay,
    holidayRules: row.holiday_rules as CalendarHolidayRules,
    officialSchedules: row.official_schedules as CalendarYearSchedule[],
  };
}

/** A calendar with its current version and its version list, as `actor` sees it. */
export function presentBundle(
  bundle: {
    calendar: CalendarRow;
    current: CalendarVersionRow;
    versions: readonly VersionListRow[];
    working: WorkingCalendar;
  },
  actor: Actor | null,
): CalendarDetail {
  const { calendar, current, versions, working } = bundle;
  const createdBy = versions.find((v) => v.id === current.id)?.created_by_name ?? null;
  return {
    ...presentCalendarSummary(calendar, actor),
    current: presentVersionDetail(current, createdBy, working),
    versions: versions.map(presentVersionInfo),
  };
}

/** The calendar a unit uses, with the unit's own choice. */
export function presentUnitCalendar(
  view: {
    unit: { id: string; version: number; calendar_id: string | null };
    calendar: CalendarRow;
  },
  actor: Actor | null,
): UnitCalendar {
  return {
    unitId: view.unit.id,
    unitVersion: view.unit.version,
    ownCalendarId: view.unit.calendar_id,
    calendar: presentCalendarSummary(view.calendar, actor),
  };
}

/**
 * Every day of `year` in the calendar: whether it has working time, its kind (a listed day off, an extra
 * working day, a day without sessions in the week, or an ordinary working day), holiday name, lunar date.
 */
export function listYearDays(calendar: WorkingCalendar, year: number): CalendarYearDay[] {
  const schedule = calendar.yearSchedules[year - MIN_YEAR];
  const daysOff = new Map(schedule?.daysOff.map((day) => [day.date, day.name]));
  const extra = new Set(schedule?.extraWorkingDays);
  const first = toEpochDay({ year, month: 1, day: 1 });
  const end = toEpochDay({ year: year + 1, month: 1, day: 1 });
  const days: CalendarYearDay[] = [];
  for (let epochDay = first; epochDay < end; epochDay += 1) {
    const date = formatEpochDay(epochDay);
    const isWorking = calendar.profileLength[calendar.dayProfile[epochDay - FIRST_EPOCH_DAY]!]! > 0;
    const name = daysOff.get(date) ?? null;
    const kind: CalendarDayKind =
      name !== null ? 'day_off' : extra.has(date) ? 'extra_working' : isWorking ? 'working' : 'weekend';
    const lunar = convertSolarToLunar(fromEpochDay(epochDay));
    days.push({
      date,
      weekday: computeWeekday(epochDay),
      isWorking,
      kind,
      name,
      lunar: { ...lunar, text: formatLunarDate(lunar) },
    });
  }
  return days;
}

/** The year view of a calendar version. */
export function presentYearView(source: {
  calendar: CalendarRow;
  version: CalendarVersionRow;
  working: WorkingCalendar;
  year: number;
  isOfficial: boolean;
}): CalendarYearView {
  return {
    calendarId: source.calendar.id,
    versionId: source.version.id,
    versionNumber: source.version.number,
    year: source.year,
    source: source.isOfficial ? 'official' : 'generated',
    days: listYearDays(source.working, source.year),
  };
}
