/**
 * Civil (proleptic Gregorian) dates and their day numbers. A date is a calendar day without a time zone;
 * `epochDay` counts days since 1970-01-01 (negative before). Pure and allocation-light.
 */
import { AppError } from '../errors.js';

/** A calendar date: year, month 1–12, day 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a civil date (valid for any year Date.UTC accepts above 99). */
export function toEpochDay(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** The civil date of an epoch day. */
export function fromEpochDay(epochDay: number): CivilDate {
  const d = new Date(epochDay * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function computeWeekday(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** True when year/month/day name a real date (e.g. not 2025-02-29). */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= countDaysInMonth(year, month);
}

/** Number of days in a Gregorian month. */
export function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD` strictly (a real date); returns null when it is not one. */
export function findIsoDate(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidCivilDate(year, month, day) ? { year, month, day } : null;
}

/** Parses `YYYY-MM-DD` strictly; throws `validation_failed` when it is not a real date. */
export function parseIsoDate(text: string): CivilDate {
  const date = findIsoDate(text);
  if (date) return date;
  throw new AppError(
    'validation_failed',
    `Ngày không hợp lệ: "${text}" (cần dạng YYYY-MM-DD).`,
    { value: text },
    `Invalid date "${text}" (expected YYYY-MM-DD).`,
  );
}

/** Formats a civil date as `YYYY-MM-DD`. */
export function formatIsoDate(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Formats an epoch day as `YYYY-MM-DD`. */
export function formatEpochDay(epochDay: number): string {
  return formatIsoDate(fromEpochDay(epochDay));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
