import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/index.js';
import {
  formatClockVi,
  formatDateVi,
  formatLegalTimeVi,
  formatMomentVi,
  formatMoneyVi,
  formatPlaceDateVi,
  nameAuthority,
} from './format.js';

describe('form wording', () => {
  it('prints dates and times in Vietnam local time', () => {
    // 17:05 UTC is already the next day in Hà Nội
    const instant = parseInstant('2026-03-01T17:05:00Z');
    expect(formatDateVi(instant)).toBe('02/03/2026');
    expect(formatClockVi(instant)).toBe('00 giờ 05 phút');
    expect(formatMomentVi(parseInstant('2026-03-05T08:00:00+07:00'))).toBe('08 giờ 00 phút, ngày 05/03/2026');
    expect(formatPlaceDateVi('Ba Đình', instant)).toBe('Ba Đình, ngày 02 tháng 03 năm 2026');
    expect(formatPlaceDateVi('', instant)).toBe('Ngày 02 tháng 03 năm 2026');
  });

  it.each([
    [{ value: 3, unit: 'working_days' as const }, '03 ngày làm việc'],
    [{ value: 4, unit: 'working_hours' as const }, '04 giờ làm việc'],
    [{ value: 15, unit: 'calendar_days' as const }, '15 ngày'],
    [{ value: 0.5, unit: 'working_days' as const }, '0,5 ngày làm việc'],
    [{ value: 1, unit: 'same_day' as const }, 'Trong ngày'],
  ])('words the legal time %o as %s', (duration, text) => {
    expect(formatLegalTimeVi(duration)).toBe(text);
  });

  it('groups money by thousands with dots', () => {
    expect(formatMoneyVi(10000)).toBe('10.000 đồng');
    expect(formatMoneyVi(1250000)).toBe('1.250.000 đồng');
    expect(formatMoneyVi(500)).toBe('500 đồng');
    expect(formatMoneyVi(0)).toBe('Không thu');
  });

  it("names a local government by its People's Committee and other units by their full name", () => {
    expect(
      nameAuthority({ kind: 'commune', name: 'Ba Đình', full_name: 'Phường Ba Đình', admin_type: 'Phường' }),
    ).toBe('UBND phường Ba Đình');
    expect(
      nameAuthority({
        kind: 'department',
        name: 'Sở Tư pháp',
        full_name: 'Sở Tư pháp Hà Nội',
        admin_type: null,
      }),
    ).toBe('Sở Tư pháp Hà Nội');
  });
});
