/**
 * `npm run bench`: runs every benchmark one after another, each in its own process (B8 working time in
 * process; B1, B1-L, B2, B3 over HTTP with the calibrations C1–C3), then prints a summary table of the
 * ratios from bench/results/*.json (B1–B4, B7, B8, B10: each row whose result file exists) and writes it to
 * bench/results/summary.json. Every row in one run: `npm run bench -- calendar http sweep import soak`.
 * Pick some with arguments: `npm run bench -- calendar` or `npm run bench -- http`; the long ones (B5
 * dashboards at 10 M dossiers, B6 evaluation, B7 bulk import, B10 soak) run only when named:
 * `npm run bench -- dashboards`, `npm run bench -- soak`. The summary shows B7 and B10 when
 * bench/results/import.json and soak.json exist.
 * Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { summariseResults, formatSummary } from './lib/summary.js';

const BENCHMARKS: Record<string, string> = {
  calendar: 'bench/calendar.bench.ts',
  http: 'bench/http.bench.ts',
  sweep: 'bench/sweep.bench.ts',
};

/** Long runs (generating millions of rows): only when named, e.g. `npm run bench -- dashboards`. */
const ON_REQUEST: Record<string, string> = {
  dashboards: 'bench/dashboards.ts',
  evaluation: 'bench/evaluation.ts',
  import: 'bench/import.bench.ts',
  soak: 'bench/soak.bench.ts',
};

const root = new URL('../', import.meta.url).pathname;
const all = { ...BENCHMARKS, ...ON_REQUEST };
const chosen = process.argv.slice(2).filter((name) => name in all);
const names = chosen.length > 0 ? chosen : Object.keys(BENCHMARKS);
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

const read = (file: string): unknown => {
  const url = new URL(`./results/${file}`, import.meta.url);
  return existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) : null;
};
const rows = summariseResults({
  calendar: read('calendar.json'),
  http: read('http.json'),
  sweep: read('sweep.json'),
  import: read('import.json'),
  soak: read('soak.json'),
});
writeFileSync(new URL('./results/summary.json', import.meta.url), `${JSON.stringify(rows, null, 2)}\n`);
process.stdout.write(`\n${formatSummary(rows)}\nwritten to bench/results/summary.json\n`);
if (failed) process.exitCode = 1;
