import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './instant.js';

describe('instants', () => {
  it('reads text without an offset as Vietnam local time (UTC+7)', () => {
    expect(parseInstant('2025-02-05T09:00')).toBe(Date.UTC(2025, 1, 5, 2, 0));
    expect(parseInstant('2025-02-05T09:00:00')).toBe(Date.UTC(2025, 1, 5, 2, 0));
    expect(parseInstant('2025-02-05 09:00')).toBe(Date.UTC(2025, 1, 5, 2, 0));
    expect(parseInstant('2025-02-05')).toBe(Date.UTC(2025, 1, 4, 17, 0));
  });

  it('honours Z and explicit offsets', () => {
    expect(parseInstant('2025-02-05T02:00:00Z')).toBe(Date.UTC(2025, 1, 5, 2, 0));
    expect(parseInstant('2025-02-05T09:00:00+07:00')).toBe(Date.UTC(2025, 1, 5, 2, 0));
    expect(parseInstant('2025-02-05T03:30:00+0130')).toBe(Date.UTC(2025, 1, 5, 2, 0));
    expect(parseInstant('2025-02-04T21:00:00-05:00')).toBe(Date.UTC(2025, 1, 5, 2, 0));
    expect(parseInstant('2025-02-05T09:00:00.5+07:00')).toBe(Date.UTC(2025, 1, 5, 2, 0, 0, 500));
  });

  it.each(['2025-02-30T09:00', '2025-02-05T24:00', '2025-2-5', '09:00', 'now', '2025-02-05T09:00+25:00'])(
    'rejects "%s"',
    (text) => {
      expect(() => parseInstant(text)).toThrow(/Thời điểm không hợp lệ/);
    },
  );

  it('formats in local time with +07:00', () => {
    expect(formatInstant(Date.UTC(2025, 1, 5, 2, 0))).toBe('2025-02-05T09:00:00+07:00');
    expect(formatInstant(Date.UTC(2025, 1, 4, 17, 0))).toBe('2025-02-05T00:00:00+07:00');
    expect(formatInstant(Date.UTC(2025, 1, 5, 2, 0, 1, 25))).toBe('2025-02-05T09:00:01.025+07:00');
    expect(formatInstant(parseInstant('1900-01-01T00:00'))).toBe('1900-01-01T00:00:00+07:00');
  });
});
