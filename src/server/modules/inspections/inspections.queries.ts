/** SQL of inspection teams, checklists, visits and on-site photos. */
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
