import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { Fee } from './definition.js';
import { computeFees, feeRange, firstFeeSelection } from './fees.js';

/** TT 226/2016/TT-BTC: 2.000 đ/trang for the first two pages, 1.000 đ/trang after, at most 200.000 đ/bản. */
const certifiedCopy: Fee[] = [
  {
    id: 'ban-sao',
    name: 'Phí chứng thực bản sao từ bản chính',
    amount: 2000,
    per: 'page',
    rates: [{ fromUnit: 3, amount: 1000 }],
    max: 200000,
  },
];

const residence: Fee[] = [
  { id: 'truc-tiep', name: 'Lệ phí (nộp trực tiếp)', amount: 20000, group: 'kenh' },
  { id: 'truc-tuyen', name: 'Lệ phí (nộp trực tuyến)', amount: 10000, group: 'kenh' },
];

const criminalRecord: Fee[] = [
  { id: 'thuong', name: 'Phí cung cấp thông tin', amount: 200000, group: 'doi-tuong' },
  { id: 'uu-dai', name: 'Phí (sinh viên, người có công)', amount: 100000, group: 'doi-tuong' },
  { id: 'them', name: 'Phí cấp thêm Phiếu', amount: 0, per: 'sheet', rates: [{ fromUnit: 3, amount: 5000 }] },
];

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected an error');
};

describe('computeFees', () => {
  it.each([
    [1, 1, 2000],
    [2, 1, 4000],
    [3, 1, 5000],
    [10, 1, 12000],
    [3, 2, 10000],
    [500, 1, 200000],
    [500, 3, 600000],
  ])('charges a certified copy of %i pages × %i copies per page with the cap: %i', (page, copy, total) => {
    const bill = computeFees(certifiedCopy, { quantities: { page, copy } });
    expect(bill.total).toBe(total);
    expect(bill.lines).toEqual([
      expect.objectContaining({
        lineId: 'ban-sao',
        amount: total,
        quantity: page,
        detail: `${page} trang × ${copy} bản`,
      }),
    ]);
  });

  it('needs the page count of a per-page line', () => {
    expect(errorOf(() => computeFees(certifiedCopy, {})).code).toBe('validation_failed');
  });

  it('charges only the chosen alternative, never their sum', () => {
    expect(computeFees(residence, { choices: { kenh: 'truc-tuyen' } }).total).toBe(10000);
    expect(computeFees(residence, { choices: { kenh: 'truc-tiep' } }).lines.map((l) => l.lineId)).toEqual([
      'truc-tiep',
    ]);
  });

  it('refuses a missing or unknown choice instead of summing the group', () => {
    expect(errorOf(() => computeFees(residence, {})).code).toBe('validation_failed');
    expect(errorOf(() => computeFees(residence, { choices: { kenh: 'khac' } })).code).toBe(
      'validation_failed',
    );
  });

  it('still charges every line of a plain list', () => {
    const plain: Fee[] = [
      { name: 'Lệ phí đăng ký', amount: 50000 },
      { name: 'Phí công bố', amount: 100000 },
    ];
    expect(computeFees(plain).total).toBe(150000);
    expect(computeFees(plain).lines.map((l) => l.lineId)).toEqual(['line-1', 'line-2']);
  });

  it('adds extra sheets from the third on to the chosen tier', () => {
    const bill = computeFees(criminalRecord, {
      choices: { 'doi-tuong': 'uu-dai' },
      quantities: { sheet: 4 },
    });
    expect(bill.total).toBe(100000 + 2 * 5000);
  });

  it('zeroes the amount for a full exemption and keeps its legal reason', () => {
    const bill = computeFees(residence, {
      choices: { kenh: 'truc-tiep' },
      exemption: {
        reason: 'Người có công với cách mạng',
        legalBasis: 'Điều 5 Thông tư 75/2022/TT-BTC',
        percent: 100,
      },
    });
    expect(bill.total).toBe(0);
    expect(bill.lines[0]).toMatchObject({
      amount: 0,
      grossAmount: 20000,
      exemption: { reason: 'Người có công với cách mạng', legalBasis: 'Điều 5 Thông tư 75/2022/TT-BTC' },
    });
    expect(bill.exemption?.reduced).toBe(20000);
  });

  it('reduces by a percentage or an amount, never below zero', () => {
    const half = { reason: 'Hộ nghèo', legalBasis: 'Nghị quyết HĐND', percent: 50 };
    expect(computeFees(certifiedCopy, { quantities: { page: 3 }, exemption: half }).total).toBe(2500);
    const cut = { reason: 'Hộ nghèo', legalBasis: 'Nghị quyết HĐND', amount: 50000 };
    expect(computeFees(residence, { choices: { kenh: 'truc-tiep' }, exemption: cut }).total).toBe(0);
  });

  it('refuses an exemption without its legal basis', () => {
    const bad = { reason: 'Hộ nghèo', percent: 50 } as never;
    expect(() => computeFees(residence, { choices: { kenh: 'truc-tiep' }, exemption: bad })).toThrow();
  });
});

describe('feeRange', () => {
  it('shows the lowest and highest alternative instead of their sum', () => {
    expect(feeRange(residence)).toEqual({ min: 10000, max: 20000 });
    expect(feeRange(criminalRecord)).toEqual({ min: 100000, max: 200000 });
  });

  it('charges the first tier with a demo selection', () => {
    expect(computeFees(criminalRecord, firstFeeSelection(criminalRecord)).total).toBe(200000);
  });
});
