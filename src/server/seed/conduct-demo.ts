/**
 * Demo data of conduct and inspections, relative to the clock: a code of conduct for Phường Ba Đình
 * (acknowledged by some officials), a discipline plan in the style of Kế hoạch 69/KH-UBND with five actions
 * over the ward's units (a mix of done, late and missing), commitments and emulation registrations, the
 * city's inspection team (thanhtra) and an inspection round whose findings stand at every step of due process.
 */
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db, Tx } from '../db/types.js';
import { appendAudit } from '../modules/audit/audit.queries.js';
import { demoCodeOfConduct, DEMO_PLAN, demoCommitments } from './conduct-demo.data.js';
import { seedInspections } from './conduct-demo.inspections.js';

const DAY = 86_400_000;
type Ids = Record<string, string>;

async function idsOf(
  trx: Tx,
  table: 'unit' | 'app_user',
  column: 'code' | 'username',
  keys: string[],
): Promise<Ids> {
  const rows = await trx
    .selectFrom(table as 'unit')
    .select(['id', sql<string>`${sql.ref(column)}`.as('key')])
    .where(sql.ref(column), 'in', keys)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.id]));
}

/** Seeds the demo's conduct data when there is no discipline plan and no inspection team yet. */
export async function seedConductDemoIfEmpty(db: Db, clock: Clock): Promise<boolean> {
  const existing = await db
    .selectFrom('discipline_plan')
    .select('id')
    .union(db.selectFrom('inspection_team').select('id'))
    .executeTakeFirst();
  if (existing) return false;
  const now = clock.now().getTime();
  await db.transaction().execute(async (trx) => {
    const u = await idsOf(trx, 'unit', 'code', [
      '01',
      '00004',
      '00004.MC',
      '00004.VP',
      '00004.KT',
      '00004.VHXH',
      '00008.MC',
    ]);
    const p = await idsOf(trx, 'app_user', 'username', [
      'admin',
      'noivu',
      'tiepnhan',
      'chuyenvien',
      'lanhdao',
      'truongmotcua',
      'thanhtra',
    ]);
    if (!u['00004.MC'] || !p.thanhtra) return;
    await seedCode(trx, u, p, now);
    await seedPlan(trx, u, p, now);
    await seedCommitments(trx, u, p, now);
    await seedInspections(trx, u, p, now);
    await appendAudit(trx, {
      at: new Date(now),
      actorId: null,
      actorUnitId: null,
      unitId: null,
      action: 'system.seed_conduct_demo',
      targetType: 'system',
      targetId: null,
      summary: { plan: DEMO_PLAN.code },
      requestId: null,
    });
  });
  return true;
}

async function seedCode(trx: Tx, u: Ids, p: Ids, now: number) {
  const code = demoCodeOfConduct();
  const row = await trx
    .insertInto('conduct_code')
    .values({
      unit_id: u['00004']!,
      version: 1,
      ...code,
      published_at: new Date(now - 300 * DAY),
      published_by: p.noivu!,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const acks: [string, number][] = [
    ['lanhdao', 295],
    ['truongmotcua', 290],
    ['tiepnhan', 288],
    ['noivu', 299],
  ];
  await trx
    .insertInto('conduct_acknowledgement')
    .values(
      acks.map(([who, ago]) => ({
        code_id: row.id,
        user_id: p[who]!,
        acknowledged_at: new Date(now - ago * DAY),
      })),
    )
    .execute();
}

async function seedPlan(trx: Tx, u: Ids, p: Ids, now: number) {
  const plan = await trx
    .insertInto('discipline_plan')
    .values({
      unit_id: u['00004']!,
      code: DEMO_PLAN.code,
      title: DEMO_PLAN.title,
      issued_on: new Date(now - 200 * DAY).toISOString().slice(0, 10),
      created_by: p.noivu!,
      created_at: new Date(now - 200 * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const targets = DEMO_PLAN.targets.map((code) => u[code]!);
  await trx
    .insertInto('discipline_plan_target')
    .values(targets.map((unit_id) => ({ plan_id: plan.id, unit_id })))
    .execute();
  for (const [index, action] of DEMO_PLAN.actions.entries()) {
    const dueAt = now + action.dueInDays * DAY;
    const row = await trx
      .insertInto('discipline_plan_action')
      .values({
        plan_id: plan.id,
        seq: index + 1,
        title: action.title,
        evidence_required: action.evidence,
        due_at: new Date(dueAt),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // reports: days relative to the deadline (negative: before it, so done; positive: late); absent: missing
    for (const [unitCode, offset] of Object.entries(action.reports)) {
      await trx
        .insertInto('discipline_plan_report')
        .values({
          action_id: row.id,
          unit_id: u[unitCode]!,
          reported_at: new Date(Math.min(dueAt + offset * DAY, now - DAY)),
          reported_by: p.lanhdao!,
          note: `Đã thực hiện: ${action.title.toLowerCase()}.`,
          evidence_ref: `Báo cáo số ${index + 11}/BC-${unitCode}`,
        })
        .execute();
    }
  }
}

async function seedCommitments(trx: Tx, u: Ids, p: Ids, now: number) {
  const year = new Date(now + 7 * 3_600_000).getUTCFullYear();
  const rows = demoCommitments().map((c) => ({
    kind: c.kind,
    year,
    unit_id: u[c.unit]!,
    user_id: c.user ? p[c.user]! : null,
    text: c.text,
    signed_on: new Date(now - c.daysAgo * DAY).toISOString().slice(0, 10),
    created_by: p[c.user ?? 'lanhdao']!,
    created_at: new Date(now - c.daysAgo * DAY),
  }));
  await trx.insertInto('commitment').values(rows).execute();
}
