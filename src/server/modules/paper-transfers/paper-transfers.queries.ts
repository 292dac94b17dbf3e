/**
 * SQL of paper transfers: a paper dossier's due time and destination (written at receipt), transfer batches
 * (phiếu chuyển hồ sơ) with their numbering and items, and the lists read by the one-stop, the receiving
 * unit and leaders. Unit scope is a prefix match on `unit.path` (never upward).
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

/**
 * The first step of the dossier's own workflow that is not done at the one-stop (alias of the dossier: `d`);
 * none when the whole procedure is handled at the one-stop, so its paper never leaves.
 */
const FIRST_STEP_OUTSIDE_ONE_STOP = sql<{ step_id: string }>`(
  select s->>'id' as step_id
    from procedure_version pv,
         jsonb_array_elements(pv.definition->'workflows') w,
         jsonb_array_elements(w->'steps') with ordinality as st(s, n)
   where pv.id = d.procedure_version_id
     and w->>'id' = coalesce(
           (select v->>'workflowId' from jsonb_array_elements(pv.definition->'variants') v where v->>'id' = d.variant_id),
           pv.definition->>'defaultWorkflowId')
     and s->>'unitKind' <> 'one_stop'
   order by st.n
   limit 1)`;

/**
 * Records the transfer a received paper dossier owes: to the unit of its first step outside the one-stop
 * (resolved like the dossier's step scope, `dossier_step_unit_path`), due at `dueAt`. Nothing for online
 * dossiers, for procedures handled wholly at the one-stop, or when a record exists. True when written.
 */
