/**
 * Online fee payment: the VietQR code carries the dossier's payment reference; the signed webhook pays it
 * once (a replay changes nothing), refuses a wrong signature, a stale one and a mismatched amount (recorded);
 * the simulator goes through the same webhook; the electronic receipt and refunds; the fee_unpaid blocker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDefinition } from '../../../domain/procedures/sample-definition.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { publishSampleProcedure } from '../../testing/fixtures.js';
import { signPaymentNotification } from '../../security/webhook-signature.js';

let t: TestApp;
let reception: Session;
let citizen: Session;
let head: Session;
let target: { procedureId: string; oneStopId: string };

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  const admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  citizen = await signIn(t.app, '0912345678');
  head = await signIn(t.app, 'truongmotcua');
  target = await publishSampleProcedure(t, admin, 'TEST.PAY', undefined, {
    ...sampleDefinition('TEST.PAY'),
    fees: [{ id: 'le-phi', name: 'Lệ phí', amount: 15000, dueBefore: 'return' }],
  });
});
afterAll(async () => {
  await t.close();
});

const submitOnline = async (session: Session = citizen) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(session),
    payload: {
      procedureId: target.procedureId,
      receivingUnitId: target.oneStopId,
      channel: 'online',
      applicant: { fullName: 'Nguyễn Văn Dân', idNumber: '001085001234' },
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

const paymentOf = async (id: string, session: Session = citizen) =>
  (await t.app.inject({ url: `/api/v1/dossiers/${id}/payment`, headers: authHeaders(session) })).json();

const secret = () => t.deps.config.payment.webhookSecret;
const nowSeconds = () => Math.floor(t.clock.now().getTime() / 1000);

const notify = (body: unknown, options: { key?: string; timestamp?: number; tamper?: boolean } = {}) => {
  const raw = JSON.stringify(body);
  const timestamp = options.timestamp ?? nowSeconds();
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/payments/webhook/bank',
    headers: {
      'content-type': 'application/json',
      'x-kc-timestamp': String(timestamp),
      'x-kc-signature': signPaymentNotification(options.key ?? secret(), timestamp, raw),
    },
    payload: options.tamper ? raw.replace(/"amount":(\d+)/, '"amount":1$1') : raw,
  });
};

const notificationsOf = (dossierId: string) =>
  t.deps.database.db
    .selectFrom('payment_notification')
    .select(['notification_id', 'outcome'])
    .where('dossier_id', '=', dossierId)
    .orderBy('received_at')
    .execute();

describe('the payment reference', () => {
  it('is stored once per dossier, unique, and carried with the amount in the VietQR code', async () => {
    const a = await submitOnline();
    const b = await submitOnline();
    const first = await paymentOf(a.id);
    expect(first).toMatchObject({ status: 'unpaid', statusLabel: 'Chưa nộp', total: 15000 });
    expect(first.reference).toMatch(/^KC[0-9A-Z]{10}$/);
    expect((await paymentOf(a.id)).reference).toBe(first.reference);
    expect((await paymentOf(b.id)).reference).not.toBe(first.reference);
    expect(first.qrPayload).toContain(first.reference);
    expect(first.qrPayload).toContain('540515000');
  });
});

describe('the webhook', () => {
  it('pays the dossier once; a replay of the same notification has no effect', async () => {
    const d = await submitOnline();
    const { reference } = await paymentOf(d.id);
    const body = { notificationId: 'BANK-0001', reference, amount: 15000, payerName: 'Nguyễn Văn Dân' };
    const paid = await notify(body);
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toEqual({ outcome: 'paid' });
    const after = await paymentOf(d.id);
    expect(after).toMatchObject({
      status: 'paid',
      statusLabel: 'Đã nộp',
      method: 'online',
      receiptAvailable: true,
    });
    expect(after.qrPayload).toBeNull();
    const stored = await t.deps.database.db
      .selectFrom('dossier_payment')
      .select(['paid_online_at', 'method'])
      .where('dossier_id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(stored.method).toBe('online');
    expect(stored.paid_online_at).not.toBeNull();

    const replay = await notify(body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual({ outcome: 'replay' });
    expect(await notificationsOf(d.id)).toEqual([{ notification_id: 'BANK-0001', outcome: 'paid' }]);
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', d.id)
      .where('action', '=', 'dossier.payment_online')
      .execute();
    expect(audit).toHaveLength(1);
    // a second bank notification for a settled dossier is recorded, never pays twice
    expect((await notify({ ...body, notificationId: 'BANK-0002' })).json()).toEqual({
      outcome: 'already_settled',
    });
  });

  it('refuses a wrong key, a tampered body, a stale timestamp and an unsigned body', async () => {
    const d = await submitOnline();
    const { reference } = await paymentOf(d.id);
    const body = { notificationId: 'BANK-0100', reference, amount: 15000 };
    const wrongKey = await notify(body, { key: 'x'.repeat(40) });
    expect(wrongKey.statusCode).toBe(401);
    expect(wrongKey.json()).toMatchObject({ code: 'unauthenticated', details: { reason: 'bad_signature' } });
    const tampered = await notify(body, { tamper: true });
    expect(tampered.statusCode).toBe(401);
    const stale = await notify(body, { timestamp: nowSeconds() - 3600 });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().details).toEqual({ reason: 'stale' });
    const unsigned = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/webhook/bank',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json()).toMatchObject({ code: 'validation_failed', details: { reason: 'missing' } });
    expect((await paymentOf(d.id)).status).toBe('unpaid');
    expect(await notificationsOf(d.id)).toEqual([]);
  });

  it('refuses an amount that does not match and records it; the dossier stays unpaid', async () => {
    const d = await submitOnline();
    const { reference } = await paymentOf(d.id);
    const short = await notify({
      notificationId: 'BANK-0200',
      description: `CK ${reference} le phi`,
      amount: 5000,
    });
    expect(short.statusCode).toBe(409);
    expect(short.json()).toMatchObject({ code: 'conflict', details: { reason: 'amount_mismatch' } });
    expect(await notificationsOf(d.id)).toEqual([
      { notification_id: 'BANK-0200', outcome: 'amount_mismatch' },
    ]);
    expect((await paymentOf(d.id)).status).toBe('unpaid');
  });
});

describe('the simulator, the receipt and refunds', () => {
  it('pays through the signed webhook path and gives the owner a receipt; another citizen gets none', async () => {
    const d = await submitOnline();
    const before = await paymentOf(d.id);
    expect(before.simulatorAvailable).toBe(true);
    const simulated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dev/payments/${d.id}/simulate`,
      headers: authHeaders(citizen),
    });
    expect(simulated.statusCode, simulated.body).toBe(200);
    expect(simulated.json()).toMatchObject({ status: 'paid', method: 'online' });
    const [stored] = await t.deps.database.db
      .selectFrom('payment_notification')
      .select(['provider', 'outcome'])
      .where('dossier_id', '=', d.id)
      .execute();
    expect(stored).toEqual({ provider: 'simulator', outcome: 'paid' });

    const receipt = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/payment/receipt.html`,
      headers: authHeaders(citizen),
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.body).toContain('BIÊN LAI THU PHÍ, LỆ PHÍ');
    expect(receipt.body).toContain('Mười lăm nghìn đồng');
    expect(receipt.body).toContain('Thanh toán trực tuyến');
    expect(receipt.body).toContain(before.reference);
    const pdf = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/payment/receipt.pdf`,
      headers: authHeaders(reception),
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const stranger = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        fullName: 'Trần Thị Khác',
        phone: '0987111222',
        idNumber: '001190009999',
        password: 'SenVang#Pho2026',
      },
    });
    expect(stranger.statusCode, stranger.body).toBeLessThan(300);
    const other = {
      cookie: `kc_session=${stranger.cookies.find((c) => c.name === 'kc_session')!.value}`,
      'x-csrf-token': stranger.json().csrfToken,
    };
    const refused = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/payment/receipt.html`,
      headers: other,
    });
    expect(refused.statusCode).toBe(404);
  });

  it('lets only the one-stop head refund, with a reason, audited', async () => {
    const d = await submitOnline();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/dev/payments/${d.id}/simulate`,
      headers: authHeaders(citizen),
    });
    const byReception = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/payment/refund`,
      headers: authHeaders(reception),
      payload: { reason: 'Hồ sơ bị từ chối tiếp nhận' },
    });
    expect(byReception.statusCode).toBe(403);
    const refunded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/payment/refund`,
      headers: authHeaders(head),
      payload: { reason: 'Hồ sơ bị từ chối tiếp nhận' },
    });
    expect(refunded.statusCode, refunded.body).toBe(200);
    expect(refunded.json()).toMatchObject({
      status: 'refunded',
      statusLabel: 'Đã hoàn',
      refundReason: 'Hồ sơ bị từ chối tiếp nhận',
    });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/payment/refund`,
      headers: authHeaders(head),
      payload: { reason: 'Hồ sơ bị từ chối tiếp nhận' },
    });
    expect(again.statusCode).toBe(409);
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('target_id', '=', d.id)
      .where('action', '=', 'dossier.refund_payment')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('fees due before the result is returned', () => {
  it('holds back returning the result while unpaid, with fee_unpaid, until the fee is paid', async () => {
    const specialist = await signIn(t.app, 'chuyenvien');
    const leader = await signIn(t.app, 'lanhdao');
    const act = async (session: Session, id: string, version: number, type: string, extra = {}) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${id}/actions`,
        headers: authHeaders(session),
        payload: { type, version, ...extra },
      });
    const submitted = await submitOnline();
    let d = (await act(reception, submitted.id, submitted.version, 'accept')).json();
    d = (await act(reception, d.id, d.version, 'forward')).json();
    d = (await act(specialist, d.id, d.version, 'forward')).json();
    d = (await act(leader, d.id, d.version, 'sign')).json();
    expect(d.status).toBe('processed');
    expect(d.allowedActions).not.toContain('return_result');
    expect(d.lateWorkBlockers.map((b: { code: string }) => b.code)).toContain('fee_unpaid');
    const refused = await act(reception, d.id, d.version, 'return_result', {
      method: 'counter',
      citizenInformed: true,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('fee_unpaid');
    const cash = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/payment`,
      headers: authHeaders(reception),
      payload: { version: d.version, receiptNumber: 'BL-0001', method: 'cash' },
    });
    expect(cash.statusCode, cash.body).toBe(200);
    expect(cash.json()).toMatchObject({ status: 'paid', method: 'cash', receiptNumber: 'BL-0001' });
    const now = (
      await t.app.inject({ url: `/api/v1/dossiers/${d.id}`, headers: authHeaders(reception) })
    ).json();
    expect(now.allowedActions).toContain('return_result');
    const returned = await act(reception, d.id, now.version, 'return_result', {
      method: 'counter',
      citizenInformed: true,
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().status).toBe('returned');
  });
});
