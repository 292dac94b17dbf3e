import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUserId, publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let admin: Session;
let reception: Session;
let specialist: Session;
let leader: Session;
let procedureId: string;
let oneStopId: string;

const userId = (username: string) => findUserId(t, username);

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' }); // Monday 08:00 in Hà Nội
  admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  specialist = await signIn(t.app, 'chuyenvien');
  leader = await signIn(t.app, 'lanhdao');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.DOSSIER'));
});
afterAll(async () => {
  await t.close();
});

const intake = (session: Session, extra: Record<string, unknown> = {}, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: { ...authHeaders(session), ...(key ? { 'idempotency-key': key } : {}) },
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel: 'counter',
      applicant: { fullName: 'Phạm Văn Dân', idNumber: '001085001234', phone: '0987 654 321' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
      ...extra,
    },
  });

const act = (
  session: Session,
  id: string,
  version: number,
  type: string,
  extra: Record<string, unknown> = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${id}/actions`,
    headers: authHeaders(session),
    payload: { type, version, ...extra },
  });

describe('dossier intake and processing', () => {
  it('receives at the counter with a per-unit daily code, receipt due times and a tracking PIN', async () => {
    const response = await intake(reception);
    expect(response.statusCode).toBe(201);
    const { dossier, trackingPin } = response.json();
    expect(dossier.code).toBe('000.01.90.H26-260302-0001');
    expect(trackingPin).toMatch(/^\d{6}$/);
    expect(dossier).toMatchObject({
      status: 'received',
      nationalStatusCode: 2,
      receivedAt: '2026-03-02T08:00:00+07:00',
      dueAt: '2026-03-05T08:00:00+07:00',
    });
    expect(dossier.currentStep).toMatchObject({ id: 'tiep_nhan', dueAt: '2026-03-02T13:30:00+07:00' });
    expect(dossier.allowedActions).toEqual(
      expect.arrayContaining(['forward', 'request_supplement', 'refuse']),
    );
    expect((await intake(reception)).json().dossier.code).toBe('000.01.90.H26-260302-0002');
  });

  it('gives no code to a dossier refused or sent back at the counter: the series stays gap-free', async () => {
    const refused = await intake(reception, { decision: 'reject', reason: 'Không thuộc thẩm quyền' });
    expect(refused.statusCode).toBe(201);
    expect(refused.json().dossier).toMatchObject({ code: null, status: 'not_received' });
    const sentBack = await intake(reception, {
      decision: 'request_supplement',
      reason: 'Thiếu giấy tờ',
      supplementItems: ['Bản sao giấy tờ'],
    });
    expect(sentBack.statusCode).toBe(201);
    expect(sentBack.json().dossier.code).toBeNull();
    expect((await intake(reception)).json().dossier.code).toBe('000.01.90.H26-260302-0003');
  });

  it('numbers concurrent intakes of one unit consecutively, each number and book line once', async () => {
    // the counters are taken at the end of each intake's transaction: on PostgreSQL these really overlap
    const answers = await Promise.all(Array.from({ length: 8 }, () => intake(reception)));
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(201);
    const ids = answers.map((a) => a.json().dossier.id as string);
    const rows = await t.deps.database.db
      .selectFrom('dossier')
      .select(['code', 'book_volume', 'book_line'])
      .where('id', 'in', ids)
      .execute();
    const numbers = rows.map((r) => Number(r.code!.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => numbers[0]! + i));
    const lines = rows.map((r) => r.book_line!).sort((a, b) => a - b);
    expect(lines).toEqual(Array.from({ length: 8 }, (_, i) => lines[0]! + i));
    expect(new Set(rows.map((r) => r.book_volume)).size).toBe(1);
  });

  it('refuses to accept a dossier missing a mandatory document', async () => {
    const response = await intake(reception, { documents: [{ documentId: 'to_khai', provided: true }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('Giấy tờ tùy thân');
  });

  it('returns the same dossier for a retried request with the same Idempotency-Key', async () => {
    const first = await intake(reception, {}, 'retry-key-000001');
    const second = await intake(reception, {}, 'retry-key-000001');
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    const count = await t.deps.database.db
      .selectFrom('idempotency_record')
      .select('target_id')
      .where('key', '=', 'retry-key-000001')
      .execute();
    expect(count).toEqual([{ target_id: first.json().dossier.id }]);
  });

  it('moves through every step to the return, logging each hand-over', async () => {
    const created = (await intake(reception)).json().dossier;
    const specialistId = await userId('chuyenvien');
    let d = (await act(reception, created.id, created.version, 'forward', { toUserId: specialistId })).json();
    expect(d).toMatchObject({
      status: 'processing',
      currentStep: { id: 'tham_dinh' },
      holder: { id: specialistId },
    });
    const notHolder = await act(leader, created.id, d.version, 'sign');
    expect(notHolder.statusCode).toBe(409);
    expect(notHolder.json().code).toBe('invalid_transition');
    d = (await act(specialist, d.id, d.version, 'forward')).json();
    expect(d.currentStep.id).toBe('phe_duyet');
    d = (await act(leader, d.id, d.version, 'sign')).json();
    expect(d).toMatchObject({ status: 'processed', outcome: 'granted', nationalStatusCode: 9 });
    d = (await act(reception, d.id, d.version, 'return_result', { method: 'counter' })).json();
    expect(d.status).toBe('returned');
    expect(d.history.map((h: { type: string }) => h.type)).toEqual([
      'accept',
      'forward',
      'forward',
      'sign',
      'return_result',
    ]);
    expect(d.periods.map((p: { stepId: string; outcome: string }) => [p.stepId, p.outcome])).toEqual([
      ['tiep_nhan', 'on_time'],
      ['tham_dinh', 'early'],
      ['phe_duyet', 'on_time'],
    ]);
    const actions = await t.deps.database.db
      .selectFrom('dossier_action')
      .select('seq')
      .where('dossier_id', '=', d.id)
      .execute();
    expect(actions).toHaveLength(5);
  });

  it('gives one of two simultaneous officers a clear conflict', async () => {
    const created = (await intake(reception)).json().dossier;
    const head = await signIn(t.app, 'truongmotcua');
    const [a, b] = await Promise.all([
      act(reception, created.id, created.version, 'forward'),
      act(head, created.id, created.version, 'forward'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json()).toMatchObject({ code: 'conflict', message: expect.stringContaining('người khác') });
    const actions = await t.deps.database.db
      .selectFrom('dossier_action')
      .select('seq')
      .where('dossier_id', '=', created.id)
      .execute();
    expect(actions).toHaveLength(2);
  });

  it("hides a dossier from another commune's officers and from other citizens", async () => {
    const created = (await intake(reception)).json().dossier;
    const other = await signIn(t.app, 'noivu.ngocha');
    expect(
      (await t.app.inject({ url: `/api/v1/dossiers/${created.id}`, headers: authHeaders(other) })).statusCode,
    ).toBe(404);
    expect((await act(other, created.id, created.version, 'forward')).statusCode).toBe(404);
    const citizen = await signIn(t.app, '0912345678');
    expect(
      (await t.app.inject({ url: `/api/v1/dossiers/${created.id}`, headers: authHeaders(citizen) }))
        .statusCode,
    ).toBe(404);
    const queue = await t.app.inject({ url: '/api/v1/dossiers?queue=all', headers: authHeaders(other) });
    expect(queue.json().total).toBe(0);
    const own = await t.app.inject({ url: '/api/v1/dossiers?queue=mine', headers: authHeaders(reception) });
    expect(own.json().items.map((i: { id: string }) => i.id)).toContain(created.id);
  });

  it('lets a citizen submit online and follow it; reception then accepts it', async () => {
    const citizen = await signIn(t.app, '0912345678');
    const submitted = await intake(citizen, { channel: 'online', decision: 'submit' });
    expect(submitted.statusCode).toBe(201);
    const d = submitted.json().dossier;
    expect(d.status).toBe('submitted');
    expect(
      (await t.app.inject({ url: '/api/v1/dossiers', headers: authHeaders(citizen) })).json().total,
    ).toBe(1);
    const queue = (
      await t.app.inject({ url: '/api/v1/dossiers?queue=submitted', headers: authHeaders(reception) })
    ).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(d.id);
    const accepted = await act(reception, d.id, d.version, 'accept');
    expect(accepted.json().status).toBe('received');
    expect((await intake(citizen, { decision: 'accept' })).statusCode).toBe(403);
  });
});

describe('public tracking', () => {
  it('answers with the PIN only (not the phone digits), and a wrong PIN exactly like an unknown code', async () => {
    const { dossier, trackingPin } = (await intake(reception)).json();
    const byPin = await t.app.inject(`/api/v1/public/track?code=${dossier.code}&secret=${trackingPin}`);
    expect(byPin.statusCode).toBe(200);
    expect(byPin.json()).toMatchObject({
      code: dossier.code,
      statusLabel: 'Đã tiếp nhận',
      dueAt: dossier.dueAt,
    });
    expect(byPin.json().currentStep).toBe('Tiếp nhận hồ sơ — Bộ phận Một cửa');
    expect(byPin.json().history).toEqual([{ at: dossier.receivedAt, label: 'Tiếp nhận hồ sơ' }]);
    // the applicant's phone ends in 4321: its last digits no longer open the dossier
    expect((await t.app.inject(`/api/v1/public/track?code=${dossier.code}&secret=4321`)).statusCode).toBe(
      400,
    );
    expect((await t.app.inject(`/api/v1/public/track?code=${dossier.code}&secret=654321`)).statusCode).toBe(
      404,
    );
    const wrong = await t.app.inject(`/api/v1/public/track?code=${dossier.code}&secret=000000`);
    const unknown = await t.app.inject('/api/v1/public/track?code=000.01.90.H26-260302-9999&secret=000000');
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json().message).toBe(unknown.json().message);
  });
});

describe('fees', () => {
  it('shows a VietQR code while fees are unpaid and records the receipt', async () => {
    const { dossier } = (await intake(reception)).json();
    const before = await t.app.inject({
      url: `/api/v1/dossiers/${dossier.id}/payment`,
      headers: authHeaders(reception),
    });
    expect(before.json(), before.body).toMatchObject({ total: 10000, paid: false, receiptNumber: null });
    expect(before.json().qrPayload).toContain('0208QRIBFTTA');
    expect(before.json().qrSvg).toContain('<svg');
    const specialistTry = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/payment`,
      headers: authHeaders(specialist),
      payload: { version: dossier.version, receiptNumber: 'BL-0001', method: 'cash' },
    });
    expect(specialistTry.statusCode).toBe(404);
    const paid = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/payment`,
      headers: authHeaders(reception),
      payload: { version: dossier.version, receiptNumber: 'BL-0001', method: 'cash' },
    });
    expect(paid.json()).toMatchObject({ paid: true, receiptNumber: 'BL-0001', qrPayload: null });
    const stale = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/payment`,
      headers: authHeaders(reception),
      payload: { version: dossier.version, receiptNumber: 'BL-0002', method: 'cash' },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('population database look-up', () => {
  it('fills the applicant from an ID number for one-stop officers only, and audits it', async () => {
    const found = await t.app.inject({
      url: '/api/v1/population/001090012345',
      headers: authHeaders(reception),
    });
    expect(found.json()).toMatchObject({
      fullName: 'Nguyễn Văn An',
      birthYear: 1990,
      sex: 'male',
      phone: '0912345678',
    });
    const derived = await t.app.inject({
      url: '/api/v1/population/079305001234',
      headers: authHeaders(reception),
    });
    expect(derived.json()).toMatchObject({ birthYear: 2005, sex: 'female' });
    expect(
      (await t.app.inject({ url: '/api/v1/population/079305001234', headers: authHeaders(specialist) }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/v1/population/001990012345', headers: authHeaders(reception) }))
        .statusCode,
    ).toBe(404);
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'population.lookup')
      .execute();
    expect(audit.length).toBe(3);
  });
});

describe('early return', () => {
  it('returns early only once the citizen was told the result is ready', async () => {
    const created = (
      await intake(reception, { applicant: { fullName: 'Không Liên Lạc', idNumber: '001085001299' } })
    ).json().dossier;
    let d = (await act(reception, created.id, created.version, 'forward')).json();
    d = (await act(specialist, d.id, d.version, 'forward')).json();
    d = (await act(leader, d.id, d.version, 'sign')).json();
    expect(d.status).toBe('processed');
    // no phone and no email: no notice could be sent, so the officer must confirm having told the citizen
    const refused = await act(reception, d.id, d.version, 'return_result', { method: 'counter' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('đã báo cho công dân');
    const returned = await act(reception, d.id, d.version, 'return_result', {
      method: 'counter',
      citizenInformed: true,
    });
    expect(returned.json().status).toBe('returned');
  });
});

describe('drafts of online submissions', () => {
  it('keeps a draft private to its author across saves', async () => {
    const citizen = await signIn(t.app, '0912345678');
    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossier-drafts',
      headers: authHeaders(citizen),
      payload: { procedureId, data: { applicant: { fullName: 'Nguyễn Văn An' } } },
    });
    expect(saved.statusCode).toBe(201);
    const id = saved.json().id;
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/dossier-drafts/${id}`,
      headers: authHeaders(citizen),
      payload: {
        procedureId,
        receivingUnitId: oneStopId,
        data: { applicant: { fullName: 'Nguyễn Văn An', phone: '0912345678' } },
      },
    });
    expect(updated.json()).toMatchObject({
      receivingUnitId: oneStopId,
      data: { applicant: { phone: '0912345678' } },
      procedureName: 'Thủ tục thử nghiệm cấp giấy xác nhận',
    });
    const stranger = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/dossier-drafts/${id}`,
      headers: authHeaders(reception),
      payload: { procedureId, data: {} },
    });
    expect(stranger.statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: '/api/v1/dossier-drafts', headers: authHeaders(reception) })).json(),
    ).toEqual([]);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/dossier-drafts/${id}`,
          headers: authHeaders(citizen),
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/v1/dossier-drafts', headers: authHeaders(citizen) })).json(),
    ).toEqual([]);
  });
});

describe('listing and searching dossiers', () => {
  it('lists a citizen\'s dossiers and the "all" queue newest first, and finds a name typed without diacritics', async () => {
    const citizen = await signIn(t.app, '0912345678');
    const first = (await intake(citizen, { channel: 'online', decision: 'submit' })).json().dossier;
    t.clock.advanceMinutes(1);
    const second = (await intake(citizen, { channel: 'online', decision: 'submit' })).json().dossier;
    t.clock.advanceMinutes(1);
    const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
    const mine = (
      await t.app.inject({ url: '/api/v1/dossiers?queue=all', headers: authHeaders(citizen) })
    ).json();
    expect(ids(mine).indexOf(second.id)).toBeLessThan(ids(mine).indexOf(first.id));
    expect(ids(mine).indexOf(first.id)).toBeGreaterThanOrEqual(0);

    const named = await intake(reception, {
      applicant: { fullName: 'Đặng Thị Ánh Tuyết', idNumber: '001190004321', phone: '0912 000 111' },
    });
    expect(named.statusCode).toBe(201);
    const namedId = named.json().dossier.id as string;
    const all = (
      await t.app.inject({ url: '/api/v1/dossiers?queue=all', headers: authHeaders(reception) })
    ).json();
    expect(ids(all)[0]).toBe(namedId);
    for (const q of ['dang thi anh tuyet', 'ĐẶNG THỊ', 'anh tuyết']) {
      const found = await t.app.inject({
        url: `/api/v1/dossiers?queue=all&q=${encodeURIComponent(q)}`,
        headers: authHeaders(reception),
      });
      expect(ids(found.json())).toEqual([namedId]);
    }
  });
});
