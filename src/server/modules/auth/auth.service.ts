/**
 * Sign-in, sign-out, citizen registration and the signed-in person's own account.
 * Every sign-in is counted per account (increasing delays) and per client address BEFORE the password is
 * checked (`http/attempts.ts`, in the database, so the limits hold across several server instances).
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError, fail } from '../../../domain/errors.js';
import { checkIdNumber, normaliseMobilePhone } from '../../../domain/identity/validate.js';
import type {
  CurrentUser,
  LoginRequest,
  RegisterCitizenRequest,
  UpdateProfileRequest,
} from '../../../contracts/auth.js';
import { auditFrom, type RequestContext } from '../../context.js';
import {
  LOGIN_ACCOUNT_POLICY,
  LOGIN_ADDRESS_POLICY,
  REGISTER_ADDRESS_POLICY,
} from '../../../domain/access/attempts.js';
import { claimAttempt } from '../../http/attempts.js';
import { hashPassword, verifyPassword } from '../../security/password.js';
import { assertAcceptablePassword } from '../../security/password-policy.js';
import { appendAudit } from '../audit/audit.queries.js';
import { presentCurrentUser } from './auth.present.js';
import * as q from './auth.queries.js';

/** Hash under which a session token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const INVALID_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/** Splits what a person typed as login into the forms it may take. */
function loginKeys(input: string): { username?: string; phone?: string; idNumber?: string } {
  const trimmed = input.trim().toLowerCase();
  const keys: { username?: string; phone?: string; idNumber?: string } = { username: trimmed };
  const phone = normaliseMobilePhone(trimmed);
  if (phone) keys.phone = phone;
  if (checkIdNumber(trimmed).ok) keys.idNumber = trimmed;
  return keys;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  account: q.AccountRow;
}

