/** SQL of user administration. */
import type { Role } from '../../../domain/access/roles.js';
import { rolesOf } from '../auth/auth.queries.js';
import type { Executor } from '../../db/types.js';

function selectUsers(db: Executor) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('unit as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.username',
      'u.kind',
      'u.full_name',
      'u.unit_id',
      'un.full_name as unit_name',
      'un.path as unit_path',
      'u.title',
      'u.email',
      'u.phone',
      'u.active',
      'u.locked_until',
      'u.must_change_password',
      'u.version',
      'u.created_at',
      rolesOf.as('roles'),
    ]);
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export async function findUser(db: Executor, id: string) {
  return selectUsers(db).where('u.id', '=', id).executeTakeFirst();
}

export interface UserFilter {
  /** Unit-path prefix the listing is limited to; null lists everyone (system administrator). */
  scopePath: string | null;
  unitId?: string | undefined;
  unitPath?: string | undefined;
  q?: string | undefined;
  active?: boolean | undefined;
}

/** Lists officials within a scope, searching name, login name and phone. */
export async function listUsers(db: Executor, filter: UserFilter, page: { page: number; pageSize: number }) {
  let base = db
    .selectFrom('app_user as u')
    .leftJoin('unit as un', 'un.id', 'u.unit_id')
    .where('u.kind', '=', 'official');
  if (filter.scopePath !== null) base = base.where('un.path', 'like', `${filter.scopePath}%`);
  if (filter.unitPath) base = base.where('un.path', 'like', `${filter.unitPath}%`);
  else if (filter.unitId) base = base.where('u.unit_id', '=', filter.unitId);
  if (filter.active !== undefined) base = base.where('u.active', '=', filter.active);
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase()}%`;
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['u.full_name']), 'like', pattern),
        eb('u.username', 'like', pattern),
        eb('u.phone', 'like', pattern),
      ]),
    );
  }
  const ids = base.select('u.id');
  const [rows, count] = await Promise.all([
    selectUsers(db)
      .where('u.id', 'in', ids)
      .orderBy('u.full_name')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertOfficial(
  db: Executor,
  row: {
    username: string;
    fullName: string;
    unitId: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    passwordHash: string;
    mustChangePassword: boolean;
    now: Date;
  },
): Promise<string> {
  const created = await db
    .insertInto('app_user')
    .values({
      username: row.username,
      kind: 'official',
      full_name: row.fullName,
      unit_id: row.unitId,
      title: row.title,
      email: row.email,
      phone: row.phone,
      password_hash: row.passwordHash,
      must_change_password: row.mustChangePassword,
      created_at: row.now,
      updated_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

/** Replaces the roles of a user. */
export async function replaceRoles(db: Executor, userId: string, roles: readonly Role[]): Promise<void> {
  await db.deleteFrom('user_role').where('user_id', '=', userId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('user_role')
    .values(roles.map((role) => ({ user_id: userId, role })))
    .execute();
}

/** Updates a user if its version still matches; returns false on a version conflict. */
export async function updateUser(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<{
    full_name: string;
    unit_id: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    active: boolean;
    password_hash: string;
    must_change_password: boolean;
    failed_logins: number;
    locked_until: Date | null;
  }>,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('app_user')
    .set((eb) => ({ ...patch, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

/** Ids and full names of the users with these ids. */
export async function listUserNames(db: Executor, ids: string[]) {
  return db.selectFrom('app_user').select(['id', 'full_name']).where('id', 'in', ids).execute();
}
