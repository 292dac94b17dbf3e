import { describe, expect, it } from 'vitest';
import { generateDefaultSchedule } from './holidays.js';

const datesOf = (year: number, rules = {}): string[] =>
  generateDefaultSchedule(year, rules).daysOff.map((d) => `${d.date} ${d.name}`);

describe('default yearly schedule (Labour Code 2019, Art. 112)', () => {
  it('lists the 2025 holidays with Vietnamese names and a compensatory day for Saturday 1/2', () => {
    expect(datesOf(2025)).toEqual([
      '2025-01-01 Tết Dương lịch',
      '2025-01-28 Tết Nguyên đán',
      '2025-01-29 Tết Nguyên đán',
      '2025-01-30 Tết Nguyên đán',
      '2025-01-31 Tết Nguyên đán',
      '2025-02-01 Tết Nguyên đán',
      '2025-02-03 Nghỉ bù Tết Nguyên đán',
      '2025-04-07 Giỗ Tổ Hùng Vương',
      '2025-04-30 Ngày Chiến thắng',
      '2025-05-01 Ngày Quốc tế Lao động',
      '2025-09-01 Quốc khánh',
      '2025-09-02 Quốc khánh',
    ]);
    expect(generateDefaultSchedule(2025).extraWorkingDays).toEqual([]);
  });

  it('gives 11 holiday days a year from 2021 onwards', () => {
    for (let year = 2021; year <= 2030; year += 1) {
      const holidays = generateDefaultSchedule(year).daysOff.filter((d) => !d.name.startsWith('Nghỉ bù'));
      expect(holidays).toHaveLength(11);
    }
  });

  it('compensates weekend holidays on the next free working day, in date order (2023)', () => {
    // 29/4 Sat (Hùng Kings), 30/4 Sun, 1/5 Mon: official 2023 was 29/4–3/5.
    expect(datesOf(2023).filter((d) => d.startsWith('2023-05'))).toEqual([
      '2023-05-01 Ngày Quốc tế Lao động',
      '2023-05-02 Nghỉ bù Giỗ Tổ Hùng Vương',
      '2023-05-03 Nghỉ bù Ngày Chiến thắng',
    ]);
    expect(datesOf(2023).filter((d) => d.startsWith('2023-09'))).toEqual([
      '2023-09-01 Quốc khánh',
      '2023-09-02 Quốc khánh',
      '2023-09-04 Nghỉ bù Quốc khánh',
    ]);
  });

  it('compensates Tết days on a weekend after the Tết block (2024)', () => {
    expect(datesOf(2024).filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-09 Tết Nguyên đán',
      '2024-02-10 Tết Nguyên đán',
      '2024-02-11 Tết Nguyên đán',
      '2024-02-12 Tết Nguyên đán',
      '2024-02-13 Tết Nguyên đán',
      '2024-02-14 Nghỉ bù Tết Nguyên đán',
      '2024-02-15 Nghỉ bù Tết Nguyên đán',
    ]);
  });

  it('places the second National Day holiday before or after 2/9', () => {
    expect(datesOf(2021).filter((d) => d.startsWith('2021-09'))).toEqual([
      '2021-09-01 Quốc khánh',
      '2021-09-02 Quốc khánh',
    ]);
    expect(datesOf(2021, { nationalDayExtra: 'after' }).filter((d) => d.startsWith('2021-09'))).toEqual([
      '2021-09-02 Quốc khánh',
      '2021-09-03 Quốc khánh',
    ]);
  });

  it('places the five Tết days as configured around lunar 1/1', () => {
    const tet = (before: number): string[] =>
      datesOf(2026, { tetDaysBeforeNewYear: before }).filter((d) => /^\S+ Tết Nguyên đán$/.test(d));
    expect(tet(1)[0]).toBe('2026-02-16 Tết Nguyên đán');
    expect(tet(0)[0]).toBe('2026-02-17 Tết Nguyên đán');
    expect(tet(2)).toEqual([
      '2026-02-15 Tết Nguyên đán',
      '2026-02-16 Tết Nguyên đán',
      '2026-02-17 Tết Nguyên đán',
      '2026-02-18 Tết Nguyên đán',
      '2026-02-19 Tết Nguyên đán',
    ]);
    expect(datesOf(2026, { tetDaysBeforeNewYear: 2 })).toContain('2026-02-20 Nghỉ bù Tết Nguyên đán');
    expect(() => generateDefaultSchedule(2026, { tetDaysBeforeNewYear: 5 })).toThrow();
  });

  it('joins holidays sharing a date and compensates the second one (1947: 10/3 lunar on 30/4)', () => {
    const days = datesOf(1947);
    expect(days).toContain('1947-04-30 Giỗ Tổ Hùng Vương; Ngày Chiến thắng');
    expect(days.some((d) => d.includes('Nghỉ bù Ngày Chiến thắng') || d.includes('Nghỉ bù Giỗ Tổ'))).toBe(
      true,
    );
  });

  it('rejects years outside 1900–2100', () => {
    expect(() => generateDefaultSchedule(1899)).toThrow(/1900/);
    expect(() => generateDefaultSchedule(2101)).toThrow(/2100/);
  });
});
