/** SQL of feedback and complaints (PAKN): the register, the handling queue, statistics and policies. */
import { sql, type Insertable, type RawBuilder, type Updateable } from 'kysely';
import { foldedContainsPattern, foldedSql } from '../../db/fold.js';
import type { FeedbackTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';
import { DOSSIER_SCOPE_COLUMNS } from '../dossiers/dossier-scope.queries.js';

function selectFeedback(db: Executor) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('unit as u', 'u.id', 'f.unit_id')
    .leftJoin('dossier as d', 'd.id', 'f.dossier_id')
    .leftJoin('app_user as o', 'o.id', 'f.official_id')
    .leftJoin('app_user as h', 'h.id', 'f.handler_id')
    .selectAll('f')
    .select([
      'u.full_name as unit_name',
      'u.path as unit_path',
      'd.code as dossier_code',
      'o.full_name as official_name',
      'h.full_name as handler_name',
      sql<number>`(select count(*)::int from feedback x where x.id <> f.id and (
        (f.dossier_id is not null and x.dossier_id = f.dossier_id) or
        (f.official_id is not null and x.official_id = f.official_id)))`.as('repeats'),
    ]);
}

export type FeedbackRow = NonNullable<Awaited<ReturnType<typeof findFeedback>>>;

/** One feedback item with its unit, dossier, official and handler. */
export async function findFeedback(db: Executor, id: string) {
  return selectFeedback(db).where('f.id', '=', id).executeTakeFirst();
}

/** One feedback item by its public code. */
export async function findFeedbackByCode(db: Executor, code: string) {
  return selectFeedback(db).where('f.code', '=', code).executeTakeFirst();
}

export interface FeedbackFilter {
  unitPath: string | null;
  excludeOfficialId: string | null;
  reporterUserId?: string;
  status?: string;
  kind?: string;
  code?: string;
  followUp?: boolean;
  now: Date;
}

/** The filter as one SQL condition over the aliases `f` (feedback) and `u` (its unit). */
function filterCondition(filter: FeedbackFilter): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (filter.unitPath) conditions.push(sql`u.path like ${`${filter.unitPath}%`}`);
  // the official a report is about does not see it
  if (filter.excludeOfficialId)
    conditions.push(sql`(f.official_id is null or f.official_id <> ${filter.excludeOfficialId})`);
  if (filter.reporterUserId) conditions.push(sql`f.reporter_user_id = ${filter.reporterUserId}`);
  if (filter.status) conditions.push(sql`f.status = ${filter.status}`);
  if (filter.kind) conditions.push(sql`f.kind = ${filter.kind}`);
  if (filter.code) conditions.push(sql`f.code ilike ${`%${filter.code.replace(/[%_\\]/g, '')}%`}`);
  if (filter.followUp) {
    conditions.push(sql`(f.status = 'reopened' or (f.answered_at is null and f.due_at < ${filter.now}) or exists (
      select 1 from feedback x where x.id <> f.id and ((f.dossier_id is not null and x.dossier_id = f.dossier_id)
      or (f.official_id is not null and x.official_id = f.official_id))))`);
  }
  return sql<boolean>`${sql.join(conditions, sql` and `)}`;
}

/** A page of the queue, the most urgent (earliest due, open first) first. */
export async function listFeedback(db: Executor, filter: FeedbackFilter, page: number, pageSize: number) {
  const counted = await db
    .selectFrom('feedback as f')
    .innerJoin('unit as u', 'u.id', 'f.unit_id')
    .where(filterCondition(filter))
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirst();
  const rows = await selectFeedback(db)
    .where(filterCondition(filter))
    .orderBy(sql`f.answered_at is not null`)
    .orderBy('f.due_at')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(counted?.n ?? 0) };
}

/** Handling days per kind. */
export async function listPolicies(db: Executor) {
  return db.selectFrom('feedback_policy').selectAll().orderBy('kind').execute();
}

