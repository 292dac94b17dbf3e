import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let noivu: Session;
let admin: Session;

async function unitByCode(code: string) {
  return t.deps.database.db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
}

beforeAll(async () => {
  t = await createTestApp();
  noivu = await signIn(t.app, 'noivu');
  admin = await signIn(t.app, 'admin');
});
afterAll(async () => {
  await t.close();
});

describe('unit tree', () => {
  it("holds Vietnam's 34 provinces and 3,321 communes", async () => {
    const roots = await t.app.inject({ url: '/api/v1/units?roots=true', headers: authHeaders(noivu) });
    expect(roots.json().total).toBe(34);
    const communes = await t.deps.database.db
      .selectFrom('unit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'commune')
      .executeTakeFirstOrThrow();
    expect(Number(communes.n)).toBe(3321);
  });

  it('lists children lazily with their child counts and finds units by name', async () => {
    const hanoi = await unitByCode('01');
    const children = await t.app.inject({
      url: `/api/v1/units?parentId=${hanoi.id}&pageSize=500`,
      headers: authHeaders(noivu),
    });
    const items = children.json().items as { code: string; childCount: number }[];
    expect(items.find((u) => u.code === '00004')?.childCount).toBe(4);
    const search = await t.app.inject({
      url: `/api/v1/units?q=${encodeURIComponent('ba đình')}`,
      headers: authHeaders(noivu),
    });
    expect(search.json().items.map((u: { code: string }) => u.code)).toContain('00004');
  });

  it('lets a commune administrator edit units of the own commune, not another commune', async () => {
    const own = await unitByCode('00004.VHXH');
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${own.id}`,
      headers: authHeaders(noivu),
      payload: { version: own.version, fullName: 'Phòng Văn hóa - Xã hội phường Ba Đình (đã sửa)' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(own.version + 1);
    const other = await unitByCode('00008.MC');
    const denied = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${other.id}`,
      headers: authHeaders(noivu),
      payload: { version: other.version, fullName: 'Bị sửa' },
    });
    expect(denied.statusCode).toBe(403);
    expect((await unitByCode('00008.MC')).full_name).toBe('Trung tâm Phục vụ hành chính công phường Ngọc Hà');
  });

  it('refuses a stale version with a conflict', async () => {
    const unit = await unitByCode('00004.VP');
    const edit = (fullName: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/units/${unit.id}`,
        headers: authHeaders(noivu),
        payload: { version: unit.version, fullName },
      });
    expect((await edit('Văn phòng (lần 1)')).statusCode).toBe(200);
    const second = await edit('Văn phòng (lần 2)');
    expect(second.statusCode).toBe(409);
    expect((await unitByCode('00004.VP')).full_name).toBe('Văn phòng (lần 1)');
  });

  it('creates child units in scope only; roots need the system administrator', async () => {
    const baDinh = await unitByCode('00004');
    const child = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: authHeaders(noivu),
      payload: {
        parentId: baDinh.id,
        kind: 'department',
        code: '00004.TP',
        name: 'Tư pháp',
        fullName: 'Bộ phận Tư pháp - Hộ tịch phường Ba Đình',
      },
    });
    expect(child.statusCode).toBe(201);
    const stored = await unitByCode('00004.TP');
    expect(stored.path).toBe(`${baDinh.path}${stored.id}/`);
    const root = { parentId: null, kind: 'agency', code: 'BNV', name: 'Bộ Nội vụ', fullName: 'Bộ Nội vụ' };
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: authHeaders(noivu),
      payload: root,
    });
    expect(denied.statusCode).toBe(403);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: authHeaders(admin),
      payload: root,
    });
    expect(created.statusCode).toBe(201);
  });

  it('gives communes agency codes at fixed widths and refuses one that overflows a slot', async () => {
    const baDinh = await unitByCode('00004');
    expect(baDinh.dossier_code_id).toBe('000.01.90.H26');
    const create = (dossierCodeId: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        headers: authHeaders(noivu),
        payload: {
          parentId: baDinh.id,
          kind: 'department',
          code: `00004.X${dossierCodeId.length}`,
          name: 'Thử',
          fullName: 'Bộ phận thử phường Ba Đình',
          dossierCodeId,
        },
      });
    const overflow = await create('000.00.00004.H26');
    expect(overflow.statusCode).toBe(400);
    expect(overflow.json().code).toBe('validation_failed');
    expect((await create('001.01.90.H26')).statusCode).toBe(201);
  });

  it('moves a unit with its subtree and refuses a move under its own descendant', async () => {
    const baDinh = await unitByCode('00004');
    const kt = await unitByCode('00004.KT');
    const cycle = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${baDinh.id}`,
      headers: authHeaders(admin),
      payload: { version: baDinh.version, parentId: kt.id },
    });
    expect(cycle.statusCode).toBe(400);
    const hanoi = await unitByCode('01');
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: authHeaders(admin),
      payload: { parentId: hanoi.id, kind: 'other', code: '01.TEAM', name: 'Tổ', fullName: 'Tổ công tác' },
    });
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${kt.id}`,
      headers: authHeaders(admin),
      payload: { version: kt.version, parentId: team.json().id },
    });
    expect(moved.statusCode).toBe(200);
    const after = await unitByCode('00004.KT');
    expect(after.path).toBe(`${hanoi.path}${team.json().id}/${kt.id}/`);
  });
});
