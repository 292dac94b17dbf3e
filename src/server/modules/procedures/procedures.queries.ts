/** SQL of the procedure catalogue. */
import { sql } from 'kysely';
import { foldedContainsPattern, foldedSql } from '../../db/fold.js';
import type { Executor } from '../../db/types.js';

function selectProcedures(db: Executor) {
  return db
    .selectFrom('procedure as p')
    .leftJoin('procedure_version as cv', 'cv.id', 'p.current_version_id')
    .leftJoin('unit as owner', 'owner.id', 'p.owner_unit_id')
    .select([
      'p.id',
      'p.code',
      'p.name',
      'p.field',
      'p.level',
      'p.online_level',
      'p.owner_unit_id',
      'owner.path as owner_path',
      'p.current_version_id',
      'p.draft_version_id',
      'p.demo',
      'p.version',
      'cv.number as current_number',
      'cv.definition as current_definition',
    ]);
}

export type ProcedureRow = NonNullable<Awaited<ReturnType<typeof findProcedure>>>;

export async function findProcedure(db: Executor, id: string) {
  return selectProcedures(db).where('p.id', '=', id).executeTakeFirst();
}

export async function findProcedureByCode(db: Executor, code: string) {
  return selectProcedures(db).where('p.code', '=', code).executeTakeFirst();
}

export interface ProcedureFilter {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  unitId?: string | undefined;
  includeDrafts: boolean;
}

