/**
 * B1, B1-L, B2, B3 and B3-L (docs: benchmarks.md): the application over HTTP on loopback, each figure a ratio to a
 * calibration measured in this same run (C1 pgbench TPC-B, C2 pgbench -S, C3 Fastify hello world). Writes
 * bench/results/http.json. Run: `npx tsx bench/http.bench.ts`; scale with BENCH_SECONDS, BENCH_RUNS,
 * BENCH_CONNECTIONS, BENCH_PG_DOSSIERS, BENCH_PGLITE_DOSSIERS, BENCH_FRESH=1, BENCH_ONLY=calibration,postgres,pglite.
 * BENCH_PROFILE=1 adds a B1 intake load and a B3 look-up load, each on a server started with --cpu-prof: the
 * profiles are kept in bench/results/profiles/b1.cpuprofile and b3.cpuprofile with their top self-time
 * functions in b1-top.txt and b3-top.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { calibrate, type Calibration } from './lib/calibration.js';
import { readPeakRssMb } from './lib/processes.js';
import { readSettings } from './lib/settings.js';
import { runPgliteSuite, runPostgresSuite, type PgliteSuite, type PostgresSuite } from './lib/suites.js';

const settings = readSettings();
const ratio = (a: number, b: number | undefined) => (b ? Math.round((a / b) * 100) / 100 : null);

const calibration: Calibration | null = settings.only.has('calibration') ? await calibrate(settings) : null;
const postgres: PostgresSuite | null = settings.only.has('postgres')
  ? await runPostgresSuite(settings)
  : null;
const pglite: PgliteSuite | null = settings.only.has('pglite') ? await runPgliteSuite(settings) : null;

const C1 = calibration?.C1.tpsMedian;
const C2 = calibration?.C2.tpsMedian;
const C3 = calibration?.C3.median.requestsPerSecond;
const b1 = postgres?.B1.max.median.requestsPerSecond;
/** Responses that were not 2xx (or never came): a figure with any is not a valid measurement. */
const failedOf = (load: { median: { errors: number; non2xx: number } } | undefined) =>
  load ? load.median.errors + load.median.non2xx : 0;
const checks = {
  B1: postgres && {
    requestsPerSecond: b1,
    ratioToC1: ratio(b1!, C1),
    p99AtHalfRateMs: postgres.B1.half.median.latencyMs.p99,
    failed: failedOf(postgres.B1.max) + failedOf(postgres.B1.half),
    target: 'ratio ≥ 0.5, p99 ≤ 25 ms at half rate',
    met:
      (ratio(b1!, C1) ?? 0) >= 0.5 &&
      postgres.B1.half.median.latencyMs.p99 <= 25 &&
      failedOf(postgres.B1.max) + failedOf(postgres.B1.half) === 0,
  },
  'B1-L': pglite && {
    requestsPerSecond: pglite.B1L.max.median.requestsPerSecond,
    ratioToB1: ratio(pglite.B1L.max.median.requestsPerSecond, b1),
    p99AtHalfRateMs: pglite.B1L.half.median.latencyMs.p99,
    failed: failedOf(pglite.B1L.max) + failedOf(pglite.B1L.half),
    target: 'ratio to B1 ≥ 0.4',
    met:
      (ratio(pglite.B1L.max.median.requestsPerSecond, b1) ?? 0) >= 0.4 &&
      failedOf(pglite.B1L.max) + failedOf(pglite.B1L.half) === 0,
  },
  'B3-L': pglite && {
    requestsPerSecond: pglite.B3L.max.median.requestsPerSecond,
    ratioToB3: ratio(pglite.B3L.max.median.requestsPerSecond, postgres?.B3.max.median.requestsPerSecond),
    p99AtHalfRateMs: pglite.B3L.half.median.latencyMs.p99,
    failed: failedOf(pglite.B3L.max) + failedOf(pglite.B3L.half),
    target: 'reported beside B3 (issue #20 item 7), no target of its own',
    met: null,
  },
  B2: postgres && {
    requestsPerSecond: postgres.B2.max.median.requestsPerSecond,
    ratioToC1: ratio(postgres.B2.max.median.requestsPerSecond, C1),
    hotShare: postgres.B2.hotShare === null ? null : Math.round(postgres.B2.hotShare * 1000) / 1000,
    failed: failedOf(postgres.B2.max),
    target: 'ratio ≥ 0.6, HOT ≥ 90%',
    met:
      (ratio(postgres.B2.max.median.requestsPerSecond, C1) ?? 0) >= 0.6 &&
      (postgres.B2.hotShare ?? 0) >= 0.9 &&
      failedOf(postgres.B2.max) === 0,
  },
  B3: postgres && {
    requestsPerSecond: postgres.B3.max.median.requestsPerSecond,
    ratioToC3: ratio(postgres.B3.max.median.requestsPerSecond, C3),
    ratioToC2: ratio(postgres.B3.max.median.requestsPerSecond, C2),
    p99AtHalfRateMs: postgres.B3.half.median.latencyMs.p99,
    failed: failedOf(postgres.B3.max) + failedOf(postgres.B3.half),
    target: 'ratio to C3 ≥ 0.35 and to C2 ≥ 0.4, p99 ≤ 10 ms at half rate',
    met:
      (ratio(postgres.B3.max.median.requestsPerSecond, C3) ?? 0) >= 0.35 &&
      (ratio(postgres.B3.max.median.requestsPerSecond, C2) ?? 0) >= 0.4 &&
      postgres.B3.half.median.latencyMs.p99 <= 10 &&
      failedOf(postgres.B3.max) + failedOf(postgres.B3.half) === 0,
  },
};

const result = {
  benchmark: 'http',
  description: 'B1, B1-L, B2, B3 over HTTP on loopback, as ratios to C1–C3 measured in the same run',
  recordedAt: new Date().toISOString(),
  machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown' },
  settings: { seconds: settings.seconds, runs: settings.runs, connections: settings.connections },
  checks,
  calibration,
  postgres,
  pglite,
  peakRssMb: {
    runner: readPeakRssMb(process.pid),
    postgresAppServer: postgres?.serverPeakRssMb ?? null,
    pgliteAppServer: pglite?.serverPeakRssMb ?? null,
  },
};

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/http.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify({ calibration: { C1, C2, C3 }, checks }, null, 2)}\n`);
process.stdout.write('written to bench/results/http.json\n');
if (postgres?.B1Profile) process.stdout.write(`CPU profile of B1: ${postgres.B1Profile.summaryFile}\n`);
if (postgres?.B3Profile) process.stdout.write(`CPU profile of B3: ${postgres.B3Profile.summaryFile}\n`);