/** Opens a session for an account that has proven who it is (password or e-identity), audited. */
export async function openSession(ctx: RequestContext, account: q.AccountRow): Promise<NewSession> {
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ctx.deps.config.sessionTtlMinutes * 60_000);
  await db.transaction().execute(async (trx) => {
    await q.insertSession(trx, {
      tokenHash: hashToken(token),
      userId: account.id,
      csrfToken,
      now,
      expiresAt,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await appendAudit(
      trx,
      auditFrom(
        ctx,
        {
          action: 'auth.login',
          targetType: 'user',
          targetId: account.id,
          unitId: account.unit_id,
          summary: {},
        },
        { id: account.id, unitId: account.unit_id },
      ),
    );
  });
  return { token, csrfToken, expiresAt, account };
}

/** The attempt-counter key of an account: by id when it exists, else by the name typed (answers alike). */
export function loginAttemptKey(accountId: string | undefined, typed: string): string {
  return accountId ? `login-account:${accountId}` : `login-name:${typed.trim().toLowerCase()}`;
}

/**
 * Checks a password and opens a session. The attempt is counted against the client address and the
 * account before the password is checked; a success gives the address its attempt back and clears the
 * account's failures.
 */
export async function login(ctx: RequestContext, input: LoginRequest): Promise<NewSession> {
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const account = await q.findAccountByLogin(db, loginKeys(input.username));
  const attempt = await claimAttempt(db, now, [
    { key: `login-ip:${ctx.ip}`, policy: LOGIN_ADDRESS_POLICY },
    { key: loginAttemptKey(account?.id, input.username), policy: LOGIN_ACCOUNT_POLICY },
  ]);
  const passwordOk =
    account?.password_hash && account.active
      ? await verifyPassword(input.password, account.password_hash)
      : false;
  if (!account || !passwordOk) {
    throw new AppError('unauthenticated', INVALID_LOGIN, null, 'Wrong username or password.');
  }
  await attempt.succeeded();
  return openSession(ctx, account);
}

/** Ends the session of this token (idempotent). */
export async function logout(ctx: RequestContext, token: string | undefined): Promise<void> {
  if (!token) return;
  const { db } = ctx.deps.database;
  await db.transaction().execute(async (trx) => {
    await q.deleteSession(trx, hashToken(token));
    if (ctx.actor) {
      await appendAudit(
        trx,
        auditFrom(ctx, {
          action: 'auth.logout',
          targetType: 'user',
          targetId: ctx.actor.userId,
          unitId: ctx.actor.unitId,
          summary: {},
        }),
      );
    }
  });
}

/**
 * The one answer to a registration that cannot be made, whichever detail is already taken: telling
 * "this phone has an account" or "this ID number has an account" would let anyone probe them.
 */
function registrationRefused(): AppError {
  return new AppError(
    'conflict',
    'Không thể đăng ký với thông tin này. Nếu đã có tài khoản, vui lòng đăng nhập (hoặc đăng nhập bằng VNeID) ' +
      'hoặc liên hệ bộ phận Một cửa.',
    null,
    'Cannot register with these details. If you already have an account, sign in (or use VNeID) or ask ' +
      'the one-stop counter.',
  );
}

/** Creates a citizen account (phone + ID number + password) and signs it in. */
export async function registerCitizen(
  ctx: RequestContext,
  input: RegisterCitizenRequest,
): Promise<NewSession> {
  const phone = normaliseMobilePhone(input.phone);
  if (!phone) {
    throw fail.validation(
      'Số điện thoại di động không hợp lệ (10 chữ số, bắt đầu bằng 03, 05, 07, 08, 09).',
      [{ path: 'phone', message: 'invalid mobile number' }],
    );
  }
  const idCheck = checkIdNumber(input.idNumber);
  if (!idCheck.ok) {
    throw fail.validation('Số định danh cá nhân không hợp lệ.', [
      { path: 'idNumber', message: idCheck.reason },
    ]);
  }
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  assertAcceptablePassword(input.password, [phone, input.idNumber]);
  const attempt = await claimAttempt(db, now, [
    { key: `register-ip:${ctx.ip}`, policy: REGISTER_ADDRESS_POLICY },
  ]);
  const taken = await q.findAccountByLogin(db, { username: phone, phone, idNumber: input.idNumber });
  if (taken) throw registrationRefused();
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction().execute(async (trx) => {
    const row = await q.insertCitizenUnlessTaken(trx, {
      username: phone,
      fullName: input.fullName,
      phone,
      idNumber: input.idNumber,
      passwordHash,
      now,
    });
    if (!row) throw registrationRefused();
    await appendAudit(
      trx,
      auditFrom(
        ctx,
        { action: 'citizen.register', targetType: 'user', targetId: row.id, unitId: null, summary: {} },
        { id: row.id, unitId: null },
      ),
    );
    return row;
  });
  await attempt.succeeded();
  const account = await q.findAccountById(db, created.id);
  if (!account) throw fail.notFound();
  return openSession(ctx, account);
}

/** Loads the signed-in person's account; throws unauthenticated when there is none. */
/** The signed-in person as the sign-in answers show them, with the province of their unit. */
export async function describeCurrentUser(ctx: RequestContext, account: q.AccountRow): Promise<CurrentUser> {
  const provinceId = account.unit_path
    ? await q.findProvinceId(ctx.deps.database.db, account.unit_path)
    : null;
  return presentCurrentUser(account, provinceId);
}

export async function getOwnAccount(ctx: RequestContext): Promise<q.AccountRow> {
  if (!ctx.actor) throw fail.unauthenticated();
  const account = await q.findAccountById(ctx.deps.database.db, ctx.actor.userId);
  if (!account) throw fail.unauthenticated();
  return account;
}

/** Changes the signed-in person's password after checking the current one; ends their other sessions. */
export async function changeOwnPassword(
  ctx: RequestContext,
  currentToken: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const account = await getOwnAccount(ctx);
  // a borrowed session must not become a way to guess the password: same counter as signing in
  const attempt = await claimAttempt(ctx.deps.database.db, ctx.deps.clock.now(), [
    { key: loginAttemptKey(account.id, account.username), policy: LOGIN_ACCOUNT_POLICY },
  ]);
  if (!account.password_hash || !(await verifyPassword(input.currentPassword, account.password_hash))) {
    throw fail.validation('Mật khẩu hiện tại không đúng.', [
      { path: 'currentPassword', message: 'wrong password' },
    ]);
  }
  await attempt.succeeded();
  assertAcceptablePassword(input.newPassword, [
    account.username,
    account.phone ?? '',
    account.id_number ?? '',
  ]);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    await q.updatePasswordHash(trx, account.id, passwordHash, ctx.deps.clock.now());
    await q.deleteSessionsOfUser(trx, account.id, hashToken(currentToken));
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'user.change_password',
        targetType: 'user',
        targetId: account.id,
        unitId: account.unit_id,
        summary: {},
      }),
    );
  });
}

/** Updates the signed-in person's own name, contact details and language. */
export async function updateOwnProfile(
  ctx: RequestContext,
  input: UpdateProfileRequest,
): Promise<q.AccountRow> {
  const account = await getOwnAccount(ctx);
  let phone = input.phone;
  if (phone) {
    phone = normaliseMobilePhone(phone);
    if (!phone)
      throw fail.validation('Số điện thoại di động không hợp lệ.', [{ path: 'phone', message: 'invalid' }]);
  }
  if (account.kind === 'citizen' && input.phone !== undefined && phone !== account.phone) {
    throw fail.validation('Công dân không tự đổi số điện thoại đăng nhập tại đây.', [
      { path: 'phone', message: 'login phone is fixed' },
    ]);
  }
  const patch = {
    ...(input.fullName !== undefined ? { full_name: input.fullName } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(phone !== undefined ? { phone } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    await q.updateProfile(trx, account.id, patch, ctx.deps.clock.now());
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'user.update_profile',
        targetType: 'user',
        targetId: account.id,
        unitId: account.unit_id,
        summary: { fields: Object.keys(patch) },
      }),
    );
  });
  return getOwnAccount(ctx);
}
