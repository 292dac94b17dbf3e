import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type TestApp } from '../../testing/harness.js';
import { sealAuditLog } from './audit.sealer.js';
import { verifyAuditLog } from './audit.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('audit log', () => {
  it('records state changes and shows each reader only their subtree', async () => {
    const noivu = await signIn(t.app, 'noivu');
    const baDinhKT = await t.deps.database.db
      .selectFrom('unit')
      .select('id')
      .where('code', '=', '00004.KT')
      .executeTakeFirstOrThrow();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: authHeaders(noivu),
      payload: {
        username: 'ghi.nhat.ky',
        fullName: 'Ghi Nhật Ký',
        unitId: baDinhKT.id,
        roles: ['specialist'],
      },
    });
    expect(created.statusCode).toBe(201);
    const own = await t.app.inject({ url: '/api/v1/audit?action=user.create', headers: authHeaders(noivu) });
    expect(own.statusCode).toBe(200);
    expect(own.json().items[0]).toMatchObject({
      action: 'user.create',
      actorName: 'Trần Thị Bình',
      targetId: created.json().user.id,
    });
    const ngocha = await signIn(t.app, 'noivu.ngocha');
    const other = await t.app.inject({
      url: '/api/v1/audit?action=user.create',
      headers: authHeaders(ngocha),
    });
    expect(other.json().items).toHaveLength(0);
    const reception = await signIn(t.app, 'tiepnhan');
    expect((await t.app.inject({ url: '/api/v1/audit', headers: authHeaders(reception) })).statusCode).toBe(
      403,
    );
  });

  it('refuses updates, deletes and truncation of audit rows and of their seals', async () => {
    const db = t.deps.database.db;
    await sealAuditLog(db, { full: true, wait: true });
    await expect(sql`update audit_log set action = 'x' where id = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where id = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_seal set hash = 'x' where seq = 1`.execute(db)).rejects.toThrow(
      /audit_seal is append-only/,
    );
    await expect(sql`delete from audit_seal where seq = 1`.execute(db)).rejects.toThrow(
      /audit_seal is append-only/,
    );
    await expect(sql`truncate audit_seal`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('verifies the chain and names the first row changed by hand', async () => {
    const before = await verifyAuditLog(t.deps.database.db);
    expect(before.ok).toBe(true);
    expect(before.count).toBeGreaterThan(3);
    const db = t.deps.database.db;
    const target = await db
      .selectFrom('audit_seal')
      .select('entry_id as id')
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
    await sql`update audit_log set summary = '{"forged":true}'::jsonb where id = ${target.id}`.execute(db);
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
    const after = await verifyAuditLog(db);
    expect(after).toMatchObject({ ok: false, count: 2, brokenId: Number(target.id) });
  });
});
