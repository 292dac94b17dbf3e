/**
 * Instants are epoch milliseconds (UTC). Vietnam's legal time (Asia/Ho_Chi_Minh) is UTC+7 with no daylight
 * saving, so local wall-clock fields are plain arithmetic. Parsing and formatting of ISO 8601 text.
 */
import { AppError } from '../errors.js';
import { fromEpochDay, isValidCivilDate, toEpochDay } from './civil-date.js';

/** Offset of Asia/Ho_Chi_Minh from UTC, in milliseconds (fixed +07:00). */
export const LOCAL_OFFSET_MS = 7 * 3_600_000;
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Epoch ms of local (UTC+7) midnight starting an epoch day. */
export function computeLocalDayStart(epochDay: number): number {
  return epochDay * DAY_MS - LOCAL_OFFSET_MS;
}

/** Local (UTC+7) epoch day holding an instant. */
export function computeLocalEpochDay(instant: number): number {
  return Math.floor((instant + LOCAL_OFFSET_MS) / DAY_MS);
}

/**
 * Parses ISO 8601 text: `YYYY-MM-DD`, optionally `THH:MM[:SS[.sss]]`, optionally `Z` or `±HH:MM`.
 * Without an offset the text is Vietnam local time (UTC+7); a date alone is local midnight.
 * Throws `validation_failed` on anything else or on impossible fields.
 */
export function parseInstant(text: string): number {
  const match = ISO_INSTANT.exec(text.trim());
  if (!match) throw invalidInstant(text);
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s);
  if (!isValidCivilDate(year, month, day) || hours > 23 || minutes > 59 || seconds > 59) {
    throw invalidInstant(text);
  }
  const offset = zone === undefined ? LOCAL_OFFSET_MS : parseOffset(zone, text);
  const wallClock = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(ms.padEnd(3, '0'));
  return toEpochDay({ year, month, day }) * DAY_MS + wallClock - offset;
}

/** Formats an instant in Vietnam local time: `YYYY-MM-DDTHH:MM:SS+07:00` (with `.sss` if not whole seconds). */
export function formatInstant(instant: number): string {
  const local = instant + LOCAL_OFFSET_MS;
  const epochDay = Math.floor(local / DAY_MS);
  const msOfDay = local - epochDay * DAY_MS;
  const date = fromEpochDay(epochDay);
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  const time = `${pad(Math.floor(msOfDay / 3_600_000))}:${pad(Math.floor(msOfDay / MINUTE_MS) % 60)}:${pad(
    Math.floor(msOfDay / 1000) % 60,
  )}`;
  const millis = msOfDay % 1000 === 0 ? '' : `.${pad(msOfDay % 1000, 3)}`;
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T${time}${millis}+07:00`;
}

function parseOffset(zone: string, text: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) throw invalidInstant(text);
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes) * MINUTE_MS;
}

function invalidInstant(text: string): AppError {
  return new AppError(
    'validation_failed',
    `Thời điểm không hợp lệ: "${text}" (cần dạng ISO 8601, ví dụ 2025-02-05T09:00:00+07:00).`,
    { value: text },
    `Invalid instant "${text}" (expected ISO 8601, e.g. 2025-02-05T09:00:00+07:00).`,
  );
}
