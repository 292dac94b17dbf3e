/** SQL of inspection teams, checklists, visits and on-site photos, and the unit and official look-ups. */
import type { Insertable, Updateable } from 'kysely';
import type { InspectionTable, InspectionTeamMemberTable, InspectionTeamTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

/** Teams whose scope unit lies in `scopePath` (all when null), with their scope unit's name. */
export async function listTeams(db: Executor, scopePath: string | null) {
  let query = db
    .selectFrom('inspection_team as t')
    .innerJoin('unit as un', 'un.id', 't.scope_unit_id')
    .selectAll('t')
    .select(['un.full_name as scope_unit_name', 'un.path as scope_path']);
  if (scopePath) query = query.where('un.path', 'like', `${scopePath}%`);
  return query.orderBy('t.created_at').execute();
}

/** One team with its scope unit path, or undefined. */
export async function findTeam(db: Executor, id: string) {
  return db
    .selectFrom('inspection_team as t')
    .innerJoin('unit as un', 'un.id', 't.scope_unit_id')
    .selectAll('t')
    .select(['un.full_name as scope_unit_name', 'un.path as scope_path'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** Members of teams with their names. */
export async function listTeamMembers(db: Executor, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return db
    .selectFrom('inspection_team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.team_id', 'm.user_id', 'm.role', 'u.full_name'])
    .where('m.team_id', 'in', teamIds)
    .orderBy('m.role')
    .orderBy('u.full_name')
    .execute();
}

/** True when the user is a member of the team. */
export async function isTeamMember(db: Executor, teamId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('inspection_team_member')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The latest version of every checklist. */
export async function listLatestChecklists(db: Executor) {
  return db
    .selectFrom('inspection_checklist as c')
    .selectAll()
    .where(({ eb, selectFrom }) =>
      eb(
        'c.version',
        '=',
        selectFrom('inspection_checklist as c2')
          .select((e) => e.fn.max('c2.version').as('v'))
          .whereRef('c2.code', '=', 'c.code'),
      ),
    )
    .orderBy('c.code')
    .execute();
}

/** One checklist version. */
export async function findChecklist(db: Executor, id: string) {
  return db.selectFrom('inspection_checklist').selectAll().where('id', '=', id).executeTakeFirst();
}

function selectInspections(db: Executor) {
  return db
    .selectFrom('inspection as i')
    .innerJoin('unit as un', 'un.id', 'i.unit_id')
    .innerJoin('inspection_team as t', 't.id', 'i.team_id')
    .selectAll('i')
    .select(['un.full_name as unit_name', 'un.path as unit_path', 't.name as team_name']);
}

export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findInspection>>>;

/** One visit with its unit and team, or undefined. */
export async function findInspection(db: Executor, id: string) {
  return selectInspections(db).where('i.id', '=', id).executeTakeFirst();
}

/** Visits to units in `scopePath` (all when null), newest first, with their finding counts. */
export async function listInspections(db: Executor, scopePath: string | null) {
  let query = selectInspections(db).select((eb) =>
    eb
      .selectFrom('inspection_finding as f')
      .select((e) => e.fn.countAll<number>().as('n'))
      .whereRef('f.inspection_id', '=', 'i.id')
      .as('finding_count'),
  );
  if (scopePath) query = query.where('un.path', 'like', `${scopePath}%`);
  return query.orderBy('i.created_at', 'desc').limit(200).execute();
}

/** Attachments uploaded by `userId` among `ids` that no inspection photo uses yet. */
export async function findFreshUploads(db: Executor, ids: readonly string[], userId: string) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('attachment as a')
    .leftJoin('inspection_photo as p', 'p.attachment_id', 'a.id')
    .select(['a.id', 'a.content_type'])
    .where('a.id', 'in', ids)
    .where('a.uploaded_by', '=', userId)
    .where('a.dossier_id', 'is', null)
    .where('p.attachment_id', 'is', null)
    .execute();
}

/** Inserts a team; returns `{ id }`. */
export async function insertTeam(db: Executor, row: Insertable<InspectionTeamTable>) {
  return db.insertInto('inspection_team').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Adds members to a team. */
export async function insertTeamMembers(db: Executor, rows: Insertable<InspectionTeamMemberTable>[]) {
  return db.insertInto('inspection_team_member').values(rows).execute();
}

/** Inserts a visit; returns `{ id }`. */
export async function insertInspection(db: Executor, row: Insertable<InspectionTable>) {
  return db.insertInto('inspection').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Updates a visit only at the version seen (`numUpdatedRows` 0 when someone changed it meanwhile). */
export async function updateInspectionAt(
  db: Executor,
  id: string,
  version: number,
  changes: Updateable<InspectionTable>,
) {
  return db
    .updateTable('inspection')
    .set(changes)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** An on-site photo with its attachment's hash and content type, or undefined. */
export async function findPhoto(db: Executor, attachmentId: string) {
  return db
    .selectFrom('inspection_photo as p')
    .innerJoin('attachment as a', 'a.id', 'p.attachment_id')
    .select(['p.finding_id', 'p.inspection_id', 'a.hash', 'a.content_type'])
    .where('p.attachment_id', '=', attachmentId)
    .executeTakeFirst();
}

/** Active units of `kinds` in `rootPath`'s subtree, other than `rootId`, in tree order. */
export async function listActiveUnitsOfKinds(
  db: Executor,
  rootPath: string,
  rootId: string,
  kinds: string[],
) {
  return db
    .selectFrom('unit')
    .select(['id', 'full_name'])
    .where('path', 'like', `${rootPath}%`)
    .where('id', '<>', rootId)
    .where('active', '=', true)
    .where('kind', 'in', kinds)
    .orderBy('path')
    .execute();
}

/** Visits to units in `rootPath`'s subtree made in [from, to). */
export async function listVisitsBetween(db: Executor, rootPath: string, from: Date, to: Date) {
  return db
    .selectFrom('inspection as i')
    .innerJoin('unit as un', 'un.id', 'i.unit_id')
    .select(['i.unit_id', 'i.visited_at'])
    .where('un.path', 'like', `${rootPath}%`)
    .where('i.visited_at', '>=', from)
    .where('i.visited_at', '<', to)
    .execute();
}

/** A unit's id, path, kind and full name, or undefined. */
export async function findUnit(db: Executor, id: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'path', 'kind', 'full_name as name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** An active official with their unit's path and kind, or undefined. */
export async function findActiveOfficial(db: Executor, id: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('unit as un', 'un.id', 'u.unit_id')
    .select(['u.id', 'u.full_name', 'u.unit_id', 'un.path as unit_path', 'un.kind as unit_kind'])
    .where('u.id', '=', id)
    .where('u.kind', '=', 'official')
    .where('u.active', '=', true)
    .executeTakeFirst();
}
