import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { enqueueDossierNotifications } from './notifications.enqueue.js';
import { notificationRoutes } from './notifications.routes.js';
import { setUpDossierFixture, type DossierFixture } from './notifications.test-support.js';
import { startNotificationWorker } from './notifications.worker.js';

let t: TestApp;
let fixture: DossierFixture;
let dossier: { id: string; code: string };
let otherReception: Session;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  // until app.ts registers them
  if (!t.app.hasRoute({ method: 'GET', url: '/api/v1/notifications/dev-sink' })) {
    await t.app.register(notificationRoutes, { prefix: '/api/v1' });
  }
  fixture = await setUpDossierFixture(t, 'TEST.NOTIFY.API');
  dossier = await fixture.receiveDossier();
  await t.deps.database.db.transaction().execute((trx) =>
    enqueueDossierNotifications(trx, t.deps.config, {
      dossierId: dossier.id,
      code: dossier.code,
      event: 'dossier.received',
      applicant: { fullName: 'Phạm Văn Dân', phone: '0987654321', email: 'dan@example.vn' },
      payload: { procedureName: 'Thủ tục thử nghiệm', receivedAt: t.clock.now().getTime(), dueAt: null },
      seq: 1,
      now: t.clock.now(),
    }),
  );
  const unit = await t.deps.database.db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', '00008.MC')
    .executeTakeFirstOrThrow();
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: authHeaders(fixture.admin),
    payload: {
      username: 'tiepnhan.ngocha',
      fullName: 'Cán bộ tiếp nhận Ngọc Hà',
      unitId: unit.id,
      roles: ['reception'],
    },
  });
  otherReception = await signIn(
    t.app,
    'tiepnhan.ngocha',
    created.json<{ temporaryPassword: string }>().temporaryPassword,
  );
});
afterAll(async () => {
  await t.close();
});

const get = (session: Session, url: string) => t.app.inject({ url, headers: authHeaders(session) });
type Item = { status: string; channel: string; deliveredVia: string | null; eventLabel: string };

describe('notification routes and the in-process worker', () => {
  it("shows a dossier's queued messages to its officials, then their delivery by the worker", async () => {
    const before = await get(fixture.reception, `/api/v1/dossiers/${dossier.id}/notifications`);
    expect(before.statusCode).toBe(200);
    expect(before.json<{ items: Item[] }>().items).toEqual([
      expect.objectContaining({ channel: 'email', status: 'pending', eventLabel: 'Tiếp nhận hồ sơ' }),
      expect.objectContaining({
        channel: 'sms',
        status: 'pending',
        nextAttemptAt: '2026-03-02T08:00:00+07:00',
      }),
    ]);

    const worker = startNotificationWorker({
      config: t.deps.config,
      database: t.deps.database,
      clock: t.clock,
    });
    await vi.waitFor(
      async () => {
        const rows = await t.deps.database.db
          .selectFrom('notification_outbox')
          .select('status')
          .where('dossier_id', '=', dossier.id)
          .execute();
        expect(rows.every((row) => row.status === 'sent')).toBe(true);
      },
      { timeout: 10_000, interval: 50 },
    );
    await worker.stop();

    const after = await get(fixture.reception, `/api/v1/dossiers/${dossier.id}/notifications`);
    expect(after.json<{ items: Item[] }>().items).toEqual([
      expect.objectContaining({
        status: 'sent',
        deliveredVia: 'dev-sink',
        sentAt: '2026-03-02T08:00:00+07:00',
      }),
      expect.objectContaining({ status: 'sent', deliveredVia: 'dev-sink', nextAttemptAt: null }),
    ]);
  });

  it('lists what the development sink received, newest first, within the official’s units', async () => {
    const sink = await get(fixture.reception, `/api/v1/notifications/dev-sink?dossierId=${dossier.id}`);
    expect(sink.statusCode).toBe(200);
    const page = sink.json<{ total: number; items: Record<string, unknown>[] }>();
    expect(page.total).toBe(2);
    expect(page.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          dossierCode: dossier.code,
          channel: 'email',
          address: 'dan@example.vn',
          subject: `Đã tiếp nhận hồ sơ ${dossier.code}`,
          eventLabel: 'Tiếp nhận hồ sơ',
          receivedAt: '2026-03-02T08:00:00+07:00',
        }),
        expect.objectContaining({ channel: 'sms', address: '0987654321' }),
      ]),
    );
    const everything = await get(fixture.admin, '/api/v1/notifications/dev-sink');
    expect(everything.json<{ total: number }>().total).toBeGreaterThanOrEqual(2);
    const elsewhere = await get(otherReception, '/api/v1/notifications/dev-sink');
    expect(elsewhere.json<{ total: number }>().total).toBe(0);
  });

  it('refuses other roles, citizens and officials of other units', async () => {
    const specialist = await signIn(t.app, 'chuyenvien');
    expect((await get(specialist, '/api/v1/notifications/dev-sink')).statusCode).toBe(403);
    const citizen = await signIn(t.app, '0912345678');
    expect((await get(citizen, '/api/v1/notifications/dev-sink')).statusCode).toBe(403);
    expect((await get(citizen, `/api/v1/dossiers/${dossier.id}/notifications`)).statusCode).toBe(403);
    expect((await get(otherReception, `/api/v1/dossiers/${dossier.id}/notifications`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/v1/notifications/dev-sink`)).statusCode).toBe(401);
  });
});
