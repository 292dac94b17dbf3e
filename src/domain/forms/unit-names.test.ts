import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/index.js';
import { chooseUnitNameAt } from './unit-names.js';

const current = {
  name: 'Trung tâm Phục vụ hành chính công',
  fullName: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
};
const oneStop = {
  validUntil: '2025-06-30',
  name: 'Bộ phận Một cửa',
  fullName: 'Bộ phận Một cửa phường Ba Đình',
};
const older = {
  validUntil: '2019-12-31',
  name: 'Bộ phận Tiếp nhận và Trả kết quả',
  fullName: 'Bộ phận Tiếp nhận và Trả kết quả phường Ba Đình',
};

describe('unit name at an instant', () => {
  it('is the former name up to the end of its last local day', () => {
    const lastMinute = parseInstant('2025-06-30T23:59:00+07:00');
    expect(chooseUnitNameAt(current, [oneStop], lastMinute)).toEqual({
      name: oneStop.name,
      fullName: oneStop.fullName,
    });
  });

  it('is the current name from the next local day, even while it is still 30 June in UTC', () => {
    const firstMinute = parseInstant('2025-07-01T00:01:00+07:00');
    expect(chooseUnitNameAt(current, [oneStop], firstMinute)).toBe(current);
  });

  it('picks the name in use among several, whatever their order', () => {
    const in2018 = parseInstant('2018-05-02T09:00:00+07:00');
    const in2021 = parseInstant('2021-03-01T09:00:00+07:00');
    expect(chooseUnitNameAt(current, [oneStop, older], in2018).fullName).toBe(older.fullName);
    expect(chooseUnitNameAt(current, [oneStop, older], in2021).fullName).toBe(oneStop.fullName);
  });

  it('is the current name for a unit never renamed', () => {
    expect(chooseUnitNameAt(current, [], parseInstant('2020-01-01T09:00:00+07:00'))).toBe(current);
  });
});
