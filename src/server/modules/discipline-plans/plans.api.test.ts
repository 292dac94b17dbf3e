/** Discipline plans through the API: creation by home affairs, completion reports, the exact matrix, reminders. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnitId } from '../../testing/fixtures.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
const s: Record<string, Session> = {};
const units: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp(); // Monday 2 March 2026, 09:00 local
  for (const name of ['noivu', 'lanhdao', 'truongmotcua', 'chuyenvien', 'noivu.ngocha', 'thanhtra'])
    s[name] = await signIn(t.app, name);
  for (const code of ['00004', '00004.MC', '00004.KT', '00004.VP', '00008'])
    units[code] = await findUnitId(t, code);
});
afterAll(() => t.close());

const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(s[who]!), payload });

let planId = '';
let actions: { id: string }[] = [];

describe('discipline plan', () => {
  const plan = () => ({
    unitId: units['00004'],
    code: '69/KH-UBND',
    title: 'Kế hoạch tăng cường kỷ luật, kỷ cương hành chính năm 2026',
    issuedOn: '2026-02-20',
    actions: [
      { title: 'Đăng ký cam kết', evidenceRequired: 'Bản cam kết có chữ ký', dueAt: '2026-03-03T10:00:00Z' },
      { title: 'Niêm yết quy tắc ứng xử', evidenceRequired: 'Ảnh niêm yết', dueAt: '2026-03-31T10:00:00Z' },
    ],
    targetUnitIds: [units['00004.MC'], units['00004.KT'], units['00004.VP']],
  });

  it('is issued by home affairs for their own subtree only', async () => {
    expect((await call('lanhdao', 'POST', '/discipline-plans', plan())).statusCode).toBe(403);
    const outside = { ...plan(), targetUnitIds: [units['00008']] };
    expect((await call('noivu', 'POST', '/discipline-plans', outside)).statusCode).toBe(400);
    const created = await call('noivu', 'POST', '/discipline-plans', plan());
    expect(created.statusCode).toBe(201);
    planId = created.json().id;
    actions = created.json().actions;
    expect((await call('noivu', 'POST', '/discipline-plans', plan())).statusCode).toBe(409);
    expect((await call('noivu.ngocha', 'GET', `/discipline-plans/${planId}`)).statusCode).toBe(404);
  });

  it('takes completion reports from the unit’s own leaders only, once', async () => {
    const report = (who: string, unit: string, action = actions[0]!.id) =>
      call(who, 'POST', `/discipline-plans/actions/${action}/reports`, {
        unitId: units[unit],
        note: 'Đã thực hiện',
      });
    expect((await report('chuyenvien', '00004.KT')).statusCode).toBe(403);
    expect((await report('truongmotcua', '00004.KT')).statusCode).toBe(403);
    expect((await report('noivu', '00008')).statusCode).toBe(400);
    expect((await report('truongmotcua', '00004.MC')).statusCode).toBe(200);
    expect((await report('lanhdao', '00004.MC')).statusCode).toBe(409);
    t.clock.advanceMinutes(2 * 24 * 60); // Wednesday 4 March: past the first deadline
    s.lanhdao = await signIn(t.app, 'lanhdao');
    expect((await report('lanhdao', '00004.KT')).statusCode).toBe(200);
  });

  it('answers done / late / missing exactly, as of any instant', async () => {
    s.noivu = await signIn(t.app, 'noivu');
    const now = (await call('noivu', 'GET', `/discipline-plans/${planId}`)).json();
    const cells = (body: {
      matrix: { rows: { unitName: string; cells: { status: string; overdue: boolean }[] }[] };
    }) =>
      Object.fromEntries(
        body.matrix.rows.map((r) => [
          r.unitName,
          r.cells.map((c) => `${c.status}${c.overdue ? '!' : ''}`).join(','),
        ]),
      );
    expect(cells(now)).toEqual({
      'Trung tâm Phục vụ hành chính công phường Ba Đình': 'done,missing',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình': 'late,missing',
      'Văn phòng HĐND và UBND phường Ba Đình': 'missing!,missing',
    });
    expect(now.matrix.totals[0]).toEqual({
      actionId: actions[0]!.id,
      done: 1,
      late: 1,
      missing: 1,
      overdue: 1,
    });
    const before = (
      await call('noivu', 'GET', `/discipline-plans/${planId}?asOf=2026-03-03T12:00:00Z`)
    ).json();
    expect(cells(before)['Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình']).toBe('missing!,missing');
    const reminders = (await call('noivu', 'GET', `/discipline-plans/${planId}/reminders`)).json();
    expect(reminders.items).toEqual([
      expect.objectContaining({ unitName: 'Văn phòng HĐND và UBND phường Ba Đình', overdue: 1 }),
    ]);
  });
});
