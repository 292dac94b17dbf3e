/**
 * The default yearly schedule generated from the Labour Code 2019, Art. 112: public holidays, the five
 * lunar-new-year days, and compensatory days off when a holiday falls on a weekly rest day. The official
 * schedule (set each year by the government, with swapped days) replaces it when an administrator enters it.
 */
import { AppError } from '../errors.js';
import { formatEpochDay, toEpochDay, computeWeekday } from './civil-date.js';
import { convertLunarToSolar, computeLunarNewYear } from './lunar.js';
import { assertSupportedYear, MAX_YEAR, MIN_YEAR } from './range.js';
import type { YearSchedule } from './schedule.js';

/** The choices the law leaves to each year's decision. */
export interface HolidayRules {
  /** Lunar-new-year days placed before lunar 1/1 (0–4) out of five; default 1 (the last day of the old year). */
  readonly tetDaysBeforeNewYear: number;
  /** Which day next to 2/9 is the second National Day holiday; default 'before' (1/9). */
  readonly nationalDayExtra: 'before' | 'after';
  /** Weekly rest days (0 = Sunday … 6 = Saturday) that trigger a compensatory day; default Saturday, Sunday. */
  readonly weeklyRestDays: readonly number[];
}

/** Default rules: Tết from the last day of the old lunar year, 1/9 with 2/9, rest on Saturday and Sunday. */
export const DEFAULT_HOLIDAY_RULES: HolidayRules = {
  tetDaysBeforeNewYear: 1,
  nationalDayExtra: 'before',
  weeklyRestDays: [0, 6],
};

/** Vietnamese names of the holidays, as printed on schedules. */
export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  lunarNewYear: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victoryDay: 'Ngày Chiến thắng',
  labourDay: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
} as const;

/** Prefix of a compensatory day's name, e.g. "Nghỉ bù Quốc khánh". */
export const COMPENSATORY_PREFIX = 'Nghỉ bù ';

const TET_DAYS = 5;

/**
 * Generates the default schedule of `year` (1900–2100): every holiday day, then a compensatory day off on
 * the next working day for each holiday falling on a weekly rest day or on another holiday. Sorted by date;
 * no extra working days.
 */
export function generateDefaultSchedule(year: number, rules: Partial<HolidayRules> = {}): YearSchedule {
  assertSupportedYear(year);
  const resolved = { ...DEFAULT_HOLIDAY_RULES, ...rules };
  assertHolidayRules(resolved);
  const holidays = listHolidayDays(year, resolved);
  const daysOff = [...holidays, ...listCompensatoryDays(holidays, resolved.weeklyRestDays)];
  daysOff.sort((a, b) => a.epochDay - b.epochDay);
  return {
    year,
    daysOff: mergeSameDay(daysOff).map(({ epochDay, name }) => ({ date: formatEpochDay(epochDay), name })),
    extraWorkingDays: [],
  };
}

interface HolidayDay {
  readonly epochDay: number;
  readonly name: string;
}

function listHolidayDays(year: number, rules: HolidayRules): HolidayDay[] {
  const day = (month: number, dayOfMonth: number): number => toEpochDay({ year, month, day: dayOfMonth });
  const tetStart = toEpochDay(computeLunarNewYear(year)) - rules.tetDaysBeforeNewYear;
  const hungKings = toEpochDay(convertLunarToSolar({ day: 10, month: 3, year, isLeapMonth: false }));
  const nationalDayExtra = rules.nationalDayExtra === 'after' ? day(9, 3) : day(9, 1);
  const days: HolidayDay[] = [{ epochDay: day(1, 1), name: HOLIDAY_NAMES.newYear }];
  for (let i = 0; i < TET_DAYS; i += 1)
    days.push({ epochDay: tetStart + i, name: HOLIDAY_NAMES.lunarNewYear });
  days.push(
    { epochDay: hungKings, name: HOLIDAY_NAMES.hungKings },
    { epochDay: day(4, 30), name: HOLIDAY_NAMES.victoryDay },
    { epochDay: day(5, 1), name: HOLIDAY_NAMES.labourDay },
    { epochDay: Math.min(day(9, 2), nationalDayExtra), name: HOLIDAY_NAMES.nationalDay },
    { epochDay: Math.max(day(9, 2), nationalDayExtra), name: HOLIDAY_NAMES.nationalDay },
  );
  return days.sort((a, b) => a.epochDay - b.epochDay);
}

/**
 * Art. 112(3): a holiday on a weekly rest day is compensated on the next working day. A holiday sharing
 * its date with another holiday is compensated the same way (the law grants each holiday a day).
 */
function listCompensatoryDays(holidays: readonly HolidayDay[], restDays: readonly number[]): HolidayDay[] {
  const holidayDays = new Set(holidays.map((h) => h.epochDay));
  const seen = new Set<number>();
  const granted = new Set<number>();
  const isRestDay = (epochDay: number): boolean => restDays.includes(computeWeekday(epochDay));
  const compensatory: HolidayDay[] = [];
  for (const holiday of holidays) {
    const clash = seen.has(holiday.epochDay);
    seen.add(holiday.epochDay);
    if (!clash && !isRestDay(holiday.epochDay)) continue;
    let candidate = holiday.epochDay + 1;
    while (isRestDay(candidate) || holidayDays.has(candidate) || granted.has(candidate)) candidate += 1;
    granted.add(candidate);
    compensatory.push({ epochDay: candidate, name: COMPENSATORY_PREFIX + holiday.name });
  }
  return compensatory;
}

/** Joins the names of holidays sharing a date ("Giỗ Tổ Hùng Vương; Ngày Chiến thắng"). */
function mergeSameDay(days: readonly HolidayDay[]): HolidayDay[] {
  const merged: HolidayDay[] = [];
  for (const day of days) {
    const last = merged[merged.length - 1];
    if (last && last.epochDay === day.epochDay)
      merged[merged.length - 1] = { ...last, name: `${last.name}; ${day.name}` };
    else merged.push(day);
  }
  return merged;
}

function assertHolidayRules(rules: HolidayRules): void {
  const tetValid =
    Number.isInteger(rules.tetDaysBeforeNewYear) &&
    rules.tetDaysBeforeNewYear >= 0 &&
    rules.tetDaysBeforeNewYear < TET_DAYS;
  const restValid = rules.weeklyRestDays.every((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  const extraValid = rules.nationalDayExtra === 'before' || rules.nationalDayExtra === 'after';
  if (tetValid && restValid && extraValid) return;
  throw new AppError(
    'validation_failed',
    'Quy tắc ngày nghỉ không hợp lệ (số ngày Tết trước mùng 1: 0–4; ngày nghỉ tuần: 0–6; ngày kề 2/9: before/after).',
    { rules },
    'Invalid holiday rules (Tết days before 1/1: 0–4; rest days 0–6; 2/9 extra day: before/after).',
  );
}

/**
 * The schedule in force for each year from 1900 to 2100: the official one when given, otherwise the default
 * generated from `rules`. Index i holds year 1900 + i.
 */
export function resolveYearSchedules(
  official: readonly YearSchedule[],
  rules: Partial<HolidayRules> = {},
): YearSchedule[] {
  const byYear = new Map(official.map((schedule) => [schedule.year, schedule]));
  const years: YearSchedule[] = [];
  for (let year = MIN_YEAR; year <= MAX_YEAR; year += 1) {
    years.push(byYear.get(year) ?? generateDefaultSchedule(year, rules));
  }
  return years;
}
