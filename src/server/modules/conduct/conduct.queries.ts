/** SQL of conduct rules versions, codes of conduct and their acknowledgements, and commitments. */
import type { Insertable } from 'kysely';
import type { CommitmentTable, ConductAcknowledgementTable, ConductCodeTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

/** Every stored rules version, oldest first. */
export async function listConductRulesVersions(db: Executor) {
  return db.selectFrom('conduct_rules_version').selectAll().orderBy('effective_from').execute();
}

function selectCodes(db: Executor) {
  return db
    .selectFrom('conduct_code as c')
    .innerJoin('unit as un', 'un.id', 'c.unit_id')
    .selectAll('c')
    .select(['un.full_name as unit_name']);
}

/** The latest version of a unit's code with the unit's name, or undefined. */
export async function findLatestCode(db: Executor, unitId: string) {
  return selectCodes(db).where('c.unit_id', '=', unitId).orderBy('c.version', 'desc').executeTakeFirst();
}

/** One code version with its unit's name, or undefined. */
export async function findCode(db: Executor, id: string) {
  return selectCodes(db).where('c.id', '=', id).executeTakeFirst();
}

/** One code version with its unit's name and path, or undefined. */
export async function findCodeWithUnitPath(db: Executor, id: string) {
  return selectCodes(db).select('un.path as unit_path').where('c.id', '=', id).executeTakeFirst();
}

/** The versions of a unit's code, newest first. */
export async function listCodeVersions(db: Executor, unitId: string) {
  return db
    .selectFrom('conduct_code')
    .select(['id', 'version', 'published_at'])
    .where('unit_id', '=', unitId)
    .orderBy('version', 'desc')
    .execute();
}

/** Inserts a code version; returns `{ id }`. */
export async function insertCode(db: Executor, row: Insertable<ConductCodeTable>) {
  return db.insertInto('conduct_code').values(row).returning('id').executeTakeFirstOrThrow();
}

/** When the user acknowledged the code, or undefined. */
export async function findAcknowledgement(db: Executor, codeId: string, userId: string) {
  return db
    .selectFrom('conduct_acknowledgement')
    .select('acknowledged_at')
    .where('code_id', '=', codeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Records an acknowledgement; undefined when the user had already acknowledged the code. */
export async function insertAcknowledgement(db: Executor, row: Insertable<ConductAcknowledgementTable>) {
  return db
    .insertInto('conduct_acknowledgement')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('code_id')
    .executeTakeFirst();
}

/** Active officials of `unitPath`'s subtree with when they acknowledged the code (null when not yet). */
export async function listOfficialAcknowledgements(db: Executor, codeId: string, unitPath: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('unit as un', 'un.id', 'u.unit_id')
    .leftJoin('conduct_acknowledgement as a', (join) =>
      join.onRef('a.user_id', '=', 'u.id').on('a.code_id', '=', codeId),
    )
    .select(['u.id', 'u.full_name', 'un.full_name as unit_name', 'a.acknowledged_at'])
    .where('u.kind', '=', 'official')
    .where('u.active', '=', true)
    .where('un.path', 'like', `${unitPath}%`)
    .orderBy('un.path')
    .orderBy('u.full_name')
    .execute();
}

/** Inserts a commitment; undefined when one is already registered for that year. */
export async function insertCommitment(db: Executor, row: Insertable<CommitmentTable>) {
  return db
    .insertInto('commitment')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}

/**
 * Commitments of units in `scopePath`'s subtree (of one year when given), newest year first; with `ownUserId`
 * only the unit's own and that official's.
 */
export async function listCommitments(
  db: Executor,
  filter: { scopePath: string; year?: number; ownUserId: string | null },
) {
  let q = db
    .selectFrom('commitment as c')
    .innerJoin('unit as un', 'un.id', 'c.unit_id')
    .leftJoin('app_user as u', 'u.id', 'c.user_id')
    .selectAll('c')
    .select(['un.full_name as unit_name', 'u.full_name as user_name'])
    .where('un.path', 'like', `${filter.scopePath}%`);
  if (filter.year) q = q.where('c.year', '=', filter.year);
  const ownUserId = filter.ownUserId;
  if (ownUserId !== null)
    q = q.where((eb) => eb.or([eb('c.user_id', '=', ownUserId), eb('c.user_id', 'is', null)]));
  return q.orderBy('c.year', 'desc').orderBy('un.path').orderBy('c.signed_on').execute();
}
