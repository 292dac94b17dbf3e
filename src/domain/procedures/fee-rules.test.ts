import { describe, expect, it } from 'vitest';
import type { Fee } from './definition.js';
import { listFeeIssues } from './fee-rules.js';

const line = (fee: Partial<Fee>): Fee => ({ name: 'Lệ phí', amount: 10_000, ...fee });

describe('fee rules', () => {
  it('accepts plain lines, a group of alternatives with their conditions, and a capped per-page line', () => {
    expect(
      listFeeIssues([
        line({}),
        line({ group: 'muc', condition: 'Nộp trực tiếp', amount: 20_000 }),
        line({ group: 'muc', condition: 'Nộp trực tuyến', amount: 10_000 }),
        line({
          per: 'page',
          amount: 2_000,
          rates: [
            { fromUnit: 3, amount: 1_000 },
            { fromUnit: 11, amount: 500 },
          ],
          max: 200_000,
        }),
      ]),
    ).toEqual([]);
  });

  it('names a group with a single line, not one whose tiers say their case in their names', () => {
    const issues = listFeeIssues([
      line({ group: 'mot' }),
      line({ group: 'hai', name: 'Lệ phí (nộp trực tiếp)' }),
      line({ group: 'hai', name: 'Lệ phí (nộp trực tuyến)' }),
    ]);
    expect(issues.map((i) => i.path)).toEqual(['fees[0].group']);
    expect(issues[0]!.message).toContain('ít nhất hai dòng');
  });

  it('refuses rates on a line priced per dossier', () => {
    expect(listFeeIssues([line({ rates: [{ fromUnit: 2, amount: 1 }] })]).map((i) => i.path)).toEqual([
      'fees[0].rates',
    ]);
  });

  it('wants rates in increasing order and a cap not below one unit', () => {
    const issues = listFeeIssues([
      line({
        per: 'page',
        amount: 2_000,
        rates: [
          { fromUnit: 5, amount: 1_000 },
          { fromUnit: 5, amount: 500 },
        ],
        max: 1_000,
      }),
    ]);
    expect(issues.map((i) => i.path)).toEqual(['fees[0].rates[1].fromUnit', 'fees[0].max']);
    expect(issues[1]!.message).toBe('Mức thu tối đa không được nhỏ hơn mức thu của một trang.');
  });

  it('names a duplicate line key', () => {
    expect(listFeeIssues([line({ id: 'a' }), line({ id: 'a' })])).toEqual([
      { path: 'fees', message: 'Mã dòng phí "a" bị trùng.' },
    ]);
  });
});
