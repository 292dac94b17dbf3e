import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoHistory } from '../../seed/demo-history.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId } from '../../testing/fixtures.js';
import { refreshRollups } from '../rollups/rollups.service.js';

let t: TestApp;
let homeAffairs: Session;
let leader: Session;
let baDinh: string;

beforeAll(async () => {
  // 20 March 2026: February is past, March is this month (with twenty days of dossiers)
  t = await createTestApp({ now: '2026-03-20T01:00:00Z' });
  await generateDemoHistory(t.deps.database.db, t.clock, { days: 60 });
  await refreshRollups(t.deps.database.db, t.clock);
  [homeAffairs, leader, baDinh] = await Promise.all([
    signIn(t.app, 'noivu'),
    signIn(t.app, 'lanhdao'),
    findUnitId(t, '00004'),
  ]);
}, 120_000);
afterAll(async () => {
  await t.close();
});

// 2 points move from progress (2.1, 20 → 18, with a 90% target) to online payment (3.6, 6 → 8)
const moved = { indicators: { 'qd766.2.1': { maxPoints: 18, target: 0.9 }, 'qd766.3.6': { maxPoints: 8 } } };
const publish = (session: Session, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/indicators/config',
    headers: authHeaders(session),
    payload: body,
  });
const online = async (period: string) => {
  const res = await t.app.inject({ url: `/api/v1/transparency/units/${baDinh}?period=${period}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().indicators.find((i: { code: string }) => i.code === 'qd766.2.1') as {
    numerator: number;
    denominator: number;
    score: number;
    maxPoints: number;
    target: number;
    formulaVersion: string;
  };
};

describe('indicator configuration', () => {
  it('refuses leaders, past months, and points that do not add up to 100, with Vietnamese messages', async () => {
    expect(
      (await publish(leader, { effectiveFrom: '2026-03-01', note: 'Thử nghiệm', settings: moved }))
        .statusCode,
    ).toBe(403);
    const past = await publish(homeAffairs, {
      effectiveFrom: '2026-02-01',
      note: 'Áp dụng lùi',
      settings: moved,
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().message).toContain('tháng hiện tại');
    const wrong = await publish(homeAffairs, {
      effectiveFrom: '2026-03-01',
      note: 'Sai tổng điểm',
      settings: { indicators: { 'qd766.2.1': { maxPoints: 11 } } },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('phải bằng 100');
    const count = await sql<{ n: number }>`select count(*)::int as n from indicator_config`.execute(
      t.deps.database.db,
    );
    expect(count.rows[0]!.n).toBe(0);
  });

  it('applies a new version from its month on and leaves earlier periods as published', async () => {
    const february = await online('2026-02');
    const marchBefore = await online('2026-03');
    expect(february.maxPoints).toBe(20);

    const res = await publish(homeAffairs, {
      effectiveFrom: '2026-03-01',
      note: 'Theo hướng dẫn mới về chỉ số phục vụ',
      settings: moved,
    });
    expect(res.statusCode, res.body).toBe(200);
    const config = res.json();
    expect(config.currentVersion).toBe(1);
    expect(config.groups.find((g: { code: string }) => g.code === 'qd766.4').weight).toBe(12);
    expect(config.versions[0]).toMatchObject({ number: 1, effectiveFrom: '2026-03-01' });

    // February keeps the shipped points and formula; March uses version 1
    expect(await online('2026-02')).toEqual(february);
    const march = await online('2026-03');
    expect(march).toMatchObject({ maxPoints: 18, target: 0.9, formulaVersion: 'QĐ 766/QĐ-TTg v2026.2+c1' });
    expect([march.numerator, march.denominator]).toEqual([marchBefore.numerator, marchBefore.denominator]);
    expect(march.denominator).toBeGreaterThan(20);
    const ratio = march.numerator / march.denominator;
    expect(march.score).toBeCloseTo(Math.min(ratio / 0.9, 1) * 18, 9);

    const definitions = await t.app.inject({ url: '/api/v1/transparency/definitions?period=2026-03' });
    expect(definitions.json()).toMatchObject({
      configVersion: 1,
      formulaVersion: 'QĐ 766/QĐ-TTg v2026.2+c1',
    });
    const old = await t.app.inject({ url: '/api/v1/transparency/definitions?period=2026-02' });
    expect(old.json()).toMatchObject({ configVersion: null, formulaVersion: 'QĐ 766/QĐ-TTg v2026.2' });

    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_log
      where action = 'indicators.config_publish'`.execute(t.deps.database.db);
    expect(audit.rows[0]!.n).toBe(1);
  });
});
