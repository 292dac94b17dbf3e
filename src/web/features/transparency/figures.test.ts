import { describe, expect, it } from 'vitest';
import { formatPercent, formatValue, lastCompleteMonth, periodKindOf, periodOptions } from './figures';

describe('published figures', () => {
  it('formats ratios as percentages in the reader language and leaves missing values as a dash', () => {
    expect(formatPercent(0.9523, 'vi')).toBe('95,2%');
    expect(formatPercent(0.9523, 'en')).toBe('95.2%');
    expect(formatPercent(null, 'vi')).toBe('—');
    expect(formatValue(1.25, 'points', 'en')).toBe('1.25');
  });

  it('offers periods ending with the current one, crossing year boundaries', () => {
    expect(periodOptions('month', '2026-02-10', 3).map((o) => o.value)).toEqual([
      '2026-02',
      '2026-01',
      '2025-12',
    ]);
    expect(
      periodOptions('quarter', '2026-02-10')
        .slice(0, 2)
        .map((o) => o.value),
    ).toEqual(['2026-Q1', '2025-Q4']);
    expect(periodKindOf('2026-Q1')).toBe('quarter');
    expect(periodKindOf('2026')).toBe('year');
  });

  it('defaults to the last complete month, across the new year', () => {
    expect(lastCompleteMonth('2026-03-02')).toBe('2026-02');
    expect(lastCompleteMonth('2026-01-31')).toBe('2025-12');
  });
});
