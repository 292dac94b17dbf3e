/**
 * Attempt counters under concurrency: requests carry their own clock reading, so they reach the counter a few
 * milliseconds out of order (and instances' clocks differ slightly). Such order must neither refuse a request
 * that is within the limit nor restart a window (which would hand out a fresh set of attempts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptPolicy } from '../../domain/access/attempts.js';
import { openTestDatabase, type TestDatabase } from '../testing/harness.js';
import { reserveAttempts, settleSuccess } from './attempts.queries.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const CAPPED: AttemptPolicy = {
  windowSeconds: 900,
  maxPerWindow: 3,
  backoffSeconds: [],
  onSuccess: 'refund',
};
const at = (ms: number) => new Date(Date.UTC(2026, 2, 2, 1, 0, 0) + ms);

describe('attempt counters', () => {
  it('accepts a request whose clock reads a little earlier than the previous writer', async () => {
    const db = database.handle.db;
    const key = [{ key: 'test:out-of-order', policy: CAPPED }];
    expect(await reserveAttempts(db, key, at(5))).toEqual(new Set(['test:out-of-order']));
    // the next request read its clock 3 ms earlier but reaches the counter later: still within the limit
    expect(await reserveAttempts(db, key, at(2))).toEqual(new Set(['test:out-of-order']));
    await settleSuccess(db, key, at(1));
    expect(await reserveAttempts(db, key, at(0))).toEqual(new Set(['test:out-of-order']));
  });

  it('does not restart the window for a request a little out of order: the cap holds', async () => {
    const db = database.handle.db;
    const key = [{ key: 'test:cap', policy: CAPPED }];
    const counted = [];
    // four failures, each reaching the counter with a clock a few ms earlier than the one before
    for (let i = 0; i < 4; i += 1) counted.push((await reserveAttempts(db, key, at(100 - i * 3))).size);
    expect(counted).toEqual([1, 1, 1, 0]);
    // a clock moved back by hours (development clock) does restart it
    expect((await reserveAttempts(db, key, at(-3 * 3600_000))).size).toBe(1);
  });
});
