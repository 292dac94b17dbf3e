/** SQL of dossiers: the row with its derived state, the append-only action log, code sequences, queues. */
import { sql, type RawBuilder } from 'kysely';
import type { DossierListQuery } from '../../../contracts/dossiers.js';
import type { DossierAction, DossierState } from '../../../domain/dossiers/state.js';
import { foldedContainsPattern, foldedSql } from '../../db/fold.js';
import type { Executor } from '../../db/types.js';
import { dossierInScope } from './dossier-scope.queries.js';
import { actionsOfDossier } from '../../db/dossier-action.queries.js';

/**
 * A text field of the dossier's current step (`task`, `unitName`), read from its own procedure version and
 * its own workflow (step ids repeat across a procedure's workflows) without loading the whole definition.
 */
function currentStepText(field: 'task' | 'unitName') {
  return sql<
    string | null
  >`(select s->>${field} from procedure_version pv, jsonb_array_elements(pv.definition->'workflows') w, jsonb_array_elements(w->'steps') s where pv.id = d.procedure_version_id and s->>'id' = d.current_step_id and w->>'id' = coalesce((select v->>'workflowId' from jsonb_array_elements(pv.definition->'variants') v where v->>'id' = d.variant_id), pv.definition->>'defaultWorkflowId') limit 1)`;
}

/** The dossier of a tracking code with what tracking shows of it and the PIN hash that opens it. */
function selectTracked(db: Executor, code: string) {
  return db
    .selectFrom('dossier as d')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .select([
      'd.id',
      'd.code',
      'd.status',
      'd.received_at',
      'd.due_at',
      'd.returned_at',
      'd.tracking_pin_hash',
      'd.fees',
      'p.name as procedure_name',
      currentStepText('task').as('step_task'),
      currentStepText('unitName').as('step_unit'),
    ])
    .where('d.code', '=', code);
}

/** What public tracking shows, and the PIN hash that opens it: no definition, no state document. */
export async function findTrackingRow(db: Executor, code: string) {
  return selectTracked(db, code).executeTakeFirst();
}

/** An approved apology as public tracking shows it (instants as ISO text: they come through JSON). */
export interface TrackingApologyJson {
  id: string;
  reason: string;
  unitName: string;
  previousDueAt: string;
  newDueAt: string;
  issuedAt: string;
}

/**
 * Everything public tracking shows, in ONE statement (one round trip): the row and the PIN hash that opens
 * it, the public history (what happened and when: no actors, no notes; explanations are internal
 * accountability, the citizen sees the apology instead), the approved apologies, the payment
 * state and whether a signed result exists; with `blockedUntil`, the attempt limits' state read under the
 * same statement (`blockedUntilColumn`).
 */
export async function findTrackingView(db: Executor, code: string, blockedUntil: RawBuilder<Date | null>) {
  return selectTracked(db, code)
    .select([
      blockedUntil.as('blocked_until'),
      sql<{ type: string; at: string }[]>`coalesce((
        select json_agg(json_build_object('type', a.type, 'at', a.at) order by a.seq)
        from dossier_action a where a.dossier_id = d.id and a.dossier_created_at = d.created_at
        and a.type <> 'explain'), '[]'::json)`.as('history'),
      sql<TrackingApologyJson[]>`coalesce((
        select json_agg(json_build_object('id', ap.id, 'reason', ap.reason, 'unitName', un.full_name,
          'previousDueAt', ap.previous_due_at, 'newDueAt', ap.proposed_due_at,
          'issuedAt', coalesce(ap.decided_at, ap.created_at)) order by ap.decided_at)
        from dossier_apology ap join unit un on un.id = ap.unit_id
        where ap.dossier_id = d.id and ap.status = 'approved'), '[]'::json)`.as('apologies'),
      sql<
        'unpaid' | 'paid' | 'refunded' | null
      >`(select pay.status from dossier_payment pay where pay.dossier_id = d.id limit 1)`.as(
        'payment_status',
      ),
      sql<boolean>`exists (select 1 from signed_result s where s.dossier_id = d.id)`.as('has_signed_result'),
    ])
    .executeTakeFirst();
}

