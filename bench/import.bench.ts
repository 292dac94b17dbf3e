/**
 * B7 — bulk import of dossiers (issue #20 item 5): generates a JSON-lines file in the national portal shape
 * from the demo-history generator (1 % broken lines), then imports it with `importDossiers` into a fresh
 * PostgreSQL database (COPY into staging, set-based inserts, triggers on) and into an in-memory PGlite
 * (batched `unnest` inserts: PGlite has no COPY FROM STDIN through a client stream). Rows = dossiers + their
 * actions stored per second of the import (reading, checking, writing); the roll-up refresh after it is timed
 * apart, and `rollups verify` must pass. Target: ≥ 100 k rows/s on PostgreSQL. Sizes: BENCH_IMPORT_ROWS
 * (PostgreSQL, default 200 k dossiers), BENCH_IMPORT_PGLITE_ROWS (default 20 k). Writes bench/results/import.json.
 */
import { createReadStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { systemClock } from '../src/server/clock.js';
import { openDatabase, type DatabaseHandle } from '../src/server/db/connection.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { importDossiers, type ImportResult } from '../src/server/modules/dossier-import/import.service.js';
import { verifyRollups } from '../src/server/modules/rollups/rollups.service.js';
import { seedDemoCatalogueIfEmpty } from '../src/server/seed/demo-catalogue.js';
import { seedDemoIfEmpty } from '../src/server/seed/demo.js';
import { writeImportFile } from './lib/import-data.js';
import { readSettings } from './lib/settings.js';

const TARGET = 100_000;
const PG_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 200_000);
const PGLITE_ROWS = Number(process.env.BENCH_IMPORT_PGLITE_ROWS ?? 20_000);
const settings = readSettings();
const dir = path.join(os.tmpdir(), 'kc-bench-import');

async function prepare(handle: DatabaseHandle) {
  await migrateToLatest(handle);
  await seedDemoIfEmpty(handle.db, systemClock);
  await seedDemoCatalogueIfEmpty(handle.db, systemClock);
}

async function run(label: string, handle: DatabaseHandle, rows: number) {
  const file = path.join(dir, `${label}.jsonl`);
  const generated = await writeImportFile(handle.db, { file, format: 'jsonl', rows, now: Date.now() });
  let rejected = 0;
  const result: ImportResult = await importDossiers(
    handle,
    systemClock,
    () => createInterface({ input: createReadStream(file), crlfDelay: Infinity }),
    {
      format: 'jsonl',
      source: file,
      onReject: () => (rejected += 1),
      onProgress: (p) =>
        process.stderr.write(
          `\r${label}: ${p.rowsPerSecond} rows/s, ${p.accepted} accepted, ${p.rejected} rejected`,
        ),
    },
  );
  process.stderr.write('\n');
  const verify = await verifyRollups(handle.db, systemClock);
  const line = {
    ...result,
    generated,
    everyLineRead: result.lines === generated.rows,
    rejectsMatchBroken: rejected === generated.broken,
    rollupsVerified: verify.mismatches.length === 0,
    ratio: Math.round((result.rowsPerSecond / TARGET) * 100) / 100,
  };
  process.stdout.write(
    `B7 ${label}: ${result.accepted} dossiers + ${result.actions} actions in ${result.ms} ms = ` +
      `${result.rowsPerSecond.toLocaleString('en')} rows/s (${line.ratio}× the 100 k target), ` +
      `staging ${result.stageMs} ms, inserts ${result.insertMs} ms, ${result.rejected} rejected (${generated.broken} broken on purpose), ` +
      `roll-up refresh ${result.rollupMs} ms, ` +
      `verify ${line.rollupsVerified ? 'ok' : `${verify.mismatches.length} mismatches`}\n`,
  );
  return line;
}

async function main() {
  mkdirSync(dir, { recursive: true });
  const name = `kc_bench_import_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: settings.adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(settings.adminUrl);
  url.pathname = `/${name}`;
  const results: Record<string, unknown> = { target: TARGET };
  try {
    const postgres = await openDatabase({ url: url.toString(), dataDir: 'unused' });
    try {
      await prepare(postgres);
      results.postgres = await run('postgres', postgres, PG_ROWS);
    } finally {
      await postgres.close();
    }
    const pglite = await openDatabase({ dataDir: 'memory://' });
    try {
      await prepare(pglite);
      results.pglite = await run('pglite', pglite, PGLITE_ROWS);
    } finally {
      await pglite.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/import.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
}

await main();
