/**
 * The span every calendar computation supports: local (UTC+7) dates from 1900-01-01 to 2100-12-31.
 */
import { AppError } from '../errors.js';
import { toEpochDay } from './civil-date.js';

/** First supported year. */
export const MIN_YEAR = 1900;
/** Last supported year. */
export const MAX_YEAR = 2100;
/** Epoch day of 1900-01-01, day 0 of every precomputed table. */
export const FIRST_EPOCH_DAY = toEpochDay({ year: MIN_YEAR, month: 1, day: 1 });
/** Epoch day just after 2100-12-31. */
export const END_EPOCH_DAY = toEpochDay({ year: MAX_YEAR + 1, month: 1, day: 1 });

/** Throws `validation_failed` unless `year` is an integer in 1900–2100. */
export function assertSupportedYear(year: number): void {
  if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) return;
  throw new AppError(
    'validation_failed',
    `Năm ${String(year)} nằm ngoài phạm vi hỗ trợ ${MIN_YEAR}–${MAX_YEAR}.`,
    { year },
    `Year ${String(year)} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}.`,
  );
}

/** Throws `validation_failed` unless the epoch day lies in 1900-01-01 … 2100-12-31. */
export function assertSupportedEpochDay(epochDay: number): void {
  if (epochDay >= FIRST_EPOCH_DAY && epochDay < END_EPOCH_DAY) return;
  throw new AppError(
    'validation_failed',
    `Ngày nằm ngoài phạm vi hỗ trợ ${MIN_YEAR}-01-01 – ${MAX_YEAR}-12-31.`,
    { epochDay },
    `Date outside the supported range ${MIN_YEAR}-01-01 – ${MAX_YEAR}-12-31.`,
  );
}
