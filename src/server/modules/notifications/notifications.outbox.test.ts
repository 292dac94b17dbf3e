import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createTestApp, type TestApp } from '../../testing/harness.js';
import { PermanentDeliveryError, type ChannelRegistry, type OutboundMessage } from './channels/channel.js';
import { DevSinkChannel } from './channels/dev-sink.js';
import { dispatchDueNotifications, type DispatcherDeps } from './notifications.dispatcher.js';
import {
  enqueueDossierActionNotifications,
  enqueueDossierNotifications,
  type NotificationRecipient,
} from './notifications.enqueue.js';
import { claimDueNotifications } from './notifications.queries.js';
import { setUpDossierFixture, type DossierFixture } from './notifications.test-support.js';
import { createDispatcherDeps } from './notifications.worker.js';

let t: TestApp;
let fixture: DossierFixture;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' }); // Monday 08:00 in Hà Nội
  fixture = await setUpDossierFixture(t, 'TEST.NOTIFY');
});
afterAll(async () => {
  await t.close();
});
// every test leaves its rows finished, so the next test's dispatcher only meets its own
afterEach(async () => {
  await t.deps.database.db
    .updateTable('notification_outbox')
    .set({ status: 'dead', locked_at: null })
    .where('status', 'in', ['pending', 'failed', 'sending'])
    .execute();
});

const DAN: NotificationRecipient = { fullName: 'Phạm Văn Dân', phone: '0987654321', email: 'dan@example.vn' };
const db = () => t.deps.database.db;
const received = (dossier: { id: string; code: string }, seq: number, applicant = DAN) => ({
  dossierId: dossier.id,
  code: dossier.code,
  event: 'dossier.received' as const,
  applicant,
  payload: {
    procedureName: 'Thủ tục thử nghiệm',
    receivedAt: t.clock.now().getTime(),
    dueAt: new Date('2026-03-05T01:00:00Z').getTime(),
  },
  seq,
  now: t.clock.now(),
});
const enqueue = (input: ReturnType<typeof received>, config = t.deps.config) =>
  db()
    .transaction()
    .execute((trx) => enqueueDossierNotifications(trx, config, input));
const rowsOf = (dossierId: string, seq: number) =>
  db()
    .selectFrom('notification_outbox')
    .selectAll()
    .where('idempotency_key', 'like', `${dossierId}:${seq}:%`)
    .orderBy('channel')
    .execute();
const sinkOf = (outboxIds: string[]) =>
  db()
    .selectFrom('notification_sink')
    .selectAll()
    .where('outbox_id', 'in', outboxIds)
    .orderBy('channel')
    .execute();
const dispatcher = (channels?: ChannelRegistry): DispatcherDeps =>
  createDispatcherDeps({ config: t.deps.config, database: t.deps.database, clock: t.clock, channels });
const failingWith = (error: Error): ChannelRegistry => ({
  resolve: () => ({
    name: 'failing',
    send: () => Promise.reject(error),
  }),
  close: () => Promise.resolve(),
});

