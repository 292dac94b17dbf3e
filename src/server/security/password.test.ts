import { describe, expect, it } from 'vitest';
import { generateTemporaryPassword, hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const first = await hashPassword('KyCuong@2026');
    const second = await hashPassword('KyCuong@2026');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('KyCuong@2026', first)).toBe(true);
    expect(await verifyPassword('KyCuong@2027', first)).toBe(false);
    expect(await verifyPassword('KyCuong@2026', 'garbage')).toBe(false);
  });

  it('generates temporary passwords that satisfy the password rule', () => {
    for (let i = 0; i < 50; i += 1) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(/^(?=.*[A-Za-z])(?=.*[0-9]).{12}$/);
    }
  });
});
