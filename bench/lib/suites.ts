/**
 * The HTTP benchmarks against the real application: B1, B2 and B3 on PostgreSQL, B1-L on PGlite. Each
 * figure is the median of several short loads; "half" loads offer half of the measured maximum rate.
 */
import pg from 'pg';
import { openDatabase } from '../../src/server/db/connection.js';
import { preparePgliteDataset, preparePostgresDataset, type Dataset } from './dataset.js';
import { repeatLoad, runLoad, type LoadOptions, type RepeatedLoad } from './load.js';
import { startChildServer, type ChildServer } from './processes.js';
import { profileLoad, type LoadProfile } from './profile-load.js';
import { prepareDesks } from './desks.js';
import { forwardRequests, intakeRequests, trackRequests } from './scenarios.js';
import { signInOverHttp } from './session.js';
import type { BenchSettings } from './settings.js';
import { readForwardTargets, readIntakeTarget, readTrackTargets } from './targets.js';

export interface MaxAndHalf {
  max: RepeatedLoad;
  half: RepeatedLoad & { offeredRate: number };
}

export interface PostgresSuite {
  dataset: Dataset;
  B1: MaxAndHalf;
  B2: { max: RepeatedLoad; hotShare: number | null; updates: number };
  B3: MaxAndHalf;
  /** BENCH_PROFILE=1: further B1 and B3 loads, each on a server started with --cpu-prof. */
  B1Profile: LoadProfile | null;
  B3Profile: LoadProfile | null;
  serverPeakRssMb: number;
}

export interface PgliteSuite {
  dataset: Dataset;
  B1L: MaxAndHalf;
  /** Public look-ups on PGlite (reported beside B3; no target of their own). */
  B3L: MaxAndHalf;
  serverPeakRssMb: number;
}

const log = (text: string) => process.stdout.write(`${text}\n`);

async function maxAndHalf(
  settings: BenchSettings,
  make: () => Omit<LoadOptions, 'seconds'>,
): Promise<MaxAndHalf> {
  const options = () => ({ seconds: settings.seconds, connections: settings.connections, ...make() });
  const max = await repeatLoad(settings.runs, options);
  const offeredRate = Math.max(1, Math.round(max.median.requestsPerSecond / 2));
  const half = await repeatLoad(settings.runs, () => ({ ...options(), rate: offeredRate }), 0);
  return { max, half: { ...half, offeredRate } };
}

async function readHotCounters(url: string): Promise<{ updates: number; hot: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ upd: string; hot: string }>(
      `select n_tup_upd as upd, n_tup_hot_upd as hot from pg_stat_user_tables where relname = 'dossier'`,
    );
    return { updates: Number(rows[0]?.upd ?? 0), hot: Number(rows[0]?.hot ?? 0) };
  } finally {
    await client.end();
  }
}

/** Forwards B2 keeps ready per second of each run (above the rates measured so far: 143–576 req/s). */
const B2_QUEUE_PER_SECOND = 400;
/** One-stop desks B2's forwards are spread over (see `desks.ts`). */
const B2_DESKS = 8;

