/**
 * B5 (../shared/docs/benchmarks.md): dashboards over roll-ups at 10 M dossiers, and the recount check.
 * On a fresh PostgreSQL database kc_bench_dash_<random> (dropped afterwards unless BENCH_KEEP=1): the
 * reference units (34 provinces, 3,321 communes) and the demo catalogue, then BENCH_DOSSIERS dossiers
 * (default 10,000,000) generated with set-based SQL over one year, 5% with a supplement request, ratings of a
 * quarter of returned dossiers, apologies for a third of late ones and feedback on 0.4%; roll-ups rebuilt
 * from scratch; then timed: one commune × one year (the unit report's totals, open counts and indicators),
 * all units × one month (every commune of the country), a province's ranking of its communes and the
 * national ranking of every commune; an incremental refresh of 20,000 changes; and the full recount
 * compared figure by figure. Prints JSON and writes bench/results/dashboards.json. BENCH_KEEP=1 keeps the
 * database; BENCH_DATABASE=<name> reuses a kept one (new migrations applied, roll-ups rebuilt unless
 * BENCH_REBUILD=0); BENCH_RECOUNT=0 stops after the timed reads.
 * Run: `npm run bench -- dashboards` (or `npx tsx bench/dashboards.ts`). Never part of the tests.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import { parsePeriod } from '../src/domain/indicators/index.js';
import { ManualClock } from '../src/server/clock.js';
import { openDatabase } from '../src/server/db/connection.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import {
  listAdminChildren,
  listAdminUnitsOfKind,
  type UnitRow,
} from '../src/server/modules/indicators/indicators.queries.js';
import { computeTotals, rankUnits, reportFor } from '../src/server/modules/indicators/indicators.service.js';
import {
  recomputeRollups,
  refreshRollups,
  verifyRollups,
} from '../src/server/modules/rollups/rollups.service.js';
import { seedDemoCatalogueIfEmpty } from '../src/server/seed/demo-catalogue.js';
import { seedDemoIfEmpty } from '../src/server/seed/demo.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 10_000_000);
const BATCH = 1_000_000;
const clock = new ManualClock('2026-11-22T03:00:00Z');
const log = (message: string) =>
  process.stderr.write(`[B5 ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    runs: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1)!),
  };
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  // BENCH_DATABASE names a database an earlier run kept (BENCH_KEEP=1): its dossiers are reused, new
  // migrations are applied, and the roll-ups are rebuilt and timed again
  const reuse = process.env.BENCH_DATABASE;
  const name = reuse ?? `kc_bench_dash_${randomBytes(4).toString('hex')}`;
  if (!reuse) {
    await admin(`create database ${name}`);
    await admin(`alter database ${name} set work_mem = '256MB'`);
    await admin(`alter database ${name} set maintenance_work_mem = '512MB'`);
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), dataDir: 'unused' });
  const db = handle.db;
  // the timed reads go through the read pool, as the portal's and dashboards' do
  const reads = handle.readDb;
  const result: Record<string, unknown> = { benchmark: 'B5', database: name, dossiers: DOSSIERS };
  // written after every phase, so a run cut short still leaves what it measured
  const save = () => {
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL('./results/dashboards.json', import.meta.url),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  };
  try {
    await migrateToLatest(handle);
    if (reuse) log(`reusing the dossiers of ${name}`);
    else await load(db, result, save);
    const { units, procedures } = (
      await sql<{ units: number; procedures: number }>`SELECT (SELECT count(*) FROM bench_unit)::int AS units,
        (SELECT count(*) FROM bench_procedure WHERE version_id IS NOT NULL)::int AS procedures`.execute(db)
    ).rows[0]!;
    Object.assign(result, { units, procedures });
    // BENCH_REBUILD=0 (with BENCH_DATABASE) keeps the kept roll-ups, brought up to date, to time new reads
    const rebuild = !(reuse && process.env.BENCH_REBUILD === '0');
    log(rebuild ? 'rebuilding roll-ups from the raw rows' : 'keeping the roll-ups (queued changes applied)');
    const [rebuildMs, rebuilt] = await time(async () => {
      if (rebuild) return recomputeRollups(db, clock);
      await refreshRollups(db, clock);
      const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM rollup_dossier`.execute(db);
      return { dossiers: n.rows[0]!.n };
    });
    await sql`ANALYZE`.execute(db);
    const sizes = await sql<{
      table: string;
      rows: number;
    }>`SELECT relname AS table, n_live_tup::bigint AS rows
      FROM pg_stat_user_tables WHERE relname LIKE 'rollup_%' OR relname = 'dossier' ORDER BY 1`.execute(db);
    Object.assign(result, {
      rebuildSeconds: rebuild ? Math.round(rebuildMs / 1000) : null,
      factRows: rebuilt.dossiers,
      tables: sizes.rows,
    });

    save();
    log('timing one commune × one year');
    const year = parsePeriod('2026')!;
    const sample = await sql<{
      path: string;
    }>`SELECT path FROM bench_unit ORDER BY md5(id::text) LIMIT 200`.execute(db);
    const unitYear: number[] = [];
    for (let i = 0; i < 1_000; i += 1) {
      const path = sample.rows[i % sample.rows.length]!.path;
      const [ms] = await time(async () => {
        const { totals } = await computeTotals(reads, { by: 'none', path }, year, clock.now());
        return reportFor(totals.get('') ?? {}, year);
      });
      if (i >= 50) unitYear.push(ms);
    }
    log('timing all units × one month (every commune of the country: totals, open counts and indicators)');
    const everyCommune = await listAdminUnitsOfKind(db, 'commune');
    const allUnitsMonth: number[] = [];
    const allUnitsFigures: number[] = [];
    let unitsWithData = 0;
    for (let i = 0; i < 120; i += 1) {
      const period = parsePeriod(`2026-${String((i % 10) + 1).padStart(2, '0')}`)!;
      let figuresMs = 0;
      const [ms, count] = await time(async () => {
        const [queried, { totals }] = await time(() =>
          computeTotals(reads, { by: 'child', children: everyCommune }, period, clock.now()),
        );
        figuresMs = queried;
        for (const t of totals.values()) reportFor(t, period);
        return totals.size;
      });
      unitsWithData = count;
      if (i >= 10) {
        allUnitsMonth.push(ms);
        allUnitsFigures.push(figuresMs);
      }
    }
    // rankings: both periods (current and previous, for the movement), index and group ranks
    const timeRanking = async (units: UnitRow[], runs: number) => {
      const samples: number[] = [];
      const month = parsePeriod('2026-06')!;
      const started = performance.now();
      for (let i = 0; i < runs + 3 && performance.now() - started < 60_000; i += 1) {
        const [ms] = await time(() => rankUnits(reads, units, month, clock.now()));
        if (i >= 3) samples.push(ms);
      }
      return { units: units.length, ...percentiles(samples) };
    };
    log("timing a province's ranking of its communes (portal list)");
    const hanoi = await sql<{ id: string }>`SELECT id FROM unit WHERE code = '01'`.execute(db);
    const provinceRanking = await timeRanking(await listAdminChildren(db, hanoi.rows[0]!.id), 100);
    log('timing the national ranking of every commune');
    const nationalRanking = await timeRanking(everyCommune, 30);
    result.queries = {
      unitYear: { target: 'p99 ≤ 15 ms', ...percentiles(unitYear) },
      allUnitsMonth: { target: 'p99 ≤ 100 ms', units: unitsWithData, ...percentiles(allUnitsMonth) },
      allUnitsMonthFigures: {
        note: 'the same without the reports: roll-up sums, feedback and open counts only',
        ...percentiles(allUnitsFigures),
      },
      provinceRanking: { note: 'two periods, index and six group ranks', ...provinceRanking },
      nationalRanking: { note: 'two periods, index and six group ranks', ...nationalRanking },
    };

    save();
    // BENCH_RECOUNT=0 stops after the reads (no incremental refresh, no recount)
    if (process.env.BENCH_RECOUNT === '0') return;
    log('incremental refresh of 20,000 changes');
    await sql`UPDATE dossier SET fees = '[{"name":"Lệ phí","amount":20000,"paid":true,"method":"online"}]'::jsonb
      WHERE id IN (SELECT id FROM dossier WHERE finished_at IS NOT NULL ORDER BY md5(id::text) LIMIT 10000)`.execute(
      db,
    );
    await sql`INSERT INTO dossier_action (dossier_id, seq, type, at)
      SELECT id, 2, 'request_supplement', received_at + interval '2 hours' FROM dossier
      WHERE id NOT IN (SELECT dossier_id FROM dossier_action) ORDER BY md5(id::text) LIMIT 10000`.execute(db);
    const [refreshMs, applied] = await time(() => refreshRollups(db, clock, 2_000));
    result.refresh = {
      changes: applied,
      ms: Math.round(refreshMs),
      perSecond: Math.round(applied / (refreshMs / 1000)),
    };

    log('recounting everything and comparing');
    const [verifyMs, report] = await time(() => verifyRollups(db, clock));
    result.recount = {
      seconds: Math.round(verifyMs / 1000),
      keys: report.keys,
      mismatches: report.mismatches.length,
      equal: report.mismatches.length === 0,
      firstMismatches: report.mismatches.slice(0, 5),
    };
  } finally {
    await handle.close();
    if (!reuse && process.env.BENCH_KEEP !== '1') await admin(`drop database if exists ${name} with (force)`);
    save();
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }
}

/** Seeds units and the catalogue, then generates the dossiers and the rows that go with them. */
async function load(
  db: Parameters<typeof recomputeRollups>[0],
  result: Record<string, unknown>,
  save: () => void,
): Promise<void> {
  await seedDemoIfEmpty(db, clock);
  await seedDemoCatalogueIfEmpty(db, clock);
  await sql`CREATE TABLE bench_unit AS SELECT row_number() OVER (ORDER BY id)::int AS n, id, path FROM unit
    WHERE kind = 'commune'`.execute(db);
  await sql`CREATE TABLE bench_procedure AS SELECT row_number() OVER (ORDER BY p.id)::int AS n, p.id,
    (SELECT v.id FROM procedure_version v WHERE v.procedure_id = p.id LIMIT 1) AS version_id FROM procedure p`.execute(
    db,
  );
  const counts = await sql<{
    units: number;
    procedures: number;
  }>`SELECT (SELECT count(*) FROM bench_unit)::int AS units,
    (SELECT count(*) FROM bench_procedure WHERE version_id IS NOT NULL)::int AS procedures`.execute(db);
  const { units, procedures } = counts.rows[0]!;
  log(`generating ${DOSSIERS} dossiers over ${units} communes × ${procedures} procedures`);
  const [loadMs] = await time(async () => {
    for (let start = 0; start < DOSSIERS; start += BATCH) {
      await generateDossiers(db, start, Math.min(BATCH, DOSSIERS - start), units, procedures);
      log(`  ${Math.min(start + BATCH, DOSSIERS)} dossiers`);
    }
    await sql`INSERT INTO dossier_action (dossier_id, seq, type, at)
      SELECT id, 1, 'request_supplement', received_at + interval '1 hour' FROM dossier
      WHERE abs(hashtext(id::text)) % 20 = 0`.execute(db);
    log('  satisfaction responses, apologies and feedback');
    await generateSideRows(db);
    await sql`ANALYZE`.execute(db);
  });
  result.loadSeconds = Math.round(loadMs / 1000);
  save();
}

