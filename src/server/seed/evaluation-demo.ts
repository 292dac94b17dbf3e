/**
 * Demo evaluation (after the demo history): Phường Ba Đình's last full month evaluated end to end from the
 * generated dossiers through the real services and rules — work plans, evidence, self-assessment, review,
 * approval, quota, lock, publication — and a yearly rating that shows the two-year flag with its HR case.
 * Two officials without sign-in are added to the ward: a second leader, the chairman (who reviews and
 * approves the first one's own evaluation) and a specialist with a weak record (last year "not complete",
 * disciplined this year). The current month is then opened for the ward and left open for people to finish
 * (the "open period" of the demo): the chairman has already reviewed and approved the deputy before going on
 * leave; everyone else still has their step to take, and the two without sign-in are evaluated by their leader
 * in place of a self-assessment (see `evaluation.absent.ts`).
 * Runs once: nothing happens when an evaluation period exists.
 */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access/policy.js';
import type { Role } from '../../domain/access/roles.js';
import { monthOf, monthRange, previousMonth } from '../../domain/evaluation/month.js';
import { totalScore } from '../../domain/evaluation/scoring.js';
import type { Clock } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { DatabaseHandle } from '../db/connection.js';
import {
  approveEvaluation,
  assessEvaluation,
  getEvaluation,
} from '../modules/evaluation/evaluation.records.js';
import { lockPeriod, openPeriod, publishPeriod } from '../modules/evaluation/evaluation.periods.js';
import { rateUnitYear } from '../modules/evaluation/evaluation.yearly.js';
import { changeTask, createTask } from '../modules/work-plans/work-plans.service.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WARD = '00004';

/** Officials added for the demo month (no password: they cannot sign in). */
const EXTRA_OFFICIALS = [
  {
    username: 'chutich.badinh',
    fullName: 'Nguyễn Thị Hoa',
    unitCode: WARD,
    title: 'Chủ tịch UBND phường',
    role: 'unit_leader' as Role,
  },
  {
    username: 'vhxh.badinh',
    fullName: 'Đặng Văn Long',
    unitCode: `${WARD}.VHXH`,
    title: 'Chuyên viên',
    role: 'specialist' as Role,
  },
];

export interface EvaluationDemoResult {
  month: string;
  officials: number;
  periodId: string;
  /** The current month of the ward, left open (null when the published month is the current one). */
  openPeriodId: string | null;
}

