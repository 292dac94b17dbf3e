/**
 * The Vietnamese lunar calendar (âm lịch), computed for UTC+7 by default. The Chinese calendar uses UTC+8
 * and differs in some years (e.g. Tết 1985, 2007), so never substitute a Chinese-calendar library.
 */
import { AppError } from '../errors.js';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date.js';
import {
  estimateLunationIndex,
  computeLeapMonthOffset,
  computeLunationIndexOfMonth11,
  computeMonth11Start,
  computeNewMoonDay,
} from './lunar-astronomy.js';
import { assertSupportedEpochDay } from './range.js';

/** A lunar date; `isLeapMonth` marks the repeated (nhuận) month. */
export interface LunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly isLeapMonth: boolean;
}

/** Offset of Vietnam's legal time, used for the lunar calendar since 1968 (UTC+7). */
export const VIETNAM_TIME_ZONE_HOURS = 7;

/** Julian day number of 1970-01-01. */
const JDN_OF_EPOCH_DAY_0 = 2440588;

/** Converts a solar date (1900-01-01 … 2100-12-31) to its Vietnamese lunar date. */
export function convertSolarToLunar(date: CivilDate, timeZone = VIETNAM_TIME_ZONE_HOURS): LunarDate {
  const epochDay = toEpochDay(date);
  assertSupportedEpochDay(epochDay);
  const jdn = epochDay + JDN_OF_EPOCH_DAY_0;
  const monthStart = computeMonthStart(jdn, timeZone);
  let a11 = computeMonth11Start(date.year, timeZone);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.year;
    a11 = computeMonth11Start(date.year - 1, timeZone);
  } else {
    year = date.year + 1;
    b11 = computeMonth11Start(date.year + 1, timeZone);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let isLeapMonth = false;
  if (b11 - a11 > 365) {
    const leapOffset = computeLeapMonthOffset(a11, timeZone);
    if (diff >= leapOffset) {
      month = diff + 10;
      isLeapMonth = diff === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: jdn - monthStart + 1, month, year, isLeapMonth };
}

/**
 * Converts a lunar date to its solar date. Throws `validation_failed` for a leap flag on a month that is
 * not leap that year, a day beyond the month's length (29 or 30), or a result outside 1900–2100.
 */
export function convertLunarToSolar(lunar: LunarDate, timeZone = VIETNAM_TIME_ZONE_HOURS): CivilDate {
  const { day, month, year } = lunar;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year))
    throw invalidLunar(lunar);
  if (month < 1 || month > 12 || day < 1 || day > 30) throw invalidLunar(lunar);
  const a11 = computeMonth11Start(month < 11 ? year - 1 : year, timeZone);
  const b11 = computeMonth11Start(month < 11 ? year : year + 1, timeZone);
  const k = computeLunationIndexOfMonth11(a11);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = computeLeapMonthOffset(a11, timeZone);
    let leapMonth = leapOffset - 2;
    if (leapMonth <= 0) leapMonth += 12;
    if (lunar.isLeapMonth && month !== leapMonth) throw invalidLunar(lunar);
    if (lunar.isLeapMonth || offset >= leapOffset) offset += 1;
  } else if (lunar.isLeapMonth) {
    throw invalidLunar(lunar);
  }
  const monthStart = computeNewMoonDay(k + offset, timeZone);
  const monthLength = computeNewMoonDay(k + offset + 1, timeZone) - monthStart;
  if (day > monthLength) throw invalidLunar(lunar);
  const epochDay = monthStart + day - 1 - JDN_OF_EPOCH_DAY_0;
  assertSupportedEpochDay(epochDay);
  return fromEpochDay(epochDay);
}

/** Solar date of the lunar new year (mùng 1 Tết) that falls in solar year `year`. */
export function computeLunarNewYear(year: number, timeZone = VIETNAM_TIME_ZONE_HOURS): CivilDate {
  return convertLunarToSolar({ day: 1, month: 1, year, isLeapMonth: false }, timeZone);
}

/**
 * The leap month (1–12) of lunar year `year`, or null when the year has 12 months. Months 11 and 12 count
 * as the ones ending lunar year `year`.
 */
export function findLeapMonth(year: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number | null {
  const months1to10 = findLeapMonthIn(year - 1, timeZone);
  if (months1to10 !== null && months1to10 <= 10) return months1to10;
  const months11to12 = findLeapMonthIn(year, timeZone);
  if (months11to12 !== null && months11to12 >= 11) return months11to12;
  return null;
}

/**
 * First day of the lunar month holding `jdn`. The lunation estimate can be one off near a new moon, so
 * step until new moon ≤ jdn < next new moon (Hồ Ngọc Đức's original checks only one neighbour).
 */
function computeMonthStart(jdn: number, timeZone: number): number {
  let k = estimateLunationIndex(jdn) + 1;
  while (computeNewMoonDay(k, timeZone) > jdn) k -= 1;
  while (computeNewMoonDay(k + 1, timeZone) <= jdn) k += 1;
  return computeNewMoonDay(k, timeZone);
}

/** Leap month number between month 11 of `year` and month 11 of `year + 1`, if that span has 13 months. */
function findLeapMonthIn(year: number, timeZone: number): number | null {
  const a11 = computeMonth11Start(year, timeZone);
  const b11 = computeMonth11Start(year + 1, timeZone);
  if (b11 - a11 <= 365) return null;
  const leapMonth = computeLeapMonthOffset(a11, timeZone) - 2;
  return leapMonth <= 0 ? leapMonth + 12 : leapMonth;
}

/** Formats a lunar date as `D/M/YYYY`, with ` (nhuận)` for a leap month. */
export function formatLunarDate(lunar: LunarDate): string {
  const text = `${lunar.day}/${lunar.month}/${lunar.year}`;
  return lunar.isLeapMonth ? `${text} (nhuận)` : text;
}

function invalidLunar(lunar: LunarDate): AppError {
  const text = formatLunarDate(lunar);
  return new AppError(
    'validation_failed',
    `Ngày âm lịch không tồn tại: ${text}.`,
    { lunar },
    `No such lunar date: ${text}.`,
  );
}
