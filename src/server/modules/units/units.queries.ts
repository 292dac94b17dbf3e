/** SQL of the unit tree. Paths are '/<id>/.../<id>/'; a subtree is a prefix match on the path. */
import { sql } from 'kysely';
import { foldedContainsPattern, foldedSql } from '../../db/fold.js';
import type { Executor } from '../../db/types.js';

const childCount = sql<number>`(select count(*)::int from unit c where c.parent_id = u.id)`;

function selectUnits(db: Executor) {
  return db.selectFrom('unit as u').selectAll('u').select(childCount.as('child_count'));
}

export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

export async function findUnit(db: Executor, id: string) {
  return selectUnits(db).where('u.id', '=', id).executeTakeFirst();
}

export async function findUnitByCode(db: Executor, code: string) {
  return selectUnits(db).where('u.code', '=', code).executeTakeFirst();
}

/** Lists units under a parent (or the roots), optionally filtered by name/code, within a path scope. */
export async function listUnits(
  db: Executor,
  filter: { parentId?: string; roots?: boolean; q?: string; scopePath?: string | null },
  page: { page: number; pageSize: number },
) {
  let base = db.selectFrom('unit as u');
  if (filter.parentId) base = base.where('u.parent_id', '=', filter.parentId);
  else if (filter.roots) base = base.where('u.parent_id', 'is', null);
  if (filter.scopePath) base = base.where('u.path', 'like', `${filter.scopePath}%`);
  if (filter.q) {
    const pattern = foldedContainsPattern(filter.q);
    base = base.where((eb) =>
      eb.or([eb(foldedSql('u.full_name'), 'like', pattern), eb('u.code', 'like', `${filter.q}%`)]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('u')
      .select(childCount.as('child_count'))
      .orderBy('u.kind')
      .orderBy('u.code')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export interface NewUnit {
  id?: string;
  parentId: string | null;
  parentPath: string | null;
  kind: string;
  code: string;
  name: string;
  fullName: string;
  nameEn: string | null;
  adminType: string | null;
  dossierCodeId: string | null;
  now: Date;
}

/** Inserts a unit; its path is its parent's path followed by its own id. */
export async function insertUnit(db: Executor, unit: NewUnit): Promise<string> {
  const id = unit.id ?? crypto.randomUUID();
  await db
    .insertInto('unit')
    .values({
      id,
      parent_id: unit.parentId,
      path: `${unit.parentPath ?? '/'}${id}/`,
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
      full_name: unit.fullName,
      name_en: unit.nameEn,
      admin_type: unit.adminType,
      dossier_code_id: unit.dossierCodeId,
      created_at: unit.now,
      updated_at: unit.now,
    })
    .execute();
  return id;
}

/** Inserts many prepared unit rows at once (reference data load). */
export async function insertUnitRows(
  db: Executor,
  rows: {
    id: string;
    parent_id: string | null;
    path: string;
    kind: string;
    code: string;
    name: string;
    full_name: string;
    name_en: string | null;
    admin_type: string | null;
    dossier_code_id: string | null;
  }[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insertInto('unit')
      .values(rows.slice(start, start + 1000))
      .execute();
  }
}

/** Updates a unit if its version still matches; returns false on a version conflict. */
export async function updateUnit(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<{
    parent_id: string | null;
    kind: string;
    name: string;
    full_name: string;
    name_en: string | null;
    dossier_code_id: string | null;
    active: boolean;
  }>,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('unit')
    .set((eb) => ({ ...patch, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

/** Rewrites the paths of a unit and its whole subtree after it moved under a new parent. */
export async function rewriteSubtreePaths(db: Executor, oldPath: string, newPath: string): Promise<void> {
  await db
    .updateTable('unit')
    .set({ path: sql<string>`${newPath} || substr(path, ${oldPath.length + 1})` })
    .where('path', 'like', `${oldPath}%`)
    .execute();
}

export async function countUnits(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records a name `unitId` had until `validUntil` (a local date, inclusive). */
export async function insertUnitFormerName(
  db: Executor,
  unitId: string,
  former: { name: string; fullName: string; validUntil: string },
): Promise<void> {
  await db
    .insertInto('unit_former_name')
    .values({
      unit_id: unitId,
      valid_until: former.validUntil,
      name: former.name,
      full_name: former.fullName,
    })
    .execute();
}

/** A unit's id and path, or undefined. */
export async function findUnitIdAndPath(db: Executor, id: string) {
  return db.selectFrom('unit').select(['id', 'path']).where('id', '=', id).executeTakeFirst();
}
