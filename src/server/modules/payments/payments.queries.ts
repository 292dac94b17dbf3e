/**
 * All SQL of fee payments: the payment row of a dossier, received notifications, the dossier's fee lines and
 * the fee report's dossiers.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

export type PaymentRow = NonNullable<Awaited<ReturnType<typeof findPayment>>>;

/** The payment row of a dossier, or undefined before its first payment view. */
export async function findPayment(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier_payment as p')
    .leftJoin('app_user as r', 'r.id', 'p.recorded_by')
    .leftJoin('app_user as f', 'f.id', 'p.refunded_by')
    .selectAll('p')
    .select(['r.full_name as recorded_by_name', 'f.full_name as refunded_by_name'])
    .where('p.dossier_id', '=', dossierId)
    .executeTakeFirst();
}

/** Stores a dossier's payment reference and amount unless it has one (a concurrent first view keeps its own). */
export async function insertPaymentIfAbsent(
  db: Executor,
  row: { dossierId: string; reference: string; amount: number; now: Date },
): Promise<void> {
  await db
    .insertInto('dossier_payment')
    .values({
      dossier_id: row.dossierId,
      reference: row.reference,
      amount: row.amount,
      created_at: row.now,
    })
    .onConflict((oc) => oc.column('dossier_id').doNothing())
    .execute();
}

/** Keeps the asked amount in step with the fee lines while the payment is still open. */
export async function updateUnpaidAmount(db: Executor, dossierId: string, amount: number): Promise<void> {
  await db
    .updateTable('dossier_payment')
    .set({ amount })
    .where('dossier_id', '=', dossierId)
    .where('status', '=', 'unpaid')
    .where('amount', '<>', amount)
    .execute();
}

/** The payment a reference names, locked for the rest of the transaction. */
export async function findPaymentByReferenceForUpdate(db: Executor, reference: string) {
  return db
    .selectFrom('dossier_payment')
    .selectAll()
    .where('reference', '=', reference)
    .forUpdate()
    .executeTakeFirst();
}

/** Stores a notification unless its (provider, id) was received before; true when stored now. */
export async function insertNotificationIfNew(
  db: Executor,
  row: {
    id: string;
    provider: string;
    notificationId: string;
    reference: string | null;
    dossierId: string | null;
    amount: number;
    outcome: 'paid' | 'amount_mismatch' | 'unknown_reference' | 'already_settled';
    body: unknown;
    receivedAt: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('payment_notification')
    .values({
      id: row.id,
      provider: row.provider,
      notification_id: row.notificationId,
      reference: row.reference,
      dossier_id: row.dossierId,
      amount: row.amount,
      outcome: row.outcome,
      body: JSON.stringify(row.body),
      received_at: row.receivedAt,
    })
    .onConflict((oc) => oc.columns(['provider', 'notification_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** True when this provider already sent this notification id. */
export async function hasNotification(db: Executor, provider: string, notificationId: string) {
  const row = await db
    .selectFrom('payment_notification')
    .select('id')
    .where('provider', '=', provider)
    .where('notification_id', '=', notificationId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks an unpaid payment paid; false when it was settled meanwhile. */
export async function markPaymentPaid(
  db: Executor,
  dossierId: string,
  paid: {
    method: 'cash' | 'transfer' | 'online';
    receiptNumber: string;
    payerName: string | null;
    paidAt: Date;
    recordedBy: string | null;
    notificationId: string | null;
    amount: number;
  },
): Promise<boolean> {
  const updated = await db
    .updateTable('dossier_payment')
    .set({
      status: 'paid',
      method: paid.method,
      receipt_number: paid.receiptNumber,
      payer_name: paid.payerName,
      paid_at: paid.paidAt,
      paid_online_at: paid.method === 'online' ? paid.paidAt : null,
      recorded_by: paid.recordedBy,
      notification_id: paid.notificationId,
      amount: paid.amount,
    })
    .where('dossier_id', '=', dossierId)
    .where('status', '=', 'unpaid')
    .returning('dossier_id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** Marks a paid payment refunded; false when it is not (or no longer) paid. */
export async function markPaymentRefunded(
  db: Executor,
  dossierId: string,
  refund: { reason: string; by: string; at: Date },
): Promise<boolean> {
  const updated = await db
    .updateTable('dossier_payment')
    .set({ status: 'refunded', refund_reason: refund.reason, refunded_by: refund.by, refunded_at: refund.at })
    .where('dossier_id', '=', dossierId)
    .where('status', '=', 'paid')
    .returning('dossier_id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** The dossier's fee lines, locked for the rest of the transaction. */
export async function findDossierFeesForUpdate(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier')
    .select(['id', 'code', 'fees', 'receiving_unit_id', 'applicant'])
    .where('id', '=', dossierId)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Writes the dossier's fee lines and moves its version on (a payment changes what the dossier owes); with
 * `version`, only while the dossier is still at it. Undefined when no row was written.
 */
export async function updateDossierFees(
  db: Executor,
  dossierId: string,
  fees: unknown,
  now: Date,
  version?: number,
) {
  let query = db
    .updateTable('dossier')
    .set((eb) => ({ fees: JSON.stringify(fees), updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', dossierId);
  if (version !== undefined) query = query.where('version', '=', version);
  return query.returning('id').executeTakeFirst();
}

/** Payment statuses of dossiers, for lists and the tracking page. */
export async function listPaymentStatuses(db: Executor, dossierIds: string[]) {
  if (dossierIds.length === 0) return [];
  return db
    .selectFrom('dossier_payment')
    .select(['dossier_id', 'status'])
    .where('dossier_id', 'in', dossierIds)
    .execute();
}

/** What the electronic receipt prints of a dossier. */
export async function findReceiptDossier(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier as d')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .select([
      'd.id',
      'd.code',
      'd.applicant',
      'd.fees',
      'd.receiving_unit_id',
      'd.authority_unit_id',
      'p.name as procedure_name',
    ])
    .where('d.id', '=', dossierId)
    .executeTakeFirst();
}

/**
 * The fee report's dossiers: submitted or received in [from, to), owing a fee (a line with an amount), whose
 * receiving unit lies in `scopePath`'s subtree (every unit when null), newest first, at most `limit`.
 */
export async function listFeeReportDossiers(
  db: Executor,
  p: { scopePath: string | null; from: Date; to: Date; limit: number },
) {
  const { scopePath } = p;
  return db
    .selectFrom('dossier as d')
    .innerJoin('procedure as pr', 'pr.id', 'd.procedure_id')
    .innerJoin('unit as u', 'u.id', 'd.receiving_unit_id')
    .leftJoin('dossier_payment as pay', 'pay.dossier_id', 'd.id')
    .select([
      'd.id',
      'd.code',
      'd.applicant',
      'd.fees',
      'd.created_at',
      'pr.name as procedure_name',
      'u.full_name as unit_name',
      'pay.status as payment_status',
      'pay.method',
      'pay.receipt_number',
      'pay.paid_at',
      'pay.refunded_at',
    ])
    .where('d.created_at', '>=', p.from)
    .where('d.created_at', '<', p.to)
    .where(
      sql<boolean>`exists (select 1 from jsonb_array_elements(d.fees) f where (f->>'amount')::numeric > 0)`,
    )
    .$if(scopePath !== null, (qb) => qb.where('d.receiving_path', 'like', `${scopePath}%`))
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id')
    .limit(p.limit)
    .execute();
}
