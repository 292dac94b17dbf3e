/** Small helpers for in-process micro-benchmarks: seeded random numbers, medians, timing. */

/** A seeded pseudo-random generator (mulberry32) returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `body` once and returns operations per second for `operations` operations. */
export function measureRate(operations: number, body: () => void): number {
  const started = process.hrtime.bigint();
  body();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return operations / seconds;
}

/** Formats a rate such as 12.3 M/s. */
export function formatRate(rate: number): string {
  return rate >= 1e6 ? `${(rate / 1e6).toFixed(1)} M/s` : `${(rate / 1e3).toFixed(1)} k/s`;
}
