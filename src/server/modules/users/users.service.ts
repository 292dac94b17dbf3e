/**
 * User administration: officials are created, edited, deactivated and have passwords reset only by an
 * administrator whose unit subtree contains them. Every change is audited in the same transaction.
 */
import { clearAttempts } from '../../http/attempts.queries.js';
import { loginAttemptKey } from '../auth/auth.service.js';
import type { CreateUserRequest, UpdateUserRequest, UserListQuery } from '../../../contracts/users.js';
import { canGrantRoles, canManageUsers, canReadUsers, type Actor } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { normaliseMobilePhone } from '../../../domain/identity/validate.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { generateTemporaryPassword, hashPassword } from '../../security/password.js';
import { appendAudit } from '../audit/audit.queries.js';
import { deleteSessionsOfUser } from '../auth/auth.queries.js';
import { findUnit } from '../units/units.queries.js';
import * as q from './users.queries.js';

function officialOf(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (actor.kind !== 'official') throw fail.forbidden();
  return actor;
}

function isSysadmin(actor: Actor): boolean {
  return actor.roles.includes('sysadmin');
}

function normalisedPhone(phone: string | null | undefined): string | null | undefined {
  if (!phone) return phone;
  const normal = normaliseMobilePhone(phone);
  if (!normal)
    throw fail.validation('Số điện thoại di động không hợp lệ.', [{ path: 'phone', message: 'invalid' }]);
  return normal;
}

/** Lists officials the actor may see: their unit subtree, or everyone for the system administrator. */
export async function listUsers(ctx: RequestContext, query: UserListQuery) {
  const actor = officialOf(ctx);
  const db = ctx.deps.database.readDb;
  if (!isSysadmin(actor) && !canReadUsers(actor, actor.unitPath)) throw fail.forbidden();
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await findUnit(db, query.unitId);
    if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
    if (!canReadUsers(actor, unit.path))
      throw fail.forbidden('Đơn vị này nằm ngoài phạm vi quản lý của bạn.');
    if (query.includeSubunits) unitPath = unit.path;
  }
  return q.listUsers(
    db,
    {
      scopePath: isSysadmin(actor) ? null : actor.unitPath,
      unitId: query.unitId,
      unitPath,
      q: query.q,
      active: query.active === undefined ? undefined : query.active === 'true',
    },
    query,
  );
}

/** Gets a user the actor may read, or not_found (an account outside scope is not revealed). */
export async function getUser(ctx: RequestContext, id: string): Promise<q.UserRow> {
  const actor = officialOf(ctx);
  const user = await q.findUser(ctx.deps.database.db, id);
  if (!user || user.kind !== 'official' || !canReadUsers(actor, user.unit_path)) {
    throw fail.notFound('Không tìm thấy người dùng.');
  }
  return user;
}

async function getManageableUser(ctx: RequestContext, actor: Actor, id: string): Promise<q.UserRow> {
  const user = await q.findUser(ctx.deps.database.db, id);
  if (!user || user.kind !== 'official' || !canReadUsers(actor, user.unit_path)) {
    throw fail.notFound('Không tìm thấy người dùng.');
  }
  if (!canManageUsers(actor, user.unit_path)) throw fail.forbidden();
  if (user.roles.includes('sysadmin') && !isSysadmin(actor)) throw fail.forbidden();
  return user;
}

/** Creates an official in a unit in scope, with a temporary password to change at first sign-in. */
export async function createUser(ctx: RequestContext, input: CreateUserRequest) {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const unit = await findUnit(db, input.unitId);
  if (!unit) throw fail.validation('Đơn vị không tồn tại.', [{ path: 'unitId', message: 'unknown unit' }]);
  if (!canManageUsers(actor, unit.path)) {
    throw fail.forbidden('Bạn chỉ được tạo tài khoản trong đơn vị mình quản lý.');
  }
  if (!canGrantRoles(actor, input.roles))
    throw fail.forbidden('Bạn không được cấp vai trò Quản trị hệ thống.');
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const now = ctx.deps.clock.now();
  const phone = normalisedPhone(input.phone) ?? null;
  const id = await db.transaction().execute(async (trx) => {
    const userId = await q.insertOfficial(trx, {
      username: input.username,
      fullName: input.fullName,
      unitId: unit.id,
      title: input.title ?? null,
      email: input.email ?? null,
      phone,
      passwordHash,
      mustChangePassword: true,
      now,
    });
    await q.replaceRoles(trx, userId, input.roles);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'user.create',
        targetType: 'user',
        targetId: userId,
        unitId: unit.id,
        summary: { username: input.username, roles: input.roles },
      }),
    );
    return userId;
  });
  return { user: (await q.findUser(db, id))!, temporaryPassword };
}

