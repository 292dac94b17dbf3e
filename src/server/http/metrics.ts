/**
 * Prometheus metrics at `GET /metrics` (prom-client): the process's default metrics (CPU, memory, event-loop
 * lag, GC, handles), one histogram of request durations by method, route pattern and status, and gauges
 * read at each scrape (pool connections, notification backlog and age, roll-up queue, late-work sweep lag,
 * audit entries awaiting their seal, and this process's periodic jobs: runs, failures, consecutive failures,
 * skips, last success), so several
 * instances behind a balancer can be watched and compared. The route pattern (`/api/v1/dossiers/:id`), never
 * the raw URL, is the label: no personal data and no unbounded label set. Each application has its own
 * registry (tests build many apps in one process).
 *
 * Access: with METRICS_TOKEN set, a request must carry `Authorization: Bearer <token>`; without it only the
 * machine itself may read (the socket's loopback address; a forwarded address counts only from a configured
 * proxy, like everywhere else).
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { fail } from '../../domain/errors.js';
import type { AppDeps } from '../context.js';
import { isSameHash } from '../security/secret-hash.js';
import { jobStats } from '../jobs/stats.js';
import { readBacklogFigures } from './metrics.queries.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Request duration buckets in seconds: the request-path budgets sit between 5 ms and 250 ms. */
const BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

function mayRead(request: FastifyRequest, token: string | undefined): boolean {
  if (!token) return LOOPBACK.has(request.ip);
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  return given !== undefined && isSameHash(sha256(token), sha256(given));
}

/** Gauges read at each scrape: connection pool, outbox, roll-up queue, sweep lag, audit sealing backlog. */
function registerGauges(registry: Registry, deps: AppDeps): () => Promise<void> {
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const pool = gauge('kc_db_pool_connections', 'Kết nối của pool chính (primary pool connections)', [
    'state',
  ]);
  const outbox = gauge('kc_outbox_backlog', 'Thông báo chờ gửi (notifications waiting to be sent)');
  const outboxAge = gauge('kc_outbox_oldest_age_seconds', 'Tuổi thông báo chờ lâu nhất (oldest waiting, s)');
  const rollups = gauge('kc_rollup_queue_length', 'Hồ sơ chờ cập nhật số liệu tổng hợp (roll-up queue)');
  const sweep = gauge(
    'kc_sweep_lag_seconds',
    'Độ trễ quét trễ hạn (oldest due late-work timer not fired, s)',
  );
  const audit = gauge(
    'kc_audit_unsealed_entries',
    'Nhật ký chưa niêm phong vào chuỗi (unsealed audit entries)',
  );
  const perJob = (name: string, help: string) => gauge(name, help, ['job']);
  const jobRuns = perJob('kc_job_runs', 'Lượt chạy công việc nền tại tiến trình này (job passes run here)');
  const jobFailures = perJob('kc_job_failures', 'Lượt chạy lỗi (failed job passes in this process)');
  const jobStreak = perJob(
    'kc_job_consecutive_failures',
    'Số lần lỗi liên tiếp (failures since last success)',
  );
  const jobSkips = perJob(
    'kc_job_skipped',
    'Lượt bỏ qua vì tiến trình khác giữ quyền chạy (lease held elsewhere)',
  );
  const jobLastSuccess = perJob(
    'kc_job_last_success_timestamp_seconds',
    'Lần chạy thành công gần nhất (unix s)',
  );
  return async () => {
    const stats = deps.database.poolStats?.();
    if (stats) {
      pool.set({ state: 'total' }, stats.total);
      pool.set({ state: 'idle' }, stats.idle);
      pool.set({ state: 'waiting' }, stats.waiting);
    }
    const figures = await readBacklogFigures(deps.database.db, deps.clock.now());
    outbox.set(figures.outboxBacklog);
    outboxAge.set(figures.outboxOldestSeconds);
    rollups.set(figures.rollupQueue);
    sweep.set(figures.sweepLagSeconds);
    audit.set(figures.auditUnsealed);
    for (const job of jobStats()) {
      jobRuns.set({ job: job.name }, job.runs);
      jobFailures.set({ job: job.name }, job.failures);
      jobStreak.set({ job: job.name }, job.consecutiveFailures);
      jobSkips.set({ job: job.name }, job.skipped);
      if (job.lastSuccessAt !== null) jobLastSuccess.set({ job: job.name }, job.lastSuccessAt / 1000);
    }
  };
}

export function registerMetrics(app: FastifyInstance, deps: AppDeps): Registry {
  const token = deps.config.metricsToken;
  const registry = new Registry();
  const refreshGauges = registerGauges(registry, deps);
  collectDefaultMetrics({ register: registry, prefix: 'kc_' });
  const durations = new Histogram({
    name: 'kc_http_request_duration_seconds',
    help: 'Thời gian xử lý yêu cầu HTTP (HTTP request duration) theo phương thức, mẫu đường dẫn, mã trạng thái',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    durations.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayRead(request, token)) throw fail.forbidden('Không có quyền đọc số liệu giám sát.');
    await refreshGauges();
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
  return registry;
}
