/**
 * B6 — the monthly evaluation of every official from the month's evidence (docs: benchmarks.md), on
 * PostgreSQL. Builds a fresh database `kc_bench_eval_<random>` with set-based SQL (generate_series):
 * `BENCH_EVAL_OFFICIALS` officials (default 100 k) in 1,000 communes, `BENCH_EVAL_DOSSIERS` dossiers
 * (default 1 M) with five step periods each (5 M) over eleven months, work-plan tasks, explanations, upheld
 * complaints, satisfaction responses with their officials and confirmed inspection findings. Then times
 * opening the last month for the province (evidence gathered set-based + suggestions for every official, one
 * transaction), while an HTTP load at a fixed rate hits the same server: its p99 is compared with a
 * baseline taken just before. Prints and writes bench/results/evaluation.json; drops the database.
 * Run: `npm run bench -- evaluation` (or `npx tsx bench/evaluation.ts`). Never part of the tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import type { AppDeps, RequestContext } from '../src/server/context.js';
import { openDatabase } from '../src/server/db/connection.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { openPeriod } from '../src/server/modules/evaluation/evaluation.periods.js';
import { generationSteps, MONTH } from './lib/evaluation-data.js';

const OFFICIALS = Number(process.env.BENCH_EVAL_OFFICIALS ?? 100_000);
const DOSSIERS = Number(process.env.BENCH_EVAL_DOSSIERS ?? 1_000_000);
const RATE = Number(process.env.BENCH_EVAL_RATE ?? 200);
const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `kc_bench_eval_${randomBytes(4).toString('hex')}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 100) / 100
  );
};
const log = (text: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

/** HTTP load at a fixed rate until `stop` resolves (or for `seconds`); latencies of every response. */
async function load(target: string, seconds: number, stop?: Promise<unknown>) {
  const latencies: number[] = [];
  const instance = autocannon({ url: target, connections: 10, overallRate: RATE, duration: seconds });
  instance.on('response', (_c: unknown, _s: number, _b: number, time: number) => latencies.push(time));
  if (stop) void stop.finally(() => instance.stop());
  const result = await instance;
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const handle = await openDatabase({ url: url.toString(), dataDir: 'unused' });
  try {
    await migrateToLatest(handle);
    const client = new pg.Client({ connectionString: url.toString() });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('set synchronous_commit = off');
    const generated = performance.now();
    for (const step of generationSteps(OFFICIALS, DOSSIERS)) {
      const started = performance.now();
      await client.query(step.sql).catch((error: unknown) => {
        throw new Error(`${step.name}: ${error instanceof Error ? error.message : String(error)}`);
      });
      log(`${step.name}: ${Math.round(performance.now() - started)} ms`);
    }
    const generationSeconds = Math.round((performance.now() - generated) / 100) / 10;
    const counts = (
      await client.query(`select (select count(*) from app_user)::int as officials, (select count(*) from dossier)::int as dossiers,
      (select sum(jsonb_array_length(state->'periods')) from dossier)::bigint as periods`)
    ).rows[0] as Record<string, number>;
    const actorRow = (
      await client.query(
        `select u.id, u.unit_id, un.path from app_user u join unit un on un.code = 'BENCH' limit 1`,
      )
    ).rows[0] as { id: string; unit_id: string; path: string };
    const rootId = (await client.query(`select id from unit where code = 'BENCH'`)).rows[0].id as string;
    await client.end();

    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SERVE_WEB: 'false',
      DATABASE_URL: url.toString(),
    });
    const deps: AppDeps = { config, database: handle, clock: { now: () => new Date() }, migration: null };
    const app = await buildApp(deps);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const target = `${address}/api/v1/public/evaluation-periods`;
    log('baseline HTTP load…');
    const baseline = await load(target, 10);
    const ctx: RequestContext = {
      deps: {
        ...deps,
        clock: { now: () => new Date(Date.parse(`${MONTH}-01T00:00:00+07:00`) + 40 * 86_400_000) },
      },
      actor: {
        userId: actorRow.id,
        kind: 'official',
        unitId: rootId,
        unitPath: actorRow.path,
        roles: ['sysadmin'],
      },
      requestId: 'bench-evaluation',
      ip: '127.0.0.1',
      userAgent: null,
    };
    log(`evaluating ${MONTH} for ${counts.officials} officials…`);
    const started = performance.now();
    const evaluation = openPeriod(ctx, {
      unitId: rootId,
      month: MONTH,
      frameworkCode: 'HN-3814',
      exceptional: false,
      publishScores: false,
      appealDays: 10,
    });
    const during = await load(target, 600, evaluation);
    const periodId = await evaluation;
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    const check = await handle.db
      .selectFrom('evaluation_evidence')
      .select((eb) => [
        eb.fn.countAll<number>().as('rows'),
        eb.fn.sum<number>('steps_handled').as('steps'),
        eb.fn.sum<number>('tasks_due').as('tasks'),
        eb.fn.sum<number>('satisfaction_responses').as('responses'),
        eb.fn.sum<number>('explanations').as('explanations'),
        eb.fn.sum<number>('violations').as('violations'),
      ])
      .where('period_id', '=', periodId)
      .executeTakeFirstOrThrow();
    const evaluations = await handle.db
      .selectFrom('evaluation')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('period_id', '=', periodId)
      .executeTakeFirstOrThrow();
    await app.close();
    const result = {
      benchmark: 'B6 monthly evaluation',
      database: 'postgres',
      month: MONTH,
      data: { ...counts, generationSeconds },
      evidence: Object.fromEntries(Object.entries(check).map(([k, v]) => [k, Number(v)])),
      evaluations: Number(evaluations.n),
      seconds,
      targetSeconds: 60,
      ratioToTarget: Math.round((seconds / 60) * 1000) / 1000,
      http: {
        route: '/api/v1/public/evaluation-periods',
        offeredRate: RATE,
        baseline,
        duringEvaluation: during,
        p99Ratio: Math.round((during.p99 / Math.max(baseline.p99, 0.01)) * 100) / 100,
        target: 'p99 ratio ≤ 2',
      },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL('./results/evaluation.json', import.meta.url),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
