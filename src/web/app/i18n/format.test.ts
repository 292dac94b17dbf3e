import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('date formatting in Vietnam time', () => {
  it('shows dd/mm/yyyy in Asia/Ho_Chi_Minh (UTC+7), crossing midnight from UTC', () => {
    expect(formatDate('2026-03-05T18:30:00.000Z')).toBe('06/03/2026');
  });

  it('shows a 24-hour time, with seconds on request', () => {
    expect(formatDateTime('2026-12-31T16:59:07Z')).toBe('31/12/2026 23:59');
    expect(formatDateTime('2026-12-31T17:00:07Z', { seconds: true })).toBe('01/01/2027 00:00:07');
  });

  it('shows nothing for a missing or invalid value', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});
