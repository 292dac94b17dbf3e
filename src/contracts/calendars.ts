/** Shapes of the working-time calendars API and of the public deadline calculator. */
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const Year = z.coerce.number().int().min(1900).max(2100);
const RowVersion = z.coerce.number().int().min(1);
const Note = z.string().trim().max(500);

/** A day off with its Vietnamese name. */
export const CalendarDayOff = z.object({ date: IsoDate, name: z.string().trim().min(1).max(200) });
export type CalendarDayOff = z.infer<typeof CalendarDayOff>;

/** One year's schedule: days off and extra working days (the schedule-file format). */
export const CalendarYearSchedule = z.object({
  year: z.number().int(),
  daysOff: z.array(CalendarDayOff),
  extraWorkingDays: z.array(IsoDate),
});
export type CalendarYearSchedule = z.infer<typeof CalendarYearSchedule>;

/** The choices the law leaves to each year, for the years without an official schedule. */
export const CalendarHolidayRules = z.object({
  tetDaysBeforeNewYear: z.number().int().min(0).max(4).optional(),
  nationalDayExtra: z.enum(['before', 'after']).optional(),
  weeklyRestDays: z.array(z.number().int().min(0).max(6)).optional(),
});
export type CalendarHolidayRules = z.infer<typeof CalendarHolidayRules>;

/** A calendar with its current version number. */
export const CalendarSummary = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  active: z.boolean(),
  isNationalDefault: z.boolean(),
  /** The unit whose administrators edit it; null for the system's national default. */
  ownerUnitId: z.string().uuid().nullable(),
  ownerUnitName: z.string().nullable(),
  /** Whether the signed-in person may edit it (sessions, days off, import). */
  canEdit: z.boolean(),
  currentVersionId: z.string().uuid(),
  currentVersionNumber: z.number().int(),
  /** Row version for optimistic concurrency: send it back with every edit. */
  version: z.number().int(),
  updatedAt: z.string(),
});
export type CalendarSummary = z.infer<typeof CalendarSummary>;

export const CalendarList = z.object({ items: z.array(CalendarSummary) });
export type CalendarList = z.infer<typeof CalendarList>;

/** One immutable version, as listed. */
export const CalendarVersionInfo = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type CalendarVersionInfo = z.infer<typeof CalendarVersionInfo>;

/** A version's full content. */
export const CalendarVersionDetail = CalendarVersionInfo.extend({
  sessions: z.string(),
  minutesPerWorkingDay: z.number().int().nullable(),
  /** Length of one working day in force (the stored value or the sessions' length). */
  effectiveMinutesPerWorkingDay: z.number().int(),
  holidayRules: CalendarHolidayRules,
  officialSchedules: z.array(CalendarYearSchedule),
});
export type CalendarVersionDetail = z.infer<typeof CalendarVersionDetail>;

/** A calendar, its current version and all its versions (newest first). */
export const CalendarDetail = CalendarSummary.extend({
  current: CalendarVersionDetail,
  versions: z.array(CalendarVersionInfo),
});
export type CalendarDetail = z.infer<typeof CalendarDetail>;

export const CalendarYearParams = z.object({ id: z.string().uuid(), year: Year });

/** `versionNumber`: a version of the calendar to read instead of the current one. */
export const CalendarYearQuery = z.object({ versionNumber: z.coerce.number().int().min(1).optional() });