export async function insertPaperTransfer(
  db: Executor,
  row: { dossierId: string; receivedAt: Date; dueAt: Date; now: Date },
): Promise<boolean> {
  const result = await sql`
    insert into paper_transfer (dossier_id, from_unit_id, to_unit_id, received_at, due_at, created_at)
    select d.id, d.receiving_unit_id, u.id, ${row.receivedAt}, ${row.dueAt}, ${row.now}
      from dossier d
      cross join lateral ${FIRST_STEP_OUTSIDE_ONE_STOP} s
      join unit u on u.path = dossier_step_unit_path(d.procedure_version_id, d.variant_id, s.step_id,
                                                     d.receiving_path, d.authority_unit_id)
     where d.id = ${row.dossierId}
       and d.channel <> 'online'
       and u.id <> d.receiving_unit_id
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/**
 * Received paper dossiers of one-stop units in the subtree that are still at a one-stop step and have no
 * transfer record (dossiers received before migration 0030): what the backfill computes due times for.
 */
export async function listBackfillCandidates(db: Executor, unitPath: string, limit: number) {
  return db
    .selectFrom('dossier as d')
    .select(['d.id', 'd.received_at', 'd.calendar_version_id'])
    .where('d.receiving_path', 'like', `${unitPath}%`)
    .where('d.channel', '<>', 'online')
    .where('d.received_at', 'is not', null)
    .where('d.finished_at', 'is', null)
    .where('d.status', 'in', ['received', 'processing'])
    .whereRef('d.step_path', '=', 'd.receiving_path')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('paper_transfer as t').select('t.dossier_id').whereRef('t.dossier_id', '=', 'd.id'),
        ),
      ),
    )
    .orderBy('d.received_at')
    .limit(limit)
    .execute();
}

/** One paper dossier with its transfer, units and batch: the shape every list reads. */
function selectTransfers(db: Executor) {
  return db
    .selectFrom('paper_transfer as t')
    .innerJoin('dossier as d', 'd.id', 't.dossier_id')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .innerJoin('unit as fu', 'fu.id', 't.from_unit_id')
    .innerJoin('unit as tu', 'tu.id', 't.to_unit_id')
    .leftJoin('paper_transfer_item as i', 'i.dossier_id', 't.dossier_id')
    .leftJoin('paper_transfer_batch as b', 'b.id', 'i.batch_id')
    .select([
      't.dossier_id',
      't.received_at',
      't.due_at',
      'd.code',
      sql<string>`d.applicant->>'fullName'`.as('applicant_name'),
      'd.finished_at',
      'p.name as procedure_name',
      'fu.id as from_unit_id',
      'fu.full_name as from_unit_name',
      'fu.path as from_path',
      'tu.id as to_unit_id',
      'tu.full_name as to_unit_name',
      'tu.path as to_path',
      'b.id as batch_id',
      'b.number as batch_number',
      'b.handed_at',
      'b.received_at as confirmed_at',
    ]);
}
export type TransferRow = Awaited<ReturnType<typeof findTransfer>> & object;

/** The transfer of one dossier, or undefined when it owes none. */
export async function findTransfer(db: Executor, dossierId: string) {
  return selectTransfers(db).where('t.dossier_id', '=', dossierId).executeTakeFirst();
}

/** Dossiers of one-stop units in the subtree not yet handed over (unfinished), earliest due first. */
export async function listAwaiting(db: Executor, unitPath: string) {
  return selectTransfers(db)
    .where('fu.path', 'like', `${unitPath}%`)
    .where('i.batch_id', 'is', null)
    .where('d.finished_at', 'is', null)
    .orderBy('t.due_at')
    .orderBy('d.code')
    .limit(500)
    .execute();
}

/** The chosen dossiers, for a new batch (locked so two batches cannot take the same dossier). */
export async function listTransfersForBatch(db: Executor, dossierIds: string[]) {
  return selectTransfers(db).where('t.dossier_id', 'in', dossierIds).execute();
}

/**
 * Late transfers touching the subtree (sent from or to it): handed over after the due time, or still not
 * handed over (and unfinished) past it; latest due first.
 */
export async function listLate(db: Executor, unitPath: string, now: Date) {
  const prefix = `${unitPath}%`;
  return selectTransfers(db)
    .where((eb) => eb.or([eb('fu.path', 'like', prefix), eb('tu.path', 'like', prefix)]))
    .where((eb) =>
      eb.or([
        eb('b.handed_at', '>', eb.ref('t.due_at')),
        eb.and([eb('i.batch_id', 'is', null), eb('d.finished_at', 'is', null), eb('t.due_at', '<', now)]),
      ]),
    )
    .orderBy('t.due_at', 'desc')
    .limit(500)
    .execute();
}

/** The items of a batch in slip order. */
export async function listBatchItems(db: Executor, batchId: string) {
  return selectTransfers(db).where('i.batch_id', '=', batchId).orderBy('i.position').execute();
}

/** Next slip number of a sending unit in a year; the row lock makes it gap-free under concurrency. */
export async function nextBatchSequence(db: Executor, unitId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('paper_transfer_sequence')
    .values({ unit_id: unitId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'year']).doUpdateSet({ last: sql<number>`paper_transfer_sequence.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insertBatch(
  db: Executor,
  batch: {
    id: string;
    fromUnitId: string;
    toUnitId: string;
    year: number;
    seq: number;
    number: string;
    handedBy: string;
    handedAt: Date;
  },
  dossierIds: string[],
): Promise<void> {
  await db
    .insertInto('paper_transfer_batch')
    .values({
      id: batch.id,
      from_unit_id: batch.fromUnitId,
      to_unit_id: batch.toUnitId,
      year: batch.year,
      seq: batch.seq,
      number: batch.number,
      handed_by: batch.handedBy,
      handed_at: batch.handedAt,
    })
    .execute();
  await db
    .insertInto('paper_transfer_item')
    .values(
      dossierIds.map((dossierId, index) => ({
        batch_id: batch.id,
        dossier_id: dossierId,
        position: index + 1,
      })),
    )
    .execute();
}

function selectBatches(db: Executor) {
  return db
    .selectFrom('paper_transfer_batch as b')
    .innerJoin('unit as fu', 'fu.id', 'b.from_unit_id')
    .innerJoin('unit as tu', 'tu.id', 'b.to_unit_id')
    .innerJoin('app_user as g', 'g.id', 'b.handed_by')
    .leftJoin('app_user as r', 'r.id', 'b.received_by')
    .select([
      'b.id',
      'b.number',
      'b.handed_at',
      'b.received_at',
      'b.handed_by',
      'b.received_by',
      'g.full_name as handed_by_name',
      'r.full_name as received_by_name',
      'fu.id as from_unit_id',
      'fu.full_name as from_unit_name',
      'fu.path as from_path',
      'tu.id as to_unit_id',
      'tu.full_name as to_unit_name',
      'tu.path as to_path',
      sql<number>`(select count(*) from paper_transfer_item i where i.batch_id = b.id)::int`.as('item_count'),
      sql<number>`(select count(*) from paper_transfer_item i join paper_transfer t on t.dossier_id = i.dossier_id
                   where i.batch_id = b.id and t.due_at < b.handed_at)::int`.as('late_count'),
    ]);
}
export type BatchRow = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

export async function findBatch(db: Executor, id: string) {
  return selectBatches(db).where('b.id', '=', id).executeTakeFirst();
}

/** The batch row locked for confirmation. */
export async function lockBatch(db: Executor, id: string) {
  return db
    .selectFrom('paper_transfer_batch')
    .select(['id', 'received_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Batches sent from or to a unit of the subtree, newest first. */
export async function listBatches(db: Executor, unitPath: string) {
  const prefix = `${unitPath}%`;
  return selectBatches(db)
    .where((eb) => eb.or([eb('fu.path', 'like', prefix), eb('tu.path', 'like', prefix)]))
    .orderBy('b.handed_at', 'desc')
    .limit(200)
    .execute();
}

export async function confirmBatch(
  db: Executor,
  id: string,
  receivedBy: string,
  receivedAt: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('paper_transfer_batch')
    .set({ received_by: receivedBy, received_at: receivedAt })
    .where('id', '=', id)
    .where('received_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
