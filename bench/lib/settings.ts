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
    only: new Set((process.env.BENCH_ONLY ?? 'calibration,postgres,pglite').split(',')),
  };
}