describe('queuing in the action transaction', () => {
  it('leaves no row when the transaction rolls back', async () => {
    const dossier = await fixture.receiveDossier();
    const attempt = db()
      .transaction()
      .execute(async (trx) => {
        expect(await enqueueDossierNotifications(trx, t.deps.config, received(dossier, 101))).toBe(2);
        throw new Error('the action failed');
      });
    await expect(attempt).rejects.toThrow('the action failed');
    expect(await rowsOf(dossier.id, 101)).toHaveLength(0);
  });

  it('queues one row per reachable channel, and never twice for the same action', async () => {
    const dossier = await fixture.receiveDossier();
    expect(await enqueue(received(dossier, 102))).toBe(2);
    expect(await enqueue(received(dossier, 102))).toBe(0);
    const rows = await rowsOf(dossier.id, 102);
    expect(rows.map((r) => [r.channel, r.address, r.status, r.idempotency_key])).toEqual([
      ['email', 'dan@example.vn', 'pending', `${dossier.id}:102:email`],
      ['sms', '0987654321', 'pending', `${dossier.id}:102:sms`],
    ]);
    expect(await enqueue(received(dossier, 103, { fullName: 'Dân', phone: '0987654321' }))).toBe(1);
    const withZalo = loadConfig({ NODE_ENV: 'test', ZALO_ACCESS_TOKEN: 'token', ZALO_TEMPLATE_ID: '123' });
    expect(await enqueue(received(dossier, 104), withZalo)).toBe(3);
    const production = loadConfig({
      NODE_ENV: 'production',
      DEMO: 'false',
      SURVEY_TOKEN_SECRET: 'a-production-survey-secret',
      AUDIT_CHECKPOINT_KEY: 'a-production-checkpoint-key',
      PAYMENT_WEBHOOK_SECRET: 'a-production-payment-webhook-secret-0123',
      RESULT_SIGNING: 'off',
    });
    expect(await enqueue(received(dossier, 105), production)).toBe(0);
  });

  it('turns a dossier action into its event, with the data the template needs', async () => {
    const dossier = await fixture.receiveDossier();
    const notice = {
      dossier: {
        id: dossier.id,
        code: dossier.code,
        procedureName: 'Thủ tục thử nghiệm',
        applicant: { fullName: 'Tổ chức A', representative: { email: 'daidien@example.vn' } },
        resultPlace: null,
      },
      from: 'received' as const,
      next: { status: 'supplement_requested' as const, receivedAt: null, dueAt: null, returnedAt: null },
      now: t.clock.now(),
    };
    const enqueueAction = (seq: number, type: 'request_supplement' | 'forward') =>
      db()
        .transaction()
        .execute((trx) =>
          enqueueDossierActionNotifications(trx, t.deps.config, {
            ...notice,
            action: { seq, type, payload: { items: ['Bản sao sổ hộ khẩu'], reason: 'Thiếu giấy tờ' } },
          }),
        );
    expect(await enqueueAction(110, 'forward')).toBe(0);
    expect(await enqueueAction(111, 'request_supplement')).toBe(1);
    const [row] = await rowsOf(dossier.id, 111);
    expect(row).toMatchObject({
      event: 'dossier.supplement_requested',
      channel: 'email',
      address: 'daidien@example.vn',
    });
    expect(row!.payload).toEqual({
      v: 1,
      code: dossier.code,
      fullName: 'Tổ chức A',
      data: { procedureName: 'Thủ tục thử nghiệm', items: ['Bản sao sổ hộ khẩu'], reason: 'Thiếu giấy tờ' },
    });
  });
});

