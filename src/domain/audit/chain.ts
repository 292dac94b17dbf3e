/**
 * The audit log's hash chain: each entry's hash covers its content and the previous entry's hash, so
 * changing, removing or reordering any row breaks every hash after it.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryContent {
  at: Date;
  actorId: string | null;
  actorUnitId: string | null;
  unitId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: unknown;
  requestId: string | null;
}

/** JSON with object keys sorted at every depth, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** Hash of an entry given the previous entry's hash (hex sha-256). */
export function computeAuditHash(entry: AuditEntryContent, prevHash: string): string {
  const content = canonicalJson({
    prev: prevHash,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorUnitId: entry.actorUnitId,
    unitId: entry.unitId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: entry.summary,
    requestId: entry.requestId,
  });
  return createHash('sha256').update(content).digest('hex');
}

export interface StoredAuditEntry extends AuditEntryContent {
  id: number;
  prevHash: string;
  hash: string;
}

export type ChainCheck =
  { ok: true; count: number } | { ok: false; count: number; brokenId: number; reason: string };

/**
 * Checks a run of entries in id order, starting from `expectedPrev` (the genesis hash for the first run).
 * Returns the first entry whose link or content does not match.
 */
export function verifyAuditChain(
  entries: readonly StoredAuditEntry[],
  expectedPrev = GENESIS_HASH,
): ChainCheck {
  let prev = expectedPrev;
  let count = 0;
  for (const entry of entries) {
    if (entry.prevHash !== prev) {
      return {
        ok: false,
        count,
        brokenId: entry.id,
        reason: 'previous hash does not match the preceding row',
      };
    }
    if (computeAuditHash(entry, entry.prevHash) !== entry.hash) {
      return { ok: false, count, brokenId: entry.id, reason: 'content does not match its hash' };
    }
    prev = entry.hash;
    count += 1;
  }
  return { ok: true, count };
}
