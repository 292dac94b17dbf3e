/** Audit log operations: verification of the whole chain in batches, and its signed checkpoints. */
import { GENESIS_HASH, verifyAuditChain, type ChainCheck } from '../../../domain/audit/chain.js';
import {
  compareWithCheckpoint,
  isAuditCheckpointAuthentic,
  signAuditCheckpoint,
  type CheckpointLine,
  type CheckpointMismatch,
  type SignedAuditCheckpoint,
} from '../../../domain/audit/checkpoint.js';
import { fail } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { readAuditBatch } from './audit.queries.js';

const BATCH = 5_000;

/** A walk of the chain: its check, the last intact entry, and the hashes at the positions asked for. */
interface AuditWalk {
  check: ChainCheck;
  head: { id: number; hash: string } | null;
  /** Hash of the entry at each asked position (1-based, in chain order) that the intact chain reaches. */
  hashes: Map<number, string>;
}

/** Walks the chain in id order up to its end or its first broken row. */
async function walkAuditLog(db: Executor, positions: ReadonlySet<number>): Promise<AuditWalk> {
  let afterId = 0;
  let prev = GENESIS_HASH;
  let total = 0;
  let head: AuditWalk['head'] = null;
  const hashes = new Map<number, string>();
  for (;;) {
    const batch = await readAuditBatch(db, afterId, BATCH);
    if (batch.length === 0) return { check: { ok: true, count: total }, head, hashes };
    const check = verifyAuditChain(batch, prev);
    for (let i = 0; i < check.count; i += 1) {
      if (positions.has(total + i + 1)) hashes.set(total + i + 1, batch[i]!.hash);
    }
    if (!check.ok) return { check: { ...check, count: total + check.count }, head, hashes };
    total += check.count;
    const last = batch[batch.length - 1]!;
    head = { id: last.id, hash: last.hash };
    afterId = last.id;
    prev = last.hash;
  }
}

/** Walks the whole chain in id order; reports the first broken row, or the number of rows checked. */
export async function verifyAuditLog(db: Executor): Promise<ChainCheck> {
  return (await walkAuditLog(db, new Set())).check;
}

/** Verifies the chain, then signs its length and head: a checkpoint to keep outside the database. */
export async function takeAuditCheckpoint(
  db: Executor,
  key: string,
  now: Date,
): Promise<SignedAuditCheckpoint> {
  const { check, head } = await walkAuditLog(db, new Set());
  if (!check.ok) {
    throw fail.conflict(
      `Chuỗi nhật ký hỏng tại mục ${check.brokenId}: không lập điểm kiểm (the chain is broken: ${check.reason})`,
      { brokenId: check.brokenId },
    );
  }
  return signAuditCheckpoint(key, {
    count: check.count,
    headId: head?.id ?? null,
    headHash: head?.hash ?? GENESIS_HASH,
    at: now.toISOString(),
  });
}

/** A checkpoint line that does not hold: unsigned or forged, or no longer matching the log. */
export interface CheckpointProblem {
  line: number;
  reason: CheckpointMismatch['reason'] | 'invalid';
  message: string;
}

/**
 * Verifies the chain and every checkpoint of a file: each must carry the key's signature, and the entry
 * at its position must exist and have its hash (so a deleted tail or a recomputed chain is found).
 */
export async function verifyAuditLogAgainst(
  db: Executor,
  key: string,
  lines: readonly CheckpointLine[],
): Promise<{ check: ChainCheck; problems: CheckpointProblem[] }> {
  const problems: CheckpointProblem[] = [];
  const checkpoints: { line: number; checkpoint: SignedAuditCheckpoint }[] = [];
  for (const entry of lines) {
    if ('problem' in entry) problems.push({ line: entry.line, reason: 'invalid', message: entry.problem });
    else if (!isAuditCheckpointAuthentic(key, entry.checkpoint)) {
      problems.push({
        line: entry.line,
        reason: 'invalid',
        message: 'Chữ ký điểm kiểm không đúng (checkpoint signature does not match the key)',
      });
    } else checkpoints.push(entry);
  }
  const { check, hashes } = await walkAuditLog(db, new Set(checkpoints.map((c) => c.checkpoint.count)));
  // past a broken row nothing is known: the chain's own failure is the report
  const reached = check.count;
  for (const { line, checkpoint } of checkpoints) {
    if (!check.ok && checkpoint.count > reached) continue;
    const mismatch = compareWithCheckpoint(checkpoint, reached, hashes.get(checkpoint.count));
    if (mismatch) problems.push({ line, ...mismatch });
  }
  return { check, problems };
}
