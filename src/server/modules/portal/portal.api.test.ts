import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_STATUS_CODE, type DossierStatus } from '../../../domain/dossiers/status.js';
import { findUserId } from '../../testing/fixtures.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { setUpDossierFixture, type DossierFixture } from '../notifications/notifications.test-support.js';
import { refreshRollups } from '../rollups/rollups.service.js';
import { deliverDuePortalChanges, startPortalLoop } from './portal.delivery.js';
import { claimDuePortalChanges } from './portal.queries.js';
import { deliverAllDue, failStandIn, readStandIn, standInDelivery } from './portal.test-support.js';

let t: TestApp;
let fixture: DossierFixture;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T02:00:00Z', env: { NATIONAL_PORTAL_MAX_ATTEMPTS: '3' } });
  fixture = await setUpDossierFixture(t, 'TEST.PORTAL.SYNC');
});
afterAll(async () => {
  await t.close();
});

const db = () => t.deps.database.db;
const advance = (ms: number) => t.clock.setTo(new Date(t.clock.now().getTime() + ms));
const keysOf = async (dossierId: string) =>
  (
    await db()
      .selectFrom('portal_outbox')
      .select('idempotency_key')
      .where('dossier_id', '=', dossierId)
      .orderBy('seq')
      .execute()
  ).map((r) => r.idempotency_key);
const acceptedFor = async (code: string) =>
  (await readStandIn(t)).accepted.filter((a) => a.record.dossierCode === code);

