/**
 * `calendar` commands: lunar calendar look-ups, yearly days off, and working-time arithmetic.
 * A stable interface: only the result goes to stdout; errors (Vietnamese, then English) go to stderr
 * through the entry point, with a non-zero exit code.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import {
  addDuration,
  assertSupportedYear,
  convertSolarToLunar,
  createWorkingCalendar,
  computeLunarNewYear,
  formatInstant,
  formatIsoDate,
  formatLunarDate,
  generateDefaultSchedule,
  parseDuration,
  parseInstant,
  parseIsoDate,
  parseScheduleData,
  parseWeeklySessions,
  sortYearSchedule,
  workingMinutesBetween,
  type HolidayRules,
  type WorkingCalendar,
  type YearSchedule,
} from '../../domain/calendar/index.js';

/** Options shared by the commands that need a calendar. */
export interface CalendarCliOptions {
  /** Path of a JSON schedule file (one year object or an array of them). */
  readonly schedule?: string;
  /** Office sessions, `07:30-11:30,13:00-17:00` (Monday–Friday) or `mon-thu=…;fri=…`. */
  readonly sessions?: string;
  /** Lunar-new-year days before lunar 1/1 in generated years (0–4). */
  readonly tetDaysBefore?: string;
  /** Second National Day holiday in generated years: `before` (1/9) or `after` (3/9). */
  readonly nationalDayExtra?: string;
}

/** Reads a text file; replaced in tests. */
export type ReadTextFile = (path: string) => string;

const readUtf8: ReadTextFile = (path) => readFileSync(path, 'utf8');

/** `calendar lunar-new-year <year>` → `YYYY-MM-DD` of lunar 1/1 in that solar year. */
export function runLunarNewYear(yearText: string): string {
  return formatIsoDate(computeLunarNewYear(parseYear(yearText)));
}

/** `calendar lunar <YYYY-MM-DD>` → `D/M/YYYY`, with ` (nhuận)` in a leap month. */
export function runLunar(dateText: string): string {
  return formatLunarDate(convertSolarToLunar(parseIsoDate(dateText)));
}

/**
 * `calendar holidays <year>` → `YYYY-MM-DD<TAB>name` per day off (sorted), then `YYYY-MM-DD<TAB>working`
 * per extra working day: the schedule file's year when it has one, else the generated default.
 */
export function runHolidays(yearText: string, options: CalendarCliOptions = {}, read = readUtf8): string {
  const year = parseYear(yearText);
  const official = readSchedules(options, read).find((schedule) => schedule.year === year);
  const schedule = sortYearSchedule(official ?? generateDefaultSchedule(year, parseHolidayRules(options)));
  const lines = [
    ...schedule.daysOff.map((day) => `${day.date}\t${day.name}`),
    ...schedule.extraWorkingDays.map((date) => `${date}\tworking`),
  ];
  return lines.join('\n');
}

/** `calendar add <start> <duration>` → the due instant, `YYYY-MM-DDTHH:MM:SS+07:00`. */
export function runAdd(
  startText: string,
  durationText: string,
  options: CalendarCliOptions = {},
  read = readUtf8,
): string {
  const start = parseInstant(startText);
  const duration = parseDuration(durationText);
  return formatInstant(addDuration(buildCalendar(options, read), start, duration));
}

/** `calendar between <a> <b>` → whole working minutes from a to b (negative when b is before a). */
export function runBetween(
  aText: string,
  bText: string,
  options: CalendarCliOptions = {},
  read = readUtf8,
): string {
  const a = parseInstant(aText);
  const b = parseInstant(bText);
  return String(workingMinutesBetween(buildCalendar(options, read), a, b));
}

