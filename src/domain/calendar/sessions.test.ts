import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEEKLY_SESSIONS,
  countSessionMinutes,
  formatDailySessions,
  parseDailySessions,
  parseWeeklySessions,
} from './sessions.js';

describe('office sessions', () => {
  it('defaults to Monday–Friday 07:30–11:30, 13:00–17:00 (8 hours)', () => {
    expect(DEFAULT_WEEKLY_SESSIONS.map(formatDailySessions)).toEqual([
      '',
      '07:30-11:30,13:00-17:00',
      '07:30-11:30,13:00-17:00',
      '07:30-11:30,13:00-17:00',
      '07:30-11:30,13:00-17:00',
      '07:30-11:30,13:00-17:00',
      '',
    ]);
    expect(countSessionMinutes(DEFAULT_WEEKLY_SESSIONS[1])).toBe(480);
  });

  it('parses daily sessions, including 24:00 and touching sessions', () => {
    expect(parseDailySessions('08:00-12:00, 13:30-17:00')).toEqual([
      { start: 480, end: 720 },
      { start: 810, end: 1020 },
    ]);
    expect(parseDailySessions('7:30-11:30,11:30-12:00,22:00-24:00')).toHaveLength(3);
  });

  it.each([
    '',
    '08:00',
    '08:00-07:00',
    '08:00-12:00,11:00-13:00',
    '13:00-17:00,08:00-12:00',
    '08:60-09:00',
    '24:30-25:00',
  ])('rejects "%s"', (text) => {
    expect(() => parseDailySessions(text)).toThrow(/Giờ làm việc không hợp lệ/);
  });

  it('parses weekly sessions per weekday group', () => {
    const week = parseWeeklySessions('mon-thu=07:30-11:30,13:00-17:00;fri=07:30-11:30;sat=08:00-10:00');
    expect(week.map(formatDailySessions)).toEqual([
      '',
      '07:30-11:30,13:00-17:00',
      '07:30-11:30,13:00-17:00',
      '07:30-11:30,13:00-17:00',
      '07:30-11:30,13:00-17:00',
      '07:30-11:30',
      '08:00-10:00',
    ]);
    expect(parseWeeklySessions('08:00-12:00,13:30-17:00')[5].map((s) => s.start)).toEqual([480, 810]);
    expect(() => parseWeeklySessions('fri-mon=08:00-12:00')).toThrow(/weekday|thứ/);
    expect(() => parseWeeklySessions('xyz=08:00-12:00')).toThrow();
  });
});