/** Sets the handling days of a kind. */
export async function updatePolicy(
  trx: Executor,
  kind: string,
  days: number,
  legalBasis: string | undefined,
  at: Date,
) {
  await trx
    .updateTable('feedback_policy')
    .set({ handling_days: days, ...(legalBasis ? { legal_basis: legalBasis } : {}), updated_at: at })
    .where('kind', '=', kind as 'feedback')
    .execute();
}

/** Counts of a unit subtree over received-at range: answered on time, late, open, upheld, by kind. */
export async function countFeedbackStats(db: Executor, unitPath: string, from: Date, to: Date, now: Date) {
  const result = await sql<Record<string, string | number>>`
    select f.kind, count(*) as received,
      count(*) filter (where f.answered_at is not null) as answered,
      count(*) filter (where f.answered_at is not null and f.answered_at <= f.due_at) as on_time,
      count(*) filter (where (f.answered_at is not null and f.answered_at > f.due_at)
                         or (f.answered_at is null and f.due_at < ${now})) as late,
      count(*) filter (where f.answered_at is null and f.due_at >= ${now}) as open,
      count(*) filter (where f.upheld) as upheld,
      count(*) filter (where f.status = 'reopened' or f.citizen_satisfied = false) as reopened
    from feedback f join unit u on u.id = f.unit_id
    where u.path like ${`${unitPath}%`} and f.received_at >= ${from} and f.received_at < ${to}
    group by f.kind`.execute(db);
  return result.rows.map((row) => ({
    kind: String(row.kind) as 'feedback' | 'complaint' | 'misconduct',
    received: Number(row.received),
    answered: Number(row.answered),
    onTime: Number(row.on_time),
    late: Number(row.late),
    open: Number(row.open),
    upheld: Number(row.upheld),
    reopened: Number(row.reopened),
  }));
}

/** Up to 20 active units that take feedback whose name contains `q`, case and diacritics ignored. */
export async function findFeedbackUnits(db: Executor, q: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('unit')
    .select(['id', 'full_name as name'])
    .where('kind', 'in', ['province', 'commune', 'department', 'district'])
    .where('active', '=', true)
    .where(foldedSql('full_name'), 'like', foldedContainsPattern(q))
    .orderBy('full_name')
    .limit(20)
    .execute();
}

/** Writes `values` to an item still at `version`; undefined when it changed meanwhile. */
export async function updateFeedbackAtVersion(
  trx: Executor,
  id: string,
  version: number,
  values: Updateable<FeedbackTable>,
) {
  return trx
    .updateTable('feedback')
    .set(values)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

/** Records that the citizen accepts the answer. */
export async function markCitizenSatisfied(trx: Executor, id: string, at: Date) {
  await trx
    .updateTable('feedback')
    .set({ citizen_satisfied: true, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Handling days of a kind (every kind has a policy row). */
export async function findHandlingDays(db: Executor, kind: FeedbackTable['kind']) {
  return db
    .selectFrom('feedback_policy')
    .select('handling_days')
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
}

/** A unit's id and full name, or undefined. */
export async function findUnitName(db: Executor, id: string) {
  return db.selectFrom('unit').select(['id', 'full_name']).where('id', '=', id).executeTakeFirst();
}

/** A dossier by its code: its units, tracking PIN hash and scope columns. */
export async function findDossierByCode(db: Executor, code: string) {
  return db
    .selectFrom('dossier')
    .select(['id', 'code', 'authority_unit_id', 'tracking_pin_hash', ...DOSSIER_SCOPE_COLUMNS])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** An official with their unit, its parent and path. */
export async function findOfficial(db: Executor, id: string) {
  return db
    .selectFrom('app_user as a')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.full_name', 'a.unit_id', 'u.parent_id', 'u.path'])
    .where('a.id', '=', id)
    .where('a.kind', '=', 'official')
    .executeTakeFirst();
}

/** Stores a new feedback item. */
export async function insertFeedback(trx: Executor, row: Insertable<FeedbackTable>) {
  await trx.insertInto('feedback').values(row).execute();
}
