/** SQL of rating frameworks, evaluation periods, evaluations, their events and appeals. */
import { sql, type Insertable, type Updateable } from 'kysely';
import type {
  EvaluationAppealTable,
  EvaluationPeriodTable,
  EvaluationTable,
  RatingFrameworkTable,
} from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

/** Stores a framework version unless one with the same code and version exists. */
export async function insertFrameworkIfMissing(
  db: Executor,
  values: Insertable<RatingFrameworkTable>,
): Promise<void> {
  await db
    .insertInto('rating_framework')
    .values(values)
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .execute();
}

/** Every version of every framework, newest version first within a code. */
export async function listFrameworkRows(db: Executor) {
  return db
    .selectFrom('rating_framework')
    .select(['id', 'code', 'version', 'name', 'definition', 'created_at'])
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute();
}

/** The latest version of a framework by code. */
export async function findLatestFrameworkRow(db: Executor, code: string) {
  return db
    .selectFrom('rating_framework')
    .select(['id', 'code', 'version', 'name', 'definition', 'created_at'])
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A framework version by id. */
export async function findFrameworkRow(db: Executor, id: string) {
  return db
    .selectFrom('rating_framework')
    .select(['id', 'code', 'version', 'name', 'definition', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The highest version of a framework code, as `v` (0 when there is none). */
export async function findMaxFrameworkVersion(db: Executor, code: string) {
  return db
    .selectFrom('rating_framework')
    .select(sql<number>`coalesce(max(version), 0)`.as('v'))
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}

/** Stores a framework version; returns it. */
export async function insertFramework(db: Executor, values: Insertable<RatingFrameworkTable>) {
  return db
    .insertInto('rating_framework')
    .values(values)
    .returning(['id', 'code', 'version', 'name', 'definition', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** A period with its unit (path, name) and framework. */
export async function findPeriod(db: Executor, id: string) {
  return db
    .selectFrom('evaluation_period as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.path as unit_path', 'u.full_name as unit_name', 'u.code as unit_code'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type PeriodRow = NonNullable<Awaited<ReturnType<typeof findPeriod>>>;

/** The period of a unit for a month (its id), if opened. */
export async function findPeriodIdByUnitMonth(db: Executor, unitId: string, month: string) {
  return db
    .selectFrom('evaluation_period')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('month', '=', month)
    .executeTakeFirst();
}

/** Stores a period; returns its id. */
export async function insertPeriod(db: Executor, values: Insertable<EvaluationPeriodTable>) {
  return db.insertInto('evaluation_period').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Changes to a period's columns. */
export type PeriodChanges = Updateable<EvaluationPeriodTable>;

/** Changes a period (its version unchanged). */
export async function updatePeriod(db: Executor, id: string, set: PeriodChanges): Promise<void> {
  await db.updateTable('evaluation_period').set(set).where('id', '=', id).execute();
}

/** Changes a period still at `version` and bumps its version; the result counts the rows updated (0 or 1). */
export async function updatePeriodAtVersion(db: Executor, id: string, version: number, set: PeriodChanges) {
  return db
    .updateTable('evaluation_period')
    .set(set)
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

/**
 * Periods of units within the given path, or of an ancestor unit that evaluates officials within it (a
 * leader of a child unit reviews their people, an official assesses themself), newest month first.
 */
export async function listPeriods(db: Executor, path: string | null, unitId: string | undefined) {
  let query = db
    .selectFrom('evaluation_period as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.path as unit_path', 'u.full_name as unit_name', 'u.code as unit_code']);
  if (unitId) query = query.where('p.unit_id', '=', unitId);
  if (path) {
    query = query.where((eb) => eb.or([eb('u.path', 'like', `${path}%`), evaluatesWithin(path)]));
  }
  return query.orderBy('p.month', 'desc').orderBy('u.path').limit(200).execute();
}

/** The period (alias `p`) evaluates at least one official whose unit lies within `path`. */
function evaluatesWithin(path: string) {
  return sql<boolean>`exists (select 1 from evaluation e join unit eu on eu.id = e.unit_id where e.period_id = p.id and eu.path like ${`${path}%`})`;
}

/** True when the period evaluates at least one official whose unit lies within `path`. */
export async function periodEvaluatesWithin(db: Executor, periodId: string, path: string): Promise<boolean> {
  const row = await db
    .selectFrom('evaluation_period as p')
    .select(evaluatesWithin(path).as('yes'))
    .where('p.id', '=', periodId)
    .executeTakeFirst();
  return row?.yes === true;
}

/** Counts of the period's evaluations by status. */
export async function countByStatus(db: Executor, periodId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('evaluation')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .where('period_id', '=', periodId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The grades of the period's evaluations (null when not yet scored). */
export async function listGrades(db: Executor, periodId: string): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('evaluation')
    .select(['grade', sql<number>`count(*)::int`.as('n')])
    .where('period_id', '=', periodId)
    .groupBy('grade')
    .execute();
  return rows.flatMap((r) => Array<string | null>(Number(r.n)).fill(r.grade));
}

/** The period's evaluations not yet approved, with the official's name and unit, in unit then name order. */
export async function listUnapproved(db: Executor, periodId: string) {
  return db
    .selectFrom('evaluation as e')
    .innerJoin('app_user as o', 'o.id', 'e.official_id')
    .innerJoin('unit as ou', 'ou.id', 'e.unit_id')
    .select(['e.id', 'e.status', 'o.full_name as official_name', 'ou.full_name as unit_name'])
    .where('e.period_id', '=', periodId)
    .where('e.status', '!=', 'approved')
    .orderBy('ou.path')
    .orderBy('o.full_name')
    .execute();
}

function selectEvaluations(db: Executor) {
  return db
    .selectFrom('evaluation as e')
    .innerJoin('evaluation_period as p', 'p.id', 'e.period_id')
    .innerJoin('app_user as o', 'o.id', 'e.official_id')
    .innerJoin('unit as ou', 'ou.id', 'e.unit_id')
    .selectAll('e')
    .select([
      'p.month',
      'o.full_name as official_name',
      'o.title as official_title',
      'ou.full_name as unit_name',
      'ou.path as unit_path',
      'ou.kind as unit_kind',
    ]);
}

/** One evaluation with its official's name, unit path and unit kind. */
export async function findEvaluation(db: Executor, id: string) {
  return selectEvaluations(db).where('e.id', '=', id).executeTakeFirst();
}
export type EvaluationRow = NonNullable<Awaited<ReturnType<typeof findEvaluation>>>;

/** Changes an evaluation and bumps its version, whatever its version. */
export async function updateEvaluation(
  db: Executor,
  id: string,
  set: Updateable<EvaluationTable>,
): Promise<void> {
  await db
    .updateTable('evaluation')
    .set(set)
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/**
 * Changes an evaluation still at `version` (and, with `onlyPending`, still pending: no self-assessment) and
 * bumps its version; the result counts the rows updated (0 or 1).
 */
export async function updateEvaluationAtVersion(
  db: Executor,
  id: string,
  version: number,
  set: Updateable<EvaluationTable>,
  onlyPending = false,
) {
  let query = db
    .updateTable('evaluation')
    .set(set)
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version);
  if (onlyPending) query = query.where('status', '=', 'pending');
  return query.executeTakeFirst();
}

/** A page of a period's evaluations, optionally only those under a unit path or of one official. */
export async function listEvaluations(
  db: Executor,
  filter: { periodId?: string; officialId?: string; underPath?: string; status?: string },
  page: { limit: number; offset: number },
) {
  let query = selectEvaluations(db);
  if (filter.periodId) query = query.where('e.period_id', '=', filter.periodId);
  if (filter.officialId) query = query.where('e.official_id', '=', filter.officialId);
  if (filter.underPath) query = query.where('ou.path', 'like', `${filter.underPath}%`);
  if (filter.status) query = query.where('e.status', '=', filter.status as 'pending');
  const [rows, total] = await Promise.all([
    query.orderBy('ou.path').orderBy('o.full_name').limit(page.limit).offset(page.offset).execute(),
    query
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The evidence row of one official in a period. */
export async function findEvidence(db: Executor, periodId: string, officialId: string) {
  return db
    .selectFrom('evaluation_evidence')
    .selectAll()
    .where('period_id', '=', periodId)
    .where('official_id', '=', officialId)
    .executeTakeFirst();
}
export type EvidenceRow = NonNullable<Awaited<ReturnType<typeof findEvidence>>>;

/** A page of a period's evidence rows, in official id order after `afterId` (keyset). */
export async function readEvidencePage(
  db: Executor,
  periodId: string,
  afterId: string | null,
  limit: number,
) {
  let query = db.selectFrom('evaluation_evidence').selectAll().where('period_id', '=', periodId);
  if (afterId) query = query.where('official_id', '>', afterId);
  return query.orderBy('official_id').limit(limit).execute();
}

/** Creates evaluations (pending) or refreshes the suggestions of existing ones. */
export async function upsertSuggestions(
  db: Executor,
  rows: { period_id: string; official_id: string; unit_id: string; suggested: string; updated_at: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('evaluation')
    .values(rows.map((r) => ({ ...r, status: 'pending' as const })))
    .onConflict((oc) =>
      oc
        .columns(['period_id', 'official_id'])
        .doUpdateSet({ suggested: (eb) => eb.ref('excluded.suggested') }),
    )
    .execute();
}

/** The history of an evaluation, with the actors' names. */
export async function listEvents(db: Executor, evaluationId: string) {
  return db
    .selectFrom('evaluation_event as ev')
    .leftJoin('app_user as a', 'a.id', 'ev.actor_id')
    .select(['ev.at', 'ev.type', 'ev.payload', 'a.full_name as actor_name'])
    .where('ev.evaluation_id', '=', evaluationId)
    .orderBy('ev.id')
    .execute();
}

/** Appends one event to an evaluation's history. */
export async function insertEvent(
  db: Executor,
  event: {
    evaluationId: string;
    at: Date;
    actorId: string;
    type: 'self_assess' | 'review' | 'review_absent' | 'approve' | 'appeal' | 'appeal_decided';
    payload: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto('evaluation_event')
    .values({
      evaluation_id: event.evaluationId,
      at: event.at,
      actor_id: event.actorId,
      type: event.type,
      payload: JSON.stringify(event.payload),
    })
    .execute();
}

/** Appeals of an evaluation, oldest first. */
export async function listAppeals(db: Executor, evaluationId: string) {
  return db
    .selectFrom('evaluation_appeal')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('filed_at')
    .execute();
}

/** An appeal by id. */
export async function findAppeal(db: Executor, id: string) {
  return db.selectFrom('evaluation_appeal').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores an appeal; returns its id. */
export async function insertAppeal(db: Executor, values: Insertable<EvaluationAppealTable>) {
  return db.insertInto('evaluation_appeal').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Decides an appeal still pending; the result counts the rows updated (0 or 1). */
export async function updatePendingAppeal(db: Executor, id: string, set: Updateable<EvaluationAppealTable>) {
  return db
    .updateTable('evaluation_appeal')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/** Names of these accounts. */
export async function findNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'full_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

/** The published period of a unit (by code) for a month, with the unit's name; undefined unless published. */
export async function findPublishedPeriod(db: Executor, unitCode: string, month: string) {
  return db
    .selectFrom('evaluation_period as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.framework_id', 'p.publish_scores', 'p.published_at', 'u.full_name as unit_name'])
    .where('u.code', '=', unitCode)
    .where('p.month', '=', month)
    .where('p.status', '=', 'published')
    .executeTakeFirst();
}

/** A published period's evaluations with each official's name and the month's evidence (when gathered). */
export async function listPublishedEvaluations(db: Executor, periodId: string) {
  return db
    .selectFrom('evaluation as e')
    .innerJoin('app_user as o', 'o.id', 'e.official_id')
    .innerJoin('unit as u', 'u.id', 'e.unit_id')
    .leftJoin('evaluation_evidence as v', (join) =>
      join.onRef('v.period_id', '=', 'e.period_id').onRef('v.official_id', '=', 'e.official_id'),
    )
    .selectAll('v')
    .select(['o.full_name', 'o.title', 'u.full_name as unit_name', 'e.grade', 'e.score'])
    .where('e.period_id', '=', periodId)
    .orderBy('u.path')
    .orderBy('o.full_name')
    .execute();
}

/** The most recent published months (at most 100), of units within `path` when given. */
export async function listPublishedPeriodRows(db: Executor, path: string | null) {
  let query = db
    .selectFrom('evaluation_period as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .select(['u.code', 'u.full_name', 'p.month', 'p.published_at'])
    .where('p.status', '=', 'published');
  if (path) query = query.where('u.path', 'like', `${path}%`);
  return query.orderBy('p.month', 'desc').orderBy('u.full_name').limit(100).execute();
}
