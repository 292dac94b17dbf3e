/** SQL of authentication: accounts by login name, sessions, citizens' accounts. */
import { sql } from 'kysely';
import type { Role } from '../../../domain/access/roles.js';
import type { Executor } from '../../db/types.js';

/** The roles of the user aliased `u`, as an ordered array. */
export const rolesOf = sql<
  Role[]
>`coalesce((select array_agg(r.role order by r.role) from user_role r where r.user_id = u.id), '{}')`;

/** Columns that make a signed-in person: account, unit and roles. */
function selectAccount(db: Executor) {
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
      'u.email',
      'u.phone',
      'u.id_number',
      'u.locale',
      'u.must_change_password',
      'u.active',
      'u.password_hash',
      'u.failed_logins',
      'u.locked_until',
      rolesOf.as('roles'),
    ]);
}

export type AccountRow = NonNullable<Awaited<ReturnType<typeof findAccountById>>>;

/** Finds an account by its login name, a citizen's phone or a citizen's ID number. */
export async function findAccountByLogin(
  db: Executor,
  login: { username?: string; phone?: string; idNumber?: string },
) {
  let query = selectAccount(db);
  query = query.where((eb) =>
    eb.or([
      ...(login.username ? [eb('u.username', '=', login.username)] : []),
      ...(login.phone ? [eb.and([eb('u.kind', '=', 'citizen'), eb('u.phone', '=', login.phone)])] : []),
      ...(login.idNumber
        ? [eb.and([eb('u.kind', '=', 'citizen'), eb('u.id_number', '=', login.idNumber)])]
        : []),
    ]),
  );
  return query.limit(1).executeTakeFirst();
}

/** Finds an account by id. */
export async function findAccountById(db: Executor, id: string) {
  return selectAccount(db).where('u.id', '=', id).executeTakeFirst();
}

/** Finds the live session of a token hash together with its account; null when expired or idle too long. */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date, idleMinutes: number) {
  const idleLimit = new Date(now.getTime() - idleMinutes * 60_000);
  const session = await db
    .selectFrom('session')
    .select(['token_hash', 'user_id', 'csrf_token', 'last_seen_at'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', idleLimit)
    .executeTakeFirst();
  if (!session) return null;
  const account = await findAccountById(db, session.user_id);
  if (!account || !account.active) return null;
  return { session, account };
}

export async function insertSession(
  db: Executor,
  row: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
    ip: string;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('session')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      csrf_token: row.csrfToken,
      created_at: row.now,
      last_seen_at: row.now,
      expires_at: row.expiresAt,
      ip: row.ip,
      user_agent: row.userAgent,
    })
    .execute();
}

export async function touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of an account (password reset, deactivation), optionally but one. */
export async function deleteSessionsOfUser(
  db: Executor,
  userId: string,
  exceptTokenHash?: string,
): Promise<void> {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (exceptTokenHash) query = query.where('token_hash', '<>', exceptTokenHash);
  await query.execute();
}

/** Finds the citizen account linked to an e-identity subject. */
export async function findAccountByExternalSubject(db: Executor, subject: string) {
  return selectAccount(db).where('u.external_subject', '=', subject).executeTakeFirst();
}

/** Links an e-identity subject to an existing account. */
export async function linkExternalSubject(db: Executor, userId: string, subject: string, now: Date) {
  await db
    .updateTable('app_user')
    .set({ external_subject: subject, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

export async function insertCitizen(
  db: Executor,
  row: {
    username: string;
    fullName: string;
    phone: string | null;
    idNumber: string;
    passwordHash: string | null;
    externalSubject?: string;
    now: Date;
  },
) {
  return db
    .insertInto('app_user')
    .values({
      username: row.username,
      kind: 'citizen',
      full_name: row.fullName,
      phone: row.phone,
      id_number: row.idNumber,
      password_hash: row.passwordHash,
      external_subject: row.externalSubject ?? null,
      created_at: row.now,
      updated_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updatePasswordHash(db: Executor, userId: string, passwordHash: string, now: Date) {
  await db
    .updateTable('app_user')
    .set((eb) => ({
      password_hash: passwordHash,
      must_change_password: false,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', userId)
    .execute();
}

export async function updateProfile(
  db: Executor,
  userId: string,
  patch: { full_name?: string; email?: string | null; phone?: string | null; locale?: 'vi' | 'en' },
  now: Date,
) {
  await db
    .updateTable('app_user')
    .set((eb) => ({ ...patch, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}

/**
 * Inserts a citizen unless the username, phone or ID number is already taken (by a concurrent registration
 * too): the new id, or undefined.
 */
export async function insertCitizenUnlessTaken(
  db: Executor,
  row: {
    username: string;
    fullName: string;
    phone: string;
    idNumber: string;
    passwordHash: string;
    now: Date;
  },
) {
  return db
    .insertInto('app_user')
    .values({
      username: row.username,
      kind: 'citizen',
      full_name: row.fullName,
      phone: row.phone,
      id_number: row.idNumber,
      password_hash: row.passwordHash,
      created_at: row.now,
      updated_at: row.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}