/** `count` dossiers from position `start`: spread over communes and procedures, one year of receipts. */
async function generateDossiers(
  db: Parameters<typeof recomputeRollups>[0],
  start: number,
  count: number,
  units: number,
  procedures: number,
) {
  await sql`
    INSERT INTO dossier (receiving_unit_id, authority_unit_id, scope_path, procedure_id, procedure_version_id,
      calendar_version_id, channel, applicant, fees, status, received_at, due_at, original_due_at, finished_at,
      returned_at, state, last_seq, created_at, updated_at)
    SELECT u.id, u.id, u.path, p.id, p.version_id, cal.id,
      CASE WHEN r.r1 < 0.6 THEN 'online' WHEN r.r1 < 0.95 THEN 'counter' ELSE 'postal' END,
      '{}'::jsonb,
      CASE WHEN r.r4 < 0.3 THEN jsonb_build_array(jsonb_build_object('name', 'Lệ phí', 'amount', 20000, 'paid', true,
        'method', CASE WHEN r.r5 < 0.4 THEN 'online' ELSE 'counter' END)) ELSE '[]'::jsonb END,
      CASE WHEN f.fin IS NULL THEN 'processing' WHEN r.r5 < 0.9 THEN 'returned' ELSE 'processed' END,
      a.recv, b.due, b.due, f.fin,
      CASE WHEN f.fin IS NOT NULL AND r.r5 < 0.9 THEN f.fin + interval '2 hours' END,
      CASE WHEN f.fin IS NULL THEN '{"periods":[]}'
           WHEN f.fin > b.due THEN '{"periods":[{"outcome":"on_time"},{"outcome":"late"}]}'
           WHEN r.r3 < 0.5 THEN '{"periods":[{"outcome":"early"},{"outcome":"early"}]}'
           ELSE '{"periods":[{"outcome":"early"},{"outcome":"on_time"}]}' END::jsonb,
      1, a.recv, a.recv
    FROM generate_series(${start}::bigint, ${start + count - 1}::bigint) g
    CROSS JOIN (SELECT id FROM calendar_version LIMIT 1) cal
    CROSS JOIN LATERAL (SELECT random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
      random() AS r6, g AS gg) r
    JOIN bench_unit u ON u.n = (r.gg % ${units}) + 1
    JOIN bench_procedure p ON p.n = ((r.gg / ${units}) % ${procedures}) + 1
    CROSS JOIN LATERAL (SELECT timestamptz '2025-11-22 08:00+07' + r.r2 * interval '365 days' AS recv) a
    CROSS JOIN LATERAL (SELECT a.recv + (1 + floor(r.r3 * 10)) * interval '1 day' AS due) b
    CROSS JOIN LATERAL (SELECT CASE WHEN r.r6 < 0.88 THEN a.recv + (b.due - a.recv) * (0.3 + r.r6 * 0.85) END AS fin) f
  `.execute(db);
}