export async function runPostgresSuite(settings: BenchSettings): Promise<PostgresSuite> {
  log(`PostgreSQL dataset: ${settings.postgresDossiers.toLocaleString('en')} dossiers…`);
  const dataset = await preparePostgresDataset(settings.adminUrl, settings.postgresDossiers, settings.fresh);
  if (dataset.load) log(`  generated in ${dataset.load.seconds} s (${dataset.load.rowsPerSecond} rows/s)`);
  const handle = await openDatabase({ url: dataset.url, dataDir: 'unused' });
  const server: ChildServer = await startChildServer('bench/lib/app-server.ts', {
    BENCH_DATABASE_URL: dataset.url,
  });
  try {
    const intake = await readIntakeTarget(handle.db);
    const reception = await signInOverHttp(server.url, 'tiepnhan');
    log('B1: intake over HTTP…');
    const B1 = await maxAndHalf(settings, () => ({
      url: server.url,
      requests: intakeRequests(intake, reception),
    }));
    log('B2: step transitions…');
    // Every forward must be valid: a dossier at its version, on a step of the head's own unit, not overdue.
    // The generated history's open steps are nearly all overdue, so the steps B1 opened are most of the
    // queue: open more by intake when it cannot last the runs, and send each dossier once (a cycled queue
    // repeats versions and measures 409s). The forwards are spread over one-stop desks, each desk's by its own
    // head: a unit numbers at most 9,999 dossiers a day, fewer than B1 and the runs' queue together.
    const desks = await prepareDesks(handle.db, server.url, B2_DESKS);
    const readQueues = () =>
      Promise.all(desks.map((desk) => readForwardTargets(handle.db, desk.unitId, 200_000)));
    let queues = await readQueues();
    const wanted = settings.runs * settings.seconds * B2_QUEUE_PER_SECOND;
    const ready = () => Math.min(...queues.map((queue) => queue.length)) * desks.length;
    if (ready() < wanted) {
      log(`  opening ${wanted - ready()} dossiers by intake at ${desks.length} desks for the forwards…`);
      await runLoad({
        url: server.url,
        seconds: 3_600,
        connections: settings.connections,
        requests: desks.flatMap((desk) => intakeRequests({ ...intake, unitId: desk.unitId }, desk.reception)),
        amount: wanted - ready(),
      });
      queues = await readQueues();
    }
    const perRun = Math.floor(Math.min(...queues.map((queue) => queue.length)) / settings.runs);
    if (perRun * desks.length < settings.connections) {
      // repeated runs on one database within one Vietnamese day use the desks' numbers up (intake answers 409)
      throw new Error(
        `B2: only ${perRun * desks.length} dossiers a run can be forwarded; the desks' daily sequences may be ` +
          'used up (9,999 a day each): run again tomorrow (Vietnam time) or with another BENCH_PG_DOSSIERS',
      );
    }
    const before = await readHotCounters(dataset.url);
    let run = 0;
    // the server is warm from B1; each run sends its own slice of each desk's queue, once each
    const max = await repeatLoad(
      settings.runs,
      () => {
        const from = run * perRun;
        run += 1;
        return {
          url: server.url,
          seconds: settings.seconds,
          connections: settings.connections,
          requests: desks.flatMap((desk, i) =>
            forwardRequests(queues[i]!.slice(from, from + perRun), desk.head),
          ),
          amount: perRun * desks.length,
        };
      },
      0,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // let backends flush their statistics
    const after = await readHotCounters(dataset.url);
    const updates = after.updates - before.updates;
    const B2 = { max, updates, hotShare: updates > 0 ? (after.hot - before.hot) / updates : null };
    log('B3: public status look-ups…');
    const tracked = await readTrackTargets(handle.db, 20_000);
    const B3 = await maxAndHalf(settings, () => ({ url: server.url, requests: trackRequests(tracked) }));
    const serverPeakRssMb = server.peakRssMb();
    if (!settings.profile) return { dataset, B1, B2, B3, B1Profile: null, B3Profile: null, serverPeakRssMb };
    await server.stop();
    log('B1 profile: intakes on a server started with --cpu-prof…');
    const B1Profile = await profileLoad(settings, dataset.url, {
      name: 'b1',
      title: 'B1 intakes',
      requests: () => intakeRequests(intake, reception),
    });
    log(`  kept ${B1Profile.profileFile}, summary in ${B1Profile.summaryFile}`);
    log('B3 profile: look-ups on a server started with --cpu-prof…');
    const B3Profile = await profileLoad(settings, dataset.url, {
      name: 'b3',
      title: 'B3 look-ups',
      requests: () => trackRequests(tracked),
    });
    log(`  kept ${B3Profile.profileFile}, summary in ${B3Profile.summaryFile}`);
    return { dataset, B1, B2, B3, B1Profile, B3Profile, serverPeakRssMb };
  } finally {
    await server.stop();
    await handle.close();
  }
}

export async function runPgliteSuite(settings: BenchSettings): Promise<PgliteSuite> {
  log(`PGlite dataset: ${settings.pgliteDossiers.toLocaleString('en')} dossiers…`);
  const dataset = await preparePgliteDataset(settings.pgliteDossiers, settings.fresh);
  if (dataset.load) log(`  generated in ${dataset.load.seconds} s (${dataset.load.rowsPerSecond} rows/s)`);
  const handle = await openDatabase({ dataDir: dataset.dataDir });
  const intake = await readIntakeTarget(handle.db);
  const tracked = await readTrackTargets(handle.db, 20_000);
  await handle.close();
  const server = await startChildServer('bench/lib/app-server.ts', { BENCH_DATA_DIR: dataset.dataDir });
  try {
    const reception = await signInOverHttp(server.url, 'tiepnhan');
    log('B1-L: intake over HTTP on PGlite…');
    const B1L = await maxAndHalf(settings, () => ({
      url: server.url,
      requests: intakeRequests(intake, reception),
    }));
    log('B3-L: public look-ups over HTTP on PGlite…');
    const B3L = await maxAndHalf(settings, () => ({ url: server.url, requests: trackRequests(tracked) }));
    return { dataset, B1L, B3L, serverPeakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
  }
}