export const CALENDAR_DAY_KINDS = ['working', 'weekend', 'day_off', 'extra_working'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** One day of the year view. */
export const CalendarYearDay = z.object({
  date: z.string(),
  /** 0 = Sunday … 6 = Saturday. */
  weekday: z.number().int(),
  isWorking: z.boolean(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  /** The holiday's name on a day off; null otherwise. */
  name: z.string().nullable(),
  lunar: z.object({
    day: z.number().int(),
    month: z.number().int(),
    year: z.number().int(),
    isLeapMonth: z.boolean(),
    text: z.string(),
  }),
});
export type CalendarYearDay = z.infer<typeof CalendarYearDay>;

/** The effective schedule of one year, day by day, for the twelve month grids. */
export const CalendarYearView = z.object({
  calendarId: z.string().uuid(),
  versionId: z.string().uuid(),
  versionNumber: z.number().int(),
  year: z.number().int(),
  /** Whether the year comes from an official schedule or is generated from the holiday rules. */
  source: z.enum(['official', 'generated']),
  days: z.array(CalendarYearDay),
});
export type CalendarYearView = z.infer<typeof CalendarYearView>;

/** Replaces a year's schedule by an official one (a new version). */
export const ReplaceYearRequest = z.object({
  version: RowVersion,
  daysOff: z.array(CalendarDayOff).max(366),
  extraWorkingDays: z.array(IsoDate).max(366).default([]),
  note: Note.optional(),
});
export type ReplaceYearRequest = z.infer<typeof ReplaceYearRequest>;

/** The calendar row version an edit is based on, e.g. `?version=3`. */
export const CalendarVersionQuery = z.object({ version: RowVersion, note: Note.optional() });
export type CalendarVersionQuery = z.infer<typeof CalendarVersionQuery>;

/** New office sessions (a new version). */
export const UpdateSessionsRequest = z.object({
  version: RowVersion,
  /** `07:30-11:30,13:00-17:00` (Monday–Friday) or `mon-thu=07:30-11:30,13:00-17:00;fri=07:30-11:30`. */
  sessions: z.string().trim().min(1).max(500),
  /** Minutes in one working day; omitted keeps the current value, null derives it from the sessions. */
  minutesPerWorkingDay: z.number().int().min(1).max(1440).nullable().optional(),
  note: Note.optional(),
});
export type UpdateSessionsRequest = z.infer<typeof UpdateSessionsRequest>;

/** A new calendar, starting as a copy of another one's current version (default: the national default). */
export const CreateCalendarRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, 'Mã lịch gồm chữ thường, số, dấu chấm và gạch nối'),
  name: z.string().trim().min(1).max(200),
  copyFromId: z.string().uuid().optional(),
  /** The owner unit, in the creator's subtree (default: the creator's own unit). */
  ownerUnitId: z.string().uuid().optional(),
});
export type CreateCalendarRequest = z.infer<typeof CreateCalendarRequest>;

export const UnitCalendarParams = z.object({ unitId: z.string().uuid() });

/** Chooses a unit's own calendar (null: inherit from the parent units). `version` is the unit's row version. */
export const AssignUnitCalendarRequest = z.object({
  calendarId: z.string().uuid().nullable(),
  version: RowVersion,
});
export type AssignUnitCalendarRequest = z.infer<typeof AssignUnitCalendarRequest>;

/** The calendar a unit uses and where it comes from. */
export const UnitCalendar = z.object({
  unitId: z.string().uuid(),
  unitVersion: z.number().int(),
  /** The unit's own choice; null when it inherits. */
  ownCalendarId: z.string().uuid().nullable(),
  calendar: CalendarSummary,
});
export type UnitCalendar = z.infer<typeof UnitCalendar>;

/** Export range: one `year`, or `from`–`to` (default: the current year). */
export const CalendarExportQuery = z.object({
  year: Year.optional(),
  from: Year.optional(),
  to: Year.optional(),
});
export type CalendarExportQuery = z.infer<typeof CalendarExportQuery>;

/** Result of an import: the years replaced and the calendar after it. */
export const CalendarImportResult = z.object({
  years: z.array(z.number().int()),
  calendar: CalendarDetail,
});
export type CalendarImportResult = z.infer<typeof CalendarImportResult>;

/** `3d` working days, `4h` working hours, `90m` working minutes, `5cd` calendar days, or `same-day`. */
export const DeadlineDurationText = z.string().trim().min(1).max(20);

/** The public deadline calculator's question. */
export const PublicDeadlineRequest = z.object({
  /** ISO 8601; without an offset it is Vietnam time (+07:00). */
  start: z.string().trim().min(10).max(40),
  duration: DeadlineDurationText,
  unitId: z.string().uuid().optional(),
  calendarId: z.string().uuid().optional(),
});
export type PublicDeadlineRequest = z.infer<typeof PublicDeadlineRequest>;

/** A day without working time between the start and the due time, and why. */
export const SkippedDay = z.object({ date: z.string(), reason: z.string() });

/** The due time and how it was counted. */
export const PublicDeadlineResponse = z.object({
  start: z.string(),
  countingFrom: z.string(),
  due: z.string(),
  workingMinutes: z.number().int(),
  skippedDays: z.array(SkippedDay),
  calendarVersion: z.object({
    calendarId: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    versionId: z.string().uuid(),
    number: z.number().int(),
  }),
});
export type PublicDeadlineResponse = z.infer<typeof PublicDeadlineResponse>;

/**
 * An import file: JSON schedule data (`application/json`: one `{year, daysOff, extraWorkingDays}` or an array)
 * or iCalendar text (`text/calendar`). Validated by the server, which names the bad path or line.
 */
export const CalendarImportBody = z
  .unknown()
  .describe('Dữ liệu lịch nghỉ dạng JSON (một năm hoặc mảng các năm) hoặc tệp iCalendar (text/calendar)');

/** The JSON export: one year's schedule (with `year`) or an array of them (with `from`/`to`). */
export const CalendarExportFile = z.union([CalendarYearSchedule, z.array(CalendarYearSchedule)]);
export type CalendarExportFile = z.infer<typeof CalendarExportFile>;
