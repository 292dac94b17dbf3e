/** SQL of satisfaction: instrument versions, the dossier a link is about, responses and their officials. */
import { sql, type Insertable } from 'kysely';
import { RATEABLE_DOSSIER_STATUSES } from '../../../domain/satisfaction/policy.js';
import type { SatisfactionInstrumentVersionTable } from '../../db/schema.js';
import type { Executor, Tx } from '../../db/types.js';
import { actionsOfDossier } from '../../db/dossier-action.queries.js';

/** The latest instrument version (the one new responses use). */
export async function findLatestInstrument(db: Executor) {
  return db
    .selectFrom('satisfaction_instrument_version')
    .selectAll()
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export type InstrumentRow = NonNullable<Awaited<ReturnType<typeof findLatestInstrument>>>;

/** Every instrument version, newest first. */
export async function listInstruments(db: Executor) {
  return db.selectFrom('satisfaction_instrument_version').selectAll().orderBy('number', 'desc').execute();
}

/** Stores a new instrument version; returns its id. */
export async function insertInstrument(
  trx: Executor,
  row: {
    number: number;
    definition: unknown;
    formulaVersion: string;
    legalBasis: string | null;
    note: string | null;
    createdBy: string | null;
    at: Date;
  },
): Promise<string> {
  const inserted = await trx
    .insertInto('satisfaction_instrument_version')
    .values({
      number: row.number,
      definition: JSON.stringify(row.definition),
      formula_version: row.formulaVersion,
      legal_basis: row.legalBasis,
      note: row.note,
      created_by: row.createdBy,
      created_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Stores an instrument version unless one with its number exists. */
export async function insertInstrumentIfAbsent(
  db: Executor,
  row: Insertable<SatisfactionInstrumentVersionTable>,
) {
  await db
    .insertInto('satisfaction_instrument_version')
    .values(row)
    .onConflict((oc) => oc.column('number').doNothing())
    .execute();
}

/** What a survey needs of its dossier, and whether it was already rated. */
export async function findSurveyDossier(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier as d')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .innerJoin('unit as ru', 'ru.id', 'd.receiving_unit_id')
    .leftJoin('satisfaction_response as r', 'r.dossier_id', 'd.id')
    .select([
      'd.id',
      'd.code',
      'd.status',
      'd.returned_at',
      'd.receiving_unit_id',
      'd.authority_unit_id',
      'd.procedure_id',
      'd.scope_path',
      'd.receiving_path',
      'd.step_path',
      'd.holder_path',
      'd.applicant_user_id',
      'p.name as procedure_name',
      'ru.full_name as unit_name',
      'ru.path as unit_path',
      'r.id as response_id',
    ])
    .where('d.id', '=', dossierId)
    .executeTakeFirst();
}

export type SurveyDossierRow = NonNullable<Awaited<ReturnType<typeof findSurveyDossier>>>;

/**
 * The officials who acted on a dossier, with the step they acted at (the action type when the dossier was
 * not at a step, e.g. `return_result`): the people each response is linked to.
 */
export async function listDossierOfficials(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier_action as a')
    .innerJoin('app_user as u', 'u.id', 'a.actor_id')
    .select(['a.actor_id as user_id', sql<string>`coalesce(a.step_id, a.type)`.as('step_id')])
    .where(actionsOfDossier('a', { id: dossierId }))
    .where('u.kind', '=', 'official')
    .distinct()
    .$narrowType<{ user_id: string }>()
    .execute();
}

/**
 * Marks a token used; false when it was used already (the primary key refuses a second use, even under
 * concurrency, inside the response's transaction).
 */
export async function markTokenUsed(
  trx: Tx,
  row: { tokenHash: string; dossierId: string; channel: string; at: Date },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('satisfaction_token_use')
    .values({ token_hash: row.tokenHash, dossier_id: row.dossierId, channel: row.channel, used_at: row.at })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .returning('token_hash')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** True when the token was used already. */
export async function isTokenUsed(db: Executor, tokenHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('satisfaction_token_use')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row !== undefined;
}

export interface ResponseInsert {
  dossierId: string;
  instrumentVersionId: string;
  channel: 'kiosk' | 'qr' | 'sms' | 'zalo' | 'online';
  unitId: string;
  authorityUnitId: string;
  procedureId: string;
  anonymous: boolean;
  answers: Record<string, unknown>;
  scores: Record<'access' | 'procedure' | 'officials' | 'result' | 'feedback', number | null>;
  overallSatisfied: boolean | null;
  formulaVersion: string;
  at: Date;
}

/** Inserts a response; null when the dossier already has one (one response per dossier). */
export async function insertResponse(trx: Executor, row: ResponseInsert): Promise<string | null> {
  const inserted = await trx
    .insertInto('satisfaction_response')
    .values({
      dossier_id: row.dossierId,
      instrument_version_id: row.instrumentVersionId,
      channel: row.channel,
      unit_id: row.unitId,
      authority_unit_id: row.authorityUnitId,
      procedure_id: row.procedureId,
      anonymous: row.anonymous,
      answers: JSON.stringify(row.answers),
      score_access: row.scores.access,
      score_procedure: row.scores.procedure,
      score_officials: row.scores.officials,
      score_result: row.scores.result,
      score_feedback: row.scores.feedback,
      overall_satisfied: row.overallSatisfied,
      formula_version: row.formulaVersion,
      submitted_at: row.at,
    })
    .onConflict((oc) => oc.column('dossier_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/** Links a response to the officials of each step. */
export async function insertResponseOfficials(
  trx: Executor,
  responseId: string,
  officials: { user_id: string; step_id: string }[],
): Promise<void> {
  if (officials.length === 0) return;
  await trx
    .insertInto('satisfaction_response_official')
    .values(officials.map((o) => ({ response_id: responseId, user_id: o.user_id, step_id: o.step_id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Returned dossiers a person may offer a survey for: the citizen's own, or an official's units' (by code). */
export async function listRateableDossiers(
  db: Executor,
  who: { applicantUserId: string } | { unitPath: string | null },
  search: string | undefined,
) {
  let query = db
    .selectFrom('dossier as d')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .innerJoin('unit as ru', 'ru.id', 'd.receiving_unit_id')
    .leftJoin('satisfaction_response as r', 'r.dossier_id', 'd.id')
    .select([
      'd.id',
      'd.code',
      // when it was served: the result returned, or the dossier turned away at the counter
      sql<Date | null>`coalesce(d.returned_at, d.finished_at)`.as('returned_at'),
      'p.name as procedure_name',
      sql<string>`coalesce(d.applicant->>'fullName', '')`.as('applicant_name'),
      sql<boolean>`r.id is not null`.as('rated'),
    ])
    .where('d.status', 'in', RATEABLE_DOSSIER_STATUSES);
  if ('applicantUserId' in who) query = query.where('d.applicant_user_id', '=', who.applicantUserId);
  else if (who.unitPath) query = query.where('ru.path', 'like', `${who.unitPath}%`);
  if (search) query = query.where('d.code', 'ilike', `%${search}%`);
  return query
    .orderBy(sql`coalesce(d.returned_at, d.finished_at)`, 'desc')
    .limit(50)
    .execute();
}
