/**
 * B10 (../shared/docs/benchmarks.md): a mixed soak on PostgreSQL. On the generated dataset (BENCH_DOSSIERS,
 * default 1,000,000; kept between runs as kc_bench_<size>, BENCH_FRESH=1 rebuilds it) the app server is
 * started as in B1–B3; each kind's capacity is probed alone for a few seconds (look-ups as B3, intake as B1,
 * forwards as B2, dashboards: the public portal and a leader's dashboard), then an open-loop load offers
 * BENCH_SOAK_LOAD (default 0.5) of the mixed capacity, 70 % look-ups, 15 % intake, 10 % transitions and 5 %
 * dashboards, for BENCH_SOAK_MINUTES (default 10; 30 on request; BENCH_SOAK_SECONDS for short trials). The
 * server's RSS and CPU are sampled every 5 s. Writes bench/results/soak.json and bench/results/soak-rss.svg.
 * Targets: p99 ≤ 50 ms for every kind, no failed request, RSS of the last minute < 10 % above the first
 * minute after warm-up. Run: `npm run bench -- soak`. Never part of the tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Request } from 'autocannon';
import { openDatabase } from '../src/server/db/connection.js';
import { meterCpu } from './lib/cpu-usage.js';
import { preparePostgresDataset } from './lib/dataset.js';
import { runLoad } from './lib/load.js';
import { runOpenLoop, type OpenLoopResult } from './lib/open-loop.js';
import { readRssMb, startChildServer } from './lib/processes.js';
import { dashboardRequests, forwardRequests, intakeRequests, trackRequests } from './lib/scenarios.js';
import {
  mixedCapacity,
  probeCapacity,
  SOAK_MIX,
  type KindProbe,
  type SoakKind,
} from './lib/soak-capacity.js';
import { renderSoakChart } from './lib/soak-chart.js';
import { prepareDesks } from './lib/desks.js';
import { cycleRequests, ForwardPool, ForwardPools } from './lib/soak-sources.js';
import { signInOverHttp, type BenchSession } from './lib/session.js';
import { readSettings, readSoakSettings } from './lib/settings.js';
import {
  readDashboardTarget,
  readForwardTargets,
  readIntakeTarget,
  readTrackTargets,
  type ForwardTarget,
} from './lib/targets.js';

const P99_TARGET_MS = 50;
const GROWTH_TARGET = 0.1;
const SAMPLE_SECONDS = 5;
const INTERVAL_SECONDS = 10;
const KINDS = Object.keys(SOAK_MIX) as SoakKind[];

const settings = readSettings();
const soak = readSoakSettings();
const log = (text: string) =>
  process.stdout.write(`[B10 ${new Date().toISOString().slice(11, 19)}] ${text}\n`);

interface Sample {
  at: number;
  rssMb: number;
  serverCores: number;
  machineCores: number;
}

const average = (values: number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

/** Average RSS in the first minute after warm-up and in the last minute (shorter windows for short runs). */
function memoryGrowth(samples: Sample[]) {
  const window = Math.min(60, (soak.seconds - soak.warmupSeconds) / 2);
  const first: [number, number] = [soak.warmupSeconds, soak.warmupSeconds + window];
  const last: [number, number] = [soak.seconds - window, soak.seconds];
  const inside = ([from, to]: [number, number]) =>
    samples.filter((s) => s.at >= from && s.at <= to).map((s) => s.rssMb);
  const firstMb = average(inside(first));
  const lastMb = average(inside(last));
  const growth = firstMb && lastMb ? Math.round((lastMb / firstMb - 1) * 1000) / 1000 : null;
  return { windowSeconds: window, first, last, firstMb, lastMb, growth };
}

function judge(
  load: OpenLoopResult,
  probes: Record<SoakKind, KindProbe> | null,
  growth: number | null,
): { met: boolean; notMet: string[] } {
  const notMet: string[] = [];
  for (const kind of KINDS) {
    const k = load.kinds[kind]!;
    if (probes && probes[kind].failed > 0) notMet.push(`${kind}: ${probes[kind].failed} failed in the probe`);
    if (k.ok === 0) notMet.push(`${kind}: no request answered`);
    const failed = k.non2xx + k.timeouts + k.socketErrors;
    if (failed > 0) notMet.push(`${kind}: ${failed} failed requests`);
    if (k.skipped > 0) notMet.push(`${kind}: ${k.skipped} requests skipped (no valid target)`);
    if (k.latencyMs.p99 > P99_TARGET_MS) notMet.push(`${kind}: p99 ${k.latencyMs.p99} ms`);
  }
  if (growth === null) notMet.push('memory growth not measured');
  else if (growth >= GROWTH_TARGET) notMet.push(`memory growth ${Math.round(growth * 1000) / 10} %`);
  return { met: notMet.length === 0, notMet };
}

