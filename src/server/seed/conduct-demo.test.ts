/** The conduct demo seeds once and runs end to end: the plan's matrix mixes done, late and missing; findings stand at each step. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type TestApp } from '../testing/harness.js';
import { seedConductDemoIfEmpty } from './conduct-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async (who: string, url: string) =>
  (await t.app.inject({ url: `/api/v1${url}`, headers: authHeaders(await signIn(t.app, who)) })).json();

describe('conduct demo', () => {
  it('seeds once', async () => {
    expect(await seedConductDemoIfEmpty(t.deps.database.db, t.clock)).toBe(true);
    expect(await seedConductDemoIfEmpty(t.deps.database.db, t.clock)).toBe(false);
  });

  it('has the plan matrix of the ward', async () => {
    const plans = await get('noivu', '/discipline-plans');
    expect(plans.items).toHaveLength(1);
    const plan = await get('noivu', `/discipline-plans/${plans.items[0].id}`);
    const statuses = Object.fromEntries(
      plan.matrix.rows.map((r: { unitName: string; cells: { status: string }[] }) => [
        r.unitName,
        r.cells.map((c) => c.status).join(','),
      ]),
    );
    expect(statuses).toEqual({
      'Trung tâm Phục vụ hành chính công phường Ba Đình': 'done,done,done,done,missing',
      'Văn phòng HĐND và UBND phường Ba Đình': 'done,late,missing,missing,missing',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình': 'late,done,done,missing,missing',
      'Phòng Văn hóa - Xã hội phường Ba Đình': 'missing,late,missing,missing,missing',
    });
    expect(plan.matrix.rows.map((r: { unitName: string }) => r.unitName)[0]).toBe(
      'Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình',
    );
    expect(plan.matrix.totals[4]).toMatchObject({ missing: 4, overdue: 0 });
  });

  it('has findings at every step and a code to acknowledge', async () => {
    const mine = await get('tiepnhan', '/inspections/findings?scope=mine');
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ decision: 'reminded', deduction: 2 });
    const toDecide = await get('lanhdao', '/inspections/findings?scope=to_decide');
    expect(toDecide.items.map((f: { violationType: string }) => f.violationType)).toContain(
      'posted_information',
    );
    const chuyenvien = await get('chuyenvien', '/inspections/findings?scope=mine');
    expect(chuyenvien.items[0]).toMatchObject({
      status: 'awaiting_explanation',
      allowedActions: ['explain'],
    });
    expect((await get('chuyenvien', '/conduct/my-code')).acknowledgedAt).toBeNull();
    expect((await get('tiepnhan', '/conduct/my-code')).acknowledgedAt).not.toBeNull();
    const teams = await get('thanhtra', '/inspections/teams');
    expect(teams.items[0].members[0].fullName).toBe('Đỗ Văn Hải');
  });
});
