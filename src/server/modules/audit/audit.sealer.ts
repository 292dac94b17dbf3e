/**
 * The audit sealer: links committed entries into the seal chain after their transactions commit, so no
 * write waits on another. One sealer at a time (an advisory lock); the background loop skips a pass when
 * another holds it, verification waits for it. The seal order is the chain order: an entry committed late
 * with a lower id is sealed in a later batch, after entries with higher ids.
 */
import { sealEntries } from '../../../domain/audit/seal.js';
import type { Db, Executor, Tx } from '../../db/types.js';
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
export async function sealAuditLog(db: Executor, options: { full: boolean; wait: boolean }): Promise<number> {
  let total = 0;
  let afterId: number | null = options.full ? 0 : null;
  for (;;) {
    const batch = await sealBatch(db, options.wait, afterId);
    if (batch === null) return total;
    total += batch.sealed;
    if (batch.sealed < BATCH) return total;
    afterId = batch.lastId;
  }
}

export interface AuditSealer {
  stop(): Promise<void>;
}

interface SealerLogger {
  error(details: object, message: string): void;
}

/** Seals in the background every `intervalMs` (1 s), the whole log every `fullEvery` passes (5 min). */
export function startAuditSealer(deps: {
  db: Db;
  intervalMs?: number;
  fullEvery?: number;
  logger?: SealerLogger;
}): AuditSealer {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let passes = 0;
  let current: Promise<void> = Promise.resolve();
  const pass = async () => {
    const full = passes % (deps.fullEvery ?? 300) === 0;
    passes += 1;
    try {
      await sealAuditLog(deps.db, { full, wait: false });
    } catch (error) {
      deps.logger?.error({ err: error }, 'audit: sealing pass failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = pass().then(schedule);
    }, deps.intervalMs ?? 1_000);
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
