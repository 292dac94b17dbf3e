import { describe, expect, it } from 'vitest';
import { findPasswordWeakness } from './password.js';

const common = new Set(['password', 'password123', 'iloveyou', 'qwertyuiop']);
const check = (password: string, identifiers: string[] = []) =>
  findPasswordWeakness(password, { identifiers, isCommon: (candidate) => common.has(candidate) });

describe('findPasswordWeakness', () => {
  it.each([
    ['MatKhau12', 'too_short'],
    ['aaaaaaaaaaaa', 'repetitive'],
    ['Password123', 'common'],
    ['Password@2026!', 'common'],
    ['I love you', 'common'],
    ['iloveyou!!', 'common'],
    ['QwertyUiop', 'common'],
  ])('refuses %s (%s)', (password, reason) => {
    expect(check(password)).toBe(reason);
  });

  it('accepts the demo password, a long random one and a passphrase of four words', () => {
    expect(check('KyCuong@2026')).toBeNull();
    expect(check('t7#Qm2vLp9xZ')).toBeNull();
    expect(check('mèo ăn cá kho')).toBeNull();
    expect(check('đi ăn cơm')).toBe('too_short');
  });

  it('refuses a password containing the login, the phone (with or without its 0) or the ID number', () => {
    expect(check('An0912345678', ['0912345678'])).toBe('contains_identifier');
    expect(check('x912345678y', ['0912345678'])).toBe('contains_identifier');
    expect(check('So001090012345', ['001090012345'])).toBe('contains_identifier');
    expect(check('chuyenvien2026!', ['chuyenvien'])).toBe('contains_identifier');
    expect(check('KyCuong@2026', ['0912345678', '001090012345', 'admin'])).toBeNull();
  });
});
