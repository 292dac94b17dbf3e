import { describe, expect, it } from 'vitest';
import { addDuration, formatDuration, parseDuration } from './duration.js';
import { createWorkingCalendar } from './working-calendar.js';
import { at, show } from './test-support.js';

describe('durations', () => {
  it.each([
    ['3d', { unit: 'working-days', amount: 3 }],
    ['0.5d', { unit: 'working-days', amount: 0.5 }],
    ['4h', { unit: 'working-minutes', amount: 240 }],
    ['1.5h', { unit: 'working-minutes', amount: 90 }],
    ['90m', { unit: 'working-minutes', amount: 90 }],
    ['5cd', { unit: 'calendar-days', amount: 5 }],
    ['5CD', { unit: 'calendar-days', amount: 5 }],
  ])('parses %s', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it.each(['', '3', 'd', '-1d', '1.5m', '1.5cd', '3 days', '0.001h'])('rejects "%s"', (text) => {
    expect(() => parseDuration(text)).toThrow(/Thời hạn không hợp lệ/);
  });

  it('formats back', () => {
    expect(formatDuration(parseDuration('3d'))).toBe('3d');
    expect(formatDuration(parseDuration('4h'))).toBe('240m');
    expect(formatDuration(parseDuration('5cd'))).toBe('5cd');
  });

  it('adds each kind of duration', () => {
    const calendar = createWorkingCalendar();
    expect(show(addDuration(calendar, at('2025-06-02T10:00'), parseDuration('3d')))).toBe(
      '2025-06-05T10:00:00+07:00',
    );
    expect(show(addDuration(calendar, at('2025-06-02T10:00'), parseDuration('4h')))).toBe(
      '2025-06-02T15:30:00+07:00',
    );
    expect(show(addDuration(calendar, at('2025-06-02T10:00'), parseDuration('5cd')))).toBe(
      '2025-06-09T17:00:00+07:00', // Saturday is a day off: the end of Monday (Civil Code art. 148)
    );
  });
});
