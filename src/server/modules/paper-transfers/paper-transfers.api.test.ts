/**
 * Paper transfer by the 15:00 rule through the API: a paper dossier received before 15:00 is due at the
 * processing unit by the end of that working day, one received after 15:00 by the next working morning; a
 * hand-over after the due time stays visible as late; outsiders neither see nor act; the receiving unit
 * confirms; every state change is audited; the slip prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let reception: Session;
let specialist: Session;
let leader: Session;
let outsider: Session;
let procedureId: string;
let oneStopId: string;
let departmentId: string;
/** Received 14:00 local on Monday 02/03/2026. */
let early: string;
/** Received 15:30 local the same day. */
let afterCutoff: string;

/** Moves the clock and signs everyone in again (sessions expire after an idle hour). */
async function at(iso: string) {
  t.clock.setTo(iso);
  reception = await signIn(t.app, 'tiepnhan');
  specialist = await signIn(t.app, 'chuyenvien');
  leader = await signIn(t.app, 'lanhdao');
  outsider = await signIn(t.app, 'noivu.ngocha');
}

async function intake(session: Session, channel: 'counter' | 'postal' = 'counter') {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(session),
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel,
      applicant: { fullName: 'Phạm Văn Dân', idNumber: '001085001234' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ dossier: { id: string } }>().dossier.id;
}

const get = (session: Session, url: string) => t.app.inject({ url, headers: authHeaders(session) });
const post = (session: Session, url: string, payload: object = {}, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...authHeaders(session), ...headers }, payload });

const transferOf = async (session: Session, id: string) =>
  (await get(session, `/api/v1/dossiers/${id}/paper-transfer`)).json<{
    transfer: {
      dueAt: string;
      status: string;
      toUnit: { id: string };
      batch: { number: string } | null;
    } | null;
  }>().transfer;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  const admin = await signIn(t.app, 'admin');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.PAPER.TRANSFER'));
  departmentId = await findUnitId(t, '00004.KT');
  await at('2026-03-02T07:00:00Z');
  early = await intake(reception);
  await at('2026-03-02T08:30:00Z');
  afterCutoff = await intake(reception, 'postal');
}, 600_000);
afterAll(async () => {
  await t.close();
});

describe('paper transfer due times (15:00 rule)', () => {
  it('gives a dossier received before 15:00 the end of the same working day, to its first department', async () => {
    const transfer = await transferOf(reception, early);
    expect(transfer).toMatchObject({ dueAt: '2026-03-02T10:00:00.000Z', status: 'pending', batch: null });
    expect(transfer?.toUnit.id).toBe(departmentId);
  });

  it('gives a dossier received after 15:00 the start of the next working morning', async () => {
    expect(await transferOf(reception, afterCutoff)).toMatchObject({
      dueAt: '2026-03-03T00:30:00.000Z',
      status: 'pending',
    });
  });

  it('lists both as awaiting for the one-stop, earliest due first', async () => {
    const awaiting = (await get(reception, '/api/v1/paper-transfers/awaiting')).json<{
      items: { dossierId: string }[];
    }>();
    const ids = awaiting.items.map((item) => item.dossierId);
    expect(ids.indexOf(early)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(early)).toBeLessThan(ids.indexOf(afterCutoff));
  });
});

