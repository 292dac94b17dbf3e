import { describe, expect, it } from 'vitest';
import { formatICalendar, parseICalendarSchedules } from './calendars.ical.js';

function calendar(...events: string[][]): string {
  const body = events.flatMap((lines, i) => [
    'BEGIN:VEVENT',
    `UID:${i}@test`,
    'DTSTAMP:20250101T000000Z',
    ...lines,
    'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//VI', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

describe('iCalendar schedules', () => {
  it('reads "làm bù" at the start of a summary as working, inside a holiday name as a day off', () => {
    const [year] = parseICalendarSchedules(
      calendar(
        ['DTSTART;VALUE=DATE:20250208', 'SUMMARY:Làm bù thứ Bảy'],
        ['DTSTART;VALUE=DATE:20250127', 'SUMMARY:Tết (hoán đổi\\, làm bù thứ Bảy 08/02)'],
        ['DTSTART;VALUE=DATE:20250426', 'SUMMARY:Thứ Bảy', 'CATEGORIES:Working'],
      ),
    );
    expect(year).toEqual({
      year: 2025,
      daysOff: [{ date: '2025-01-27', name: 'Tết (hoán đổi, làm bù thứ Bảy 08/02)' }],
      extraWorkingDays: ['2025-02-08', '2025-04-26'],
    });
  });

  it('spreads multi-day events, merges names of one date and splits years', () => {
    const years = parseICalendarSchedules(
      calendar(
        ['DTSTART;VALUE=DATE:20251231', 'DTEND;VALUE=DATE:20260102', 'SUMMARY:Nghỉ'],
        ['DTSTART;VALUE=DATE:20260101', 'SUMMARY:Tết Dương lịch'],
      ),
    );
    expect(years).toEqual([
      { year: 2025, daysOff: [{ date: '2025-12-31', name: 'Nghỉ' }], extraWorkingDays: [] },
      { year: 2026, daysOff: [{ date: '2026-01-01', name: 'Nghỉ; Tết Dương lịch' }], extraWorkingDays: [] },
    ]);
  });

  it('refuses what it cannot represent, naming the line', () => {
    const recurring = calendar(['DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=YEARLY', 'SUMMARY:Tết']);
    expect(() => parseICalendarSchedules(recurring)).toThrow(/dòng 4: sự kiện lặp lại/);
    const timed = calendar(
      ['DTSTART;VALUE=DATE:20250101', 'SUMMARY:A'],
      ['DTSTART:20250102T090000', 'SUMMARY:Họp'],
    );
    expect(() => parseICalendarSchedules(timed)).toThrow(/dòng 10: ngày nghỉ phải là sự kiện cả ngày/);
    const clash = calendar(
      ['DTSTART;VALUE=DATE:20250208', 'SUMMARY:Nghỉ'],
      ['DTSTART;VALUE=DATE:20250208', 'SUMMARY:Làm bù'],
    );
    expect(() => parseICalendarSchedules(clash)).toThrow(/dòng 10: ngày 2025-02-08 vừa là ngày nghỉ/);
    expect(() => parseICalendarSchedules('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toThrow(/không có sự kiện/);
  });

  it('round-trips its own export', () => {
    const schedules = [
      {
        year: 2025,
        daysOff: [{ date: '2025-09-01', name: 'Quốc khánh; Nghỉ bù' }],
        extraWorkingDays: ['2025-04-26'],
      },
    ];
    const text = formatICalendar({ name: 'Lịch', code: 'x', schedules, stampedAt: 0 });
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('DTSTART;VALUE=DATE:20250901\r\nDTEND;VALUE=DATE:20250902');
    expect(parseICalendarSchedules(text)).toEqual(schedules);
  });
});
