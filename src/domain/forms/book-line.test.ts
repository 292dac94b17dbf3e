import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/index.js';
import { describeBookLine, findBookVolume, formatBookLineCell } from './book-line.js';

describe('tracking book volume', () => {
  it('is the local year of receipt, not the UTC one', () => {
    // 00:30 on 1 January in Hà Nội is still 31 December in UTC
    expect(findBookVolume(parseInstant('2026-01-01T00:30:00+07:00'))).toBe(2026);
    expect(findBookVolume(parseInstant('2025-12-31T23:59:00+07:00'))).toBe(2025);
  });
});

describe('book line on form 01', () => {
  it('prints the volume and the line number', () => {
    expect(describeBookLine({ volume: 2026, line: 15 })).toBe('Quyển số: 2026, Số thứ tự: 15');
  });

  it('keeps the blank dots when the dossier has no line', () => {
    expect(describeBookLine(null)).toBe('Quyển số: …………, Số thứ tự: …………');
  });
});

describe('STT cell of the tracking book', () => {
  it('is the line number within one volume', () => {
    expect(formatBookLineCell({ volume: 2026, line: 7 }, true)).toBe('7');
  });

  it('adds the volume when the period spans two volumes', () => {
    expect(formatBookLineCell({ volume: 2025, line: 312 }, false)).toBe('312/2025');
  });

  it('is empty for a dossier without a line', () => {
    expect(formatBookLineCell(null, true)).toBe('');
  });
});