async function ensureExtraOfficials(db: DatabaseHandle['db'], now: Date): Promise<void> {
  for (const o of EXTRA_OFFICIALS) {
    const unit = await db.selectFrom('unit').select('id').where('code', '=', o.unitCode).executeTakeFirst();
    if (!unit) throw new Error(`Evaluation demo: unit ${o.unitCode} is missing`);
    const user = await db
      .insertInto('app_user')
      .values({
        username: o.username,
        kind: 'official',
        full_name: o.fullName,
        unit_id: unit.id,
        title: o.title,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (user) await db.insertInto('user_role').values({ user_id: user.id, role: o.role }).execute();
  }
}

async function loadActor(db: DatabaseHandle['db'], username: string): Promise<Actor> {
  const row = await db
    .selectFrom('app_user as u')
    .innerJoin('unit as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.unit_id',
      'un.path',
      sql<Role[]>`array(select role from user_role r where r.user_id = u.id)`.as('roles'),
    ])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return { userId: row.id, kind: 'official', unitId: row.unit_id, unitPath: row.path, roles: row.roles };
}

/** A service context acting as `actor` at a fixed instant (the seed replays the month as it would have happened). */
function contextAt(database: DatabaseHandle, actor: Actor, at: number): RequestContext {
  const deps = { database, clock: { now: () => new Date(at) }, migration: null } as unknown as AppDeps;
  return { deps, actor, requestId: 'seed-evaluation-demo', ip: '127.0.0.1', userAgent: null };
}

/** Work plans of the month: two tasks per official, assigned by their leader; most done on time. */
async function seedWorkPlans(
  database: DatabaseHandle,
  actors: Map<string, Actor>,
  month: string,
): Promise<void> {
  const { from } = monthRange(month);
  const leader = actors.get('lanhdao')!;
  const titles = [
    'Rà soát hồ sơ tồn đọng, báo cáo lãnh đạo',
    'Cập nhật sổ theo dõi và số liệu báo cáo tháng',
  ];
  let n = 0;
  for (const [username, official] of actors) {
    if (username === 'lanhdao') continue;
    for (const [i, title] of titles.entries()) {
      const due = from + (10 + i * 12) * DAY + 10 * HOUR;
      const ctx = contextAt(database, leader, from + DAY);
      const id = await createTask(ctx, {
        officialId: official.userId,
        horizon: i === 0 ? 'week' : 'month',
        title,
        dueAt: new Date(due).toISOString(),
        weight: i === 0 ? 2 : 3,
      });
      const late = username === 'vhxh.badinh' || (n++ % 5 === 4 && i === 1);
      if (username === 'vhxh.badinh' && i === 1) continue; // never done
      await changeTask(contextAt(database, official, due + (late ? 3 * DAY : -DAY)), id, 'complete', {
        version: 1,
        result: 'Đã hoàn thành, có báo cáo kèm theo',
      });
    }
  }
}

/** Fills the items evidence cannot score: the bonus and task groups with nothing to judge by. */
function selfScoresOf(
  suggested: Record<string, number | null>,
  criteria: { code: string; group: string; maxPoints: number }[],
  weak: boolean,
) {
  return Object.fromEntries(
    criteria.map((c) => {
      const value =
        suggested[c.code] ?? (c.group === 'bonus' ? 4 : Math.round(c.maxPoints * (weak ? 0.4 : 0.85)));
      return [c.code, weak ? Math.round(value * 0.55 * 100) / 100 : value];
    }),
  );
}

/** Who reviews and approves each official in the demo ward. */
function reviewerOf(username: string, unitKind: string): string {
  if (username === 'lanhdao') return 'chutich.badinh';
  return unitKind === 'one_stop' && username !== 'truongmotcua' ? 'truongmotcua' : 'lanhdao';
}

async function runCycle(
  database: DatabaseHandle,
  actors: Map<string, Actor>,
  periodId: string,
  at: number,
): Promise<void> {
  const rows = await database.db
    .selectFrom('evaluation as e')
    .innerJoin('app_user as u', 'u.id', 'e.official_id')
    .innerJoin('unit as un', 'un.id', 'e.unit_id')
    .select(['e.id', 'u.username', 'un.kind'])
    .where('e.period_id', '=', periodId)
    .orderBy('u.username')
    .execute();
  let topGrades = 0;
  for (const row of rows) {
    const official = actors.get(row.username)!;
    const weak = row.username === 'vhxh.badinh';
    let e = await getEvaluation(contextAt(database, official, at), row.id);
    const self = selfScoresOf(e.suggested, e.criteria, weak);
    await assessEvaluation(contextAt(database, official, at), row.id, 'self_assess', {
      version: e.version,
      scores: self,
      comment: weak ? 'Còn nhiều việc chưa hoàn thành.' : 'Hoàn thành các nhiệm vụ được giao.',
    });
    const review: Record<string, number> = {
      ...self,
      'bonus.initiative': Math.min(self['bonus.initiative'] ?? 0, 2),
    };
    // the reviewer keeps the ward within the cap on grade A (30%)
    if (totalScore(review) >= 90 && ++topGrades > 2)
      review['task.timeliness'] = Math.max(0, review['task.timeliness']! - (totalScore(review) - 88));
    const reviewer = actors.get(reviewerOf(row.username, row.kind))!;
    e = await getEvaluation(contextAt(database, reviewer, at + HOUR), row.id);
    const changed = JSON.stringify(review) !== JSON.stringify(self);
    await assessEvaluation(contextAt(database, reviewer, at + HOUR), row.id, 'review', {
      version: e.version,
      scores: review,
      comment: weak
        ? 'Không hoàn thành nhiệm vụ được giao, trễ kế hoạch.'
        : changed
          ? 'Đồng ý; điều chỉnh điểm thưởng theo mức chung của đơn vị.'
          : undefined,
    });
    const approver = actors.get(row.username === 'lanhdao' ? 'chutich.badinh' : 'lanhdao')!;
    e = await getEvaluation(contextAt(database, approver, at + 2 * HOUR), row.id);
    await approveEvaluation(contextAt(database, approver, at + 2 * HOUR), row.id, { version: e.version });
  }
}

/** Evaluates Ba Đình's last full month end to end and publishes it; rates the year (two-year flag). */
export async function seedEvaluationDemoIfEmpty(
  database: DatabaseHandle,
  clock: Clock,
): Promise<EvaluationDemoResult | null> {
  const { db } = database;
  const existing = await db.selectFrom('evaluation_period').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  const ward = await db.selectFrom('unit').select('id').where('code', '=', WARD).executeTakeFirst();
  if (!ward) return null;
  const now = clock.now().getTime();
  const month = previousMonth(monthOf(now));
  const monthEnd = monthRange(month).to;
  await ensureExtraOfficials(db, new Date(monthRange(month).from));
  const usernames = [
    'noivu',
    'tiepnhan',
    'chuyenvien',
    'lanhdao',
    'truongmotcua',
    ...EXTRA_OFFICIALS.map((o) => o.username),
  ];
  const actors = new Map<string, Actor>();
  for (const username of usernames) actors.set(username, await loadActor(db, username));
  await seedWorkPlans(database, actors, month);
  const admin = actors.get('noivu')!;
  const openedAt = Math.min(now, monthEnd + 2 * HOUR);
  const periodId = await openPeriod(contextAt(database, admin, openedAt), {
    unitId: ward.id,
    month,
    frameworkCode: 'HN-3814',
    exceptional: false,
    publishScores: true,
    appealDays: 10,
  });
  await runCycle(database, actors, periodId, Math.min(now, monthEnd + DAY));
  const closeAt = Math.min(now, monthEnd + 2 * DAY);
  const version = async () =>
    (
      await db
        .selectFrom('evaluation_period')
        .select('version')
        .where('id', '=', periodId)
        .executeTakeFirstOrThrow()
    ).version;
  await lockPeriod(contextAt(database, admin, closeAt), periodId, await version());
  await publishPeriod(contextAt(database, actors.get('lanhdao')!, closeAt + HOUR), periodId, await version());
  await seedYearly(database, actors, Number(month.slice(0, 4)), closeAt + 2 * HOUR);
  const openPeriodId = await seedOpenMonth(database, actors, ward.id, now);
  return { month, officials: actors.size, periodId, openPeriodId };
}

/** Last year's ratings (as computed then), then this year's from the published months: the two-year flag. */
async function seedYearly(
  database: DatabaseHandle,
  actors: Map<string, Actor>,
  year: number,
  at: number,
): Promise<void> {
  const levels: Record<string, 'excellent' | 'good' | 'not_complete'> = {
    chuyenvien: 'excellent',
    'vhxh.badinh': 'not_complete',
  };
  for (const [username, actor] of actors) {
    const level = levels[username] ?? 'good';
    await database.db
      .insertInto('yearly_rating')
      .values({
        official_id: actor.userId,
        unit_id: actor.unitId!,
        year: year - 1,
        rule_version: 'yearly-2026.1',
        months: 12,
        mean_score: level === 'excellent' ? 92.5 : level === 'good' ? 81 : 46.2,
        level,
        computed_at: new Date(Date.UTC(year, 0, 10)),
        computed_by: actors.get('noivu')!.userId,
      })
      .onConflict((oc) => oc.columns(['official_id', 'year']).doNothing())
      .execute();
  }
  const ward = await database.db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', WARD)
    .executeTakeFirstOrThrow();
  // Đặng Văn Long was reprimanded this year: "not complete" is forced whatever the months say
  await rateUnitYear(contextAt(database, actors.get('noivu')!, at), {
    unitId: ward.id,
    year,
    disciplinedOfficialIds: [actors.get('vhxh.badinh')!.userId],
    outstandingUnit: false,
  });
}

/**
 * Opens the current month for the ward and leaves it open. The deputy (lanhdao) has assessed himself and the
 * chairman, who has no sign-in, has reviewed and approved him: the only evaluation nobody signed in could
 * finish. The rest is for people to do on the pages.
 */
async function seedOpenMonth(
  database: DatabaseHandle,
  actors: Map<string, Actor>,
  wardId: string,
  now: number,
): Promise<string | null> {
  const month = monthOf(now);
  const admin = actors.get('noivu')!;
  const periodId = await openPeriod(contextAt(database, admin, now), {
    unitId: wardId,
    month,
    frameworkCode: 'HN-3814',
    exceptional: false,
    publishScores: true,
    appealDays: 10,
  });
  const deputy = await database.db
    .selectFrom('evaluation')
    .select('id')
    .where('period_id', '=', periodId)
    .where('official_id', '=', actors.get('lanhdao')!.userId)
    .executeTakeFirstOrThrow();
  const lanhdao = actors.get('lanhdao')!;
  const chairman = actors.get('chutich.badinh')!;
  let e = await getEvaluation(contextAt(database, lanhdao, now), deputy.id);
  const self = selfScoresOf(e.suggested, e.criteria, false);
  await assessEvaluation(contextAt(database, lanhdao, now), deputy.id, 'self_assess', {
    version: e.version,
    scores: self,
    comment: 'Hoàn thành các nhiệm vụ được giao.',
  });
  e = await getEvaluation(contextAt(database, chairman, now), deputy.id);
  await assessEvaluation(contextAt(database, chairman, now), deputy.id, 'review', {
    version: e.version,
    scores: self,
  });
  e = await getEvaluation(contextAt(database, chairman, now), deputy.id);
  await approveEvaluation(contextAt(database, chairman, now), deputy.id, { version: e.version });
  return periodId;
}
