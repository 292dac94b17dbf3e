/**
 * Hashes of audit entries. Since migration 0037 an entry carries only the hash of its own content
 * (`computeContentHash`) and is linked into the chain afterwards by a seal (`seal.ts`). Entries written
 * before it carry the old chain link (`computeAuditHash`: content and the previous entry's hash), which
 * is still verified, and which serves as their content digest in the seal chain.
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

function contentFields(entry: AuditEntryContent) {
  return {
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorUnitId: entry.actorUnitId,
    unitId: entry.unitId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: entry.summary,
    requestId: entry.requestId,
  };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hash of an entry's own content (hex sha-256 of its canonical JSON): what `appendAudit` stores. */
export function computeContentHash(entry: AuditEntryContent): string {
  return sha256Hex(canonicalJson(contentFields(entry)));
}

/** Old-kind hash (before migration 0037): the entry's content and the previous entry's hash. */
export function computeAuditHash(entry: AuditEntryContent, prevHash: string): string {
  return sha256Hex(canonicalJson({ prev: prevHash, ...contentFields(entry) }));
}

/** Result of a verification: entries verified in chain order, or the first that does not hold. */
export type ChainCheck =
  { ok: true; count: number } | { ok: false; count: number; brokenId: number; reason: string };
