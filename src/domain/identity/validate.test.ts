import { describe, expect, it } from 'vitest';
import { checkIdNumber, normaliseMobilePhone } from './validate.js';

describe('personal ID numbers', () => {
  it.each([
    ['001090012345', { ok: true, kind: 'cccd', provinceCode: '001', sex: 'male', birthYear: 1990 }],
    ['079305001234', { ok: true, kind: 'cccd', provinceCode: '079', sex: 'female', birthYear: 2005 }],
    ['123456789', { ok: true, kind: 'cmnd' }],
    ['00109001234', { ok: false, reason: 'format' }],
    ['00109001234a', { ok: false, reason: 'format' }],
    ['001990012345', { ok: false, reason: 'century' }],
  ])('%s', (value, expected) => {
    expect(checkIdNumber(value)).toEqual(expected);
  });
});

describe('mobile phone numbers', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84.987.654.321', '0987654321'],
    ['0352345678', '0352345678'],
    ['0243 825 1234', null], // a Hà Nội landline
    ['0123', null],
    ['hello', null],
  ])('%s → %s', (value, expected) => {
    expect(normaliseMobilePhone(value)).toBe(expected);
  });
});
