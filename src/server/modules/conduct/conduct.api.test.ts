/** Codes of conduct (versioned, public), acknowledgements with their date, commitments and the rules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnitId } from '../../testing/fixtures.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
const s: Record<string, Session> = {};
let ward = '';

beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['noivu', 'lanhdao', 'chuyenvien', 'noivu.ngocha']) s[name] = await signIn(t.app, name);
  ward = await findUnitId(t, '00004');
});
afterAll(() => t.close());

const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(s[who]!), payload });
const code = { title: 'Quy tắc ứng xử', rules: 'Đeo thẻ.', principles: 'Tôn trọng người dân.' };

describe('codes of conduct', () => {
  it('are published in versions by home affairs and shown publicly', async () => {
    expect((await call('noivu.ngocha', 'POST', `/units/${ward}/conduct-codes`, code)).statusCode).toBe(403);
    expect((await call('noivu', 'POST', `/units/${ward}/conduct-codes`, code)).json().version).toBe(1);
    expect(
      (await call('noivu', 'POST', `/units/${ward}/conduct-codes`, { ...code, rules: 'v2' })).json().version,
    ).toBe(2);
    const page = await t.app.inject({ url: `/api/v1/public/units/${ward}/conduct-code` });
    expect(page.statusCode).toBe(200);
    expect(page.json().current).toMatchObject({ version: 2, rules: 'v2', unitName: 'Phường Ba Đình' });
    expect(page.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('are acknowledged by officials of the subtree with the date, once', async () => {
    const mine = (await call('chuyenvien', 'GET', '/conduct/my-code')).json();
    expect(mine).toMatchObject({ acknowledgedAt: null, code: { version: 2 } });
    const old = (await t.app.inject({ url: `/api/v1/public/units/${ward}/conduct-code` })).json().versions[1]
      .id;
    expect((await call('chuyenvien', 'POST', `/conduct/codes/${old}/acknowledge`)).statusCode).toBe(400);
    const ack = await call('chuyenvien', 'POST', `/conduct/codes/${mine.code.id}/acknowledge`);
    expect(ack.json().acknowledgedAt).toBe('2026-03-02T02:00:00.000Z');
    t.clock.advanceMinutes(5);
    s.chuyenvien = await signIn(t.app, 'chuyenvien');
    expect(
      (await call('chuyenvien', 'POST', `/conduct/codes/${mine.code.id}/acknowledge`)).json().acknowledgedAt,
    ).toBe('2026-03-02T02:00:00.000Z');
    const list = (await call('noivu', 'GET', `/conduct/codes/${mine.code.id}/acknowledgements`)).json();
    const byName = Object.fromEntries(
      list.items.map((i: { fullName: string; acknowledgedAt: string | null }) => [
        i.fullName,
        i.acknowledgedAt,
      ]),
    );
    expect(byName['Phạm Thị Dung']).toBe('2026-03-02T02:00:00.000Z');
    expect(byName['Hoàng Văn Em']).toBeNull();
    expect(byName['Ngô Thị Khánh']).toBeUndefined();
    expect(
      (await call('chuyenvien', 'GET', `/conduct/codes/${mine.code.id}/acknowledgements`)).statusCode,
    ).toBe(404);
  });
});

describe('commitments', () => {
  it('are registered yearly by officials and for units by their leaders', async () => {
    const own = { kind: 'commitment', year: 2026, text: 'Không gây phiền hà.', signedOn: '2026-03-02' };
    expect((await call('chuyenvien', 'POST', '/conduct/commitments', own)).statusCode).toBe(201);
    expect((await call('chuyenvien', 'POST', '/conduct/commitments', own)).statusCode).toBe(409);
    const forUnit = { ...own, unitId: ward, userId: null, text: 'Phường cam kết.' };
    expect((await call('chuyenvien', 'POST', '/conduct/commitments', forUnit)).statusCode).toBe(403);
    expect((await call('lanhdao', 'POST', '/conduct/commitments', forUnit)).statusCode).toBe(201);
    const list = (await call('lanhdao', 'GET', '/conduct/commitments?year=2026')).json().items;
    expect(list.map((c: { userName: string | null }) => c.userName).sort()).toEqual(
      ['Phạm Thị Dung', null].sort(),
    );
    expect((await call('lanhdao', 'GET', '/conduct/commitments?year=2025')).json().items).toEqual([]);
  });

  it('exposes the versioned deduction rules', async () => {
    expect((await call('chuyenvien', 'GET', '/conduct/rules')).json().items).toEqual([
      {
        version: '2026.1',
        effectiveFrom: '2000-01-01',
        explanationWorkingDays: 3,
        deductionPoints: { light: 2, medium: 5, serious: 10 },
      },
    ]);
  });
});
