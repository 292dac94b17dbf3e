/**
 * The yearly rating of a unit's officials from their locked or published monthly results (pure rule in
 * domain/evaluation/yearly.ts), and the two-year rule: a second consecutive "not complete" opens an HR case
 * for the home-affairs administrator (once per official and pair of years).
 */
import { sql } from 'kysely';
import type { z } from 'zod';
import type { YearlyRating, YearlyRequest } from '../../../contracts/evaluation.js';
import { fail } from '../../../domain/errors.js';
import { canAdministerEvaluation } from '../../../domain/evaluation/policy.js';
import {
  isTwoYearsNotComplete,
  rateYear,
  YEARLY_LEVEL_LABELS,
  YEARLY_RULE_VERSION,
  type YearlyLevel,
} from '../../../domain/evaluation/yearly.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { findUnit } from '../units/units.queries.js';
import { iso, toNumber } from './evaluation.present.js';

async function loadAdministeredUnit(ctx: RequestContext, unitId: string) {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'official') throw fail.forbidden();
  const unit = await findUnit(ctx.deps.database.db, unitId);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  if (!canAdministerEvaluation(actor, unit.path))
    throw fail.forbidden('Chỉ cán bộ Nội vụ của đơn vị xếp loại năm.');
  return { actor, unit };
}

/** Final monthly scores of the year for each official of the subtree (locked or published months only). */
async function listMonthlyScores(db: Executor, path: string, year: number) {
  const rows = await sql<{ official_id: string; unit_id: string; scores: string[] | null }>`
    select u.id as official_id, u.unit_id,
      array_agg(e.score::text) filter (where e.score is not null) as scores
    from app_user u join unit un on un.id = u.unit_id
    left join (evaluation e join evaluation_period p on p.id = e.period_id and p.status in ('locked','published')
               and p.month like ${`${year}-%`}) on e.official_id = u.id
    where u.kind = 'official' and u.active and un.path like ${`${path}%`}
    group by u.id, u.unit_id`.execute(db);
  return rows.rows.map((r) => ({ ...r, scores: (r.scores ?? []).map(Number) }));
}

/** Rates the year for every official of the unit's subtree; flags and opens HR cases for the two-year rule. */
export async function rateUnitYear(ctx: RequestContext, input: z.infer<typeof YearlyRequest>) {
  const { actor, unit } = await loadAdministeredUnit(ctx, input.unitId);
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const disciplined = new Set(input.disciplinedOfficialIds);
  const officials = await listMonthlyScores(db, unit.path, input.year);
  let rated = 0;
  let flagged = 0;
  await db.transaction().execute(async (trx) => {
    for (const o of officials) {
      const result = rateYear({ monthlyScores: o.scores, disciplined: disciplined.has(o.official_id) });
      if (!result) continue;
      rated += 1;
      await trx
        .insertInto('yearly_rating')
        .values({
          official_id: o.official_id,
          unit_id: o.unit_id,
          year: input.year,
          rule_version: YEARLY_RULE_VERSION,
          months: result.months,
          mean_score: result.meanScore,
          disciplined: disciplined.has(o.official_id),
          level: result.level,
          computed_at: now,
          computed_by: actor.userId,
        })
        .onConflict((oc) =>
          oc.columns(['official_id', 'year']).doUpdateSet((eb) => ({
            unit_id: eb.ref('excluded.unit_id'),
            rule_version: eb.ref('excluded.rule_version'),
            months: eb.ref('excluded.months'),
            mean_score: eb.ref('excluded.mean_score'),
            disciplined: eb.ref('excluded.disciplined'),
            level: eb.ref('excluded.level'),
            computed_at: eb.ref('excluded.computed_at'),
            computed_by: eb.ref('excluded.computed_by'),
          })),
        )
        .execute();
      const previous = await trx
        .selectFrom('yearly_rating')
        .select('level')
        .where('official_id', '=', o.official_id)
        .where('year', '=', input.year - 1)
        .executeTakeFirst();
      if (!isTwoYearsNotComplete(previous?.level ?? null, result.level)) continue;
      flagged += 1;
      await trx
        .insertInto('hr_case')
        .values({
          official_id: o.official_id,
          unit_id: o.unit_id,
          kind: 'two_years_not_complete',
          years: [input.year - 1, input.year],
          status: 'open',
          opened_at: now,
          note: null,
        })
        .onConflict((oc) => oc.columns(['official_id', 'kind', 'years']).doNothing())
        .execute();
    }
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.yearly_rating',
        targetType: 'unit',
        targetId: unit.id,
        unitId: unit.id,
        summary: { year: input.year, rated, flagged, rule: YEARLY_RULE_VERSION },
      }),
    );
  });
  return listYearly(ctx, input.unitId, input.year);
}

