/** Audit log operations: verification of the whole chain in batches. */
import { GENESIS_HASH, verifyAuditChain, type ChainCheck } from '../../../domain/audit/chain.js';
import type { Executor } from '../../db/types.js';
import { readAuditBatch } from './audit.queries.js';

const BATCH = 5_000;

/** Walks the whole chain in id order; reports the first broken row, or the number of rows checked. */
export async function verifyAuditLog(db: Executor): Promise<ChainCheck> {
  let afterId = 0;
  let prev = GENESIS_HASH;
  let total = 0;
  for (;;) {
    const batch = await readAuditBatch(db, afterId, BATCH);
    if (batch.length === 0) return { ok: true, count: total };
    const check = verifyAuditChain(batch, prev);
    if (!check.ok) return { ...check, count: total + check.count };
    total += check.count;
    const last = batch[batch.length - 1]!;
    afterId = last.id;
    prev = last.hash;
  }
}
