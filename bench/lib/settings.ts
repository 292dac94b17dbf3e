/** Settings of the HTTP benchmarks, from the environment (defaults keep a full run to a few minutes). */

const number = (name: string, fallback: number): number => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};

export interface BenchSettings {
  /** Seconds of each measured load (and of each pgbench run). */
  seconds: number;
  /** Measured runs per figure (the median is reported). */
  runs: number;
  connections: number;
  postgresDossiers: number;
  pgliteDossiers: number;
  /** Administrative URL of the local PostgreSQL (trust authentication). */
  adminUrl: string;
  pg: { host: string; port: number; user: string };
  fresh: boolean;
  /** BENCH_PROFILE=1: a B3 look-up load on a server started with --cpu-prof, kept in bench/results/profiles. */
  profile: boolean;
  /** Which parts to run (comma-separated in BENCH_ONLY: calibration,postgres,pglite). */
  only: Set<string>;
}

export function readSettings(): BenchSettings {
  const host = process.env.BENCH_PG_HOST ?? '127.0.0.1';
  const port = number('BENCH_PG_PORT', 5432);
  const user = process.env.BENCH_PG_USER ?? 'postgres';
  return {
    seconds: number('BENCH_SECONDS', 8),
    runs: number('BENCH_RUNS', 3),
    connections: number('BENCH_CONNECTIONS', 10),
    postgresDossiers: number('BENCH_PG_DOSSIERS', 200_000),
    pgliteDossiers: number('BENCH_PGLITE_DOSSIERS', 100_000),
    adminUrl: `postgres://${user}@${host}:${port}/postgres`,
    pg: { host, port, user },
    fresh: process.env.BENCH_FRESH === '1',
    profile: process.env.BENCH_PROFILE === '1',
    only: new Set((process.env.BENCH_ONLY ?? 'calibration,postgres,pglite').split(',')),
  };
}

/** Settings of the B10 soak (bench/soak.bench.ts). */
export interface SoakSettings {
  dossiers: number;
  /** Length of the mixed load (BENCH_SOAK_SECONDS, else BENCH_SOAK_MINUTES × 60; 10 minutes by default). */
  seconds: number;
  /** The first seconds, left out of the latency figures and before the first memory window. */
  warmupSeconds: number;
  /** Seconds of each kind's full-speed capacity probe. */
  probeSeconds: number;
  /** Share of the measured mixed capacity offered (0.5: "half of capacity"). */
  loadFactor: number;
  /** A fixed mixed rate (requests/s) instead of one derived from the probes. */
  fixedRate: number | null;
  /** A request with no answer after this long counts as a timeout. */
  timeoutMs: number;
  /**
   * One-stop desks the intake and forwards are spread over (BENCH_SOAK_DESKS, default 8): a unit numbers at
   * most 9,999 dossiers a day, and a 30-minute soak sends ~34,000 intakes.
   */
  desks: number;
}

export function readSoakSettings(): SoakSettings {
  const seconds = number('BENCH_SOAK_SECONDS', number('BENCH_SOAK_MINUTES', 10) * 60);
  return {
    dossiers: number('BENCH_DOSSIERS', 1_000_000),
    seconds,
    warmupSeconds: number('BENCH_SOAK_WARMUP_SECONDS', Math.min(60, Math.round(seconds / 6))),
    probeSeconds: number('BENCH_SOAK_PROBE_SECONDS', 8),
    loadFactor: number('BENCH_SOAK_LOAD', 0.5),
    fixedRate: process.env.BENCH_SOAK_RATE ? Number(process.env.BENCH_SOAK_RATE) : null,
    timeoutMs: number('BENCH_SOAK_TIMEOUT_MS', 10_000),
    desks: number('BENCH_SOAK_DESKS', 8),
  };
}
