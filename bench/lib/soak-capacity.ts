/**
 * B10's "half of the measured capacity": each kind alone at full speed for a few seconds against the same
 * server and data (autocannon, as B1–B3 measure their maxima), then the mixed capacity as the rate at which
 * the mix would use the server fully: 1 / Σ (share / capacity of the kind).
 */
import type { Request } from 'autocannon';
import { runLoad, type LoadResult } from './load.js';

/** The soak's mix of request kinds (../shared/docs/benchmarks.md, B10). */
export const SOAK_MIX = { lookup: 0.7, intake: 0.15, transition: 0.1, dashboard: 0.05 } as const;
export type SoakKind = keyof typeof SOAK_MIX;

export interface KindProbe {
  requestsPerSecond: number;
  p99Ms: number;
  total: number;
  /** Answers that were not 2xx, or never came: a capacity measured on failures is suspect. */
  failed: number;
}

const probeOf = (result: LoadResult): KindProbe => ({
  requestsPerSecond: result.requestsPerSecond,
  p99Ms: result.latencyMs.p99,
  total: result.total,
  failed: result.errors + result.non2xx,
});

export interface ProbeOptions {
  url: string;
  seconds: number;
  connections: number;
  requests: Request[];
  /** For work that runs out (forwards): the most requests the probe may send, warm-up included. */
  amount?: number;
}

/** One kind at full speed after a short warm-up (a tenth of the work when `amount` bounds it). */
export async function probeCapacity(options: ProbeOptions): Promise<KindProbe> {
  const { url, seconds, connections, requests, amount } = options;
  if (amount === undefined) {
    await runLoad({ url, seconds: 2, connections, requests });
    return probeOf(await runLoad({ url, seconds, connections, requests }));
  }
  const warmup = Math.max(connections, Math.floor(amount / 10));
  await runLoad({ url, seconds, connections, requests, amount: warmup });
  return probeOf(await runLoad({ url, seconds, connections, requests, amount: amount - warmup }));
}

/** Requests per second the mix sustains when every kind runs at its measured capacity. */
export function mixedCapacity(capacities: Record<SoakKind, number>): number {
  const load = (Object.keys(SOAK_MIX) as SoakKind[]).reduce(
    (sum, kind) => sum + SOAK_MIX[kind] / Math.max(capacities[kind], 1e-9),
    0,
  );
  return 1 / load;
}