/** The year's ratings of the unit's subtree, each with last year's level and the two-year flag. */
export async function listYearly(
  ctx: RequestContext,
  unitId: string,
  year: number,
): Promise<{ items: z.infer<typeof YearlyRating>[] }> {
  const { unit } = await loadAdministeredUnit(ctx, unitId);
  const rows = await ctx.deps.database.db
    .selectFrom('yearly_rating as y')
    .innerJoin('app_user as o', 'o.id', 'y.official_id')
    .innerJoin('unit as u', 'u.id', 'y.unit_id')
    .leftJoin('yearly_rating as prev', (join) =>
      join.onRef('prev.official_id', '=', 'y.official_id').on('prev.year', '=', year - 1),
    )
    .select([
      'y.official_id',
      'o.full_name',
      'u.full_name as unit_name',
      'y.year',
      'y.months',
      'y.mean_score',
      'y.disciplined',
      'y.level',
      'y.rule_version',
      'prev.level as previous_level',
    ])
    .where('y.year', '=', year)
    .where('u.path', 'like', `${unit.path}%`)
    .orderBy('u.path')
    .orderBy('o.full_name')
    .execute();
  return {
    items: rows.map((r) => ({
      officialId: r.official_id,
      officialName: r.full_name,
      unitName: r.unit_name,
      year: r.year,
      months: r.months,
      meanScore: toNumber(r.mean_score),
      disciplined: r.disciplined,
      level: r.level,
      levelLabel: YEARLY_LEVEL_LABELS[r.level].vi,
      previousLevel: (r.previous_level as YearlyLevel | null) ?? null,
      twoYearFlag: isTwoYearsNotComplete((r.previous_level as YearlyLevel | null) ?? null, r.level),
      ruleVersion: r.rule_version,
    })),
  };
}

/** Open and closed HR cases of the actor's subtree (home-affairs administrators). */
export async function listHrCases(ctx: RequestContext, unitId: string | undefined) {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'official' || !actor.unitPath) throw fail.forbidden();
  const path = unitId ? (await loadAdministeredUnit(ctx, unitId)).unit.path : actor.unitPath;
  if (!canAdministerEvaluation(actor, path)) throw fail.forbidden('Chỉ cán bộ Nội vụ xem hồ sơ nhân sự.');
  const rows = await ctx.deps.database.db
    .selectFrom('hr_case as c')
    .innerJoin('app_user as o', 'o.id', 'c.official_id')
    .innerJoin('unit as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.official_id',
      'o.full_name',
      'u.full_name as unit_name',
      'c.kind',
      'c.years',
      'c.status',
      'c.opened_at',
    ])
    .where('u.path', 'like', `${path}%`)
    .orderBy('c.opened_at', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      officialId: r.official_id,
      officialName: r.full_name,
      unitName: r.unit_name,
      kind: r.kind,
      kindLabel: 'Hai năm liên tiếp không hoàn thành nhiệm vụ — xem xét cho thôi việc',
      years: r.years.map(Number),
      status: r.status,
      openedAt: iso(r.opened_at)!,
    })),
  };
}
