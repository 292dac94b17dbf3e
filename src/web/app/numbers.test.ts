import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
  it('writes the Vietnamese decimal comma and thousands dot', () => {
    expect(formatNumber(78.02)).toBe('78,02');
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(80, 'vi')).toBe('80');
  });

  it('rounds to the digits asked for and keeps English readers on the decimal point', () => {
    expect(formatNumber(78.016, 'vi', 1)).toBe('78');
    expect(formatNumber(78.05, 'vi', 1)).toBe('78,1');
    expect(formatNumber(78.02, 'en')).toBe('78.02');
  });

  it('shows a dash for a missing value', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined, 'en')).toBe('—');
  });
});
