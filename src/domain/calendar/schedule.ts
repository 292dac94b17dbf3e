/**
 * The per-year schedule of days off and extra working days and its file format (zod). The merge of official
 * schedules over the generated defaults (`resolveYearSchedules`) is in `holidays.ts`.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';
import { findIsoDate } from './civil-date.js';
import { MAX_YEAR, MIN_YEAR } from './range.js';

const isoDate = z
  .string()
  .refine((text) => findIsoDate(text) !== null, { message: 'ngày phải có dạng YYYY-MM-DD và tồn tại' });

/** A day off with its Vietnamese name, e.g. `{ "date": "2025-01-27", "name": "Tết Nguyên đán" }`. */
export const DayOff = z.object({ date: isoDate, name: z.string().trim().min(1) });
/** A day off with its Vietnamese name. */
export type DayOff = z.infer<typeof DayOff>;

/**
 * One year's schedule: its days off and its extra working days (Saturdays swapped into working days).
 * Every date lies in `year`; no date is listed twice or both off and working.
 */
export const YearSchedule = z
  .object({
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
    daysOff: z.array(DayOff).default([]),
    extraWorkingDays: z.array(isoDate).default([]),
  })
  .superRefine((schedule, ctx) => {
    const seen = new Set<string>();
    const check = (date: string, path: (string | number)[]): void => {
      if (findIsoDate(date) !== null && !date.startsWith(`${schedule.year}-`)) {
        ctx.addIssue({ code: 'custom', path, message: `ngày không thuộc năm ${schedule.year}` });
      }
      if (seen.has(date)) ctx.addIssue({ code: 'custom', path, message: `ngày ${date} bị lặp` });
      seen.add(date);
    };
    schedule.daysOff.forEach((day, i) => check(day.date, ['daysOff', i, 'date']));
    schedule.extraWorkingDays.forEach((date, i) => check(date, ['extraWorkingDays', i]));
  });
/** One year's schedule. */
export type YearSchedule = z.infer<typeof YearSchedule>;

/** Several years' schedules, each year at most once. */
export const YearScheduleList = z.array(YearSchedule).superRefine((list, ctx) => {
  const years = new Set<number>();
  list.forEach((schedule, i) => {
    if (years.has(schedule.year)) {
      ctx.addIssue({ code: 'custom', path: [i, 'year'], message: `năm ${schedule.year} bị lặp` });
    }
    years.add(schedule.year);
  });
});
/** Several years' schedules. */
export type YearScheduleList = z.infer<typeof YearScheduleList>;

/** A schedule file: one year's schedule or an array of them, each year at most once. */
export const ScheduleFile = z.union([YearSchedule, YearScheduleList]);
/** A schedule file's content. */
export type ScheduleFile = z.infer<typeof ScheduleFile>;

/**
 * Validates parsed schedule data (e.g. a JSON file's content) and returns its years sorted by year.
 * Throws `validation_failed` whose message names each bad path, e.g. `[1].daysOff[0].date`.
 */
export function parseScheduleData(data: unknown): YearSchedule[] {
  const schema = Array.isArray(data) ? YearScheduleList : YearSchedule;
  const result = schema.safeParse(data, { error: z.locales.vi().localeError });
  if (result.success) {
    const years = Array.isArray(result.data) ? result.data : [result.data];
    return [...years].sort((a, b) => a.year - b.year);
  }
  const english = schema.safeParse(data);
  throw new AppError(
    'validation_failed',
    `Lịch nghỉ không hợp lệ:\n${formatIssues(result.error.issues)}`,
    { issues: result.error.issues },
    `Invalid schedule:\n${english.success ? '' : formatIssues(english.error.issues)}`,
  );
}

/** A schedule with days off and extra working days each sorted by date. */
export function sortYearSchedule(schedule: YearSchedule): YearSchedule {
  return {
    year: schedule.year,
    daysOff: [...schedule.daysOff].sort((a, b) => compareText(a.date, b.date)),
    extraWorkingDays: [...schedule.extraWorkingDays].sort(compareText),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`).join('\n');
}

function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(gốc)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}
