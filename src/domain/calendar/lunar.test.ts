import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, fromEpochDay, toEpochDay } from './civil-date.js';
import {
  convertLunarToSolar,
  convertSolarToLunar,
  findLeapMonth,
  computeLunarNewYear,
  formatLunarDate,
} from './lunar.js';

describe('lunar new year (Tết) in Vietnam, UTC+7', () => {
  it.each([
    [1968, '1968-01-29'],
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2030, '2030-02-02'],
  ])('Tết %i is %s', (year, expected) => {
    expect(formatIsoDate(computeLunarNewYear(year))).toBe(expected);
  });

  // The Chinese calendar (UTC+8) differs in these years: a Chinese-calendar library is wrong for Vietnam.
  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
  ])('Tết %i: Vietnam %s, China %s', (year, vietnam, china) => {
    expect(formatIsoDate(computeLunarNewYear(year))).toBe(vietnam);
    expect(formatIsoDate(computeLunarNewYear(year, 8))).toBe(china);
  });

  it('matches known Chinese new years near midnight when computed for UTC+8', () => {
    expect(formatIsoDate(computeLunarNewYear(2027, 8))).toBe('2027-02-06');
    expect(formatIsoDate(computeLunarNewYear(1954, 8))).toBe('1954-02-03');
  });

  it('covers 1900 and 2100', () => {
    expect(formatIsoDate(computeLunarNewYear(1900))).toBe('1900-01-31');
    expect(formatIsoDate(computeLunarNewYear(2100))).toBe('2100-02-09');
    expect(() => computeLunarNewYear(2101)).toThrow(/1900/);
  });
});

describe('leap months', () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [1985, 2],
    [2024, null],
    [2026, null],
  ])('lunar year %i has leap month %s', (year, month) => {
    expect(findLeapMonth(year)).toBe(month);
  });

  it('marks days of the leap month and converts them back', () => {
    expect(formatLunarDate(convertSolarToLunar({ year: 2025, month: 7, day: 25 }))).toBe('1/6/2025 (nhuận)');
    expect(formatLunarDate(convertSolarToLunar({ year: 2025, month: 6, day: 25 }))).toBe('1/6/2025');
    expect(formatIsoDate(convertLunarToSolar({ day: 1, month: 6, year: 2025, isLeapMonth: true }))).toBe(
      '2025-07-25',
    );
    expect(formatIsoDate(convertLunarToSolar({ day: 1, month: 2, year: 2023, isLeapMonth: true }))).toBe(
      '2023-03-22',
    );
  });

  it('rejects a leap flag on an ordinary month and days past the month end', () => {
    expect(() => convertLunarToSolar({ day: 1, month: 5, year: 2025, isLeapMonth: true })).toThrow();
    expect(() => convertLunarToSolar({ day: 1, month: 1, year: 2024, isLeapMonth: true })).toThrow();
    expect(() => convertLunarToSolar({ day: 31, month: 1, year: 2025, isLeapMonth: false })).toThrow();
    // Lunar 12/2024 (Giáp Thìn) has 29 days: Tết 2025 follows 29/12.
    expect(() => convertLunarToSolar({ day: 30, month: 12, year: 2024, isLeapMonth: false })).toThrow();
    expect(formatIsoDate(convertLunarToSolar({ day: 29, month: 12, year: 2024, isLeapMonth: false }))).toBe(
      '2025-01-28',
    );
  });
});

describe('Hùng Kings day (10/3 lunar)', () => {
  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('%i: %s', (year, expected) => {
    expect(formatIsoDate(convertLunarToSolar({ day: 10, month: 3, year, isLeapMonth: false }))).toBe(
      expected,
    );
  });
});

describe('solar ↔ lunar round trip', () => {
  const first = toEpochDay({ year: 1900, month: 1, day: 1 });
  const last = toEpochDay({ year: 2100, month: 12, day: 31 });

  it('converts every sampled day to lunar and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (epochDay) => {
        const solar = fromEpochDay(epochDay);
        const lunar = convertSolarToLunar(solar);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
        expect(toEpochDay(convertLunarToSolar(lunar))).toBe(epochDay);
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers consecutive days 1, 2, … within a month and starts months on day 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 1 }), (epochDay) => {
        const today = convertSolarToLunar(fromEpochDay(epochDay));
        const tomorrow = convertSolarToLunar(fromEpochDay(epochDay + 1));
        if (tomorrow.day !== 1) expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
        else expect(today.day === 29 || today.day === 30).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects solar dates outside 1900–2100', () => {
    expect(() => convertSolarToLunar({ year: 1899, month: 12, day: 31 })).toThrow(/1900/);
    expect(() => convertSolarToLunar({ year: 2101, month: 1, day: 1 })).toThrow(/2100/);
  });
});
