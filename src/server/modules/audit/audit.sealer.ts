/**
 * The audit sealer: links committed entries into the seal chain after their transactions commit, so no
 * write waits on another. One sealer at a time (an advisory lock); the background `audit-seal` job
 * (`jobs/periodic.ts`, every second) skips a pass when another holds it, verification waits for it. The seal order is the chain order: an entry committed late
 * with a lower id is sealed in a later batch, after entries with higher ids.
 */
import { sealEntries } from '../../../domain/audit/seal.js';
import type { Executor, Tx } from '../../db/types.js';
import { findSealHead, findUnsealedEntries, insertSeals, lockSealer } from './audit.queries.js';

const BATCH = 1_000;
/**
 * The background pass looks for unsealed entries only among the latest ids (above the highest sealed id
 * minus this): an index range, not a scan of the whole log. An entry whose transaction stayed open while
 * more than this many others were sealed is found by the full pass (every few minutes, and before every
 * verification or checkpoint).
 */
const RECENT_IDS = 10_000;

/** Runs `work` in a transaction of its own, or in the caller's when `db` is one. */
function inTransaction<T>(db: Executor, work: (trx: Tx) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Tx) : db.transaction().execute(work);
}

/** Seals one batch in one transaction; returns how many entries it sealed, or null when busy. */
async function sealBatch(db: Executor, wait: boolean, afterId: number | null) {
  return inTransaction(db, async (trx) => {
    if (!(await lockSealer(trx, wait))) return null;
    const head = await findSealHead(trx);
    const from = afterId ?? Math.max(0, (head?.maxEntryId ?? 0) - RECENT_IDS);
    const entries = await findUnsealedEntries(trx, from, BATCH);
    await insertSeals(trx, sealEntries(head, entries));
    return { sealed: entries.length, lastId: entries[entries.length - 1]?.id ?? from };
  });
}

/**
 * Seals every committed unsealed entry: `full` looks at the whole log (else only the latest ids); `wait`
 * waits for a running sealer (else returns at once when one is running). Returns the number sealed.
 */
export async function sealAuditLog(
  db: Executor,
  options: { full: boolean; wait: boolean; isStopping?: () => boolean },
): Promise<number> {
  let total = 0;
  let afterId: number | null = options.full ? 0 : null;
  for (;;) {
    const batch = await sealBatch(db, options.wait, afterId);
    if (batch === null) return total;
    total += batch.sealed;
    if (batch.sealed < BATCH || options.isStopping?.()) return total;
    afterId = batch.lastId;
  }
}
