/**
 * Signed checkpoints of the audit log, kept outside the database (a file, a log line): the number of
 * seals and the hash of the last one, under an HMAC-SHA-256 key the database does not hold. The chain
 * alone cannot show that its tail was deleted, or that every hash after a changed row was recomputed;
 * a checkpoint can: the entry at its position must still exist and still have its hash.
 *
 * A checkpoint depends only on the position of an entry in chain order and that entry's hash, not on how
 * entries are numbered or locked.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson, GENESIS_HASH } from './chain.js';

/**
 * What a checkpoint asserts: the seal chain had `count` seals, the last one sealing entry `headId` and
 * having `headHash`.
 */
export interface AuditCheckpoint {
  count: number;
  headId: number | null;
  headHash: string;
  /** When it was taken (ISO instant). */
  at: string;
}

export interface SignedAuditCheckpoint extends AuditCheckpoint {
  /** 2: `headHash` is the hash of the seal at position `count`; 1 (before migration 0037): the hash of the entry there. */
  v: 1 | 2;
  /** Hex HMAC-SHA-256 of the canonical JSON of the other fields. */
  mac: string;
}

function macOf(key: string, checkpoint: AuditCheckpoint, v: 1 | 2): string {
  const { count, headId, headHash, at } = checkpoint;
  const content = canonicalJson({ v, count, headId, headHash, at });
  return createHmac('sha256', key).update('kc-audit-checkpoint:').update(content).digest('hex');
}

/** Signs a checkpoint with the checkpoint key. */
export function signAuditCheckpoint(key: string, checkpoint: AuditCheckpoint): SignedAuditCheckpoint {
  return { v: 2, ...checkpoint, mac: macOf(key, checkpoint, 2) };
}

/** True when the checkpoint was signed with `key` and not changed since. */
export function isAuditCheckpointAuthentic(key: string, checkpoint: SignedAuditCheckpoint): boolean {
  const expected = Buffer.from(macOf(key, checkpoint, checkpoint.v), 'hex');
  const given = Buffer.from(checkpoint.mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const HASH = /^[0-9a-f]{64}$/;

function asCheckpoint(value: unknown): SignedAuditCheckpoint | null {
  if (value === null || typeof value !== 'object') return null;
  const c = value as Record<string, unknown>;
  const valid =
    (c.v === 1 || c.v === 2) &&
    Number.isSafeInteger(c.count) &&
    (c.count as number) >= 0 &&
    (c.headId === null || Number.isSafeInteger(c.headId)) &&
    typeof c.headHash === 'string' &&
    HASH.test(c.headHash) &&
    typeof c.at === 'string' &&
    typeof c.mac === 'string' &&
    HASH.test(c.mac);
  if (!valid) return null;
  const { v, count, headId, headHash, at, mac } = c as unknown as SignedAuditCheckpoint;
  return { v, count, headId, headHash, at, mac };
}

/** One line of a checkpoint file: the checkpoint, or why the line is not one. */
export type CheckpointLine =
  { line: number; checkpoint: SignedAuditCheckpoint } | { line: number; problem: string };

/** Reads a checkpoint file: one JSON checkpoint per line; blank lines are skipped. */
export function parseAuditCheckpoints(text: string): CheckpointLine[] {
  const lines: CheckpointLine[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = null;
    }
    const checkpoint = asCheckpoint(value);
    lines.push(
      checkpoint
        ? { line: index + 1, checkpoint }
        : { line: index + 1, problem: 'Dòng không phải điểm kiểm hợp lệ (not a checkpoint)' },
    );
  });
  return lines;
}

/** Why the log no longer matches a checkpoint: a machine-readable reason and a message. */
export interface CheckpointMismatch {
  reason: 'truncated' | 'rewritten';
  message: string;
}

/**
 * Compares a checkpoint with the chain as it is now: `total` entries verified in chain order and the hash
 * found at the checkpoint's position (undefined when the chain is shorter). Returns the mismatch, or null.
 */
export function compareWithCheckpoint(
  checkpoint: AuditCheckpoint,
  total: number,
  hashAtPosition: string | undefined,
): CheckpointMismatch | null {
  const { count, headId, at } = checkpoint;
  if (count > total) {
    return {
      reason: 'truncated',
      message: `Nhật ký bị cắt bớt: còn ${total} mục, điểm kiểm lúc ${at} ghi ${count} mục (entries were removed)`,
    };
  }
  const found = count === 0 ? GENESIS_HASH : hashAtPosition;
  if (found !== checkpoint.headHash) {
    return {
      reason: 'rewritten',
      message: `Chuỗi băm bị viết lại: mục thứ ${count} (id ${headId ?? '-'}) không còn mã băm của điểm kiểm lúc ${at} (the chain was rewritten)`,
    };
  }
  return null;
}