/**
 * Each kind alone at full speed; forwards over the steps the intake probe just opened, each desk's by its own
 * head, as many per desk as the desk with the fewest has (so no forward names a version twice).
 */
async function probeKinds(
  url: string,
  lists: Record<'lookup' | 'intake' | 'dashboard', Request[]>,
  desks: { readTargets: () => Promise<ForwardTarget[]>; head: BenchSession }[],
): Promise<Record<SoakKind, KindProbe>> {
  const probe = { url, seconds: soak.probeSeconds, connections: settings.connections };
  log('capacity probes: look-ups, intake, forwards (steps intake just opened), dashboards…');
  const lookup = await probeCapacity({ ...probe, requests: lists.lookup });
  const intake = await probeCapacity({ ...probe, requests: lists.intake });
  const queues = await Promise.all(desks.map((desk) => desk.readTargets()));
  const perDesk = Math.min(...queues.map((queue) => queue.length));
  if (perDesk === 0) throw new Error('a desk has no open step to forward after the intake probe');
  const transition = await probeCapacity({
    ...probe,
    requests: desks.flatMap((desk, i) => forwardRequests(queues[i]!.slice(0, perDesk), desk.head)),
    amount: perDesk * desks.length,
  });
  const dashboard = await probeCapacity({ ...probe, requests: lists.dashboard });
  const probes = { lookup, intake, transition, dashboard };
  log(`capacities (req/s): ${KINDS.map((k) => `${k} ${probes[k].requestsPerSecond}`).join(', ')}`);
  return probes;
}

log(`PostgreSQL dataset: ${soak.dossiers.toLocaleString('en')} dossiers…`);
const dataset = await preparePostgresDataset(settings.adminUrl, soak.dossiers, settings.fresh);
if (dataset.load) log(`generated in ${dataset.load.seconds} s (${dataset.load.rowsPerSecond} rows/s)`);
const handle = await openDatabase({ url: dataset.url, dataDir: 'unused' });
const server = await startChildServer('bench/lib/app-server.ts', { BENCH_DATABASE_URL: dataset.url });
const loadAverageBefore = os.loadavg();
const samples: Sample[] = [];

async function soakOnce() {
  const db = handle.db;
  const leader = await signInOverHttp(server.url, 'lanhdao');
  const desks = await prepareDesks(db, server.url, soak.desks);
  const intake = await readIntakeTarget(db);
  const board = await readDashboardTarget(db, intake.unitId);
  const tracked = await readTrackTargets(db, 20_000);
  const lists = {
    lookup: trackRequests(tracked),
    // one request per desk, sent in turn: each desk numbers its own day
    intake: desks.flatMap((desk) => intakeRequests({ ...intake, unitId: desk.unitId }, desk.reception)),
    dashboard: dashboardRequests(board, leader),
  };
  const probe = { url: server.url, seconds: soak.probeSeconds, connections: settings.connections };
  // forwards move steps the probes' and the soak's intake opened (the generated history's open steps are
  // nearly all overdue); reading only those keeps the pool's reads short
  const openedSince = new Date(Date.now() - 1_000);
  const targetsOf = (unitId: string) => (limit: number) => readForwardTargets(db, unitId, limit, openedSince);
  const probes =
    soak.fixedRate === null
      ? await probeKinds(
          server.url,
          lists,
          desks.map((desk) => ({ readTargets: () => targetsOf(desk.unitId)(20_000), head: desk.head })),
        )
      : null;
  const capacity = probes
    ? mixedCapacity({
        lookup: probes.lookup.requestsPerSecond,
        intake: probes.intake.requestsPerSecond,
        transition: probes.transition.requestsPerSecond,
        dashboard: probes.dashboard.requestsPerSecond,
      })
    : null;
  const offeredRate = soak.fixedRate ?? Math.round((capacity ?? 0) * soak.loadFactor * 10) / 10;
  const transitionRate = offeredRate * SOAK_MIX.transition;
  const lowWater = Math.ceil(transitionRate * 60);
  const deskLowWater = Math.ceil(lowWater / desks.length);
  const pool = new ForwardPools(
    desks.map(
      (desk) =>
        new ForwardPool(
          targetsOf(desk.unitId),
          { batch: Math.max(500, deskLowWater * 3), lowWater: deskLowWater },
          desk.head,
        ),
    ),
  );
  await pool.refill();
  // the first minute's forwards need open steps before the soak's intake makes them: open them as B1 does
  const lacking = Math.ceil(transitionRate * (soak.warmupSeconds + 60)) - pool.count();
  if (lacking > 0) {
    log(`opening ${lacking} dossiers by intake for the first forwards…`);
    const amount = Math.max(lacking, settings.connections);
    await runLoad({ ...probe, seconds: 600, requests: lists.intake, amount });
    await pool.refill();
  }
  log(
    `soak: ${offeredRate} req/s mixed for ${soak.seconds} s (warm-up ${soak.warmupSeconds} s); ` +
      `${pool.count()} forward targets ready, ${Math.round(transitionRate * soak.seconds)} forwards to send`,
  );
  const next = {
    lookup: cycleRequests(lists.lookup),
    intake: cycleRequests(lists.intake),
    transition: () => pool.next(),
    dashboard: cycleRequests(lists.dashboard),
  };
  const cpu = meterCpu(server.pid);
  const started = Date.now();
  const sample = () => {
    const share = cpu.read();
    samples.push({
      at: Math.round((Date.now() - started) / 100) / 10,
      rssMb: readRssMb(server.pid),
      serverCores: share.processCores,
      machineCores: share.machineCores,
    });
  };
  sample();
  const timer = setInterval(sample, SAMPLE_SECONDS * 1000);
  const load = await runOpenLoop({
    url: server.url,
    seconds: soak.seconds,
    warmupSeconds: soak.warmupSeconds,
    intervalSeconds: INTERVAL_SECONDS,
    timeoutMs: soak.timeoutMs,
    kinds: KINDS.map((kind) => ({ name: kind, rate: offeredRate * SOAK_MIX[kind], next: next[kind] })),
  });
  clearInterval(timer);
  sample();
  const pools = { reads: pool.reads, readFailures: pool.readFailures, readMs: pool.readMs };
  return { probes, capacity, offeredRate, load, pool: pools, peakRssMb: server.peakRssMb() };
}

