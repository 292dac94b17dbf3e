import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordJobPass } from '../jobs/stats.js';
import { createTestApp, type TestApp } from '../testing/harness.js';

const TOKEN = 'metrics-token-0123456789';
let open: TestApp;
let guarded: TestApp;
beforeAll(async () => {
  open = await createTestApp();
  guarded = await createTestApp({ env: { METRICS_TOKEN: TOKEN } });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
});

describe('GET /metrics', () => {
  it('counts requests by route pattern, never by raw URL', async () => {
    await open.app.inject('/api/health');
    await open.app.inject('/api/v1/dossiers/00000000-0000-0000-0000-000000000000');
    const response = await open.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toMatch(
      /kc_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} 1/,
    );
    expect(response.body).toContain('route="/api/v1/dossiers/:id"');
    expect(response.body).not.toContain('00000000-0000');
    expect(response.body).toContain('kc_process_resident_memory_bytes');
    // backlog gauges are read at the scrape (the demo has roll-ups to refresh or not: a number, never absent)
    for (const name of [
      'kc_outbox_backlog',
      'kc_outbox_oldest_age_seconds',
      'kc_rollup_queue_length',
      'kc_sweep_lag_seconds',
      'kc_audit_unsealed_entries',
    ]) {
      expect(response.body).toMatch(new RegExp(`^${name} \\d+(\\.\\d+)?$`, 'm'));
    }
  });

  it('reports the notification backlog and the age of its oldest item at the scrape', async () => {
    const scrape = async () => (await open.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).body;
    const gauge = (body: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(body)?.[1]);
    const before = gauge(await scrape(), 'kc_outbox_backlog');
    const created = new Date(open.clock.now().getTime() - 90_000);
    await open.deps.database.db
      .insertInto('notification_outbox')
      .values({
        event: 'dossier.received',
        channel: 'sms',
        address: '0912345678',
        payload: JSON.stringify({}),
        next_attempt_at: created,
        idempotency_key: 'metrics-test:1:sms',
        created_at: created,
      })
      .execute();
    const after = await scrape();
    expect(gauge(after, 'kc_outbox_backlog')).toBe(before + 1);
    expect(gauge(after, 'kc_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(90);
  });

  it("exports this process's job passes and failures", async () => {
    recordJobPass('metrics-test-job', { startedAt: Date.now() - 5, error: null });
    recordJobPass('metrics-test-job', { startedAt: Date.now() - 5, error: 'boom' });
    const body = (await open.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).body;
    expect(body).toContain('kc_job_runs{job="metrics-test-job"} 2');
    expect(body).toContain('kc_job_failures{job="metrics-test-job"} 1');
    expect(body).toContain('kc_job_consecutive_failures{job="metrics-test-job"} 1');
  });

  it('splits liveness from readiness', async () => {
    expect((await open.app.inject('/api/health/live')).json()).toEqual({ status: 'ok' });
    const ready = await open.app.inject('/api/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ok');
  });

  it('answers only the machine itself without a token, whatever X-Forwarded-For says', async () => {
    const outside = await open.app.inject({
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { 'x-forwarded-for': '127.0.0.1' },
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('forbidden');
  });

  it('asks for the bearer token when one is configured, even from the machine itself', async () => {
    const none = await guarded.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(none.statusCode).toBe(403);
    const wrong = await guarded.app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-token-0123456780' },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await guarded.app.inject({
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('kc_http_request_duration_seconds');
  });
});
