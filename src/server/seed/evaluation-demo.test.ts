import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type TestApp } from '../testing/harness.js';
import { seedDemoHistoryIfEmpty } from './demo-history.js';
import { seedEvaluationDemoIfEmpty, type EvaluationDemoResult } from './evaluation-demo.js';

let t: TestApp;
let result: EvaluationDemoResult | null;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T02:00:00Z' });
  await seedDemoHistoryIfEmpty(t.deps.database.db, t.clock, { days: 75, perUnitDay: 3 });
  result = await seedEvaluationDemoIfEmpty(t.deps.database, t.clock);
}, 240_000);
afterAll(async () => {
  await t.close();
});

describe('the demo evaluation', () => {
  it('evaluates Ba Đình’s last full month from the generated dossiers and publishes it', async () => {
    expect(result).toMatchObject({ month: '2026-02', officials: 7 });
    const pub = (
      await t.app.inject({ url: '/api/v1/public/evaluations?unitCode=00004&month=2026-02' })
    ).json();
    expect(pub.rows).toHaveLength(7);
    expect(pub.rows.filter((r: { grade: string }) => r.grade === 'A').length).toBeLessThanOrEqual(2);
    expect(pub.rows.find((r: { officialName: string }) => r.officialName === 'Đặng Văn Long').grade).toBe(
      'D',
    );
    const evidence = await t.deps.database.db
      .selectFrom('evaluation_evidence as e')
      .innerJoin('app_user as u', 'u.id', 'e.official_id')
      .select(['u.username', 'e.steps_handled', 'e.tasks_due'])
      .where('e.period_id', '=', result!.periodId)
      .execute();
    const byName = Object.fromEntries(evidence.map((e) => [e.username, e]));
    expect(byName.tiepnhan!.steps_handled).toBeGreaterThan(10);
    expect(byName.chuyenvien!.steps_handled).toBeGreaterThan(5);
    expect(byName.chuyenvien!.tasks_due).toBe(2);
  });

  it('rates the year and flags the official "not complete" two years running, with an HR case', async () => {
    const noivu = await signIn(t.app, 'noivu');
    const cases = (
      await t.app.inject({ url: '/api/v1/evaluation/hr-cases', headers: authHeaders(noivu) })
    ).json();
    expect(cases.items).toEqual([
      expect.objectContaining({ officialName: 'Đặng Văn Long', years: [2025, 2026] }),
    ]);
  });

  it('rates the year by the framework rule: one published month is too little time, except for the disciplined', async () => {
    const ward = (
      await t.deps.database.db
        .selectFrom('unit')
        .select('id')
        .where('code', '=', '00004')
        .executeTakeFirstOrThrow()
    ).id;
    const noivu = await signIn(t.app, 'noivu');
    const yearly = (
      await t.app.inject({
        url: `/api/v1/evaluation/yearly?unitId=${ward}&year=2026`,
        headers: authHeaders(noivu),
      })
    ).json();
    const byName = Object.fromEntries(yearly.items.map((r: { officialName: string }) => [r.officialName, r]));
    expect(byName['Phạm Thị Dung']).toMatchObject({ level: null, levelLabel: 'Chưa xếp loại', months: 1 });
    expect(byName['Phạm Thị Dung'].reason).toContain('1/6 tháng');
    expect(byName['Đặng Văn Long']).toMatchObject({
      level: 'not_complete',
      disciplined: true,
      twoYearFlag: true,
    });
  });

  it('leaves the current month open, the deputy already approved by the chairman', async () => {
    const lanhdao = await signIn(t.app, 'lanhdao');
    const period = (
      await t.app.inject({
        url: `/api/v1/evaluation/periods/${result!.openPeriodId}`,
        headers: authHeaders(lanhdao),
      })
    ).json();
    expect(period).toMatchObject({ month: '2026-03', status: 'open', counts: { approved: 1, pending: 6 } });
    expect(period.blockers).toHaveLength(6);
    expect(period.blockers.map((b: { officialName: string }) => b.officialName)).not.toContain(
      'Hoàng Văn Em',
    );
  });

  it('runs once', async () => {
    expect(await seedEvaluationDemoIfEmpty(t.deps.database, t.clock)).toBeNull();
  });
});
