/**
 * iCalendar (RFC 5545) import and export of yearly schedules. Import: every all-day VEVENT is a day off
 * named by its SUMMARY; an event whose CATEGORIES say "làm bù"/"làm việc"/"working" (or, without such a
 * category, whose SUMMARY starts so) is an extra working day. Export writes one all-day event per day.
 */
import ICAL from 'ical.js';
import {
  computeLocalEpochDay,
  formatEpochDay,
  parseScheduleData,
  toEpochDay,
  type YearSchedule,
} from '../../../domain/calendar/index.js';
import { AppError } from '../../../domain/errors.js';

const WORKING_CATEGORY = /làm\s*bù|làm\s*việc|working/iu;
const OFF_CATEGORY = /nghỉ|holiday|day\s*off/iu;
const WORKING_SUMMARY = /^\s*(ngày\s+)?(làm\s*bù|làm\s*việc|đi\s*làm|working)/iu;
const MAX_EVENT_DAYS = 31;

/** Category written on exported days off and extra working days. */
export const ICAL_CATEGORIES = { off: 'Ngày nghỉ', working: 'Làm bù' } as const;

/**
 * Parses iCalendar text into year schedules (each year with at least one event). Throws
 * `validation_failed` naming the line of the offending event (or of the unreadable content line).
 */
export function parseICalendarSchedules(text: string): YearSchedule[] {
  const events = readEvents(text);
  const eventLines = listEventLines(text);
  if (events.length === 0) throw invalidIcs(1, 'không có sự kiện (VEVENT) nào', 'no VEVENT found');
  const daysOff = new Map<string, string[]>();
  const working = new Set<string>();
  events.forEach((event, i) => {
    const line = eventLines[i] ?? 1;
    const summary = String(event.getFirstPropertyValue('summary') ?? '').trim();
    const isWorking = classifyWorking(event, summary);
    for (const date of listEventDates(event, isWorking, line)) {
      const clash = isWorking ? daysOff.has(date) : working.has(date);
      if (clash)
        throw invalidIcs(
          line,
          `ngày ${date} vừa là ngày nghỉ vừa là ngày làm bù`,
          `${date} is both off and working`,
        );
      if (isWorking) working.add(date);
      else addName(daysOff, date, summary || 'Ngày nghỉ');
    }
  });
  return parseScheduleData(groupByYear(daysOff, working));
}

/** Formats year schedules as an iCalendar document (CRLF lines, folded at 75 octets). */
export function formatICalendar(input: {
  name: string;
  code: string;
  schedules: readonly YearSchedule[];
  stampedAt: number;
}): string {
  const root = new ICAL.Component(['vcalendar', [], []]);
  root.updatePropertyWithValue('prodid', '-//Ky Cuong//Lich lam viec//VI');
  root.updatePropertyWithValue('version', '2.0');
  root.updatePropertyWithValue('calscale', 'GREGORIAN');
  root.updatePropertyWithValue('x-wr-calname', input.name);
  const stamp = ICAL.Time.fromJSDate(new Date(input.stampedAt), true);
  const add = (date: string, kind: 'off' | 'working', summary: string): void => {
    const event = new ICAL.Component('vevent');
    event.updatePropertyWithValue('uid', `${date}-${kind}@${input.code}.kycuong`);
    event.updatePropertyWithValue('dtstamp', stamp);
    event.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(date));
    event.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(formatEpochDay(epochDayOf(date) + 1)));
    event.updatePropertyWithValue('summary', summary);
    event.updatePropertyWithValue('categories', ICAL_CATEGORIES[kind]);
    event.updatePropertyWithValue('transp', 'TRANSPARENT');
    root.addSubcomponent(event);
  };
  for (const schedule of input.schedules) {
    for (const day of schedule.daysOff) add(day.date, 'off', day.name);
    for (const date of schedule.extraWorkingDays) add(date, 'working', 'Làm bù (ngày làm việc)');
  }
  return `${root.toString()}\r\n`;
}

function readEvents(text: string): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidIcs(locateParserError(text, reason), `không đọc được (${reason})`, `unreadable (${reason})`);
  }
  const roots =
    (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])) ?? [];
  return roots
    .map((jcal) => new ICAL.Component(jcal as unknown[]))
    .filter((root) => root.name === 'vcalendar')
    .flatMap((root) => root.getAllSubcomponents('vevent'));
}

