import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { sampleDefinition } from '../../../domain/procedures/sample-definition.js';

let t: TestApp;
let admin: Session;
let noivu: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
  noivu = await signIn(t.app, 'noivu');
});
afterAll(async () => {
  await t.close();
});

const unitId = async (code: string) =>
  (
    await t.deps.database.db
      .selectFrom('unit')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

async function createAndPublish(definition = sampleDefinition()) {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/procedures',
    headers: authHeaders(admin),
    payload: { ownerUnitId: await unitId('01'), definition },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const detail = await t.app.inject({ url: `/api/v1/procedures/${id}`, headers: authHeaders(admin) });
  const published = await t.app.inject({
    method: 'POST',
    url: `/api/v1/procedures/${id}/publish`,
    headers: authHeaders(admin),
    payload: { version: detail.json().version },
  });
  expect(published.statusCode).toBe(200);
  return id;
}

describe('public catalogue', () => {
  it('lists and searches the demo catalogue without signing in', async () => {
    const all = await t.app.inject('/api/v1/procedures?pageSize=200');
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBeGreaterThanOrEqual(30);
    const birth = await t.app.inject(`/api/v1/procedures?q=${encodeURIComponent('khai sinh')}`);
    expect(birth.json().items.length).toBeGreaterThan(0);
    expect(birth.json().items[0].name.toLowerCase()).toContain('khai sinh');
    const fields = await t.app.inject('/api/v1/procedures/fields');
    expect(fields.json()).toContain('Hộ tịch');
  });

  it('finds a procedure typed without diacritics or with an upper-case Đ', async () => {
    const search = async (q: string) =>
      (await t.app.inject(`/api/v1/procedures?q=${encodeURIComponent(q)}&pageSize=200`)).json() as {
        items: { name: string }[];
      };
    const plain = await search('tinh trang hon nhan');
    expect(plain.items.map((p) => p.name)).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
    const accented = await search('tình trạng hôn nhân');
    expect(plain.items.map((p) => p.name).sort()).toEqual(accented.items.map((p) => p.name).sort());
    const upper = await search('ĐĂNG KÝ KHAI SINH');
    expect(upper.items.length).toBeGreaterThan(0);
    expect(upper.items.every((p) => /đăng ký khai sinh/i.test(p.name))).toBe(true);
    expect((await search('100%')).items).toHaveLength(0);
  });

  it('shows a published procedure with documents and workflow, and no draft to the public', async () => {
    const first = (await t.app.inject('/api/v1/procedures?pageSize=1')).json().items[0];
    const detail = await t.app.inject(`/api/v1/procedures/${first.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      canEdit: false,
      draft: null,
      current: { status: 'published', number: 1 },
    });
    expect(detail.json().definition.workflows[0].steps.length).toBeGreaterThanOrEqual(3);
  });
});

describe('editing and versions', () => {
  it('keeps a new procedure private until it is published', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures',
      headers: authHeaders(admin),
      payload: { ownerUnitId: null, definition: sampleDefinition('TEST.PRIVATE') },
    });
    const id = created.json().id;
    expect((await t.app.inject(`/api/v1/procedures/${id}`)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/v1/procedures/${id}`, headers: authHeaders(admin) })).json().draft.info
        .number,
    ).toBe(1);
  });

  it('publishes an edit as a new version, leaving the old version unchanged, and diffs them', async () => {
    const id = await createAndPublish(sampleDefinition('TEST.VERSIONS'));
    const before = (
      await t.app.inject({ url: `/api/v1/procedures/${id}`, headers: authHeaders(admin) })
    ).json();
    const edited = structuredClone(before.definition);
    edited.workflows[0].steps[1].allotted = { value: 1, unit: 'working_days' };
    edited.name = 'Thủ tục thử nghiệm (sửa đổi)';
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/procedures/${id}/draft`,
      headers: authHeaders(admin),
      payload: { version: before.version, definition: edited },
    });
    expect(saved.statusCode).toBe(200);
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/procedures/${id}/draft`,
      headers: authHeaders(admin),
      payload: { version: before.version, definition: edited },
    });
    expect(stale.statusCode).toBe(409);
    const publicView = (await t.app.inject(`/api/v1/procedures/${id}`)).json();
    expect(publicView.definition.name).toBe('Thủ tục thử nghiệm cấp giấy xác nhận');
    const current = (
      await t.app.inject({ url: `/api/v1/procedures/${id}`, headers: authHeaders(admin) })
    ).json();
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/procedures/${id}/publish`,
      headers: authHeaders(admin),
      payload: { version: current.version },
    });
    expect(published.statusCode).toBe(200);
    const versions = (
      await t.app.inject({ url: `/api/v1/procedures/${id}/versions`, headers: authHeaders(admin) })
    ).json();
    expect(versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const v1 = (await t.app.inject(`/api/v1/procedures/${id}/versions/1`)).json();
    expect(v1.definition.workflows[0].steps[1].allotted).toEqual({ value: 2, unit: 'working_days' });
    const diff = (await t.app.inject(`/api/v1/procedures/${id}/diff?from=1&to=2`)).json();
    expect(diff.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'name', kind: 'changed' }),
        expect.objectContaining({
          path: 'workflows[chuan].steps[tham_dinh].allotted.value',
          before: 2,
          after: 1,
        }),
      ]),
    );
  });

  it('refuses to publish a workflow whose steps exceed the legal time, naming the path', async () => {
    const bad = sampleDefinition('TEST.TOOLONG');
    bad.workflows[0]!.steps[1]!.allotted = { value: 5, unit: 'working_days' };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures',
      headers: authHeaders(admin),
      payload: { ownerUnitId: null, definition: bad },
    });
    const id = created.json().id;
    const detail = (
      await t.app.inject({ url: `/api/v1/procedures/${id}`, headers: authHeaders(admin) })
    ).json();
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/procedures/${id}/publish`,
      headers: authHeaders(admin),
      payload: { version: detail.version },
    });
    expect(published.statusCode).toBe(400);
    expect(published.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'definition.processingTime' })]),
    );
    expect(published.json().message).toContain('vượt thời hạn giải quyết');
  });

  it('limits editing to the owner scope', async () => {
    const id = await createAndPublish(sampleDefinition('TEST.SCOPE'));
    const detail = (
      await t.app.inject({ url: `/api/v1/procedures/${id}`, headers: authHeaders(noivu) })
    ).json();
    expect(detail.canEdit).toBe(false);
    const denied = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/procedures/${id}/draft`,
      headers: authHeaders(noivu),
      payload: { version: detail.version, definition: detail.definition },
    });
    expect(denied.statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures',
      headers: authHeaders(noivu),
      payload: { ownerUnitId: await unitId('00004'), definition: sampleDefinition('TEST.BADINH') },
    });
    expect(own.statusCode).toBe(201);
    const specialist = await signIn(t.app, 'chuyenvien');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures',
      headers: authHeaders(specialist),
      payload: { ownerUnitId: await unitId('00004'), definition: sampleDefinition('TEST.NO') },
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('import and export', () => {
  it('names the exact path of every problem in an import and writes nothing', async () => {
    const good = sampleDefinition('TEST.IMPORT.OK');
    const bad = sampleDefinition('TEST.IMPORT.BAD');
    (bad.workflows[0]!.steps[1]!.allotted as { value: number }).value = -1;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures/import',
      headers: authHeaders(admin),
      payload: [good, bad],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ path: '[1].workflows[0].steps[1].allotted.value' }),
    ]);
    expect((await t.app.inject('/api/v1/procedures?q=TEST.IMPORT')).json().total).toBe(0);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures/import',
      headers: authHeaders(admin),
      payload: [good],
    });
    expect(ok.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it('exports JSON that imports back unchanged, and an Excel workbook', async () => {
    const exported = await t.app.inject('/api/v1/procedures/export.json');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures/import',
      headers: authHeaders(admin),
      payload: exported.json(),
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    expect(again.json().unchanged).toBe(exported.json().length);
    const xlsx = await t.app.inject('/api/v1/procedures/export.xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('unit offers and the simulator', () => {
  it('lets a one-stop head switch a procedure on for their unit only', async () => {
    const id = await createAndPublish(sampleDefinition('TEST.OFFER'));
    const head = await signIn(t.app, 'truongmotcua');
    const own = await unitId('00004.MC');
    const on = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/units/${own}/procedures/${id}`,
      headers: authHeaders(head),
      payload: { enabled: true },
    });
    expect(on.statusCode).toBe(200);
    const offered = (await t.app.inject(`/api/v1/procedures?unitId=${own}&q=TEST.OFFER`)).json();
    expect(offered.total).toBe(1);
    const other = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/units/${await unitId('00008.MC')}/procedures/${id}`,
      headers: authHeaders(head),
      payload: { enabled: true },
    });
    expect(other.statusCode).toBe(403);
  });

  it('simulates due times across Tết 2026 with the skipped days listed', async () => {
    const id = await createAndPublish(sampleDefinition('TEST.SIMULATE'));
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/procedures/${id}/simulate`,
      payload: { receivedAt: '2026-02-13T10:00:00+07:00' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.dueAt).toBe('2026-02-25T10:00:00+07:00');
    expect(body.steps.map((s: { dueAt: string }) => s.dueAt)).toEqual([
      '2026-02-13T15:30:00+07:00',
      '2026-02-24T15:30:00+07:00',
      '2026-02-25T10:00:00+07:00',
    ]);
    expect(
      body.skippedDays
        .filter((d: { reason: string }) => d.reason === 'Tết Nguyên đán')
        .map((d: { date: string }) => d.date),
    ).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    const fast = await t.app.inject({
      method: 'POST',
      url: `/api/v1/procedures/${id}/simulate`,
      payload: { receivedAt: '2026-02-13T10:00:00+07:00', variantId: 'gap' },
    });
    expect(fast.json().steps).toHaveLength(3);
    expect(fast.json().dueAt).toBe('2026-02-24T10:00:00+07:00');
  });
});