describe('national portal synchronisation', () => {
  it('delivers every change of a dossier journey to the stand-in exactly once, in order', async () => {
    let d = await fixture.receiveDossier();
    const statuses: DossierStatus[] = ['received'];
    const act = async (session: Session, type: string, extra: Record<string, unknown> = {}) => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${d.id}/actions`,
        headers: authHeaders(session),
        payload: { type, version: d.version, ...extra },
      });
      expect(response.statusCode, response.body).toBe(200);
      d = response.json();
      statuses.push(response.json<{ status: DossierStatus }>().status);
    };
    await act(fixture.reception, 'forward', { toUserId: await findUserId(t, 'chuyenvien') });
    await act(await signIn(t.app, 'chuyenvien'), 'forward');
    await act(await signIn(t.app, 'lanhdao'), 'sign');
    await act(fixture.reception, 'return_result', { method: 'counter', citizenInformed: true });

    const keys = await keysOf(d.id);
    expect(keys).toHaveLength(5);
    await deliverAllDue(standInDelivery(t));
    const accepted = await acceptedFor(d.code);
    expect(accepted.map((a) => a.idempotencyKey)).toEqual(keys);
    expect(accepted.map((a) => a.record.statusCode)).toEqual(statuses.map((s) => NATIONAL_STATUS_CODE[s]));
    expect(accepted.at(-1)!.record.statusCode).toBe(10);
    expect((await readStandIn(t)).attemptKeys.filter((k) => keys.includes(k))).toEqual(keys);
    const sync = await db()
      .selectFrom('portal_sync')
      .selectAll()
      .where('dossier_id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(sync.synced_at).not.toBeNull();
  });

  it('retries a receiver failing twice with the same key, backing off; later changes wait their turn', async () => {
    const d = await fixture.receiveDossier();
    const forwarded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/actions`,
      headers: authHeaders(fixture.reception),
      payload: { type: 'forward', version: d.version, toUserId: await findUserId(t, 'chuyenvien') },
    });
    expect(forwarded.statusCode).toBe(200);
    const [key, nextKey] = await keysOf(d.id);
    await failStandIn(t, 2);
    const delivery = standInDelivery(t);
    // the second change is not claimed while the first is undelivered
    expect(await deliverDuePortalChanges(delivery)).toMatchObject({ claimed: 1, retried: 1 });
    // not due before the backoff (30 s after the first failure)
    advance(29_000);
    expect((await deliverDuePortalChanges(delivery)).claimed).toBe(0);
    advance(1_000);
    expect(await deliverDuePortalChanges(delivery)).toMatchObject({ claimed: 1, retried: 1 });
    advance(60_000);
    expect(await deliverDuePortalChanges(delivery)).toMatchObject({ claimed: 1, sent: 1 });
    await deliverAllDue(delivery);
    const seen = await readStandIn(t);
    expect(seen.attemptKeys.filter((k) => k === key || k === nextKey)).toEqual([key, key, key, nextKey]);
    expect((await acceptedFor(d.code)).map((a) => a.idempotencyKey)).toEqual([key, nextKey]);
    const row = await db()
      .selectFrom('portal_outbox')
      .selectAll()
      .where('idempotency_key', '=', key!)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('stopped mid-batch, a new loop delivers the rest and each change reaches the portal once', async () => {
    const dossiers = [
      await fixture.receiveDossier(),
      await fixture.receiveDossier(),
      await fixture.receiveDossier(),
    ];
    const base = standInDelivery(t);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sent = 0;
    const first = startPortalLoop({
      config: t.deps.config,
      db: db(),
      clock: t.clock,
      adapter: {
        async send(delivery) {
          sent += 1;
          if (sent === 2) await gate; // the second change of the batch is in flight when the loop stops
          await base.adapter.send(delivery);
        },
      },
    })!;
    await expect.poll(() => sent).toBe(2);
    const stopping = first.stop();
    release();
    await stopping;
    const waiting = await db()
      .selectFrom('portal_outbox')
      .select('status')
      .where('status', '<>', 'sent')
      .execute();
    expect(waiting.map((r) => r.status)).toEqual(['pending']);

    const second = startPortalLoop({
      config: t.deps.config,
      db: db(),
      clock: t.clock,
      adapter: base.adapter,
    })!;
    await second.runNow();
    await second.stop();
    for (const d of dossiers)
      expect((await acceptedFor(d.code)).map((a) => a.idempotencyKey)).toEqual(await keysOf(d.id));
  });

  it('after a crash between sending and recording, the change is sent again and the receiver keeps one', async () => {
    const d = await fixture.receiveDossier();
    const delivery = standInDelivery(t);
    const [claimed] = await claimDuePortalChanges(db(), t.clock.now(), 10);
    // the process sends, then dies before recording the delivery
    await delivery.adapter.send({
      idempotencyKey: claimed!.idempotency_key,
      record: (claimed!.payload as { record: unknown }).record,
    });
    const before = (await readStandIn(t)).duplicates;
    advance((t.deps.config.nationalPortal.sendingTimeoutSeconds + 1) * 1000);
    expect(await deliverDuePortalChanges(delivery)).toMatchObject({ reclaimed: 1, sent: 1 });
    expect((await readStandIn(t)).duplicates).toBe(before + 1);
    expect((await acceptedFor(d.code)).map((a) => a.idempotencyKey)).toEqual(await keysOf(d.id));
  });

  it('moves QĐ 766 sub-indicator 1.4 with delivery', async () => {
    const d = await fixture.receiveDossier();
    const { authority_unit_id: unitId } = await db()
      .selectFrom('dossier')
      .select('authority_unit_id')
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    const read = async () => {
      await refreshRollups(db(), t.clock);
      const res = await t.app.inject({ url: `/api/v1/transparency/units/${unitId}?period=2026-03` });
      const found = res.json<{ indicators: { code: string; numerator: number; denominator: number }[] }>();
      return found.indicators.find((i) => i.code === 'qd766.1.4')!;
    };
    const before = await read();
    expect(before.numerator).toBe(before.denominator - 1);
    await deliverAllDue(standInDelivery(t));
    const after = await read();
    expect(after).toMatchObject({ numerator: after.denominator, denominator: before.denominator });
  });

  it('shows the administrator the backlog and failures, and "gửi lại" sends given-up changes', async () => {
    const d = await fixture.receiveDossier();
    await failStandIn(t, 3);
    const delivery = standInDelivery(t);
    for (let i = 0; i < 3; i += 1) {
      await deliverDuePortalChanges(delivery);
      advance(10 * 60_000);
    }
    const status = await t.app.inject({ url: '/api/v1/portal-sync', headers: authHeaders(fixture.admin) });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ enabled: true, standIn: true, backlog: 1, dead: 1, failed: 0 });
    expect(status.json().oldestAgeSeconds).toBe(30 * 60);
    expect(status.json().failures).toEqual([
      expect.objectContaining({
        dossierCode: d.code,
        status: 'dead',
        attempts: 3,
        lastError: expect.stringContaining('503'),
      }),
    ]);
    const officer = await signIn(t.app, 'tiepnhan');
    expect(
      (await t.app.inject({ url: '/api/v1/portal-sync', headers: authHeaders(officer) })).statusCode,
    ).toBe(403);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/portal-sync/retry',
      headers: authHeaders(officer),
    });
    expect(refused.statusCode).toBe(403);

    const retry = await t.app.inject({
      method: 'POST',
      url: '/api/v1/portal-sync/retry',
      headers: authHeaders(fixture.admin),
    });
    expect(retry.json()).toEqual({ retried: 1 });
    await deliverAllDue(delivery);
    expect((await acceptedFor(d.code)).map((a) => a.idempotencyKey)).toEqual(await keysOf(d.id));
    const audit = await db()
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'portal_sync.retry')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([{ retried: 1 }]);
    const after = await t.app.inject({ url: '/api/v1/portal-sync', headers: authHeaders(fixture.admin) });
    expect(after.json()).toMatchObject({ backlog: 0, dead: 0, oldestAgeSeconds: null });
  });
});
