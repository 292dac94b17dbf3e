import { describe, expect, it } from 'vitest';
import { formatMoneyWordsVi } from './money-words.js';

describe('amounts in Vietnamese words', () => {
  it.each([
    [0, 'Không đồng'],
    [8000, 'Tám nghìn đồng'],
    [10000, 'Mười nghìn đồng'],
    [15000, 'Mười lăm nghìn đồng'],
    [21000, 'Hai mươi mốt nghìn đồng'],
    [25000, 'Hai mươi lăm nghìn đồng'],
    [105000, 'Một trăm linh năm nghìn đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [4_000_011, 'Bốn triệu không trăm mười một đồng'],
    [135_000, 'Một trăm ba mươi lăm nghìn đồng'],
    [2_000_000_000, 'Hai tỷ đồng'],
  ])('reads %i as %s', (amount, words) => {
    expect(formatMoneyWordsVi(amount)).toBe(words);
  });

  it('refuses fractions and negative amounts', () => {
    expect(() => formatMoneyWordsVi(1.5)).toThrow();
    expect(() => formatMoneyWordsVi(-1)).toThrow();
  });
});
