/**
 * SQL of the national portal synchronisation: queueing a change with the dossier's sync state, claiming due
 * changes (FOR UPDATE SKIP LOCKED, one dossier's changes in seq order), recording outcomes, the backlog.
 */
import { sql } from 'kysely';
import type { Db, Executor, Tx } from '../../db/types.js';

/** The dossier as the portal record needs it (codes of its procedure and receiving unit). */
export async function selectPortalSnapshot(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier as d')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .innerJoin('unit as u', 'u.id', 'd.receiving_unit_id')
    .select([
      'd.code',
      'd.status',
      'd.channel',
      'd.received_at',
      'd.due_at',
      'd.finished_at',
      'd.returned_at',
      'p.code as procedure_code',
      sql<string>`coalesce(u.dossier_code_id, u.code)`.as('unit_code'),
    ])
    .where('d.id', '=', dossierId)
    .executeTakeFirstOrThrow();
}

/**
 * Queues a change and marks the dossier not synchronised until that change is delivered. A change already
 * queued (same dossier and seq) is left as it is. Returns whether a row was added.
 */
export async function insertPortalChange(
  trx: Tx,
  change: { dossierId: string; seq: number; payload: unknown; idempotencyKey: string; now: Date },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('portal_outbox')
    .values({
      dossier_id: change.dossierId,
      seq: change.seq,
      payload: JSON.stringify(change.payload),
      idempotency_key: change.idempotencyKey,
      next_attempt_at: change.now,
      created_at: change.now,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .execute();
  if (inserted.length === 0) return false;
  await trx
    .insertInto('portal_sync')
    .values({ dossier_id: change.dossierId, latest_seq: change.seq, changed_at: change.now, synced_at: null })
    .onConflict((oc) =>
      oc
        .column('dossier_id')
        .doUpdateSet({ latest_seq: change.seq, changed_at: change.now, synced_at: null }),
    )
    .execute();
  return true;
}

/** Changes 'sending' since before `staleBefore` (their process died) become due now, or 'dead' when spent. */
export async function reclaimStuckPortalChanges(
  db: Executor,
  now: Date,
  staleBefore: Date,
  maxAttempts: number,
) {
  const result = await db
    .updateTable('portal_outbox')
    .set({
      status: sql<'failed' | 'dead'>`case when attempts >= ${maxAttempts} then 'dead' else 'failed' end`,
      locked_at: null,
      next_attempt_at: now,
      last_error: 'Tiến trình gửi bị gián đoạn (interrupted while sending)',
    })
    .where('status', '=', 'sending')
    .where('locked_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Claims up to `limit` due changes in one statement, oldest first, skipping rows other loops hold; a change
 * waits while an earlier change of its dossier is undelivered, so the portal sees each dossier in order.
 */
export async function claimDuePortalChanges(db: Executor, now: Date, limit: number) {
  const rows = await db
    .updateTable('portal_outbox')
    .set({ status: 'sending', locked_at: now, attempts: sql<number>`attempts + 1` })
    .where('status', 'in', ['pending', 'failed'])
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('portal_outbox as o')
        .select('o.id')
        .where('o.status', 'in', ['pending', 'failed'])
        .where('o.next_attempt_at', '<=', now)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('portal_outbox as e')
                .select('e.id')
                .whereRef('e.dossier_id', '=', 'o.dossier_id')
                .whereRef('e.seq', '<', 'o.seq')
                .where('e.status', '<>', 'sent'),
            ),
          ),
        )
        .orderBy('o.next_attempt_at')
        .orderBy('o.created_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.seq - b.seq);
}

export type PortalOutboxRow = Awaited<ReturnType<typeof claimDuePortalChanges>>[number];
type Claim = Pick<PortalOutboxRow, 'id' | 'attempts' | 'dossier_id' | 'seq'>;

/** Records a delivery and, when it was the dossier's latest change, the dossier as synchronised. */
export async function markPortalChangeSent(db: Db, claim: Claim, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('portal_outbox')
      .set({ status: 'sent', sent_at: now, locked_at: null, last_error: null })
      .where('id', '=', claim.id)
      .where('status', '=', 'sending')
      .where('attempts', '=', claim.attempts)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return;
    await trx
      .updateTable('portal_sync')
      .set({ synced_at: now })
      .where('dossier_id', '=', claim.dossier_id)
      .where('latest_seq', '=', claim.seq)
      .execute();
  });
}

/** Records a failed attempt: due again at `retryAt`, or 'dead' when null; only while still this claim. */
export async function markPortalChangeFailed(
  db: Executor,
  claim: Claim,
  error: string,
  retryAt: Date | null,
) {
  await db
    .updateTable('portal_outbox')
    .set({
      status: retryAt ? 'failed' : 'dead',
      next_attempt_at: retryAt ?? sql<Date>`next_attempt_at`,
      locked_at: null,
      last_error: error.slice(0, 2000),
    })
    .where('id', '=', claim.id)
    .where('status', '=', 'sending')
    .where('attempts', '=', claim.attempts)
    .execute();
}

/** Gives back a claimed change not tried (a stopping loop): due now, its attempt uncounted. */
export async function releasePortalClaim(db: Executor, claim: Claim, now: Date): Promise<void> {
  await db
    .updateTable('portal_outbox')
    .set({
      status: sql<'pending' | 'failed'>`case when attempts - 1 = 0 then 'pending' else 'failed' end`,
      attempts: sql<number>`attempts - 1`,
      locked_at: null,
      next_attempt_at: now,
    })
    .where('id', '=', claim.id)
    .where('status', '=', 'sending')
    .where('attempts', '=', claim.attempts)
    .execute();
}

/** Backlog figures: undelivered changes by state, the oldest one's creation, synchronised dossiers. */
export async function selectPortalBacklog(db: Executor) {
  const row = await db
    .selectFrom('portal_outbox')
    .select([
      sql<number>`count(*) filter (where status <> 'sent')::int`.as('backlog'),
      sql<number>`count(*) filter (where status = 'failed')::int`.as('failed'),
      sql<number>`count(*) filter (where status = 'dead')::int`.as('dead'),
      sql<number>`count(*) filter (where status = 'sent')::int`.as('sent'),
      sql<Date | null>`min(created_at) filter (where status <> 'sent')`.as('oldest_at'),
    ])
    .executeTakeFirstOrThrow();
  const dossiers = await db
    .selectFrom('portal_sync')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where synced_at is not null)::int`.as('synced'),
    ])
    .executeTakeFirstOrThrow();
  return { ...row, dossiers };
}

/** The undelivered changes that failed at least once, most tried first (at most `limit`). */
export async function listPortalFailures(db: Executor, limit: number) {
  return db
    .selectFrom('portal_outbox as o')
    .innerJoin('dossier as d', 'd.id', 'o.dossier_id')
    .select(['o.id', 'o.dossier_id', 'd.code', 'o.seq', 'o.status', 'o.attempts', 'o.last_error'])
    .select(['o.next_attempt_at', 'o.created_at'])
    .where('o.status', 'in', ['failed', 'dead'])
    .orderBy('o.attempts', 'desc')
    .orderBy('o.created_at')
    .limit(limit)
    .execute();
}

/** Makes every failed or given-up change due now with its attempts reset; returns how many. */
export async function retryPortalChangesNow(trx: Tx, now: Date): Promise<number> {
  const result = await trx
    .updateTable('portal_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, last_error: null })
    .where('status', 'in', ['failed', 'dead'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
