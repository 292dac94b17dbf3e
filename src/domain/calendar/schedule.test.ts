import { describe, expect, it } from 'vitest';
import { generateDefaultSchedule } from './holidays.js';
import { resolveYearSchedules } from './holidays.js';
import { parseScheduleData, sortYearSchedule } from './schedule.js';

const year2025 = {
  year: 2025,
  daysOff: [{ date: '2025-01-27', name: 'Tết Nguyên đán' }],
  extraWorkingDays: ['2025-04-26'],
};

describe('parseScheduleData', () => {
  it('accepts one year or an array of years, sorted by year', () => {
    expect(parseScheduleData(year2025)).toEqual([year2025]);
    const parsed = parseScheduleData([year2025, { year: 2024, daysOff: [] }]);
    expect(parsed.map((s) => s.year)).toEqual([2024, 2025]);
    expect(parsed[0]?.extraWorkingDays).toEqual([]);
  });

  it('names the path of each error', () => {
    const bad = [
      year2025,
      { year: 2026, daysOff: [{ date: '2026-02-30', name: 'Tết' }, { date: '2026-02-17' }] },
    ];
    expect(() => parseScheduleData(bad)).toThrow(/\[1\]\.daysOff\[0\]\.date/);
    expect(() => parseScheduleData(bad)).toThrow(/\[1\]\.daysOff\[1\]\.name/);
  });

  it('rejects dates outside the year, repeated dates and repeated years', () => {
    expect(() => parseScheduleData({ year: 2025, extraWorkingDays: ['2024-12-28'] })).toThrow(
      /extraWorkingDays\[0\]: ngày không thuộc năm 2025/,
    );
    expect(() =>
      parseScheduleData({
        year: 2025,
        daysOff: [{ date: '2025-05-02', name: 'x' }],
        extraWorkingDays: ['2025-05-02'],
      }),
    ).toThrow(/extraWorkingDays\[0\]: ngày 2025-05-02 bị lặp/);
    expect(() => parseScheduleData([year2025, year2025])).toThrow(/\[1\]\.year: năm 2025 bị lặp/);
    expect(() => parseScheduleData({ year: 2200 })).toThrow(/year/);
    expect(() => parseScheduleData('2025')).toThrow(/Lịch nghỉ không hợp lệ/);
  });
});

describe('resolveYearSchedules', () => {
  it('replaces a given year entirely and generates the others', () => {
    const years = resolveYearSchedules(parseScheduleData(year2025));
    expect(years).toHaveLength(201);
    expect(years[125]).toEqual(year2025);
    expect(years[124]).toEqual(generateDefaultSchedule(2024));
  });

  it('sorts days off and extra working days by date', () => {
    const sorted = sortYearSchedule({
      year: 2025,
      daysOff: [
        { date: '2025-09-02', name: 'b' },
        { date: '2025-01-01', name: 'a' },
      ],
      extraWorkingDays: ['2025-04-26', '2025-02-08'],
    });
    expect(sorted.daysOff.map((d) => d.date)).toEqual(['2025-01-01', '2025-09-02']);
    expect(sorted.extraWorkingDays).toEqual(['2025-02-08', '2025-04-26']);
  });
});
