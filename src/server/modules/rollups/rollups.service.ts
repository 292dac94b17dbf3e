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

/**
 * Applies every queued change (or stops after a batch once `isStopping` says so: graceful stop); returns the
 * queue rows consumed.
 */
export async function refreshRollups(
  db: Db,
  clock: Clock,
  batch = REFRESH_BATCH,
  isStopping?: () => boolean,
): Promise<number> {
  let total = 0;
  await advanceOpenHorizon(db, clock.now());
  for (;;) {
    const dossiers = await refreshDossierBatch(db, batch, clock.now());
    const feedback = await refreshFeedbackBatch(db, batch);
    total += dossiers + feedback;
    if (dossiers < batch && feedback < batch) return total;
    if (isStopping?.()) return total;
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
