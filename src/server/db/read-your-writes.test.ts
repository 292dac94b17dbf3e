import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../http/errors.js';
import { parseLsn } from './read-your-writes.js';

describe('parseLsn', () => {
  it('orders WAL positions by their high then low halves (not as text)', () => {
    expect(parseLsn('0/A')! > parseLsn('0/9')!).toBe(true);
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
    expect(parseLsn('0/3000148')).toBe(0x3000148n);
    expect(parseLsn('2/10')).toBe((2n << 32n) | 0x10n);
  });

  it('refuses what is not a position (a forged cookie only costs a primary read)', () => {
    for (const bad of ['', '0', '0/', '/1', 'x/1', '0/1; drop', '123456789/0', undefined, null]) {
      expect(parseLsn(bad)).toBeNull();
    }
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises a database that is away: refused, cut, shutting down, starting up', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P01', message: 'terminating connection' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P03', message: 'the database system is starting up' })).toBe(
      true,
    );
    expect(isDatabaseUnavailable({ code: '08006', message: 'connection failure' })).toBe(true);
  });

  it('leaves other errors alone (they stay 400, 409 or 500)', () => {
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key' })).toBe(false);
    expect(isDatabaseUnavailable({ code: '22P02', message: 'invalid input syntax' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
