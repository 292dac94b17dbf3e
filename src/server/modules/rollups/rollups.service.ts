/**
 * Keeping roll-ups current: drain the change queues (on demand before fresh reads, from a periodic loop
 * in the server or worker, at the end of demo seeding), rebuild everything, and verify against a recount.
 */
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/types.js';
import {
  advanceOpenHorizon,
  countPending,
  rebuildAll,
  refreshDossierBatch,
  refreshFeedbackBatch,
} from './rollups.queries.js';
import { recountAndCompare, type Mismatch } from './rollups.verify.js';

/** Queue rows per transaction: small enough to keep each refresh transaction short. */
export const REFRESH_BATCH = 500;

/** Applies every queued change; returns the queue rows consumed. */
export async function refreshRollups(db: Db, clock: Clock, batch = REFRESH_BATCH): Promise<number> {
  let total = 0;
  await advanceOpenHorizon(db, clock.now());
  for (;;) {
    const dossiers = await refreshDossierBatch(db, batch, clock.now());
    const feedback = await refreshFeedbackBatch(db, batch);
    total += dossiers + feedback;
    if (dossiers < batch && feedback < batch) return total;
  }
}

/** Rebuilds every roll-up from the raw rows. */
export async function recomputeRollups(db: Db, clock: Clock): Promise<{ dossiers: number; ms: number }> {
  const started = performance.now();
  const { dossiers } = await rebuildAll(db, clock.now());
  return { dossiers, ms: Math.round(performance.now() - started) };
}

export interface VerifyReport {
  pendingBefore: number;
  keys: number;
  mismatches: Mismatch[];
  ms: number;
}

/** Applies pending changes, then recounts everything from the raw rows and lists every differing figure. */
export async function verifyRollups(db: Db, clock: Clock): Promise<VerifyReport> {
  const started = performance.now();
  const pendingBefore = await countPending(db);
  await refreshRollups(db, clock);
  const { keys, mismatches } = await recountAndCompare(db);
  return { pendingBefore, keys, mismatches, ms: Math.round(performance.now() - started) };
}

export interface RollupLogger {
  error(object: unknown, message: string): void;
}

/** A running refresh loop; `stop` waits for the pass in progress. */
export interface RollupLoop {
  stop(): Promise<void>;
}

/** Refreshes now and then every `intervalMs`; a failing pass is logged and the loop goes on. */
export function startRollupLoop(deps: {
  db: Db;
  clock: Clock;
  intervalMs?: number;
  logger?: RollupLogger;
}): RollupLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const pass = async () => {
    try {
      await refreshRollups(deps.db, deps.clock);
    } catch (error) {
      deps.logger?.error({ err: error }, 'rollups: refresh pass failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = pass().then(schedule);
    }, deps.intervalMs ?? 5_000);
  };
  current = pass().then(schedule);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
