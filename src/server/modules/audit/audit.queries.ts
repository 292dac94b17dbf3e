/** SQL of the audit log: append (chained, serialised by an advisory lock), list, read for verification. */
import { sql } from 'kysely';
import { computeAuditHash, GENESIS_HASH, type StoredAuditEntry } from '../../../domain/audit/chain.js';
import type { AuditListQuery } from '../../../contracts/audit.js';
import type { Executor, Tx } from '../../db/types.js';

const AUDIT_LOCK_KEY = 74_210_002;

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
 * Appends one entry inside the caller's transaction. The transaction-scoped advisory lock makes appends
 * strictly sequential, so every entry links to the one committed just before it.
 */
export async function appendAudit(trx: Tx, input: AuditInput): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = computeAuditHash(input, prevHash);
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
      prev_hash: prevHash,
      hash,
    })
    .execute();
}

/** Reads up to `limit` entries with id greater than `afterId`, in id order. */
export async function readAuditBatch(
  db: Executor,
  afterId: number,
  limit: number,
): Promise<StoredAuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    at: row.at,
    actorId: row.actor_id,
    actorUnitId: row.actor_unit_id,
    unitId: row.unit_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    summary: row.summary,
    requestId: row.request_id,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
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
