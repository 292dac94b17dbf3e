/**
 * Audit log operations: verification of the whole seal chain in batches (after sealing what is committed),
 * and its signed checkpoints.
 */
import { GENESIS_HASH, type ChainCheck } from '../../../domain/audit/chain.js';
import {
  compareWithCheckpoint,
  isAuditCheckpointAuthentic,
  signAuditCheckpoint,
  type CheckpointLine,
  type CheckpointMismatch,
  type SignedAuditCheckpoint,
} from '../../../domain/audit/checkpoint.js';
import { digestOf, requireAllSealed, SEAL_WALK_START, verifySeals } from '../../../domain/audit/seal.js';
import { fail } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { findUnsealedIds, readSealBatch } from './audit.queries.js';
import { sealAuditLog } from './audit.sealer.js';

const BATCH = 5_000;

/** The hashes found at one position of the chain: the seal's, and the digest of the entry it seals. */
interface PositionHashes {
  seal: string;
  entry: string;
}

/** A walk of the chain: its check, the last intact seal, and the hashes at the positions asked for. */
interface AuditWalk {
  check: ChainCheck;
  head: { id: number; hash: string } | null;
  /** Hashes at each asked position (1-based seq) that the intact chain reaches. */
  hashes: Map<number, PositionHashes>;
}

/** Walks the seals in seq order up to the end or the first broken one. */
async function walkSeals(db: Executor, positions: ReadonlySet<number>): Promise<AuditWalk> {
  let state = SEAL_WALK_START;
  let total = 0;
  let head: AuditWalk['head'] = null;
  const hashes = new Map<number, PositionHashes>();
  for (;;) {
    const batch = await readSealBatch(db, state.seq, BATCH);
    if (batch.length === 0) return { check: { ok: true, count: total }, head, hashes };
    const walked = verifySeals(batch, state);
    for (const seal of batch.slice(0, walked.check.count)) {
      if (positions.has(seal.seq)) hashes.set(seal.seq, { seal: seal.hash, entry: digestOf(seal.entry!) });
      head = { id: seal.entryId, hash: seal.hash };
    }
    total += walked.check.count;
    if (!walked.check.ok) return { check: { ...walked.check, count: total }, head, hashes };
    state = walked.state;
  }
}

/**
 * Seals what is committed, then walks the chain; fails also when an entry present before sealing is
 * still unsealed (a seal removed so that its entry looks new is caught by the walk or a checkpoint).
 */
async function walkAuditLog(db: Executor, positions: ReadonlySet<number>): Promise<AuditWalk> {
  const before = new Set(await findUnsealedIds(db));
  await sealAuditLog(db, { full: true, wait: true });
  const stillUnsealed = before.size === 0 ? [] : (await findUnsealedIds(db)).filter((id) => before.has(id));
  const walk = await walkSeals(db, positions);
  return { ...walk, check: requireAllSealed(walk.check, stillUnsealed) };
}

/** Seals, then walks the whole chain; reports the first broken seal, or the number of seals checked. */
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
    const found = hashes.get(checkpoint.count);
    // version 1 (before migration 0037) signed the old chained hash of the entry at that position
    const hash = checkpoint.v === 1 ? found?.entry : found?.seal;
    const mismatch = compareWithCheckpoint(checkpoint, reached, hash);
    if (mismatch) problems.push({ line, ...mismatch });
  }
  return { check, problems };
}