/** Edits an official in scope, with optimistic concurrency (the version must match). */
export async function updateUser(
  ctx: RequestContext,
  id: string,
  input: UpdateUserRequest,
): Promise<q.UserRow> {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const user = await getManageableUser(ctx, actor, id);
  if (input.unitId && input.unitId !== user.unit_id) {
    const unit = await findUnit(db, input.unitId);
    if (!unit) throw fail.validation('Đơn vị không tồn tại.', [{ path: 'unitId', message: 'unknown unit' }]);
    if (!canManageUsers(actor, unit.path))
      throw fail.forbidden('Đơn vị mới nằm ngoài phạm vi quản lý của bạn.');
  }
  if (input.roles && !canGrantRoles(actor, input.roles)) {
    throw fail.forbidden('Bạn không được cấp vai trò Quản trị hệ thống.');
  }
  const phone = normalisedPhone(input.phone);
  const patch = {
    ...(input.fullName !== undefined ? { full_name: input.fullName } : {}),
    ...(input.unitId !== undefined ? { unit_id: input.unitId } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(phone !== undefined ? { phone } : {}),
  };
  await db.transaction().execute(async (trx) => {
    if (!(await q.updateUser(trx, id, input.version, patch, ctx.deps.clock.now()))) throw fail.conflict();
    if (input.roles) await q.replaceRoles(trx, id, input.roles);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'user.update',
        targetType: 'user',
        targetId: id,
        unitId: input.unitId ?? user.unit_id,
        summary: { fields: Object.keys(patch), ...(input.roles ? { roles: input.roles } : {}) },
      }),
    );
  });
  return (await q.findUser(db, id))!;
}

/** Deactivates (ending every session) or reactivates an official in scope. */
export async function setUserActive(ctx: RequestContext, id: string, version: number, active: boolean) {
  const actor = officialOf(ctx);
  if (id === actor.userId) throw fail.validation('Không thể tự khóa tài khoản của chính mình.');
  const user = await getManageableUser(ctx, actor, id);
  const { db } = ctx.deps.database;
  await db.transaction().execute(async (trx) => {
    if (!(await q.updateUser(trx, id, version, { active }, ctx.deps.clock.now()))) throw fail.conflict();
    if (!active) await deleteSessionsOfUser(trx, id);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: active ? 'user.activate' : 'user.deactivate',
        targetType: 'user',
        targetId: id,
        unitId: user.unit_id,
        summary: {},
      }),
    );
  });
  return (await q.findUser(db, id))!;
}

/**
 * Resets an official's password to a new temporary one, forgets its failed sign-ins (no more wait) and ends
 * its sessions.
 */
export async function resetPassword(ctx: RequestContext, id: string) {
  const actor = officialOf(ctx);
  const user = await getManageableUser(ctx, actor, id);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const { db } = ctx.deps.database;
  await db.transaction().execute(async (trx) => {
    const patch = {
      password_hash: passwordHash,
      must_change_password: true,
      failed_logins: 0,
      locked_until: null,
    };
    if (!(await q.updateUser(trx, id, user.version, patch, ctx.deps.clock.now()))) throw fail.conflict();
    await deleteSessionsOfUser(trx, id);
    await clearAttempts(trx, loginAttemptKey(id, user.username));
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'user.reset_password',
        targetType: 'user',
        targetId: id,
        unitId: user.unit_id,
        summary: {},
      }),
    );
  });
  return { user: (await q.findUser(db, id))!, temporaryPassword };
}
