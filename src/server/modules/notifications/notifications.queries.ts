/** SQL of notifications: the outbox (enqueue, claim, finish, reclaim) and the development sink. */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';
import { dossierInScope } from '../dossiers/dossier-scope.queries.js';
import type { RecipientChannel } from './channels/channel.js';

/** A message to queue. `payload` is the stored payload (see `notifications.events.ts`). */
export interface NewOutboxRow {
  dossierId: string | null;
  event: string;
  channel: RecipientChannel;
  address: string;
  payload: unknown;
  idempotencyKey: string;
  now: Date;
}

/** Queues messages; one whose idempotency key is already queued is skipped. Returns how many were added. */
export async function insertOutboxRows(db: Executor, rows: readonly NewOutboxRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('notification_outbox')
    .values(
      rows.map((row) => ({
        dossier_id: row.dossierId,
        event: row.event,
        channel: row.channel,
        address: row.address,
        payload: JSON.stringify(row.payload),
        idempotency_key: row.idempotencyKey,
        next_attempt_at: row.now,
        created_at: row.now,
      })),
    )
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/**
 * Rows 'sending' since before `staleBefore` belong to a process that died mid-delivery: they become due
 * again now ('failed'), or 'dead' when they have used every attempt. Returns the number of rows touched.
 */
export async function reclaimStuckNotifications(
  db: Executor,
  now: Date,
  staleBefore: Date,
  maxAttempts: number,
): Promise<number> {
  const result = await db
    .updateTable('notification_outbox')
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
 * Claims up to `limit` due rows in one statement: locks them with FOR UPDATE SKIP LOCKED (so concurrent
 * workers take different rows), marks them 'sending' and counts the attempt. Oldest due first.
 */
export async function claimDueNotifications(db: Executor, now: Date, limit: number) {
  const rows = await db
    .updateTable('notification_outbox')
    .set({ status: 'sending', locked_at: now, attempts: sql<number>`attempts + 1` })
    .where('status', 'in', ['pending', 'failed'])
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('notification_outbox')
        .select('id')
        .where('status', 'in', ['pending', 'failed'])
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime());
}

export type OutboxRow = Awaited<ReturnType<typeof claimDueNotifications>>[number];

/** Records a delivery. */
export async function markNotificationSent(db: Executor, id: string, now: Date, via: string): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set({ status: 'sent', sent_at: now, delivered_via: via, locked_at: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/**
 * Records a failed attempt: due again at `retryAt`, or 'dead' when `retryAt` is null. Only while the row is
 * still this attempt's claim (a reclaimed row belongs to whoever claimed it next).
 */
export async function markNotificationFailed(
  db: Executor,
  claim: { id: string; attempts: number },
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .updateTable('notification_outbox')
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

/** A message kept by the development sink. */
export interface SinkMessage {
  outboxId: string;
  dossierId: string | null;
  channel: string;
  address: string;
  subject: string;
  body: string;
  receivedAt: Date;
}

/** Keeps a message in the development sink; a second delivery of the same outbox row adds nothing. */
export async function insertSinkMessage(db: Executor, message: SinkMessage): Promise<void> {
  await db
    .insertInto('notification_sink')
    .values({
      outbox_id: message.outboxId,
      dossier_id: message.dossierId,
      channel: message.channel,
      address: message.address,
      subject: message.subject,
      body: message.body,
      received_at: message.receivedAt,
    })
    .onConflict((oc) => oc.column('outbox_id').doNothing())
    .execute();
}

/**
 * Sink messages, newest first. `scopePath` limits them to dossiers in that unit's scope
 * (null: everything, for the system administrator).
 */
export async function listSinkMessages(
  db: Executor,
  filter: { scopePath: string | null; dossierId?: string | undefined },
  page: { page: number; pageSize: number },
) {
  let query = db
    .selectFrom('notification_sink as s')
    .innerJoin('notification_outbox as o', 'o.id', 's.outbox_id')
    .leftJoin('dossier as d', 'd.id', 's.dossier_id');
  if (filter.dossierId) query = query.where('s.dossier_id', '=', filter.dossierId);
  if (filter.scopePath !== null) {
    query = query.where(dossierInScope(filter.scopePath));
  }
  const [rows, count] = await Promise.all([
    query
      .select([
        's.id',
        's.outbox_id',
        's.dossier_id',
        'd.code as dossier_code',
        'o.event',
        's.channel',
        's.address',
        's.subject',
        's.body',
        's.received_at',
      ])
      .orderBy('s.received_at', 'desc')
      .orderBy('s.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** The outbox rows of a dossier, oldest first. */
export async function listDossierNotifications(db: Executor, dossierId: string) {
  return db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at')
    .orderBy('channel')
    .execute();
}