/** Registers `calendar lunar-new-year | lunar | holidays | add | between` on the program. */
export function registerCalendarCommands(program: Command): void {
  const calendar = program
    .command('calendar')
    .description('Lịch làm việc Việt Nam (Vietnamese working calendar)');
  calendar
    .command('lunar-new-year')
    .description('Ngày Tết Nguyên đán (mùng 1 tháng Giêng) của một năm dương lịch')
    .argument('<year>', 'năm 1900–2100')
    .action((year: string) => print(() => runLunarNewYear(year)));
  calendar
    .command('lunar')
    .description('Đổi ngày dương lịch sang âm lịch (D/M/YYYY)')
    .argument('<date>', 'YYYY-MM-DD')
    .action((date: string) => print(() => runLunar(date)));
  addCalendarOptions(
    calendar
      .command('holidays')
      .description('Các ngày nghỉ và ngày làm bù của một năm')
      .argument('<year>', 'năm 1900–2100'),
  ).action((year: string, options: CalendarCliOptions) => print(() => runHolidays(year, options)));
  addCalendarOptions(
    calendar
      .command('add')
      .description('Hạn xử lý: thời điểm bắt đầu + thời hạn (3d, 4h, 90m, 5cd)')
      .argument('<start>', 'ISO 8601; không có múi giờ = giờ Việt Nam (UTC+7)')
      .argument('<duration>', '3d ngày làm việc, 4h/90m giờ làm việc, 5cd ngày lịch'),
  ).action((start: string, duration: string, options: CalendarCliOptions) =>
    print(() => runAdd(start, duration, options)),
  );
  addCalendarOptions(
    calendar
      .command('between')
      .description('Số phút làm việc giữa hai thời điểm')
      .argument('<a>', 'ISO 8601')
      .argument('<b>', 'ISO 8601'),
  ).action((a: string, b: string, options: CalendarCliOptions) => print(() => runBetween(a, b, options)));
}

function addCalendarOptions(command: Command): Command {
  return command
    .option('--schedule <file>', 'tệp JSON lịch nghỉ chính thức (official schedule file)')
    .option('--sessions <sessions>', 'giờ làm việc, mặc định 07:30-11:30,13:00-17:00 (thứ Hai–thứ Sáu)')
    .option('--tet-days-before <n>', 'số ngày nghỉ Tết trước mùng 1 cho năm không có lịch chính thức (0–4)')
    .option('--national-day-extra <side>', 'ngày nghỉ kề 2/9: before (1/9) hoặc after (3/9)');
}

function buildCalendar(options: CalendarCliOptions, read: ReadTextFile): WorkingCalendar {
  return createWorkingCalendar({
    weeklySessions: options.sessions === undefined ? undefined : parseWeeklySessions(options.sessions),
    schedules: readSchedules(options, read),
    holidayRules: parseHolidayRules(options),
  });
}

function readSchedules(options: CalendarCliOptions, read: ReadTextFile): YearSchedule[] {
  if (options.schedule === undefined) return [];
  let text: string;
  try {
    text = read(options.schedule);
  } catch (error) {
    throw cliError(
      `Không đọc được tệp lịch "${options.schedule}"`,
      `Cannot read schedule file: ${describe(error)}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw cliError(
      `Tệp lịch "${options.schedule}" không phải JSON hợp lệ`,
      `Invalid JSON: ${describe(error)}`,
    );
  }
  return parseScheduleData(data);
}

function parseHolidayRules(options: CalendarCliOptions): Partial<HolidayRules> {
  const rules: { -readonly [K in keyof HolidayRules]?: HolidayRules[K] } = {};
  if (options.tetDaysBefore !== undefined) {
    if (!/^[0-4]$/.test(options.tetDaysBefore)) {
      throw cliError('--tet-days-before phải là số từ 0 đến 4', '--tet-days-before must be 0–4');
    }
    rules.tetDaysBeforeNewYear = Number(options.tetDaysBefore);
  }
  if (options.nationalDayExtra !== undefined) {
    if (options.nationalDayExtra !== 'before' && options.nationalDayExtra !== 'after') {
      throw cliError(
        '--national-day-extra phải là before hoặc after',
        '--national-day-extra must be before|after',
      );
    }
    rules.nationalDayExtra = options.nationalDayExtra;
  }
  return rules;
}

function parseYear(text: string): number {
  if (!/^\d{1,4}$/.test(text.trim())) {
    throw cliError(`Năm không hợp lệ: "${text}"`, `Invalid year "${text}" (expected 1900–2100)`);
  }
  const year = Number(text);
  assertSupportedYear(year);
  return year;
}

/** Runs a command body and prints its result; an AppError becomes "Vietnamese message\nEnglish message". */
function print(run: () => string): void {
  let output: string;
  try {
    output = run();
  } catch (error) {
    if (error instanceof AppError) throw new Error(`Lỗi: ${error.message}\nError: ${error.messageEn}`);
    throw error;
  }
  if (output !== '') process.stdout.write(`${output}\n`);
}

function cliError(vi: string, en: string): AppError {
  return new AppError('validation_failed', `${vi}.`, null, `${en}.`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