function classifyWorking(event: ICAL.Component, summary: string): boolean {
  const categories = event
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().map((value) => String(value)));
  if (categories.some((c) => WORKING_CATEGORY.test(c))) return true;
  if (categories.some((c) => OFF_CATEGORY.test(c))) return false;
  return WORKING_SUMMARY.test(summary);
}

function listEventDates(event: ICAL.Component, isWorking: boolean, line: number): string[] {
  if (event.hasProperty('rrule')) {
    throw invalidIcs(
      line,
      'sự kiện lặp lại (RRULE) chưa được hỗ trợ',
      'recurring events (RRULE) are not supported',
    );
  }
  const start = event.getFirstPropertyValue('dtstart');
  if (!(start instanceof ICAL.Time)) throw invalidIcs(line, 'sự kiện thiếu DTSTART', 'event without DTSTART');
  if (!start.isDate) {
    if (!isWorking) {
      throw invalidIcs(line, 'ngày nghỉ phải là sự kiện cả ngày', 'a day off must be an all-day event');
    }
    return [formatEpochDay(localEpochDay(start))];
  }
  const first = localEpochDay(start);
  const end = event.getFirstPropertyValue('dtend');
  const last = end instanceof ICAL.Time ? localEpochDay(end) - 1 : first;
  if (last < first || last - first >= MAX_EVENT_DAYS) {
    throw invalidIcs(
      line,
      `sự kiện phải dài 1–${MAX_EVENT_DAYS} ngày`,
      `an event must last 1–${MAX_EVENT_DAYS} days`,
    );
  }
  return Array.from({ length: last - first + 1 }, (_, i) => formatEpochDay(first + i));
}

/** A date value's own day; a UTC date-time's day in Vietnam; any other date-time's wall-clock day. */
function localEpochDay(time: ICAL.Time): number {
  if (!time.isDate && time.zone === ICAL.Timezone.utcTimezone) {
    return computeLocalEpochDay(time.toUnixTime() * 1000);
  }
  return toEpochDay({ year: time.year, month: time.month, day: time.day });
}

function addName(daysOff: Map<string, string[]>, date: string, name: string): void {
  const names = daysOff.get(date) ?? [];
  if (!names.includes(name)) names.push(name);
  daysOff.set(date, names);
}

function groupByYear(daysOff: Map<string, string[]>, working: Set<string>): YearSchedule[] {
  const years = new Map<number, YearSchedule>();
  const yearOf = (date: string): YearSchedule => {
    const year = Number(date.slice(0, 4));
    const found = years.get(year) ?? { year, daysOff: [], extraWorkingDays: [] };
    years.set(year, found);
    return found;
  };
  for (const [date, names] of [...daysOff].sort(([a], [b]) => a.localeCompare(b))) {
    yearOf(date).daysOff.push({ date, name: names.join('; ') });
  }
  for (const date of [...working].sort()) yearOf(date).extraWorkingDays.push(date);
  return [...years.values()];
}

function epochDayOf(date: string): number {
  return toEpochDay({
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  });
}

/** 1-based line numbers of each BEGIN:VEVENT, in document order. */
function listEventLines(text: string): number[] {
  return text.split(/\r?\n/).flatMap((line, i) => (/^BEGIN:VEVENT\s*$/i.test(line) ? [i + 1] : []));
}

/** The line a parser error quotes last (`… "LINE"` or `… 'LINE'`), found among the raw lines; 1 when not found. */
function locateParserError(text: string, reason: string): number {
  const quoted = [...reason.matchAll(/["']([^"']*)["']/g)].at(-1)?.[1];
  if (!quoted) return 1;
  const index = text.split(/\r?\n/).findIndex((line) => line !== '' && quoted.startsWith(line));
  return index < 0 ? 1 : index + 1;
}

function invalidIcs(line: number, reasonVi: string, reasonEn: string): AppError {
  return new AppError(
    'validation_failed',
    `Tệp iCalendar không hợp lệ — dòng ${line}: ${reasonVi}.`,
    { line, reason: reasonEn },
    `Invalid iCalendar file — line ${line}: ${reasonEn}.`,
  );
}