describe('delivery', () => {
  it('delivers due rows to the development sink and marks them sent', async () => {
    const dossier = await fixture.receiveDossier();
    await enqueue(received(dossier, 120));
    await dispatchDueNotifications(dispatcher());
    const rows = await rowsOf(dossier.id, 120);
    expect(rows.map((r) => [r.status, r.attempts, r.delivered_via, r.sent_at])).toEqual([
      ['sent', 1, 'dev-sink', t.clock.now()],
      ['sent', 1, 'dev-sink', t.clock.now()],
    ]);
    const [email, sms] = await sinkOf(rows.map((r) => r.id));
    expect(email).toMatchObject({ channel: 'email', address: 'dan@example.vn', dossier_id: dossier.id });
    expect(email!.subject).toBe(`Đã tiếp nhận hồ sơ ${dossier.code}`);
    expect(email!.body).toContain('Ngày hẹn trả kết quả: 05/03/2026 08:00');
    expect(email!.body).toContain(`http://localhost:3000/tra-cuu?code=${dossier.code}`);
    expect(sms).toMatchObject({ channel: 'sms', address: '0987654321' });
    expect(sms!.body).toMatch(/^Hồ sơ .* đã được tiếp nhận\. Hẹn trả kết quả: 05\/03\/2026 08:00\./);
  });

  it('retries a failing channel with exponential backoff and gives up after the last attempt', async () => {
    const dossier = await fixture.receiveDossier();
    await enqueue(received(dossier, 121, { fullName: 'Dân', phone: '0987654321' }));
    const deps = dispatcher(failingWith(new Error('HTTP 503: gateway busy')));
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await dispatchDueNotifications(deps);
      const [row] = await rowsOf(dossier.id, 121);
      expect(row).toMatchObject({ attempts: attempt, last_error: 'HTTP 503: gateway busy' });
      if (attempt === 6) {
        expect(row!.status).toBe('dead');
        break;
      }
      expect(row!.status).toBe('failed');
      const delayMinutes = (row!.next_attempt_at.getTime() - t.clock.now().getTime()) / 60_000;
      delays.push(delayMinutes * 60);
      t.clock.advanceMinutes(delayMinutes / 2);
      await dispatchDueNotifications(deps); // not due yet
      expect((await rowsOf(dossier.id, 121))[0]!.attempts).toBe(attempt);
      t.clock.advanceMinutes(delayMinutes / 2);
    }
    expect(delays).toEqual([30, 60, 120, 240, 480]);
    t.clock.advanceMinutes(24 * 60);
    await dispatchDueNotifications(deps);
    expect((await rowsOf(dossier.id, 121))[0]).toMatchObject({ status: 'dead', attempts: 6 });
  });

  it('gives up at once on a permanent failure', async () => {
    const dossier = await fixture.receiveDossier();
    await enqueue(received(dossier, 122, { fullName: 'Dân', email: 'khong-ton-tai@example.vn' }));
    await dispatchDueNotifications(dispatcher(failingWith(new PermanentDeliveryError('550 no such user'))));
    expect((await rowsOf(dossier.id, 122))[0]).toMatchObject({
      status: 'dead',
      attempts: 1,
      last_error: '550 no such user',
    });
  });

  it('reclaims a row left sending by a process that died, and delivers it', async () => {
    const dossier = await fixture.receiveDossier();
    await enqueue(received(dossier, 123, { fullName: 'Dân', email: 'dan@example.vn' }));
    // a worker claims the row, then its process dies before sending or recording anything
    const claimed = await claimDueNotifications(db(), t.clock.now(), 50);
    expect(claimed.map((r) => r.idempotency_key)).toContain(`${dossier.id}:123:email`);
    t.clock.advanceMinutes(5);
    await dispatchDueNotifications(dispatcher());
    expect((await rowsOf(dossier.id, 123))[0]!.status).toBe('sending'); // not yet: it may still be alive
    t.clock.advanceMinutes(5.5); // past NOTIFY_SENDING_TIMEOUT_SECONDS (600 s)
    const report = await dispatchDueNotifications(dispatcher());
    expect(report.reclaimed).toBeGreaterThanOrEqual(1);
    const [row] = await rowsOf(dossier.id, 123);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, delivered_via: 'dev-sink' });
    expect(await sinkOf([row!.id])).toHaveLength(1);
  });

  it('keeps one sink message when the same row is delivered twice (crash after sending)', async () => {
    const dossier = await fixture.receiveDossier();
    await enqueue(received(dossier, 124, { fullName: 'Dân', email: 'dan@example.vn' }));
    const [row] = await rowsOf(dossier.id, 124);
    const sink = new DevSinkChannel(db(), t.clock);
    const message: OutboundMessage = {
      id: row!.id,
      idempotencyKey: row!.idempotency_key,
      dossierId: dossier.id,
      code: dossier.code,
      event: row!.event,
      channel: 'email',
      to: row!.address,
      recipientName: 'Dân',
      subject: 'Thử',
      text: 'Nội dung',
      short: 'Nội dung',
    };
    await sink.send(message);
    await sink.send(message);
    expect(await sinkOf([row!.id])).toHaveLength(1);
  });

  it('lets concurrent workers claim disjoint rows', async () => {
    const dossier = await fixture.receiveDossier();
    for (const seq of [130, 131, 132]) await enqueue(received(dossier, seq));
    const [a, b] = await Promise.all([
      claimDueNotifications(db(), t.clock.now(), 3),
      claimDueNotifications(db(), t.clock.now(), 3),
    ]);
    const ids = [...a, ...b].map((r) => r.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    const sending = await db()
      .selectFrom('notification_outbox')
      .select('id')
      .where('status', '=', 'sending')
      .execute();
    expect(sending.map((r) => r.id).sort()).toEqual([...ids].sort());
  });
});
