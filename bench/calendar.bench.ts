/**
 * B8 — working-time arithmetic in process (docs: benchmarks.md). Measures `addWorkingMinutes` over the
 * precomputed table against a naive day-by-day walk in the same run, checks both agree on a sample, and
 * writes bench/results/calendar.json. Run: `npx tsx bench/calendar.bench.ts [--ops N] [--runs N]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  addWorkingMinutes,
  createWorkingCalendar,
  computeLocalDayStart,
  parseScheduleData,
  toEpochDay,
  workingMillisecondsBetween,
} from '../src/domain/calendar/index.js';
import officialSchedule2025 from '../src/domain/calendar/fixtures/official-2025.json' with { type: 'json' };
import { addWorkingMinutesNaively, createNaiveCalendar } from './lib/naive-working-time.js';
import { createRandom, formatRate, measureRate, median } from './lib/stats.js';

const TARGET_OPS_PER_SECOND = 10_000_000;
const args = process.argv.slice(2);
const readArg = (name: string, fallback: number): number => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const OPS = readArg('--ops', 10_000_000);
const RUNS = readArg('--runs', 5);
const NAIVE_OPS = readArg('--naive-ops', 20_000);
const CHECK_SAMPLE = readArg('--check', 20_000);

const schedules = parseScheduleData(officialSchedule2025);
const buildStarted = performance.now();
const calendar = createWorkingCalendar({ schedules });
const buildMs = performance.now() - buildStarted;
const naive = createNaiveCalendar({ schedules });

// Starts anywhere in 2000–2090 (ms precision, half of them on whole minutes); durations 0–60 working days,
// mostly short (a procedure step) and some long (a whole procedure).
const random = createRandom(20250429);
const first = computeLocalDayStart(toEpochDay({ year: 2000, month: 1, day: 1 }));
const last = computeLocalDayStart(toEpochDay({ year: 2090, month: 1, day: 1 }));
const starts = new Float64Array(OPS);
const minutes = new Int32Array(OPS);
for (let i = 0; i < OPS; i += 1) {
  const start = first + Math.floor(random() * (last - first));
  starts[i] = random() < 0.5 ? start - (start % 60_000) : start;
  minutes[i] = Math.floor(random() * (random() < 0.8 ? 2_400 : 28_800));
}

function runTable(count: number): number {
  let sink = 0;
  const rate = measureRate(count, () => {
    for (let i = 0; i < count; i += 1) sink += addWorkingMinutes(calendar, starts[i]!, minutes[i]!) % 7;
  });
  if (sink === -1) console.log(sink);
  return rate;
}

function runNaive(count: number): number {
  let sink = 0;
  const rate = measureRate(count, () => {
    for (let i = 0; i < count; i += 1) sink += addWorkingMinutesNaively(naive, starts[i]!, minutes[i]!) % 7;
  });
  if (sink === -1) console.log(sink);
  return rate;
}

function checkAgreement(count: number): { checked: number; mismatches: number } {
  let mismatches = 0;
  for (let i = 0; i < count; i += 1) {
    const table = addWorkingMinutes(calendar, starts[i]!, minutes[i]!);
    const loop = addWorkingMinutesNaively(naive, starts[i]!, minutes[i]!);
    const measured = workingMillisecondsBetween(calendar, starts[i]!, table);
    if (table !== loop || measured !== minutes[i]! * 60_000) mismatches += 1;
  }
  return { checked: count, mismatches };
}

const agreement = checkAgreement(Math.min(CHECK_SAMPLE, OPS));
runTable(Math.min(OPS, 1_000_000)); // warm-up: let the JIT optimise both paths
runNaive(Math.min(NAIVE_OPS, 2_000));
const tableRates: number[] = [];
const naiveRates: number[] = [];
let peakRss = process.memoryUsage().rss;
for (let run = 0; run < RUNS; run += 1) {
  tableRates.push(runTable(OPS));
  naiveRates.push(runNaive(Math.min(NAIVE_OPS, OPS)));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

const tableMedian = median(tableRates);
const naiveMedian = median(naiveRates);
const tableBytes = [
  calendar.dayProfile,
  calendar.minutesBefore,
  calendar.workingDaysBefore,
  calendar.workingDayIndex,
  calendar.workingDayMinutesBefore,
  calendar.buckets,
  calendar.profileMinutesBefore,
  calendar.profileMinuteOfDay,
].reduce((sum, array) => sum + array.byteLength, 0);
const result = {
  benchmark: 'B8',
  description: 'addWorkingMinutes: precomputed typed-array table vs naive day-by-day walk',
  recordedAt: new Date().toISOString(),
  machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown' },
  calendar: { id: calendar.id, buildMs: Math.round(buildMs * 10) / 10, tableBytes },
  workload: {
    operations: OPS,
    naiveOperations: Math.min(NAIVE_OPS, OPS),
    runs: RUNS,
    starts: '2000–2090',
    maxMinutes: 28_800,
  },
  table: { opsPerSecondMedian: Math.round(tableMedian), opsPerSecondRuns: tableRates.map(Math.round) },
  naive: { opsPerSecondMedian: Math.round(naiveMedian), opsPerSecondRuns: naiveRates.map(Math.round) },
  ratio: Math.round((tableMedian / naiveMedian) * 10) / 10,
  target: { opsPerSecond: TARGET_OPS_PER_SECOND, met: tableMedian >= TARGET_OPS_PER_SECOND },
  agreement,
  peakRssMb: Math.round(peakRss / 1e6),
};

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/calendar.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  [
    `B8 working-time additions (${RUNS} runs, median)`,
    `  table: ${formatRate(tableMedian)} (${OPS.toLocaleString('en')} ops/run) target ≥ ${formatRate(TARGET_OPS_PER_SECOND)}: ${result.target.met ? 'met' : 'NOT met'}`,
    `  naive: ${formatRate(naiveMedian)} (${result.workload.naiveOperations.toLocaleString('en')} ops/run)`,
    `  ratio table/naive: ${result.ratio}×`,
    `  agreement on ${agreement.checked.toLocaleString('en')} samples: ${agreement.mismatches} mismatches`,
    `  calendar build ${result.calendar.buildMs} ms, tables ${(tableBytes / 1e6).toFixed(1)} MB, peak RSS ${result.peakRssMb} MB`,
    `  written to bench/results/calendar.json`,
  ].join('\n'),
);
if (agreement.mismatches > 0) process.exitCode = 1;
