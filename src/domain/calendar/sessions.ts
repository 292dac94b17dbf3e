/**
 * Office sessions: the parts of a day that count as working time, in local (UTC+7) minutes after midnight.
 * Sessions are half-open: [start, end) is working time; `end` itself is the first non-working instant.
 */
import { AppError } from '../errors.js';

/** One office session, minutes after local midnight; 0 ≤ start < end ≤ 1440. */
export interface Session {
  readonly start: number;
  readonly end: number;
}

/** The sessions of one day, sorted, non-overlapping (touching is allowed). */
export type DailySessions = readonly Session[];

/** Sessions per weekday, indexed 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`). */
export type WeeklySessions = readonly [
  DailySessions,
  DailySessions,
  DailySessions,
  DailySessions,
  DailySessions,
  DailySessions,
  DailySessions,
];

const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const SESSION = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;

/** Civil-servant office hours: 07:30–11:30 and 13:00–17:00 (8 hours). */
export const DEFAULT_DAILY_SESSIONS: DailySessions = [
  { start: 450, end: 690 },
  { start: 780, end: 1020 },
];

/** Monday to Friday with the default daily sessions; Saturday and Sunday are weekly rest days. */
export const DEFAULT_WEEKLY_SESSIONS: WeeklySessions = createWeeklySessions(DEFAULT_DAILY_SESSIONS);

/** Builds weekly sessions giving `daily` to each weekday in `weekdays` (default Monday–Friday). */
export function createWeeklySessions(
  daily: DailySessions,
  weekdays: readonly number[] = [1, 2, 3, 4, 5],
): WeeklySessions {
  const pick = (weekday: number): DailySessions => (weekdays.includes(weekday) ? daily : []);
  return [pick(0), pick(1), pick(2), pick(3), pick(4), pick(5), pick(6)];
}

/** Parses `07:30-11:30,13:00-17:00`; throws `validation_failed` on bad times, order or overlap. */
export function parseDailySessions(text: string): DailySessions {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) throw invalidSessions(text, 'không có phiên nào', 'no session given');
  const sessions = parts.map((part) => parseSession(part, text));
  assertOrderedSessions(sessions, text);
  return sessions;
}

/**
 * Parses weekly sessions: either daily sessions applied Monday–Friday (`07:30-11:30,13:00-17:00`), or
 * `;`-separated weekday groups such as `mon-thu=07:30-11:30,13:00-17:00;fri=07:30-11:30;sat=08:00-11:00`
 * (weekdays sun mon tue wed thu fri sat; unnamed weekdays have no sessions).
 */
export function parseWeeklySessions(text: string): WeeklySessions {
  if (!text.includes('=')) return createWeeklySessions(parseDailySessions(text));
  const week: DailySessions[] = [[], [], [], [], [], [], []];
  for (const group of text.split(';').filter((part) => part.trim() !== '')) {
    const [daysText = '', sessionsText = ''] = group.split('=');
    const sessions = parseDailySessions(sessionsText);
    for (const weekday of parseWeekdayRange(daysText.trim(), text)) week[weekday] = sessions;
  }
  return [week[0]!, week[1]!, week[2]!, week[3]!, week[4]!, week[5]!, week[6]!];
}

/** Formats daily sessions back to `07:30-11:30,13:00-17:00`. */
export function formatDailySessions(sessions: DailySessions): string {
  return sessions.map((s) => `${formatMinuteOfDay(s.start)}-${formatMinuteOfDay(s.end)}`).join(',');
}

/** Formats minutes after midnight as `HH:MM`. */
export function formatMinuteOfDay(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Total working minutes of a day's sessions. */
export function countSessionMinutes(sessions: DailySessions): number {
  return sessions.reduce((sum, s) => sum + s.end - s.start, 0);
}

/** Throws `validation_failed` unless sessions are sorted, within the day and non-overlapping. */
export function assertOrderedSessions(sessions: DailySessions, source: string): void {
  let previousEnd = 0;
  for (const s of sessions) {
    const valid = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.end <= 1440;
    if (!valid)
      throw invalidSessions(source, 'giờ bắt đầu phải trước giờ kết thúc', 'start must precede end');
    if (s.start < previousEnd) {
      throw invalidSessions(
        source,
        'các phiên chồng lấn hoặc sai thứ tự',
        'sessions overlap or are unordered',
      );
    }
    previousEnd = s.end;
  }
}

function parseSession(part: string, source: string): Session {
  const match = SESSION.exec(part);
  if (!match) throw invalidSessions(source, `"${part}" không đúng dạng HH:MM-HH:MM`, 'expected HH:MM-HH:MM');
  const start = toMinuteOfDay(Number(match[1]), Number(match[2]));
  const end = toMinuteOfDay(Number(match[3]), Number(match[4]));
  if (start === null || end === null) throw invalidSessions(source, `giờ không hợp lệ "${part}"`, 'bad time');
  return { start, end };
}

function toMinuteOfDay(hours: number, minutes: number): number | null {
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

function parseWeekdayRange(text: string, source: string): number[] {
  const [fromName, toName = fromName] = text.toLowerCase().split('-');
  const from = WEEKDAY_NAMES.indexOf(fromName as (typeof WEEKDAY_NAMES)[number]);
  const to = WEEKDAY_NAMES.indexOf(toName as (typeof WEEKDAY_NAMES)[number]);
  if (from < 0 || to < 0 || to < from) {
    throw invalidSessions(source, `thứ không hợp lệ "${text}" (sun…sat)`, `bad weekday range "${text}"`);
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function invalidSessions(source: string, reasonVi: string, reasonEn: string): AppError {
  return new AppError(
    'validation_failed',
    `Giờ làm việc không hợp lệ "${source}": ${reasonVi}.`,
    { sessions: source },
    `Invalid office sessions "${source}": ${reasonEn}.`,
  );
}
