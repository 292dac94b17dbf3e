/**
 * B4 — the overdue sweep (docs: benchmarks.md) on PostgreSQL. Builds a fresh database with `BENCH_SWEEP_OPEN`
 * open dossiers (default 2 M; closed dossiers hold no timers, so they do not enter the sweep's work) and
 * two due-time timers each spread over the coming month, of which `BENCH_SWEEP_LATE` (default 20 k) have just
 * passed. Measures: detection (the first batch's index range scan), marking rate (alerts written per second,
 * escalations scheduled), and the status look-up p99 (B3's query) before and while the sweep runs. Writes
 * bench/results/sweep.json. Run: `npx tsx bench/sweep.bench.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { systemClock } from '../src/server/clock.js';
import { openDatabase } from '../src/server/db/connection.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { sweepLateWork } from '../src/server/modules/late-work/late-work.sweep.js';
import { seedDemoCatalogueIfEmpty } from '../src/server/seed/demo-catalogue.js';
import { generateDemoHistory } from '../src/server/seed/demo-history.js';
import { seedDemoIfEmpty } from '../src/server/seed/demo.js';
import { readSettings } from './lib/settings.js';
import { median } from './lib/stats.js';

const OPEN = Number(process.env.BENCH_SWEEP_OPEN ?? 2_000_000);
const LATE = Number(process.env.BENCH_SWEEP_LATE ?? 20_000);
/** Timers taken per transaction (the sweep's default is 5,000). */
const BATCH = Number(process.env.BENCH_SWEEP_BATCH ?? 5_000);
/** Batches at once (the sweep's default on PostgreSQL is 2). */
const WORKERS = process.env.BENCH_SWEEP_WORKERS ? Number(process.env.BENCH_SWEEP_WORKERS) : undefined;
const settings = readSettings();
const name = `kc_bench_sweep_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: settings.adminUrl });
const url = new URL(settings.adminUrl);
url.pathname = `/${name}`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Status look-ups by code in a loop on their own connection until `until` resolves; latencies in ms. */
async function lookUps(codes: string[], until: Promise<unknown>): Promise<number[]> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => {
    done = true;
  });
  for (let i = 0; !done; i++) {
    const started = performance.now();
    await client.query({
      name: 'track',
      text: 'select id, status, due_at, received_at from dossier where code = $1',
      values: [codes[i % codes.length]],
    });
    latencies.push(performance.now() - started);
  }
  await client.end();
  return latencies;
}

async function main() {
  await admin.connect();
  await admin.query(`create database ${name}`);
  const database = await openDatabase({ url: url.toString(), dataDir: 'unused' });
  const { db } = database;
  try {
    await migrateToLatest(database);
    await seedDemoIfEmpty(db, systemClock);
    await seedDemoCatalogueIfEmpty(db, systemClock);
    await generateDemoHistory(db, systemClock, { seed: 7, perUnitDay: 0.3, days: 30 });
    await sql`delete from late_timer`.execute(db);
    const loadStarted = performance.now();
    // copies of one open dossier, each with its own code, step due time and dossier due time
    await sql`insert into dossier (id, code, receiving_unit_id, authority_unit_id, scope_path, procedure_id, procedure_version_id, variant_id, calendar_version_id, channel, applicant, status, current_step_id, current_holder_id, step_due_at, received_at, due_at, original_due_at, state, last_seq, created_at, updated_at)
      select gen_random_uuid(), 'B4-' || g, t.receiving_unit_id, t.authority_unit_id, t.scope_path, t.procedure_id, t.procedure_version_id, t.variant_id, t.calendar_version_id, t.channel, t.applicant, 'processing', t.current_step_id, t.current_holder_id,
        due.step, t.received_at, due.dossier, due.dossier,
        jsonb_set(jsonb_set(t.state, '{periods}', jsonb_build_array(jsonb_set((t.state->'periods')->-1, '{dueAt}', to_jsonb((extract(epoch from due.step) * 1000)::bigint)))), '{dueAt}', to_jsonb((extract(epoch from due.dossier) * 1000)::bigint)),
        t.last_seq, now(), now()
      from generate_series(1, ${OPEN}) g
      cross join (select * from dossier where finished_at is null and status = 'processing' and current_holder_id is not null limit 1) t
      cross join lateral (select case when g <= ${LATE} then date_trunc('second', now()) - interval '1 minute' * (1 + g % 50) else date_trunc('second', now()) + interval '1 minute' * (g % 43200) end as step,
                                 date_trunc('second', now()) + interval '1 day' * (3 + g % 20) as dossier) due`.execute(
      db,
    );
    await sql`insert into late_timer (dossier_id, kind, period_index, level, due_at, fire_at)
      select d.id, k.kind, case when k.kind = 'step_overdue' then 0 end, 0, k.due, k.due
      from dossier d cross join lateral (values ('step_overdue', d.step_due_at), ('dossier_overdue', d.due_at)) k(kind, due)
      where d.code like 'B4-%'`.execute(db);
    await sql`vacuum analyze`.execute(db);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const timers = Number(
      (await sql<{ n: string }>`select count(*) as n from late_timer`.execute(db)).rows[0]!.n,
    );

    const detections: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      await sql`select id from late_timer where fire_at <= now() order by fire_at limit 5000`.execute(db);
      detections.push(performance.now() - started);
    }
    const codes = Array.from({ length: 5000 }, (_, i) => `B4-${1 + ((i * 7919) % OPEN)}`);
    const baseline = await lookUps(codes, new Promise((resolve) => setTimeout(resolve, 5000)));
    const sweepStarted = performance.now();
    const sweep = sweepLateWork({ database, clock: systemClock }, { batchSize: BATCH, workers: WORKERS });
    const during = await lookUps(codes, sweep);
    const result = await sweep;
    const sweepSeconds = (performance.now() - sweepStarted) / 1000;
    const again = await sweepLateWork({ database, clock: systemClock });

    const report = {
      benchmark: 'B4',
      database: 'postgres',
      openDossiers: OPEN,
      timers,
      newlyLate: LATE,
      batchSize: BATCH,
      workers: WORKERS ?? 'default',
      loadSeconds: Math.round(loadSeconds),
      detectMs: {
        median: Math.round(median(detections) * 10) / 10,
        all: detections.map((d) => Math.round(d * 10) / 10),
      },
      sweep: {
        ...result,
        seconds: Math.round(sweepSeconds * 100) / 100,
        rowsPerSecond: Math.round(result.alerts / sweepSeconds),
      },
      repeatSweepAlerts: again.alerts,
      lookUpP99Ms: {
        before: percentile(baseline, 99),
        during: percentile(during, 99),
        ratio: percentile(during, 99) / percentile(baseline, 99),
      },
      lookUps: { before: baseline.length, during: during.length },
      targets: { detectMs: 50, rowsPerSecond: 20_000, lookUpP99Ratio: 2 },
    };
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(new URL('./results/sweep.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await main();
