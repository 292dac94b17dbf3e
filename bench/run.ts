/**
 * `npm run bench`: runs every row of the benchmark table one after another, each in its own process (B8
 * working time in process; B1, B1-L, B2, B3, B3-L over HTTP with the calibrations C1–C3; B4 sweep; B7 bulk
 * import; B10 soak at 1 M dossiers for 10 minutes), then prints a summary table of the ratios from
 * bench/results/*.json and writes it to bench/results/summary.json. A row whose result file this run did not
 * write is marked "earlier run" with the file's time. Pick some with arguments: `npm run bench -- http` or
 * `npm run bench -- http sweep`; the two long read-model runs (B5 dashboards at 10 M dossiers, B6
 * evaluation of 100 k officials) run only when named: `npm run bench -- dashboards evaluation`.
 * Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { summariseResults, formatSummary, type BenchResults } from './lib/summary.js';

const BENCHMARKS: Record<string, string> = {
  calendar: 'bench/calendar.bench.ts',
  http: 'bench/http.bench.ts',
  sweep: 'bench/sweep.bench.ts',
  import: 'bench/import.bench.ts',
  soak: 'bench/soak.bench.ts',
};

/** The read models' long runs (10 M dossiers, 100 k officials): only when named. */
const ON_REQUEST: Record<string, string> = {
  dashboards: 'bench/dashboards.ts',
  evaluation: 'bench/evaluation.ts',
};

const root = new URL('../', import.meta.url).pathname;
const all = { ...BENCHMARKS, ...ON_REQUEST };
const chosen = process.argv.slice(2).filter((name) => name in all);
const names = chosen.length > 0 ? chosen : Object.keys(BENCHMARKS);
const started = Date.now();
let failed = false;
for (const name of names) {
  process.stdout.write(`\n=== ${name} (${all[name]}) ===\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', all[name]!], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed = true;
    process.stdout.write(`${name} failed (exit ${run.status ?? run.signal})\n`);
  }
}

const results: BenchResults = { calendar: null, http: null };
const earlier: Partial<Record<keyof BenchResults, Date>> = {};
// the default set is exactly the benchmarks with a result file the summary reads
for (const name of Object.keys(BENCHMARKS) as (keyof BenchResults)[]) {
  const url = new URL(`./results/${name}.json`, import.meta.url);
  if (!existsSync(url)) continue;
  results[name] = JSON.parse(readFileSync(url, 'utf8'));
  const written = statSync(url).mtime;
  if (written.getTime() < started) earlier[name] = written;
}
const rows = summariseResults(results, earlier);
writeFileSync(new URL('./results/summary.json', import.meta.url), `${JSON.stringify(rows, null, 2)}\n`);
process.stdout.write(`\n${formatSummary(rows)}\nwritten to bench/results/summary.json\n`);
if (failed) process.exitCode = 1;