const run = await soakOnce().finally(async () => {
  await server.stop();
  await handle.close();
});

const memory = memoryGrowth(samples);
const verdict = judge(run.load, run.probes, memory.growth);
const busy = samples.slice(1);
const result = {
  benchmark: 'soak',
  id: 'B10',
  description:
    'Mixed open-loop soak on PostgreSQL at a share of the measured capacity: 70 % look-ups, 15 % intake, ' +
    '10 % transitions, 5 % dashboards; server RSS sampled every 5 s',
  recordedAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverageBefore,
    loadAverageAfter: os.loadavg(),
    meanMachineCoresBusy: average(busy.map((s) => s.machineCores)),
    meanServerCores: average(busy.map((s) => s.serverCores)),
  },
  settings: { ...soak, connectionsForProbes: settings.connections, mix: SOAK_MIX },
  dataset: { size: dataset.size, load: dataset.load },
  capacity: {
    probes: run.probes,
    mixedRequestsPerSecond: run.capacity === null ? null : Math.round(run.capacity * 10) / 10,
    offeredRate: run.offeredRate,
  },
  load: { kinds: run.load.kinds, all: run.load.all, maxInFlight: run.load.maxInFlight },
  forwardPool: run.pool,
  memory: { ...memory, peakMb: run.peakRssMb },
  checks: {
    B10: {
      offeredRate: run.offeredRate,
      minutes: Math.round((soak.seconds / 60) * 10) / 10,
      p99Ms: run.load.all.latencyMs.p99,
      p99MsByKind: Object.fromEntries(KINDS.map((k) => [k, run.load.kinds[k]!.latencyMs.p99])),
      failed: run.load.all.failed,
      skipped: KINDS.reduce((sum, k) => sum + run.load.kinds[k]!.skipped, 0),
      memoryGrowth: memory.growth,
      target: `p99 ≤ ${P99_TARGET_MS} ms every kind, zero failed, memory growth < ${GROWTH_TARGET * 100} %`,
      met: verdict.met,
      notMet: verdict.notMet,
    },
  },
  samples,
  intervals: run.load.intervals,
};

const results = new URL('./results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(new URL('soak.json', results), `${JSON.stringify(result, null, 2)}\n`);
const chart = renderSoakChart({
  title: `B10 soak: ${run.offeredRate} req/s mixed, ${dataset.size.toLocaleString('en')} dossiers — server RSS and p99`,
  seconds: soak.seconds,
  warmupSeconds: soak.warmupSeconds,
  rss: samples.map((s) => ({ at: s.at, mb: s.rssMb })),
  p99: run.load.intervals.map((i) => ({ at: i.at + INTERVAL_SECONDS / 2, ms: i.p99Ms })),
  windows: { first: memory.first, last: memory.last },
  p99TargetMs: P99_TARGET_MS,
});
writeFileSync(new URL('soak-rss.svg', results), chart);
process.stdout.write(`${JSON.stringify({ capacity: result.capacity, checks: result.checks }, null, 2)}\n`);
process.stdout.write('written to bench/results/soak.json and bench/results/soak-rss.svg\n');