/** Lists procedures: published ones, or also draft-only ones for catalogue editors. */
export async function listProcedures(
  db: Executor,
  filter: ProcedureFilter,
  page: { page: number; pageSize: number },
) {
  let base = db.selectFrom('procedure as p').where('p.archived', '=', false);
  if (!filter.includeDrafts) base = base.where('p.current_version_id', 'is not', null);
  if (filter.field) base = base.where('p.field', '=', filter.field);
  if (filter.level) base = base.where('p.level', '=', filter.level);
  if (filter.unitId) {
    const unitId = filter.unitId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('unit_procedure as up')
          .select('up.unit_id')
          .whereRef('up.procedure_id', '=', 'p.id')
          .where('up.unit_id', '=', unitId),
      ),
    );
  }
  if (filter.q) {
    const pattern = foldedContainsPattern(filter.q);
    base = base.where((eb) =>
      eb.or([eb(foldedSql('p.name'), 'like', pattern), eb('p.code', 'like', `%${filter.q}%`)]),
    );
  }
  const ids = base.select('p.id');
  const [rows, count] = await Promise.all([
    selectProcedures(db)
      .where('p.id', 'in', ids)
      .orderBy('p.field')
      .orderBy('p.name')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Distinct fields of published procedures, for the public filter. */
export async function listFields(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('procedure')
    .select('field')
    .distinct()
    .where('current_version_id', 'is not', null)
    .where('archived', '=', false)
    .orderBy('field')
    .execute();
  return rows.map((row) => row.field);
}

export async function listVersions(db: Executor, procedureId: string) {
  return db
    .selectFrom('procedure_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.published_by')
    .select([
      'v.id',
      'v.number',
      'v.status',
      'v.effective_from',
      'v.published_at',
      'u.full_name as published_by_name',
      'v.created_at',
    ])
    .where('v.procedure_id', '=', procedureId)
    .orderBy('v.number', 'desc')
    .execute();
}

function selectVersion(db: Executor) {
  return db
    .selectFrom('procedure_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.published_by')
    .select([
      'v.id',
      'v.number',
      'v.status',
      'v.definition',
      'v.effective_from',
      'v.published_at',
      'u.full_name as published_by_name',
      'v.created_at',
    ]);
}

export async function findVersion(db: Executor, procedureId: string, number: number) {
  return selectVersion(db)
    .where('v.procedure_id', '=', procedureId)
    .where('v.number', '=', number)
    .executeTakeFirst();
}

export async function findVersionById(db: Executor, id: string) {
  return selectVersion(db).where('v.id', '=', id).executeTakeFirst();
}

export interface ProcedureColumns {
  code: string;
  name: string;
  field: string;
  level: string;
  online_level: string;
  demo: boolean;
}

export async function insertProcedure(
  db: Executor,
  columns: ProcedureColumns & { owner_unit_id: string | null },
  now: Date,
) {
  const row = await db
    .insertInto('procedure')
    .values({ ...columns, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertVersion(
  db: Executor,
  row: {
    procedureId: string;
    status: 'draft' | 'published';
    definition: unknown;
    effectiveFrom: Date | null;
    actorId: string | null;
    now: Date;
  },
) {
  const next = await db
    .selectFrom('procedure_version')
    .select(sql<number>`coalesce(max(number), 0) + 1`.as('n'))
    .where('procedure_id', '=', row.procedureId)
    .executeTakeFirstOrThrow();
  const published = row.status === 'published';
  const inserted = await db
    .insertInto('procedure_version')
    .values({
      procedure_id: row.procedureId,
      number: next.n,
      status: row.status,
      definition: JSON.stringify(row.definition),
      effective_from: published ? (row.effectiveFrom ?? row.now) : null,
      published_at: published ? row.now : null,
      published_by: published ? row.actorId : null,
      created_at: row.now,
      created_by: row.actorId,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return inserted;
}

export async function updateDraftDefinition(
  db: Executor,
  versionId: string,
  definition: unknown,
): Promise<void> {
  await db
    .updateTable('procedure_version')
    .set({ definition: JSON.stringify(definition) })
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .execute();
}

/** Points a procedure at its draft version. */
export async function setDraftVersion(
  db: Executor,
  procedureId: string,
  draftVersionId: string,
): Promise<void> {
  await db
    .updateTable('procedure')
    .set({ draft_version_id: draftVersionId })
    .where('id', '=', procedureId)
    .execute();
}

/** Marks a version superseded (a newer one became current). */
export async function markSuperseded(db: Executor, versionId: string): Promise<void> {
  await db
    .updateTable('procedure_version')
    .set({ status: 'superseded' })
    .where('id', '=', versionId)
    .execute();
}

/** Makes a version current with the columns of its definition, whatever the row's version (catalogue import). */
export async function setCurrentVersion(
  db: Executor,
  procedureId: string,
  columns: ProcedureColumns,
  versionId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('procedure')
    .set((eb) => ({
      ...columns,
      current_version_id: versionId,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', procedureId)
    .execute();
}

/** Marks a draft published from a date, and the previous current version superseded. */
export async function markPublished(
  db: Executor,
  row: {
    versionId: string;
    previousId: string | null;
    effectiveFrom: Date;
    actorId: string | null;
    now: Date;
  },
): Promise<void> {
  if (row.previousId) {
    await db
      .updateTable('procedure_version')
      .set({ status: 'superseded' })
      .where('id', '=', row.previousId)
      .execute();
  }
  await db
    .updateTable('procedure_version')
    .set({
      status: 'published',
      effective_from: row.effectiveFrom,
      published_at: row.now,
      published_by: row.actorId,
    })
    .where('id', '=', row.versionId)
    .execute();
}

/** Updates the procedure row when its version matches (optimistic concurrency); false on conflict. */
export async function updateProcedureRow(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<ProcedureColumns & { current_version_id: string | null; draft_version_id: string | null }>,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('procedure')
    .set((eb) => ({ ...patch, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

export async function deleteDraft(db: Executor, versionId: string): Promise<void> {
  await db
    .deleteFrom('procedure_version')
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .execute();
}

/** The id and path of the unit that would own imported procedures. */
export async function findOwnerUnit(db: Executor, unitId: string) {
  return db.selectFrom('unit').select(['id', 'path']).where('id', '=', unitId).executeTakeFirst();
}

export async function listOfferingUnits(db: Executor, procedureId: string) {
  return db
    .selectFrom('unit_procedure as up')
    .innerJoin('unit as u', 'u.id', 'up.unit_id')
    .select(['u.id as unit_id', 'u.full_name as unit_name'])
    .where('up.procedure_id', '=', procedureId)
    .orderBy('u.full_name')
    .execute();
}

export async function setUnitOffer(
  db: Executor,
  unitId: string,
  procedureId: string,
  enabled: boolean,
  actorId: string | null,
  now: Date,
) {
  if (enabled) {
    await db
      .insertInto('unit_procedure')
      .values({ unit_id: unitId, procedure_id: procedureId, enabled_at: now, enabled_by: actorId })
      .onConflict((oc) => oc.columns(['unit_id', 'procedure_id']).doNothing())
      .execute();
  } else {
    await db
      .deleteFrom('unit_procedure')
      .where('unit_id', '=', unitId)
      .where('procedure_id', '=', procedureId)
      .execute();
  }
}

/** Published definitions of every procedure, for export. */
export async function listCurrentDefinitions(db: Executor) {
  return db
    .selectFrom('procedure as p')
    .innerJoin('procedure_version as v', 'v.id', 'p.current_version_id')
    .select(['p.id', 'v.number', 'v.definition'])
    .where('p.archived', '=', false)
    .orderBy('p.field')
    .orderBy('p.name')
    .execute();
}
