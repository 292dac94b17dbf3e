import { describe, expect, it } from 'vitest';
import {
  formatChangeValue,
  formatDuration,
  formatFeeRange,
  formatFeeTotal,
  formatVnd,
  formatWorkingMinutes,
  totalFee,
} from './procedure-format';
import { translator } from './test-support';

const vi = translator('vi');
const en = translator('en');

describe('legal times read as the law writes them', () => {
  it.each([
    [{ value: 3, unit: 'working_days' as const }, '3 ngày làm việc', '3 working days'],
    [{ value: 4, unit: 'working_hours' as const }, '4 giờ làm việc', '4 working hours'],
    [{ value: 15, unit: 'calendar_days' as const }, '15 ngày', '15 days'],
    [{ value: 1, unit: 'same_day' as const }, 'Trong ngày', 'Same day'],
    [{ value: 1.5, unit: 'working_days' as const }, '1,5 ngày làm việc', '1.5 working days'],
  ])('%o → "%s" / "%s"', (duration, vietnamese, english) => {
    expect(formatDuration(duration, vi, 'vi')).toBe(vietnamese);
    expect(formatDuration(duration, en, 'en')).toBe(english);
  });

  it('shows working minutes in days when they come in half days, otherwise in hours', () => {
    expect(formatWorkingMinutes(480, vi, 'vi')).toBe('1 ngày làm việc');
    expect(formatWorkingMinutes(1440, vi, 'vi')).toBe('3 ngày làm việc');
    expect(formatWorkingMinutes(2160, vi, 'vi')).toBe('4,5 ngày làm việc');
    expect(formatWorkingMinutes(2160, en, 'en')).toBe('4.5 working days');
    expect(formatWorkingMinutes(240, vi, 'vi')).toBe('4 giờ làm việc');
    expect(formatWorkingMinutes(600, vi, 'vi')).toBe('10 giờ làm việc');
    expect(formatWorkingMinutes(90, vi, 'vi')).toBe('1,5 giờ làm việc');
    expect(formatWorkingMinutes(0, vi, 'vi')).toBe('0 giờ làm việc');
  });
});

describe('amounts in đồng', () => {
  it('groups thousands with dots and ends with "đ" in Vietnamese', () => {
    expect(formatVnd(10000, 'vi')).toBe('10.000 đ');
    expect(formatVnd(1500000, 'vi')).toBe('1.500.000 đ');
    expect(formatVnd(0, 'vi')).toBe('0 đ');
    expect(formatVnd(10000, 'en')).toBe('10,000 VND');
  });

  it('totals the fees; nothing to pay reads "Miễn phí", an unknown total "—"', () => {
    expect(totalFee([{ amount: 8000 }, { amount: 2000 }])).toBe(10000);
    expect(totalFee([])).toBe(0);
    expect(totalFee([{ amount: Number.NaN }, { amount: 5000 }])).toBe(5000);
    expect(formatFeeTotal(10000, vi, 'vi')).toBe('10.000 đ');
    expect(formatFeeTotal(0, vi, 'vi')).toBe('Miễn phí');
    expect(formatFeeTotal(null, vi, 'vi')).toBe('—');
  });

  it('shows alternatives as a range, never their sum', () => {
    expect(formatFeeRange(10000, 20000, vi, 'vi')).toBe('10.000 đ – 20.000 đ');
    expect(formatFeeRange(0, 5000, vi, 'vi')).toBe('Miễn phí – 5.000 đ');
    expect(formatFeeRange(15000, 15000, vi, 'vi')).toBe('15.000 đ');
  });
});

describe('values of a change between versions', () => {
  it('shows text as is, other values as indented JSON, nothing as a dash', () => {
    expect(formatChangeValue('Bộ phận Một cửa')).toBe('Bộ phận Một cửa');
    expect(formatChangeValue(4)).toBe('4');
    expect(formatChangeValue({ value: 3, unit: 'working_hours' })).toBe(
      '{\n  "value": 3,\n  "unit": "working_hours"\n}',
    );
    expect(formatChangeValue(undefined)).toBe('—');
    expect(formatChangeValue(null)).toBe('—');
  });
});
