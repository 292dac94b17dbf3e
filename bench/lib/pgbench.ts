/**
 * Calibrations C1 and C2 with pgbench on the local PostgreSQL: TPC-B (prepared, 8 clients) and select-only,
 * on a scratch database initialised once with scale 10.
 */
import { execFileSync } from 'node:child_process';
import { median } from './stats.js';

export interface PgTarget {
  host: string;
  port: number;
  user: string;
}

export const PGBENCH_DATABASE = 'kc_bench_pgbench';

function psql(target: PgTarget, database: string, query: string): string {
  return execFileSync(
    'psql',
    ['-h', target.host, '-p', String(target.port), '-U', target.user, '-d', database, '-Atqc', query],
    { encoding: 'utf8' },
  ).trim();
}

/** Creates and initialises the scratch database unless it already holds scale-10 data. */
export function preparePgbench(target: PgTarget): void {
  const exists = psql(target, 'postgres', `select 1 from pg_database where datname = '${PGBENCH_DATABASE}'`);
  if (exists === '1') {
    const branches = psql(target, PGBENCH_DATABASE, 'select count(*) from pgbench_branches').trim();
    if (branches === '10') return;
  } else {
    psql(target, 'postgres', `create database ${PGBENCH_DATABASE}`);
  }
  execFileSync(
    'pgbench',
    [
      '-h',
      target.host,
      '-p',
      String(target.port),
      '-U',
      target.user,
      '-i',
      '-s',
      '10',
      '-q',
      PGBENCH_DATABASE,
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
}

/** One pgbench run; returns transactions per second (excluding connection time). */
export function runPgbench(target: PgTarget, options: { selectOnly: boolean; seconds: number }): number {
  const args = ['-h', target.host, '-p', String(target.port), '-U', target.user, '-M', 'prepared'];
  args.push('-c', '8', '-j', '2', '-T', String(options.seconds), '-n');
  if (options.selectOnly) args.push('-S');
  const output = execFileSync('pgbench', [...args, PGBENCH_DATABASE], { encoding: 'utf8', stdio: 'pipe' });
  const tps = /tps = ([\d.]+)/.exec(output)?.[1];
  if (!tps) throw new Error(`pgbench printed no tps:\n${output}`);
  return Number(tps);
}

/** Median tps of several runs. */
export function measurePgbench(
  target: PgTarget,
  options: { selectOnly: boolean; seconds: number; runs: number },
): { tpsMedian: number; tpsRuns: number[] } {
  const runs: number[] = [];
  for (let i = 0; i < options.runs; i += 1) runs.push(runPgbench(target, options));
  return { tpsMedian: Math.round(median(runs)), tpsRuns: runs.map(Math.round) };
}