describe('hand-over, lateness, scope and confirmation', () => {
  let onTimeBatch: string;
  let lateBatch: string;

  it('refuses a batch from officials outside the one-stop and from another commune', async () => {
    const body = { dossierIds: [early] };
    expect((await post(specialist, '/api/v1/paper-transfers/batches', body)).statusCode).toBe(403);
    expect((await post(outsider, '/api/v1/paper-transfers/batches', body)).statusCode).toBe(403);
    expect((await get(outsider, `/api/v1/dossiers/${early}/paper-transfer`)).statusCode).toBe(404);
  });

  it('hands the early dossier over on time (16:00 the same day), idempotently', async () => {
    await at('2026-03-02T09:00:00Z');
    const key = { 'idempotency-key': 'paper-transfer-0001' };
    const first = await post(reception, '/api/v1/paper-transfers/batches', { dossierIds: [early] }, key);
    expect(first.statusCode).toBe(201);
    const again = await post(reception, '/api/v1/paper-transfers/batches', { dossierIds: [early] }, key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    onTimeBatch = first.json<{ id: string }>().id;
    expect(first.json()).toMatchObject({
      number: '1/2026/PCHS',
      itemCount: 1,
      lateCount: 0,
      receivedAt: null,
    });
    expect((await transferOf(reception, early))?.status).toBe('on_time');
    const twice = await post(reception, '/api/v1/paper-transfers/batches', { dossierIds: [early] });
    expect(twice.statusCode).toBe(400);
  });

  it('shows the after-15:00 dossier overdue the next morning, in the leaders’ late list, not an outsider’s', async () => {
    await at('2026-03-03T02:00:00Z');
    expect((await transferOf(reception, afterCutoff))?.status).toBe('overdue');
    const late = (await get(leader, '/api/v1/paper-transfers/late')).json<{
      items: { dossierId: string; status: string }[];
    }>();
    expect(late.items.find((item) => item.dossierId === afterCutoff)?.status).toBe('overdue');
    expect(late.items.some((item) => item.dossierId === early)).toBe(false);
    const theirs = (await get(outsider, '/api/v1/paper-transfers/late')).json<{
      items: { dossierId: string }[];
    }>();
    expect(theirs.items.some((item) => item.dossierId === afterCutoff)).toBe(false);
  });

  it('keeps a late hand-over visible as late', async () => {
    const created = await post(reception, '/api/v1/paper-transfers/batches', { dossierIds: [afterCutoff] });
    expect(created.statusCode).toBe(201);
    lateBatch = created.json<{ id: string }>().id;
    expect(created.json()).toMatchObject({ number: '2/2026/PCHS', lateCount: 1 });
    expect((await transferOf(reception, afterCutoff))?.status).toBe('late');
    const late = (await get(leader, '/api/v1/paper-transfers/late')).json<{
      items: { dossierId: string; status: string }[];
    }>();
    expect(late.items.find((item) => item.dossierId === afterCutoff)?.status).toBe('late');
    const slip = await get(reception, `/api/v1/paper-transfers/batches/${lateBatch}/slip.html`);
    expect(slip.statusCode).toBe(200);
    expect(slip.body).toContain('PHIẾU CHUYỂN HỒ SƠ');
    expect(slip.body).toContain('Trễ');
    const pdf = await get(reception, `/api/v1/paper-transfers/batches/${onTimeBatch}/slip.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets only the receiving side confirm, once, and never an outsider', async () => {
    expect((await get(outsider, `/api/v1/paper-transfers/batches/${onTimeBatch}`)).statusCode).toBe(404);
    expect((await post(outsider, `/api/v1/paper-transfers/batches/${onTimeBatch}/confirm`)).statusCode).toBe(
      404,
    );
    expect((await post(reception, `/api/v1/paper-transfers/batches/${onTimeBatch}/confirm`)).statusCode).toBe(
      403,
    );
    const listed = (await get(specialist, '/api/v1/paper-transfers/batches')).json<{
      items: { id: string; canConfirm: boolean }[];
    }>();
    expect(listed.items.find((b) => b.id === onTimeBatch)?.canConfirm).toBe(true);
    const confirmed = await post(specialist, `/api/v1/paper-transfers/batches/${onTimeBatch}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ receivedBy: { name: expect.any(String) }, canConfirm: false });
    expect(confirmed.json().receivedAt).toBe('2026-03-03T02:00:00.000Z');
    expect(
      (await post(specialist, `/api/v1/paper-transfers/batches/${onTimeBatch}/confirm`)).statusCode,
    ).toBe(409);
  });

  it('writes every state change to the audit log', async () => {
    const rows = await t.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('target_type', '=', 'paper_transfer_batch')
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'paper_transfer.hand_over', target_id: onTimeBatch },
        { action: 'paper_transfer.hand_over', target_id: lateBatch },
        { action: 'paper_transfer.confirm_receipt', target_id: onTimeBatch },
      ]),
    );
    expect(rows).toHaveLength(3);
  });
});
