import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let noivu: Session;
let ngocha: Session;
let admin: Session;
let unitIds: Record<string, string>;

async function unitIdByCode(code: string): Promise<string> {
  const row = await t.deps.database.db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  [noivu, ngocha, admin] = await Promise.all([
    signIn(t.app, 'noivu'),
    signIn(t.app, 'noivu.ngocha'),
    signIn(t.app, 'admin'),
  ]);
  unitIds = {
    baDinh: await unitIdByCode('00004'),
    baDinhKT: await unitIdByCode('00004.KT'),
    ngocHa: await unitIdByCode('00008'),
  };
});
afterAll(async () => {
  await t.close();
});

const createUser = (session: Session, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/users', headers: authHeaders(session), payload });

describe('user administration within a unit subtree', () => {
  it('lists only the users of the own commune', async () => {
    const response = await t.app.inject({ url: '/api/v1/users?pageSize=200', headers: authHeaders(noivu) });
    expect(response.statusCode).toBe(200);
    const names = response.json().items.map((u: { username: string }) => u.username);
    expect(names).toEqual(
      expect.arrayContaining(['noivu', 'tiepnhan', 'chuyenvien', 'lanhdao', 'truongmotcua']),
    );
    expect(names).not.toContain('noivu.ngocha');
    expect(names).not.toContain('admin');
  });

  it("denies a commune official another commune's users", async () => {
    const list = await t.app.inject({
      url: `/api/v1/users?unitId=${unitIds.baDinh}`,
      headers: authHeaders(ngocha),
    });
    expect(list.statusCode).toBe(403);
    const own = await t.app.inject({ url: '/api/v1/users', headers: authHeaders(ngocha) });
    expect(own.json().items.map((u: { username: string }) => u.username)).toEqual(['noivu.ngocha']);
    const lanhdao = await t.deps.database.db
      .selectFrom('app_user')
      .select(['id', 'version'])
      .where('username', '=', 'lanhdao')
      .executeTakeFirstOrThrow();
    const read = await t.app.inject({ url: `/api/v1/users/${lanhdao.id}`, headers: authHeaders(ngocha) });
    expect(read.statusCode).toBe(404);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${lanhdao.id}`,
      headers: authHeaders(ngocha),
      payload: { version: lanhdao.version, fullName: 'Bị sửa trái phép' },
    });
    expect(edit.statusCode).toBe(404);
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${lanhdao.id}/reset-password`,
      headers: authHeaders(ngocha),
    });
    expect(reset.statusCode).toBe(404);
    const created = await createUser(ngocha, {
      username: 'xam.nhap',
      fullName: 'Xâm Nhập',
      unitId: unitIds.baDinh,
      roles: ['specialist'],
    });
    expect(created.statusCode).toBe(403);
    const stored = await t.deps.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'xam.nhap')
      .execute();
    expect(stored).toHaveLength(0);
  });

  it('creates a user in a sub-unit with a temporary password that works', async () => {
    const response = await createUser(noivu, {
      username: 'nguyen.van.moi',
      fullName: 'Nguyễn Văn Mới',
      unitId: unitIds.baDinhKT,
      roles: ['specialist'],
      phone: '0987 111 222',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({
      username: 'nguyen.van.moi',
      phone: '0987111222',
      roles: ['specialist'],
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nguyen.van.moi', password: body.temporaryPassword },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('target_id', '=', body.user.id)
      .where('action', '=', 'user.create')
      .execute();
    expect(audit).toEqual([{ action: 'user.create', actor_id: noivu.userId }]);
  });

  it('refuses granting the system administrator role to a non-sysadmin', async () => {
    const response = await createUser(noivu, {
      username: 'muon.quyen',
      fullName: 'Muốn Quyền',
      unitId: unitIds.baDinh,
      roles: ['sysadmin'],
    });
    expect(response.statusCode).toBe(403);
  });

  it('refuses user administration to roles without it and to citizens', async () => {
    const reception = await signIn(t.app, 'tiepnhan');
    expect((await t.app.inject({ url: '/api/v1/users', headers: authHeaders(reception) })).statusCode).toBe(
      403,
    );
    const citizen = await signIn(t.app, '0912345678');
    expect((await t.app.inject({ url: '/api/v1/users', headers: authHeaders(citizen) })).statusCode).toBe(
      403,
    );
  });

  it('detects a concurrent edit with a conflict and keeps the first change', async () => {
    const created = (
      await createUser(noivu, {
        username: 'hai.nguoi',
        fullName: 'Hai Người',
        unitId: unitIds.baDinh,
        roles: ['reception'],
      })
    ).json();
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${created.user.id}`,
      headers: authHeaders(noivu),
      payload: { version: created.user.version, title: 'Cán bộ một cửa' },
    });
    expect(first.statusCode).toBe(200);
    const second = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${created.user.id}`,
      headers: authHeaders(admin),
      payload: { version: created.user.version, title: 'Khác' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('conflict');
    const read = await t.app.inject({ url: `/api/v1/users/${created.user.id}`, headers: authHeaders(noivu) });
    expect(read.json().title).toBe('Cán bộ một cửa');
  });

  it('deactivation ends the sessions of the account and blocks sign-in', async () => {
    const created = (
      await createUser(noivu, {
        username: 'sap.nghi',
        fullName: 'Sắp Nghỉ',
        unitId: unitIds.baDinh,
        roles: ['specialist'],
      })
    ).json();
    const own = await signIn(t.app, 'sap.nghi', created.temporaryPassword);
    const off = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${created.user.id}/active`,
      headers: authHeaders(noivu),
      payload: { version: created.user.version, active: false },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: authHeaders(own) })).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'sap.nghi', password: created.temporaryPassword },
    });
    expect(again.statusCode).toBe(401);
  });

  it('lets the system administrator see every unit', async () => {
    const response = await t.app.inject({
      url: `/api/v1/users?unitId=${unitIds.ngocHa}`,
      headers: authHeaders(admin),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((u: { username: string }) => u.username)).toEqual(['noivu.ngocha']);
  });
});
