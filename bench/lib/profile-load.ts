/**
 * BENCH_PROFILE=1: B1's intakes and B3's look-ups once more at full speed, each against a fresh app server
 * started with `--cpu-prof`, after their own (unprofiled) figures. Each profile is kept as
 * bench/results/profiles/<b1|b3>.cpuprofile (open it in Chrome DevTools or speedscope) and summarised, over
 * the measured load only (not start-up or warm-up), in bench/results/profiles/<b1|b3>-top.txt.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProfileSummary, summariseCpuProfile, type CpuProfile } from './cpu-profile.js';
import { runLoad, type LoadResult } from './load.js';
import { startChildServer } from './processes.js';
import type { Request } from 'autocannon';
import type { BenchSettings } from './settings.js';

export interface LoadProfile {
  profileFile: string;
  summaryFile: string;
  load: LoadResult;
  busyMs: number;
  idleMs: number;
  top: { name: string; selfMs: number; share: number }[];
}

/** Microseconds of the monotonic clock, the clock a `.cpuprofile`'s times are in. */
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);

/**
 * The main thread's profile among those node wrote into `dir` (one per thread, named
 * CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; tsx's module loader runs on thread 1), moved to
 * `target`; the largest file when no name says thread 0.
 */
function keepMainThreadProfile(dir: string, target: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size);
  const main = files.find((name) => name.split('.')[4] === '0') ?? files[0];
  if (!main) throw new Error(`node wrote no .cpuprofile into ${dir}`);
  renameSync(path.join(dir, main), target);
  rmSync(dir, { recursive: true, force: true });
}

/** What is profiled: `name` (b1, b3) names the files, `title` heads the summary. */
export interface ProfiledLoad {
  name: string;
  title: string;
  requests: () => Request[];
}

export async function profileLoad(
  settings: BenchSettings,
  databaseUrl: string,
  target: ProfiledLoad,
): Promise<LoadProfile> {
  const PROFILE_NAME = `${target.name}.cpuprofile`;
  const SUMMARY_NAME = `${target.name}-top.txt`;
  const dir = new URL('../results/profiles/', import.meta.url).pathname;
  const scratch = path.join(dir, `run-${Date.now()}`);
  mkdirSync(scratch, { recursive: true });
  const profileFile = path.join(dir, PROFILE_NAME);
  const server = await startChildServer('bench/lib/app-server.ts', { BENCH_DATABASE_URL: databaseUrl }, [
    '--cpu-prof',
    `--cpu-prof-dir=${scratch}`,
  ]);
  const options = { url: server.url, connections: settings.connections, requests: target.requests() };
  let load: LoadResult;
  let window: { fromMicros: number; toMicros: number };
  try {
    await runLoad({ ...options, seconds: 2 });
    const fromMicros = nowMicros();
    load = await runLoad({ ...options, seconds: settings.seconds });
    window = { fromMicros, toMicros: nowMicros() };
  } finally {
    await server.stop(); // the profiles are written as the server exits
  }
  keepMainThreadProfile(scratch, profileFile);
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const summary = summariseCpuProfile(profile, window);
  const heading = [
    `${target.title} profiled (node --cpu-prof), ${new Date().toISOString()}`,
    `${load.requestsPerSecond} req/s at full speed with ${settings.connections} connections, p99 ${load.latencyMs.p99} ms, ` +
      `${load.errors + load.non2xx} failed; the profile's start-up and warm-up are left out of this summary`,
    `full profile: ${PROFILE_NAME} (Chrome DevTools › Performance › Load profile, or https://www.speedscope.app)`,
  ].join('\n');
  const summaryFile = path.join(dir, SUMMARY_NAME);
  writeFileSync(summaryFile, formatProfileSummary(summary, heading));
  const relative = (file: string) => path.relative(process.cwd(), file);
  return {
    profileFile: relative(profileFile),
    summaryFile: relative(summaryFile),
    load,
    busyMs: summary.busyMs,
    idleMs: summary.idleMs,
    top: summary.functions.slice(0, 10),
  };
}
