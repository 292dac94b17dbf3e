/**
 * SQL of the audit log: append (no lock, no read: the entry and its content hash), seal (link committed
 * entries into the seal chain, one sealer at a time), read for verification, list.
 */
import { sql } from 'kysely';
import { computeContentHash } from '../../../domain/audit/chain.js';
import type { SealedEntry, StoredAuditEntry } from '../../../domain/audit/seal.js';
import type { AuditListQuery } from '../../../contracts/audit.js';
import type { Executor, Tx } from '../../db/types.js';

const SEALER_LOCK_KEY = 74_210_002;

export interface AuditInput {
  at: Date;
  actorId: string | null;
  actorUnitId: string | null;
  unitId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: Record<string, unknown>;
  requestId: string | null;
}

/**
 * Appends one entry inside the caller's transaction, with the hash of its own content and nothing else:
 * no lock, no read of other rows, so writers never wait on each other. The sealer links it after commit.
 */
export async function appendAudit(trx: Tx, input: AuditInput): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: input.at,
      actor_id: input.actorId,
      actor_unit_id: input.actorUnitId,
      unit_id: input.unitId,
      action: input.action,
      target_type: input.targetType,
      target_id: input.targetId,
      summary: JSON.stringify(input.summary),
      request_id: input.requestId,
      content_hash: computeContentHash(input),
    })
    .execute();
}

/**
 * Takes the sealer's lock for the rest of the transaction: waits for it (`wait`), or returns false at
 * once when another sealer holds it.
 */
export async function lockSealer(trx: Tx, wait: boolean): Promise<boolean> {
  if (wait) {
    await sql`select pg_advisory_xact_lock(${SEALER_LOCK_KEY})`.execute(trx);
    return true;
  }
  const { rows } = await sql<{
    locked: boolean;
  }>`select pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) as locked`.execute(trx);
  return rows[0]?.locked === true;
}

/** The last seal (null when nothing is sealed) and the highest entry id sealed so far. */
export async function findSealHead(
  db: Executor,
): Promise<{ seq: number; hash: string; maxEntryId: number } | null> {
  const head = await db
    .selectFrom('audit_seal')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return null;
  const top = await db
    .selectFrom('audit_seal')
    .select((eb) => eb.fn.max('entry_id').as('id'))
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash, maxEntryId: Number(top.id) };
}

/** Up to `limit` committed entries with id above `afterId` that have no seal, in id order. */
export async function findUnsealedEntries(db: Executor, afterId: number, limit: number) {
  const rows = await db
    .selectFrom('audit_log as a')
    .select(['a.id', 'a.content_hash', 'a.hash'])
    .where('a.id', '>', afterId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('audit_seal as s').select('s.seq').whereRef('s.entry_id', '=', 'a.id'))),
    )
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: Number(row.id), contentHash: row.content_hash, hash: row.hash }));
}

/** Ids of the entries without a seal, ascending (verification: the whole table). */
export async function findUnsealedIds(db: Executor): Promise<number[]> {
  const rows = await findUnsealedEntries(db, 0, Number.MAX_SAFE_INTEGER);
  return rows.map((row) => row.id);
}

/** Appends seals (one statement). */
export async function insertSeals(
  trx: Executor,
  seals: readonly Omit<SealedEntry, 'entry'>[],
): Promise<void> {
  if (seals.length === 0) return;
  await trx
    .insertInto('audit_seal')
    .values(seals.map((s) => ({ seq: s.seq, entry_id: s.entryId, prev_hash: s.prevHash, hash: s.hash })))
    .execute();
}

/** Reads up to `limit` seals with seq above `afterSeq`, in seq order, each with its entry (if any). */
export async function readSealBatch(db: Executor, afterSeq: number, limit: number): Promise<SealedEntry[]> {
  const rows = await db
    .selectFrom('audit_seal as s')
    .leftJoin('audit_log as a', 'a.id', 's.entry_id')
    .select([
      's.seq',
      's.entry_id',
      's.prev_hash as seal_prev_hash',
      's.hash as seal_hash',
      'a.id',
      'a.at',
      'a.actor_id',
      'a.actor_unit_id',
      'a.unit_id',
      'a.action',
      'a.target_type',
      'a.target_id',
      'a.summary',
      'a.request_id',
      'a.content_hash',
      'a.prev_hash',
      'a.hash',
    ])
    .where('s.seq', '>', afterSeq)
    .orderBy('s.seq')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    entryId: Number(row.entry_id),
    prevHash: row.seal_prev_hash,
    hash: row.seal_hash,
    entry: row.id === null ? null : toStoredEntry(row),
  }));
}

function toStoredEntry(row: {
  id: number | null;
  at: Date | null;
  actor_id: string | null;
  actor_unit_id: string | null;
  unit_id: string | null;
  action: string | null;
  target_type: string | null;
  target_id: string | null;
  summary: unknown;
  request_id: string | null;
  content_hash: string | null;
  prev_hash: string | null;
  hash: string | null;
}): StoredAuditEntry {
  return {
    id: Number(row.id),
    at: row.at!,
    actorId: row.actor_id,
    actorUnitId: row.actor_unit_id,
    unitId: row.unit_id,
    action: row.action!,
    targetType: row.target_type!,
    targetId: row.target_id,
    summary: row.summary,
    requestId: row.request_id,
    contentHash: row.content_hash,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Lists entries visible under a unit-path prefix (null: everything), newest first. */
export async function listAudit(db: Executor, scopePath: string | null, query: AuditListQuery) {
  let base = db
    .selectFrom('audit_log as a')
    .leftJoin('unit as u', 'u.id', 'a.unit_id')
    .leftJoin('app_user as p', 'p.id', 'a.actor_id');
  if (scopePath !== null) base = base.where('u.path', 'like', `${scopePath}%`);
  if (query.unitId) base = base.where('a.unit_id', '=', query.unitId);
  if (query.action) base = base.where('a.action', '=', query.action);
  if (query.targetId) base = base.where('a.target_id', '=', query.targetId);
  const [rows, count] = await Promise.all([
    base
      .select([
        'a.id',
        'a.at',
        'a.actor_id',
        'p.full_name as actor_name',
        'a.unit_id',
        'u.full_name as unit_name',
        'a.action',
        'a.target_type',
        'a.target_id',
        'a.summary',
        'a.request_id',
      ])
      .orderBy('a.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
