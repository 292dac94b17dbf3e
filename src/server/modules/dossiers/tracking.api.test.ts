/**
 * Limits of public tracking: attempts are counted per code and per client address before the PIN is
 * checked, so parallel guesses cannot pass the limit, and rotating addresses does not help against a code.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { publishSampleProcedure } from '../../testing/fixtures.js';
import { receiveDossier } from '../satisfaction/satisfaction.test-support.js';

let t: TestApp;
let reception: Session;
let procedureId: string;
let oneStopId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  const admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.TRACK'));
});
beforeEach(async () => {
  reception = await signIn(t.app, 'tiepnhan'); // a test may move the clock past the idle limit
});
afterAll(async () => {
  await t.close();
});

const track = (code: string, secret: string, address: string) =>
  t.app.inject({
    url: `/api/v1/public/track?code=${encodeURIComponent(code)}&secret=${secret}`,
    remoteAddress: address,
  });

const wrongPin = (right: string, i: number) => {
  const guess = String(i).padStart(6, '0');
  return guess === right ? '999999' : guess;
};

describe('public tracking limits', () => {
  it('evaluates at most 10 wrong PINs of one code in parallel, from any number of addresses', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        track(dossier.code, wrongPin(dossier.trackingPin, i), `10.1.0.${i + 1}`),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
    expect(statuses.every((status) => status === 404 || status === 429)).toBe(true);
    // the right PIN too must wait: the code is closed to guesses for the rest of the hour
    const closed = await track(dossier.code, dossier.trackingPin, '10.1.1.1');
    expect(closed.statusCode).toBe(429);
    expect(Number(closed.headers['retry-after'])).toBeGreaterThan(3000);
    t.clock.advanceMinutes(61);
    expect((await track(dossier.code, dossier.trackingPin, '10.1.1.1')).statusCode).toBe(200);
  });

  it('evaluates at most 20 wrong guesses from one address in parallel, over many codes', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        track(`000.01.90.H26-260302-${String(9000 + i)}`, '123456', '10.1.2.2'),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(20);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(10);
  });

  it('does not count successful look-ups: a citizen may check the same dossier again and again', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    for (let i = 0; i < 25; i += 1) {
      expect((await track(dossier.code, dossier.trackingPin, '10.1.3.3')).statusCode).toBe(200);
    }
  });

  it('writes nothing for a right PIN: the look-up reads its counters and leaves them as they were', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const counters = () =>
      sql<{ key: string; attempts: number }>`
        select key, attempts from attempt_counter where key in ('track-ip:10.1.8.8', ${`track-code:${dossier.code}`})
        order by key`.execute(t.deps.database.db);
    for (let i = 0; i < 3; i += 1) {
      expect((await track(dossier.code, dossier.trackingPin, '10.1.8.8')).statusCode).toBe(200);
    }
    expect((await counters()).rows).toEqual([]);
    // a wrong PIN is counted against both keys; the right one afterwards counts nothing more
    expect((await track(dossier.code, wrongPin(dossier.trackingPin, 1), '10.1.8.8')).statusCode).toBe(404);
    expect((await track(dossier.code, dossier.trackingPin, '10.1.8.8')).statusCode).toBe(200);
    expect((await counters()).rows).toEqual([
      { key: `track-code:${dossier.code}`, attempts: 1 },
      { key: 'track-ip:10.1.8.8', attempts: 1 },
    ]);
  });

  it('answers a right PIN and parallel wrong ones of one code within the limit, never past it', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        i === 12
          ? track(dossier.code, dossier.trackingPin, '10.1.9.200')
          : track(dossier.code, wrongPin(dossier.trackingPin, i), `10.1.9.${i + 1}`),
      ),
    );
    const wrong = answers.filter((_, i) => i !== 12).map((answer) => answer.statusCode);
    expect(wrong.filter((status) => status === 404).length).toBe(10);
    expect(wrong.filter((status) => status === 429).length).toBe(14);
    // the right one came before or after the tenth failure: answered, or refused like the rest
    expect([200, 429]).toContain(answers[12]!.statusCode);
    expect((await track(dossier.code, dossier.trackingPin, '10.1.9.201')).statusCode).toBe(429);
  });

  it('answers parallel right look-ups of one dossier from one address without a deadlock', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => track(dossier.code, dossier.trackingPin, '10.1.7.7')),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    // attempts in flight count against the address (20 per 15 minutes) until they are settled, so a burst
    // of 40 sees some refused; none may fail (counting and settling lock the same rows in the same order)
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    expect(statuses).toContain(200);
    expect((await track(dossier.code, dossier.trackingPin, '10.1.7.7')).statusCode).toBe(200);
  });

  it('keeps the counters in an unlogged table: a look-up writes no WAL for its count', async () => {
    const table = await sql<{ persistence: string }>`
      select relpersistence as persistence from pg_class where relname = 'attempt_counter'`.execute(
      t.deps.database.db,
    );
    expect(table.rows).toEqual([{ persistence: 'u' }]);
  });

  it('gives the code its attempt back when the address must wait', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const other = await receiveDossier(t, reception, procedureId, oneStopId);
    // the address spends its 20 failures on another code (10 on it, then 10 unknown codes)
    for (let i = 0; i < 10; i += 1) await track(other.code, wrongPin(other.trackingPin, i), '10.1.5.5');
    for (let i = 0; i < 10; i += 1) await track(`000.01.90.H26-260302-77${i}0`, '000001', '10.1.5.5');
    // refused by the address: each refusal must not eat into the dossier's own 10 per hour
    for (let i = 0; i < 12; i += 1) {
      expect((await track(dossier.code, wrongPin(dossier.trackingPin, i), '10.1.5.5')).statusCode).toBe(429);
    }
    expect((await track(dossier.code, dossier.trackingPin, '10.1.6.6')).statusCode).toBe(200);
  });

  it('answers a wrong PIN and an unknown code alike', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const wrong = await track(dossier.code, wrongPin(dossier.trackingPin, 1), '10.1.4.4');
    const unknown = await track('000.01.90.H26-260302-8888', '000001', '10.1.4.4');
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json().message).toBe(unknown.json().message);
    expect(wrong.json().details).toEqual(unknown.json().details);
  });
});
