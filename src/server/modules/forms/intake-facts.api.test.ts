/**
 * Intake facts printed on form 01 (TT 03/2025): the way of receiving the result chosen at intake, the
 * tracking-book line given at receipt, and the unit named as it was when the dossier was received.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUserId, publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let reception: Session;
let leader: Session;
let specialist: Session;
let procedureId: string;
let oneStopId: string;

interface Created {
  id: string;
  code: string;
  version: number;
  returnMethod: string | null;
  book: { volume: number; line: number } | null;
}

const intakeRequest = (session: Session, extra: Record<string, unknown> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(session),
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel: 'counter',
      applicant: { fullName: 'Đỗ Thị Hoa', idNumber: '001185001234', phone: '0987654321' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
      ...extra,
    },
  });

const intake = async (session: Session, extra: Record<string, unknown> = {}): Promise<Created> => {
  const response = await intakeRequest(session, extra);
  expect(response.statusCode).toBe(201);
  return (response.json() as { dossier: Created }).dossier;
};

const act = async (session: Session, d: { id: string; version: number }, type: string, extra = {}) => {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${d.id}/actions`,
    headers: authHeaders(session),
    payload: { type, version: d.version, ...extra },
  });
  expect(response.statusCode).toBe(200);
  return response.json() as Created;
};

const slipOf = async (id: string) =>
  (await t.app.inject({ url: `/api/v1/dossiers/${id}/forms/01.html`, headers: authHeaders(reception) })).body;

beforeAll(async () => {
  t = await createTestApp({
    now: '2026-03-02T01:00:00Z', // Monday 08:00 in Hà Nội
    env: { SESSION_IDLE_MINUTES: '100000', SESSION_TTL_MINUTES: '100000' },
  });
  const admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  leader = await signIn(t.app, 'lanhdao');
  specialist = await signIn(t.app, 'chuyenvien');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.INTAKE.FACTS'));
});
afterAll(async () => {
  await t.close();
});

describe('the way of receiving the result', () => {
  it('is chosen at the counter, printed ticked on form 01 and used when the result is returned', async () => {
    let d = await intake(reception, { returnMethod: 'post' });
    expect(d.returnMethod).toBe('post');
    const slip = await slipOf(d.id);
    expect(slip).toContain('■ Qua dịch vụ bưu chính công ích');
    expect(slip).toContain('□ Tại Bộ phận Một cửa');
    expect(slip).toContain('□ Trực tuyến');

    d = await act(reception, d, 'forward');
    d = await act(leader, d, 'assign', { userId: await findUserId(t, 'chuyenvien') });
    d = await act(specialist, d, 'forward');
    d = await act(leader, d, 'sign');
    // no method given at return: the one chosen at intake is recorded
    d = await act(reception, d, 'return_result', { citizenInformed: true });
    const returned = await t.deps.database.db
      .selectFrom('dossier_action')
      .select('payload')
      .where('dossier_id', '=', d.id)
      .where('type', '=', 'return_result')
      .executeTakeFirstOrThrow();
    expect(returned.payload).toMatchObject({ method: 'post' });
  });

  it('defaults to the channel: online for a citizen submitting online', async () => {
    const citizen = await signIn(t.app, '0912345678');
    const d = await intake(citizen, { channel: 'online', decision: 'submit' });
    expect(d.returnMethod).toBe('online');
    expect((await intake(reception)).returnMethod).toBe('counter');
  });

  it('refuses a way that is not one of the three boxes', async () => {
    const response = await intakeRequest(reception, { returnMethod: 'courier' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
  });
});

describe('the tracking-book line', () => {
  it('gives two concurrent receipts distinct consecutive lines, printed on form 01 and in the book', async () => {
    const [a, b] = await Promise.all([intake(reception), intake(reception)]);
    expect(a.book?.volume).toBe(2026);
    expect(b.book?.volume).toBe(2026);
    const lines = [a.book!.line, b.book!.line].sort((x, y) => x - y);
    expect(lines[1]).toBe(lines[0]! + 1);

    expect(await slipOf(a.id)).toContain(`Quyển số: 2026, Số thứ tự: ${a.book!.line}`);
    expect(await slipOf(b.id)).toContain(`Quyển số: 2026, Số thứ tự: ${b.book!.line}`);

    const book = await t.app.inject({
      url: `/api/v1/units/${oneStopId}/tracking-book.html?from=2026-03-02&to=2026-03-02`,
      headers: authHeaders(reception),
    });
    const rows = book.body.split('<tr>').map((row) => row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    expect(rows.find((row) => row.includes(a.code))?.trim()).toMatch(
      new RegExp(`^${a.book!.line} ${a.code}`),
    );
    expect(rows.find((row) => row.includes(b.code))?.trim()).toMatch(
      new RegExp(`^${b.book!.line} ${b.code}`),
    );
  });

  it('is not given to a dossier refused at the counter, and given to an online one when received', async () => {
    const refused = await intake(reception, { decision: 'reject', reason: 'Sai thủ tục' });
    expect(refused.book).toBeNull();
    const citizen = await signIn(t.app, '0912345678');
    const submitted = await intake(citizen, { channel: 'online', decision: 'submit' });
    expect(submitted.book).toBeNull();
    const before = await intake(reception);
    const received = await act(reception, submitted, 'accept');
    expect(received.book).toEqual({ volume: 2026, line: before.book!.line + 1 });
  });
});

describe('the unit named as at receipt', () => {
  it('prints the one-stop as "Bộ phận Một cửa" on a dossier received before 1 July 2025', async () => {
    t.clock.setTo('2025-06-30T02:00:00Z'); // Monday 30 June 2025, 09:00 in Hà Nội
    const old = await intake(reception);
    expect(old.book?.volume).toBe(2025);
    t.clock.setTo('2026-03-03T02:00:00Z');
    const current = await intake(reception);
    const oldSlip = await slipOf(old.id);
    expect(oldSlip).toContain('Bộ phận Một cửa phường Ba Đình tiếp nhận hồ sơ của:');
    expect(oldSlip).not.toContain('Trung tâm Phục vụ hành chính công phường Ba Đình');
    expect(await slipOf(current.id)).toContain(
      'Trung tâm Phục vụ hành chính công phường Ba Đình tiếp nhận hồ sơ của:',
    );
  });
});
