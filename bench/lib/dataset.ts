/**
 * Benchmark datasets, made with the demo-history generator at scale and kept between runs: a PostgreSQL
 * database `kc_bench_<size>` (marked by a database comment) and a PGlite folder under the temp directory
 * (marked by a JSON file beside it). BENCH_FRESH=1 rebuilds them. A fifth of the dossiers are left open at
 * some step (the doc's "5 M dossiers, 1 M open"), so step transitions have work to move.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { systemClock } from '../../src/server/clock.js';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/connection.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { seedDemoCatalogueIfEmpty } from '../../src/server/seed/demo-catalogue.js';
import { generateDemoHistory, type DemoHistoryResult } from '../../src/server/seed/demo-history.js';
import { seedDemoIfEmpty } from '../../src/server/seed/demo.js';

/** Bump when the generator's output changes, so stale datasets are rebuilt. */
const DATASET_VERSION = 1;
/** Dossiers one unit of `perUnitDay` yields over 365 days across the demo units (measured). */
const DOSSIERS_PER_UNIT_DAY = 780;

export interface DatasetLoad {
  dossiers: number;
  actions: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface Dataset {
  size: number;
  /** Present when the dataset was generated in this run. */
  load: DatasetLoad | null;
}

async function fill(handle: DatabaseHandle, size: number, label: string): Promise<DatasetLoad> {
  await migrateToLatest(handle);
  await seedDemoIfEmpty(handle.db, systemClock);
  await seedDemoCatalogueIfEmpty(handle.db, systemClock);
  let shown = 0;
  const result: DemoHistoryResult = await generateDemoHistory(handle.db, systemClock, {
    seed: 42,
    perUnitDay: size / DOSSIERS_PER_UNIT_DAY,
    shares: { stall: 0.2 },
    batchSize: 2_000,
    writeConcurrency: handle.kind === 'postgres' ? 2 : 1,
    onProgress: (report) => {
      if (report.dossiers - shown < size / 10) return;
      shown = report.dossiers;
      process.stdout.write(`  ${label}: ${report.dossiers.toLocaleString('en')} dossiers…\n`);
    },
  });
  await sql`vacuum analyze dossier, dossier_action`.execute(handle.db);
  const seconds = result.ms / 1000;
  return {
    dossiers: result.dossiers,
    actions: result.actions,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round((result.dossiers + result.actions) / seconds),
  };
}

/** The PostgreSQL dataset's database URL, generating it when missing, stale or BENCH_FRESH is set. */
export async function preparePostgresDataset(
  adminUrl: string,
  size: number,
  fresh: boolean,
): Promise<Dataset & { url: string }> {
  const name = `kc_bench_${size}`;
  const marker = `kc-bench dataset v${DATASET_VERSION} size=${size}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query<{ note: string | null }>(
      `select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1`,
      [name],
    );
    if (!fresh && found.rows[0]?.note === marker) return { size, load: null, url: url.toString() };
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const handle = await openDatabase({ url: url.toString(), dataDir: 'unused' });
    const load = await fill(handle, size, 'PostgreSQL');
    await handle.close();
    await admin.query(`comment on database ${name} is '${marker}'`);
    return { size, load, url: url.toString() };
  } finally {
    await admin.end();
  }
}

/** The PGlite dataset's folder, generating it when missing, stale or BENCH_FRESH is set. */
export async function preparePgliteDataset(
  size: number,
  fresh: boolean,
): Promise<Dataset & { dataDir: string }> {
  const dataDir = path.join(os.tmpdir(), 'kc-bench', `pglite-${size}-v${DATASET_VERSION}`);
  const markerFile = `${dataDir}.json`;
  if (!fresh && fs.existsSync(markerFile)) return { size, load: null, dataDir };
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(markerFile, { force: true });
  const handle = await openDatabase({ dataDir });
  const load = await fill(handle, size, 'PGlite');
  await handle.close();
  fs.writeFileSync(markerFile, JSON.stringify({ size, load }));
  return { size, load, dataDir };
}