/**
 * The rows besides dossiers that figures count: a rating for a quarter of returned dossiers (scores 2–5),
 * an approved apology for a third of late ones, and feedback on 0.4% of dossiers (a third complaints,
 * four in five answered). Their triggers queue changes; the rebuild that follows empties the queues.
 */
async function generateSideRows(db: Parameters<typeof recomputeRollups>[0]) {
  await sql`INSERT INTO satisfaction_instrument_version (number, definition, formula_version, created_at)
    SELECT 1, '{"questions":[]}'::jsonb, 'bench', now()
    WHERE NOT EXISTS (SELECT 1 FROM satisfaction_instrument_version)`.execute(db);
  await sql`
    INSERT INTO satisfaction_response (dossier_id, instrument_version_id, channel, unit_id, authority_unit_id,
      procedure_id, answers, score_access, score_procedure, score_officials, score_result, score_feedback,
      overall_satisfied, formula_version, submitted_at)
    SELECT d.id, iv.id, 'sms', d.receiving_unit_id, d.authority_unit_id, d.procedure_id, '{}'::jsonb,
      s.a, s.p, s.o, s.r, NULL, (s.a + s.p + s.o + s.r) >= 14, 'bench', d.returned_at + interval '1 day'
    FROM dossier d CROSS JOIN (SELECT id FROM satisfaction_instrument_version ORDER BY number LIMIT 1) iv
    CROSS JOIN LATERAL (SELECT 2 + (abs(hashtext(d.id::text || 'a')) % 4) AS a,
      2 + (abs(hashtext(d.id::text || 'p')) % 4) AS p, 2 + (abs(hashtext(d.id::text || 'o')) % 4) AS o,
      2 + (abs(hashtext(d.id::text || 'r')) % 4) AS r) s
    WHERE d.returned_at IS NOT NULL AND abs(hashtext(d.id::text)) % 4 = 1`.execute(db);
  await sql`
    INSERT INTO dossier_apology (dossier_id, unit_id, drafted_by, reason_code, reason, original_due_at,
      previous_due_at, proposed_due_at, status, decided_by, decided_at, created_at)
    SELECT d.id, d.authority_unit_id, u.id, 'workload', 'Khối lượng hồ sơ lớn', d.due_at, d.due_at,
      d.due_at + interval '2 days', 'approved', u.id, d.due_at - interval '2 hours', d.due_at - interval '1 day'
    FROM dossier d CROSS JOIN (SELECT id FROM app_user ORDER BY username LIMIT 1) u
    WHERE d.finished_at > d.due_at AND abs(hashtext(d.id::text)) % 3 = 2`.execute(db);
  await sql`
    INSERT INTO feedback (code, kind, channel, dossier_id, unit_id, topic, content, reporter_name, status,
      received_at, due_at, answered_at, answer, upheld, created_at, updated_at)
    SELECT 'PAKN-B-' || row_number() OVER (), CASE WHEN h % 3 = 0 THEN 'complaint' ELSE 'feedback' END, 'online',
      d.id, d.authority_unit_id, 'delay', 'Phản ánh thử', 'Người dân',
      CASE WHEN h % 5 = 0 THEN 'received' ELSE 'answered' END,
      d.received_at + interval '1 day', d.received_at + interval '11 days',
      CASE WHEN h % 5 <> 0 THEN d.received_at + (1 + h % 15) * interval '1 day' END,
      CASE WHEN h % 5 <> 0 THEN 'Đã trả lời' END,
      CASE WHEN h % 5 <> 0 THEN h % 2 = 0 END,
      d.received_at + interval '1 day', d.received_at + interval '1 day'
    FROM (SELECT id, authority_unit_id, received_at, abs(hashtext(id::text || 'f')) AS h FROM dossier) d
    WHERE d.h % 250 = 7`.execute(db);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
