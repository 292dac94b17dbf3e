/**
 * The fee report: the dossiers of the period that owe a fee in the reader's subtree, each with its payment
 * status (unpaid, paid online, paid at the counter, refunded), the totals per status, a status filter; a
 * dossier that owes nothing is not listed; another commune's one-stop, a specialist and a citizen see none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeeReport } from '../../../contracts/payments.js';
import { sampleDefinition } from '../../../domain/procedures/sample-definition.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let reception: Session;
let citizen: Session;
let head: Session;
let paid: { procedureId: string; oneStopId: string };
let free: { procedureId: string; oneStopId: string };

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  const admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  citizen = await signIn(t.app, '0912345678');
  head = await signIn(t.app, 'truongmotcua');
  paid = await publishSampleProcedure(t, admin, 'TEST.FEEREPORT', undefined, {
    ...sampleDefinition('TEST.FEEREPORT'),
    fees: [{ id: 'le-phi', name: 'Lệ phí cấp giấy', amount: 15000 }],
  });
  free = await publishSampleProcedure(t, admin, 'TEST.FREE', undefined, {
    ...sampleDefinition('TEST.FREE'),
    fees: [],
  });
});
afterAll(async () => {
  await t.close();
});

const submit = async (target: { procedureId: string; oneStopId: string }) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(citizen),
    payload: {
      procedureId: target.procedureId,
      receivingUnitId: target.oneStopId,
      channel: 'online',
      applicant: { fullName: 'Nguyễn Văn An', idNumber: '001090012345' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'submit',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().dossier as { id: string; code: string | null; version: number };
};

const post = async (session: Session, url: string, payload?: Record<string, unknown>) => {
  const response = await t.app.inject({ method: 'POST', url, headers: authHeaders(session), payload });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const report = (session: Session, query = 'from=2026-03-01&to=2026-03-31') =>
  t.app.inject({ url: `/api/v1/payments/report?${query}`, headers: authHeaders(session) });

describe('the fee report', () => {
  it('lists each dossier owing a fee with its payment status, and the totals per status', async () => {
    const unpaid = await submit(paid);
    const online = await submit(paid);
    const refunded = await submit(paid);
    const counter = await submit(paid);
    const nothingOwed = await submit(free);
    // paid through the payment platform (the simulator signs and sends the bank's notification)
    await post(citizen, `/api/v1/dev/payments/${online.id}/simulate`);
    await post(citizen, `/api/v1/dev/payments/${refunded.id}/simulate`);
    await post(head, `/api/v1/dossiers/${refunded.id}/payment/refund`, {
      reason: 'Hồ sơ bị từ chối tiếp nhận',
    });
    // received and paid in cash at the counter, with a receipt number
    const received = await post(reception, `/api/v1/dossiers/${counter.id}/actions`, {
      type: 'accept',
      version: counter.version,
    });
    await post(reception, `/api/v1/dossiers/${counter.id}/payment`, {
      version: received.version,
      receiptNumber: 'BL-0042',
      method: 'cash',
    });

    const response = await report(head);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<FeeReport>();
    const byId = new Map(body.rows.map((row) => [row.dossierId, row]));
    expect(byId.get(unpaid.id)).toMatchObject({
      status: 'unpaid',
      statusLabel: 'Chưa nộp',
      amount: 15000,
      method: null,
      paidAt: null,
      procedureName: 'Thủ tục thử nghiệm cấp giấy xác nhận',
      applicantName: 'Nguyễn Văn An',
    });
    expect(byId.get(online.id)).toMatchObject({ status: 'paid', statusLabel: 'Đã nộp', method: 'online' });
    expect(byId.get(online.id)?.paidAt).not.toBeNull();
    expect(byId.get(refunded.id)).toMatchObject({ status: 'refunded', statusLabel: 'Đã hoàn' });
    expect(byId.get(refunded.id)?.refundedAt).not.toBeNull();
    expect(byId.get(counter.id)).toMatchObject({ status: 'paid', method: 'cash', receiptNumber: 'BL-0042' });
    expect(byId.has(nothingOwed.id)).toBe(false);
    expect(body.totals).toEqual([
      { status: 'unpaid', count: 1, amount: 15000 },
      { status: 'paid', count: 2, amount: 30000 },
      { status: 'refunded', count: 1, amount: 15000 },
    ]);
    expect(body.truncated).toBe(false);

    const onlyPaid = (await report(head, 'from=2026-03-01&to=2026-03-31&status=paid')).json<FeeReport>();
    expect(onlyPaid.rows.map((row) => row.dossierId).sort()).toEqual([online.id, counter.id].sort());
    // another period: none of them
    expect((await report(head, 'from=2026-02-01&to=2026-02-28')).json<FeeReport>().rows).toEqual([]);
  });

  it('is read in the reader’s subtree only, by the one-stop, leaders and inspectors', async () => {
    const mine = await submit(paid);
    const ownUnit = (await report(reception)).json<FeeReport>();
    expect(ownUnit.rows.map((row) => row.dossierId)).toContain(mine.id);
    // the reception officer of another commune's one-stop (Ngọc Hà)
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: authHeaders(await signIn(t.app, 'admin')),
      payload: {
        username: 'tiepnhan.ngocha',
        fullName: 'Cán bộ tiếp nhận Ngọc Hà',
        unitId: await findUnitId(t, '00008.MC'),
        roles: ['reception'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const password = created.json<{ temporaryPassword: string }>().temporaryPassword;
    const otherCommune = await report(await signIn(t.app, 'tiepnhan.ngocha', password));
    expect(otherCommune.statusCode, otherCommune.body).toBe(200);
    expect(otherCommune.json<FeeReport>().rows.map((row) => row.dossierId)).not.toContain(mine.id);
    expect((await report(await signIn(t.app, 'chuyenvien'))).statusCode).toBe(403);
    expect((await report(citizen)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/v1/payments/report?from=2026-03-01&to=2026-03-31' })).statusCode,
    ).toBe(401);
    const backwards = await report(head, 'from=2026-03-31&to=2026-03-01');
    expect(backwards.statusCode).toBe(400);
  });
});