/**
 * The next line of a unit's tracking book in `volume`: the counter row is bumped and read in one statement,
 * so concurrent receipts get distinct consecutive lines and wait only for each other's commit.
 */
export async function nextBookLine(db: Executor, unitId: string, volume: number): Promise<number> {
  const row = await db
    .insertInto('tracking_book_counter')
    .values({ unit_id: unitId, volume, last: 1 })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'volume']).doUpdateSet({ last: sql<number>`tracking_book_counter.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** Enters a just-received dossier in its unit's tracking book (only once: a line is never renumbered). */
export async function setBookLine(
  db: Executor,
  dossierId: string,
  book: { volume: number; line: number },
): Promise<void> {
  await db
    .updateTable('dossier')
    .set({ book_volume: book.volume, book_line: book.line })
    .where('id', '=', dossierId)
    .where('book_line', 'is', null)
    .execute();
}

/** The number and tracking-book line a dossier got at the end of its intake (see `createDossier`). */
export async function setIntakeNumbers(
  db: Executor,
  dossierId: string,
  code: string | null,
  book: { volume: number; line: number } | null,
): Promise<void> {
  await db
    .updateTable('dossier')
    .set({ code, book_volume: book?.volume ?? null, book_line: book?.line ?? null })
    .where('id', '=', dossierId)
    .execute();
}

/** Next number of a unit's daily sequence; the row lock makes it gap-free under concurrency. */
export async function nextDailySequence(db: Executor, unitId: string, day: string): Promise<number> {
  const row = await db
    .insertInto('dossier_sequence')
    .values({ unit_id: unitId, day, last: 1 })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'day']).doUpdateSet({ last: sql<number>`dossier_sequence.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

function selectDossier(db: Executor) {
  return db
    .selectFrom('dossier as d')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .innerJoin('procedure_version as pv', 'pv.id', 'd.procedure_version_id')
    .innerJoin('unit as ru', 'ru.id', 'd.receiving_unit_id')
    .leftJoin('app_user as h', 'h.id', 'd.current_holder_id')
    .selectAll('d')
    .select([
      'p.code as procedure_code',
      'p.name as procedure_name',
      'pv.number as procedure_version_number',
      'pv.definition',
      'ru.full_name as receiving_unit_name',
      'h.full_name as holder_name',
    ]);
}

export type DossierRow = NonNullable<Awaited<ReturnType<typeof findDossier>>>;

export async function findDossier(db: Executor, id: string) {
  return selectDossier(db).where('d.id', '=', id).executeTakeFirst();
}

/**
 * Everything the dossier page reads about one dossier, in TWO statements: the row with the names of every
 * official who held one of its steps, whether an apology waits for a decision and the late-work rules in
 * force at `now`; then its logged actions with their actors' names, read with the dossier's creation month as
 * a value so that only its own partition is planned (`actionsOfDossier`).
 */
export async function findDossierPage(db: Executor, id: string, now: Date) {
  const row = await selectDossier(db)
    .select([
      sql<Record<string, string> | null>`(
        select json_object_agg(hu.id, hu.full_name) from app_user hu
        where hu.id in (select (period->>'holderId')::uuid from jsonb_array_elements(d.state->'periods') period
          where period->>'holderId' is not null))`.as('page_holder_names'),
      sql<boolean>`exists (select 1 from dossier_apology ap where ap.dossier_id = d.id and ap.status = 'pending')`.as(
        'page_pending_apology',
      ),
      sql<{ version: number; effective_from: string; rules: unknown } | null>`(
        select json_build_object('version', r.version, 'effective_from', r.effective_from, 'rules', r.rules)
        from late_work_rule r where r.effective_from <= ${now} order by r.version desc limit 1)`.as(
        'page_late_rules',
      ),
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { page_holder_names, page_pending_apology, page_late_rules, ...dossier } = row;
  const actions = await db
    .selectFrom('dossier_action as a')
    .leftJoin('app_user as u', 'u.id', 'a.actor_id')
    .select(['a.seq', 'a.type', 'a.at', 'a.actor_id', 'a.step_id', 'a.payload', 'u.full_name as actor_name'])
    .where(actionsOfDossier('a', { id, createdAt: dossier.created_at }))
    .orderBy('a.seq')
    .execute();
  return {
    row: dossier,
    actions,
    holderNames: new Map(Object.entries(page_holder_names ?? {})),
    pendingApology: page_pending_apology,
    lateRules: page_late_rules,
  };
}

export async function findDossierByCode(db: Executor, code: string) {
  return selectDossier(db).where('d.code', '=', code).executeTakeFirst();
}

/** A dossier as intake inserts it; its number and book line come last (`setIntakeNumbers`). */
export interface NewDossier {
  id: string;
  receivingUnitId: string;
  authorityUnitId: string;
  scopePath: string;
  procedureId: string;
  procedureVersionId: string;
  variantId: string | null;
  calendarVersionId: string;
  channel: 'counter' | 'online' | 'postal';
  assisted: boolean;
  applicant: unknown;
  applicantUserId: string | null;
  documents: unknown;
  fees: unknown;
  trackingPinHash: string;
  returnMethod: 'counter' | 'post' | 'online';
  now: Date;
}

/** Writes the derived state columns from a state (the same mapping on insert and on every action). */
export function stateColumns(state: DossierState) {
  const at = (ms: number | null) => (ms === null ? null : new Date(ms));
  return {
    status: state.status ?? 'submitted',
    outcome: state.outcome,
    current_step_id: state.stepId,
    current_holder_id: state.holderId,
    step_due_at: at(state.stepDueAt),
    received_at: at(state.receivedAt),
    due_at: at(state.dueAt),
    original_due_at: at(state.originalDueAt ?? state.dueAt),
    finished_at: at(state.finishedAt),
    returned_at: at(state.returnedAt),
    state: JSON.stringify(state),
    last_seq: state.lastSeq,
  };
}

export async function insertDossier(db: Executor, dossier: NewDossier, state: DossierState): Promise<void> {
  await db
    .insertInto('dossier')
    .values({
      id: dossier.id,
      receiving_unit_id: dossier.receivingUnitId,
      authority_unit_id: dossier.authorityUnitId,
      scope_path: dossier.scopePath,
      procedure_id: dossier.procedureId,
      procedure_version_id: dossier.procedureVersionId,
      variant_id: dossier.variantId,
      calendar_version_id: dossier.calendarVersionId,
      channel: dossier.channel,
      assisted: dossier.assisted,
      applicant: JSON.stringify(dossier.applicant),
      applicant_user_id: dossier.applicantUserId,
      documents: JSON.stringify(dossier.documents),
      fees: JSON.stringify(dossier.fees),
      tracking_pin_hash: dossier.trackingPinHash,
      return_method: dossier.returnMethod,
      created_at: dossier.now,
      updated_at: dossier.now,
      ...stateColumns(state),
    })
    .execute();
}

/** Stores a new state if the row is still at `version`; false when someone else acted first. */
export async function updateDossierState(
  db: Executor,
  id: string,
  version: number,
  state: DossierState,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('dossier')
    .set((eb) => ({ ...stateColumns(state), updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

/**
 * Appends a dossier's actions in one statement. The partition key (`dossier_created_at`, migration 0050) is
 * read from the dossier row in the insert itself, so no caller can file an action under another month.
 */
export async function insertActions(
  db: Executor,
  dossierId: string,
  actions: { action: DossierAction; actorUnitId: string | null; stepId: string | null }[],
): Promise<void> {
  if (actions.length === 0) return;
  const rows = actions.map(
    ({ action, actorUnitId, stepId }) =>
      sql`(${action.seq}::int, ${action.type}::text, ${new Date(action.at)}::timestamptz, ${action.actorId}::uuid,
        ${actorUnitId}::uuid, ${stepId}::text, ${JSON.stringify(action.payload)}::jsonb)`,
  );
  const result = await sql`
    insert into dossier_action (dossier_id, seq, type, at, actor_id, actor_unit_id, step_id, payload,
      dossier_created_at)
    select d.id, v.seq, v.type, v.at, v.actor_id, v.actor_unit_id, v.step_id, v.payload, d.created_at
    from dossier d cross join (values ${sql.join(rows)})
      as v (seq, type, at, actor_id, actor_unit_id, step_id, payload)
    where d.id = ${dossierId}`.execute(db);
  if (Number(result.numAffectedRows ?? 0) !== actions.length) {
    throw new Error(`insertActions: dossier ${dossierId} not found`);
  }
}

/** Queues an official works through by deadline (soonest due first); every other list shows the newest first. */
const DEADLINE_QUEUES: ReadonlySet<DossierListQuery['queue']> = new Set([
  'mine',
  'unit_unassigned',
  'due_today',
  'late',
]);

function isWorkedByDeadline(who: { applicantUserId?: string }, query: DossierListQuery): boolean {
  return !who.applicantUserId && DEADLINE_QUEUES.has(query.queue);
}

/** Work queues: the official's own, the unit's unassigned, due today, late, waiting for the citizen, new online. */
export async function listQueue(
  db: Executor,
  who: { userId: string; scopePath: string | null; applicantUserId?: string },
  query: DossierListQuery,
  now: Date,
  endOfToday: Date,
) {
  let base = db.selectFrom('dossier as d');
  if (who.applicantUserId) base = base.where('d.applicant_user_id', '=', who.applicantUserId);
  else if (who.scopePath !== null) {
    base = base.where(dossierInScope(who.scopePath));
  }
  switch (query.queue) {
    case 'mine':
      base = base.where('d.current_holder_id', '=', who.userId).where('d.finished_at', 'is', null);
      break;
    case 'unit_unassigned':
      base = base
        .where('d.current_holder_id', 'is', null)
        .where('d.finished_at', 'is', null)
        .where('d.status', 'in', ['received', 'processing']);
      break;
    case 'due_today':
      base = base
        .where('d.finished_at', 'is', null)
        .where('d.due_at', '<=', endOfToday)
        .where('d.due_at', '>', now);
      break;
    case 'late':
      base = base
        .where('d.finished_at', 'is', null)
        .where('d.due_at', '<', now)
        .where('d.status', 'in', ['received', 'processing']);
      break;
    case 'waiting':
      base = base.where('d.status', 'in', ['supplement_requested', 'withdrawal_requested', 'processed']);
      break;
    case 'submitted':
      base = base.where('d.status', '=', 'submitted');
      break;
    case 'all':
      break;
  }
  if (query.q) {
    const pattern = foldedContainsPattern(query.q);
    const codePattern = `%${query.q.toUpperCase()}%`;
    base = base.where((eb) =>
      eb.or([
        eb(sql<string>`upper(d.code)`, 'like', codePattern),
        eb(foldedSql(sql`d.applicant->>'fullName'`), 'like', pattern),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
      .leftJoin('app_user as h', 'h.id', 'd.current_holder_id')
      .select([
        'd.id',
        'd.code',
        'd.status',
        'p.name as procedure_name',
        sql<string>`d.applicant->>'fullName'`.as('applicant_name'),
        'd.current_step_id',
        'h.full_name as holder_name',
        'd.step_due_at',
        'd.due_at',
        'd.received_at',
        'd.finished_at',
        'd.calendar_version_id',
        // new return dates used (the queue's apology warning)
        sql<number>`coalesce((d.state->>'extensions')::int, 0)`.as('extensions'),
      ])
      .select(currentStepText('task').as('current_step_task'))
      .$if(isWorkedByDeadline(who, query), (q) => q.orderBy('d.due_at', 'asc'))
      .orderBy('d.created_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** A citizen account by id (its ID number and whether it is active); undefined for officials. */
export async function findCitizenAccount(db: Executor, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'id_number', 'active'])
    .where('id', '=', userId)
    .where('kind', '=', 'citizen')
    .executeTakeFirst();
}

/** Whether a unit offers a procedure at its counter (the row, or undefined). */
export async function findUnitOffer(db: Executor, unitId: string, procedureId: string) {
  return db
    .selectFrom('unit_procedure')
    .select('unit_id')
    .where('unit_id', '=', unitId)
    .where('procedure_id', '=', procedureId)
    .executeTakeFirst();
}

/** Links the uploader's still-unlinked attachments among `ids` to the dossier; returns the ids linked. */
export async function linkUnlinkedAttachments(
  db: Executor,
  dossierId: string,
  uploaderId: string,
  ids: string[],
) {
  return db
    .updateTable('attachment')
    .set({ dossier_id: dossierId })
    .where('id', 'in', ids)
    .where('uploaded_by', '=', uploaderId)
    .where('dossier_id', 'is', null)
    .returning('id')
    .execute();
}

/** A person a dossier may be handed to: whether the account is active and the path of its unit. */
export async function findAssignee(db: Executor, userId: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('unit as un', 'un.id', 'u.unit_id')
    .select(['u.id', 'un.path', 'u.active'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

/** The "result ready" notice queued for a dossier's citizen, if any. */
export async function findResultReadyNotice(db: Executor, dossierId: string) {
  return db
    .selectFrom('notification_outbox')
    .select('id')
    .where('dossier_id', '=', dossierId)
    .where('event', '=', 'dossier.result_ready')
    .executeTakeFirst();
}

/** Drafts of online submissions with their procedure's name. */
function selectDrafts(db: Executor) {
  return db
    .selectFrom('dossier_draft as d')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .select(['d.id', 'd.procedure_id', 'd.receiving_unit_id', 'd.data', 'd.updated_at', 'p.name']);
}

/** A person's drafts, the most recently saved first. */
export async function listDraftsOfUser(db: Executor, userId: string) {
  return selectDrafts(db).where('d.user_id', '=', userId).orderBy('d.updated_at', 'desc').execute();
}

/** One draft by id (throws when there is none). */
export async function findDraftById(db: Executor, id: string) {
  return selectDrafts(db).where('d.id', '=', id).executeTakeFirstOrThrow();
}

export async function countDraftsOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('dossier_draft')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** What a draft holds: its procedure, its receiving unit if chosen, and the e-form's data so far. */
export interface DraftContent {
  procedureId: string;
  receivingUnitId: string | null;
  data: unknown;
}

export async function insertDraft(db: Executor, userId: string, draft: DraftContent, now: Date) {
  return db
    .insertInto('dossier_draft')
    .values({
      user_id: userId,
      procedure_id: draft.procedureId,
      receiving_unit_id: draft.receivingUnitId,
      data: JSON.stringify(draft.data),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Overwrites a person's own draft; undefined when they have no draft of that id. */
export async function updateDraftOfUser(
  db: Executor,
  id: string,
  userId: string,
  draft: DraftContent,
  now: Date,
) {
  return db
    .updateTable('dossier_draft')
    .set({
      procedure_id: draft.procedureId,
      receiving_unit_id: draft.receivingUnitId,
      data: JSON.stringify(draft.data),
      updated_at: now,
    })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
}

/** Deletes a person's own draft; undefined when they have no draft of that id. */
export async function deleteDraftOfUser(db: Executor, id: string, userId: string) {
  return db
    .deleteFrom('dossier_draft')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
}
