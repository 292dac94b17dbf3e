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
      'u.id_verified_by',
      'u.external_subject',
      'u.locale',
      'u.must_change_password',
      'u.active',
      'u.password_hash',
      'u.failed_logins',
      'u.locked_until',
      rolesOf.as('roles'),
    ]);
}

/**
 * The province a unit lies in, from its path of ids (`/<root>/…/<own>/`): the sign-in answers name it, so it
 * is read there and not in `selectAccount`, which every authenticated request runs.
 */
export async function findProvinceId(db: Executor, unitPath: string): Promise<string | null> {
  const row = await db
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'province')
    .where(sql<boolean>`id = any(string_to_array(trim(both '/' from ${unitPath}::text), '/')::uuid[])`)
    .executeTakeFirst();
  return row?.id ?? null;
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

/**
 * Finds the live session of a token hash together with its account, in ONE statement (every authenticated
 * request runs it); null when expired, idle too long or the account is inactive.
 */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date, idleMinutes: number) {
  const idleLimit = new Date(now.getTime() - idleMinutes * 60_000);
  const row = await selectAccount(db)
    .innerJoin('session as s', 's.user_id', 'u.id')
    .select([
      's.token_hash as session_token_hash',
      's.csrf_token as session_csrf_token',
      's.last_seen_at as session_last_seen_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleLimit)
    .executeTakeFirst();
  if (!row || !row.active) return null;
  const { session_token_hash, session_csrf_token, session_last_seen_at, ...account } = row;
  return {
    session: {
      token_hash: session_token_hash,
      user_id: account.id,
      csrf_token: session_csrf_token,
      last_seen_at: session_last_seen_at,
    },
    account,
  };
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

/** Forgets e-identity sign-in attempts started before `before` (expired). */
export async function deleteLoginAttemptsBefore(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom('oidc_login').where('created_at', '<', before).execute();
}

/** Keeps a started e-identity sign-in attempt until its callback. */
export async function insertLoginAttempt(
  db: Executor,
  attempt: { state: string; nonce: string; codeVerifier: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('oidc_login')
    .values({
      state: attempt.state,
      nonce: attempt.nonce,
      code_verifier: attempt.codeVerifier,
      created_at: now,
    })
    .execute();
}

/** Removes and returns the pending e-identity sign-in attempt of `state` (each is used at most once). */
export async function takeLoginAttempt(db: Executor, state: string) {
  return db.deleteFrom('oidc_login').where('state', '=', state).returningAll().executeTakeFirst();
}

/** Finds the citizen account linked to an e-identity subject. */
export async function findAccountByExternalSubject(db: Executor, subject: string) {
  return selectAccount(db).where('u.external_subject', '=', subject).executeTakeFirst();
}

/** Finds the citizen account holding an ID number (at most one: the number is unique among citizens). */
export async function findCitizenByIdNumber(db: Executor, idNumber: string) {
  return selectAccount(db)
    .where('u.kind', '=', 'citizen')
    .where('u.id_number', '=', idNumber)
    .executeTakeFirst();
}

/**
 * Takes an unproven ID-number claim away from an account (kept in `disputed_id_number`), so the proven
 * holder can take the number. False when the account no longer holds that number unproven.
 */
export async function disputeIdClaim(db: Executor, userId: string, idNumber: string, now: Date) {
  const row = await db
    .updateTable('app_user')
    .set((eb) => ({
      id_number: null,
      disputed_id_number: idNumber,
      id_disputed_at: now,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', userId)
    .where('id_number', '=', idNumber)
    .where('id_verified_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks a citizen's ID number as proven (by VNeID or at the counter) if it still is `idNumber`. */
export async function markIdVerified(
  db: Executor,
  userId: string,
  idNumber: string,
  by: 'vneid' | 'counter',
  now: Date,
) {
  const row = await db
    .updateTable('app_user')
    .set((eb) => ({
      id_verified_at: now,
      id_verified_by: by,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', userId)
    .where('kind', '=', 'citizen')
    .where('id_number', '=', idNumber)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Links an e-identity subject to an existing account. */
export async function linkExternalSubject(db: Executor, userId: string, subject: string, now: Date) {
  await db
    .updateTable('app_user')
    .set({ external_subject: subject, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** A new citizen account's columns. */
export interface NewCitizen {
  username: string;
  fullName: string;
  phone: string | null;
  idNumber: string;
  passwordHash: string | null;
  externalSubject?: string;
  /** Set when the number comes from VNeID; self-registration only claims it. */
  idVerifiedBy?: 'vneid';
  now: Date;
}

function citizenValues(row: NewCitizen) {
  return {
    username: row.username,
    kind: 'citizen' as const,
    full_name: row.fullName,
    phone: row.phone,
    id_number: row.idNumber,
    password_hash: row.passwordHash,
    external_subject: row.externalSubject ?? null,
    id_verified_at: row.idVerifiedBy ? row.now : null,
    id_verified_by: row.idVerifiedBy ?? null,
    created_at: row.now,
    updated_at: row.now,
  };
}

export async function insertCitizen(db: Executor, row: NewCitizen) {
  return db.insertInto('app_user').values(citizenValues(row)).returning('id').executeTakeFirstOrThrow();
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
export async function insertCitizenUnlessTaken(db: Executor, row: NewCitizen) {
  return db
    .insertInto('app_user')
    .values(citizenValues(row))
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}
