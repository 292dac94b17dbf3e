/**
 * A seeded pseudo-random source (mulberry32) for generated data: the same seed always gives the same
 * sequence, so generated histories are reproducible. Not for secrets.
 */

/** Draws from one seeded stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given non-negative weights (not all zero). */
  weighted(weights: readonly number[]): number;
  /** A version-4-shaped UUID made of this stream's bits. */
  uuid(): string;
  /** `length` decimal digits (leading zeros kept). */
  digits(length: number): string;
}

/** Creates a seeded stream; seeds are taken modulo 2^32. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (count: number): string => {
    let text = '';
    for (let i = 0; i < count; i += 1) text += Math.floor(next() * 16).toString(16);
    return text;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(weights) {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let target = next() * total;
      for (let i = 0; i < weights.length; i += 1) {
        target -= weights[i]!;
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
    uuid: () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(next() * 4)).toString(16)}${hex(3)}-${hex(12)}`,
    digits(length) {
      let text = '';
      for (let i = 0; i < length; i += 1) text += String(Math.floor(next() * 10));
      return text;
    },
  };
}

/** Derives an independent seed for a named sub-stream (FNV-1a of the name mixed with the seed). */
export function deriveSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < name.length; i += 1) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
