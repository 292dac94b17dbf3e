/**
 * The seal chain of the audit log. Entries are written with the hash of their own content only; a sealer
 * later gives each committed entry a seal: its position `seq` (1, 2, 3, … in the order of sealing), the
 * previous seal's hash and `hash = sha256('kc-audit-seal:v1:' + seq + ':' + prevHash + ':' + digest)`,
 * where the digest is the entry's content hash (or, for an entry written before migration 0037, its old
 * chained hash). Changing an entry, deleting one, or removing or reordering seals breaks the walk; a
 * deleted tail or a recomputed chain is found by a signed checkpoint (`checkpoint.ts`).
 */
import { createHash } from 'node:crypto';
import {
  computeAuditHash,
  computeContentHash,
  GENESIS_HASH,
  type AuditEntryContent,
  type ChainCheck,
} from './chain.js';

/** An entry as stored: new kind (`contentHash`) or old kind (`prevHash` and `hash`, before 0037). */
export interface StoredAuditEntry extends AuditEntryContent {
  id: number;
  contentHash: string | null;
  prevHash: string | null;
  hash: string | null;
}

/** A seal and the entry it names (null when that entry is gone). */
export interface SealedEntry {
  seq: number;
  entryId: number;
  prevHash: string;
  hash: string;
  entry: StoredAuditEntry | null;
}

/** The stored digest a seal covers: the content hash, or the old chained hash of an old-kind entry. */
export function digestOf(entry: Pick<StoredAuditEntry, 'contentHash' | 'hash'>): string {
  const digest = entry.contentHash ?? entry.hash;
  if (digest === null) throw new Error('audit entry without a hash');
  return digest;
}

/** Hash of the seal at `seq` over the previous seal's hash and the entry's digest (hex sha-256). */
export function computeSealHash(seq: number, prevHash: string, digest: string): string {
  return createHash('sha256').update(`kc-audit-seal:v1:${seq}:${prevHash}:${digest}`).digest('hex');
}

/** Seals for `entries` (in the order given) after the seal `head` (null: the chain is empty). */
export function sealEntries(
  head: { seq: number; hash: string } | null,
  entries: readonly Pick<StoredAuditEntry, 'id' | 'contentHash' | 'hash'>[],
): Omit<SealedEntry, 'entry'>[] {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  return entries.map((entry) => {
    seq += 1;
    const hash = computeSealHash(seq, prev, digestOf(entry));
    const seal = { seq, entryId: entry.id, prevHash: prev, hash };
    prev = hash;
    return seal;
  });
}

/** Where a walk of the seals stands: the last seal checked and the last old-kind entry's hash. */
export interface SealWalkState {
  seq: number;
  hash: string;
  legacyHash: string;
}

export const SEAL_WALK_START: SealWalkState = { seq: 0, hash: GENESIS_HASH, legacyHash: GENESIS_HASH };

/** Why an entry's content no longer matches what was stored for it, or null. */
function contentProblem(entry: StoredAuditEntry, legacyHash: string): string | null {
  if (entry.contentHash !== null) {
    return computeContentHash(entry) === entry.contentHash ? null : 'content does not match its hash';
  }
  if (entry.prevHash !== legacyHash) return 'previous hash does not match the preceding old entry';
  if (entry.hash === null || computeAuditHash(entry, entry.prevHash) !== entry.hash) {
    return 'content does not match its hash';
  }
  return null;
}

/** Why one seal does not hold after `state`, or null. */
function sealProblem(seal: SealedEntry, state: SealWalkState): string | null {
  if (seal.seq !== state.seq + 1) return `seal ${state.seq + 1} is missing (next is ${seal.seq})`;
  if (seal.prevHash !== state.hash) return 'seal does not link to the previous seal';
  if (seal.entry === null) return 'the sealed entry was deleted';
  const problem = contentProblem(seal.entry, state.legacyHash);
  if (problem) return problem;
  if (computeSealHash(seal.seq, seal.prevHash, digestOf(seal.entry)) !== seal.hash) {
    return 'seal hash does not match';
  }
  return null;
}

/**
 * Checks a run of seals in seq order, continuing from `state` (SEAL_WALK_START for the first run).
 * Returns the check (its count is the number of seals of this run that hold; `brokenId` is the entry id
 * named by the first seal that does not) and the state after the last seal that holds.
 */
export function verifySeals(
  seals: readonly SealedEntry[],
  state: SealWalkState = SEAL_WALK_START,
): { check: ChainCheck; state: SealWalkState } {
  let current = state;
  let count = 0;
  for (const seal of seals) {
    const reason = sealProblem(seal, current);
    if (reason) return { check: { ok: false, count, brokenId: seal.entryId, reason }, state: current };
    const legacyHash = seal.entry?.contentHash === null ? (seal.entry.hash ?? '') : current.legacyHash;
    current = { seq: seal.seq, hash: seal.hash, legacyHash };
    count += 1;
  }
  return { check: { ok: true, count }, state: current };
}

/**
 * The check of a whole walk, failed when an entry that existed before sealing is still unsealed
 * (`stillUnsealed`: their ids, ascending): the sealer must have linked every entry it could see.
 */
export function requireAllSealed(check: ChainCheck, stillUnsealed: readonly number[]): ChainCheck {
  const first = stillUnsealed[0];
  if (!check.ok || first === undefined) return check;
  return { ok: false, count: check.count, brokenId: first, reason: 'entry was never sealed' };
}
