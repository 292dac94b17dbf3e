/**
 * HTTP load with autocannon from this process: a fixed number of connections for a few seconds, at full
 * speed or at a fixed offered rate (`-R`). Latencies are taken from every response (p50/p95/p99), next to
 * autocannon's own p99 corrected for coordinated omission.
 */
import autocannon, { type Request } from 'autocannon';
import { median } from './stats.js';

export interface LoadOptions {
  url: string;
  seconds: number;
  connections?: number;
  /** Offered requests per second; full speed when absent. */
  rate?: number;
  /** Stop after this many requests (before `seconds` is up), for work that runs out. */
  amount?: number;
  requests: Request[];
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; correctedP99: number };
  total: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs one load and summarises it. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections ?? 10,
    duration: options.seconds,
    timeout: 30,
    ...(options.rate ? { overallRate: options.rate } : {}),
    ...(options.amount ? { amount: options.amount } : {}),
    requests: options.requests,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => {
    times.push(time);
  });
  const result = await instance;
  const sorted = Float64Array.from(times).sort();
  const total = result.requests.total;
  return {
    requestsPerSecond: round(total / result.duration, 1),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      correctedP99: round(result.latency.p99),
    },
    total,
    errors: result.errors,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([k, v]) => [k, Number(v.count)]),
    ),
  };
}

/** Several runs' results and the median of each figure. */
export interface RepeatedLoad {
  median: LoadResult;
  runs: LoadResult[];
}

/** The median (figure by figure) of several load results; counts are summed. */
export function summariseLoads(runs: LoadResult[]): RepeatedLoad {
  const mid = (pick: (r: LoadResult) => number) => median(runs.map(pick));
  const statusCodes: Record<string, number> = {};
  for (const run of runs) {
    for (const [code, count] of Object.entries(run.statusCodes))
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
  }
  return {
    median: {
      requestsPerSecond: mid((r) => r.requestsPerSecond),
      latencyMs: {
        p50: mid((r) => r.latencyMs.p50),
        p95: mid((r) => r.latencyMs.p95),
        p99: mid((r) => r.latencyMs.p99),
        correctedP99: mid((r) => r.latencyMs.correctedP99),
      },
      total: runs.reduce((sum, r) => sum + r.total, 0),
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
      non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
      statusCodes,
    },
    runs,
  };
}

/** Runs a load `runs` times (a short warm-up first) and returns the medians. */
export async function repeatLoad(
  runs: number,
  make: () => LoadOptions,
  warmupSeconds = 2,
): Promise<RepeatedLoad> {
  if (warmupSeconds > 0) await runLoad({ ...make(), seconds: warmupSeconds });
  const results: LoadResult[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await runLoad(make()));
  return summariseLoads(results);
}
