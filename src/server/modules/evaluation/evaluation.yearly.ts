/**
 * The yearly rating of a unit's officials from their locked or published monthly results, by the yearly rule
 * of the framework version their months were rated with (pure rules in domain/evaluation/yearly.ts): the
 * minimum time worked, the basis (mean score or monthly grades), discipline, and the unit's cap on the top
 * level. The two-year rule reads these results: a second consecutive "not complete" opens an HR case for the
 * home-affairs administrator (once per official and pair of years); a year not rated never counts.
 */
import type { z } from 'zod';
import type { YearlyRating, YearlyRequest } from '../../../contracts/evaluation.js';
import { fail } from '../../../domain/errors.js';
import type { FrameworkDefinition } from '../../../domain/evaluation/framework.js';
import { NATIONAL_100_V2, yearlyRuleOf } from '../../../domain/evaluation/frameworks-2026.js';
import { canAdministerEvaluation } from '../../../domain/evaluation/policy.js';
import {
  capExcellent,
  isTwoYearsNotComplete,
  rateYear,
  UNRATED_LABEL,
  YEARLY_LEVEL_LABELS,
  YEARLY_RULE_VERSION,
  type YearlyLevel,
  type YearlyResult,
} from '../../../domain/evaluation/yearly.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { findUnit } from '../units/units.queries.js';
import { getFramework, type FrameworkRow } from './evaluation.frameworks.js';
import * as q from './evaluation-yearly.queries.js';
import { iso, toNumber } from './evaluation.present.js';

async function loadAdministeredUnit(ctx: RequestContext, unitId: string) {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'official') throw fail.forbidden();
  const unit = await findUnit(ctx.deps.database.db, unitId);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  if (!canAdministerEvaluation(actor, unit.path))
    throw fail.forbidden(
      'Bạn không có quyền xem xếp loại năm của đơn vị này: chỉ cán bộ Nội vụ của đơn vị (hoặc cấp trên) xếp loại năm.',
    );
  return { actor, unit };
}

interface OfficialYear {
  officialId: string;
  unitId: string;
  framework: { key: string; label: string; definition: FrameworkDefinition };
  result: YearlyResult;
  disciplined: boolean;
  capped: boolean;
}

const FALLBACK = { key: 'VN-335', label: 'VN-335 v2', definition: NATIONAL_100_V2 };

/** Rates each official of the subtree who has a month that year or a disciplinary measure; then the cap. */
async function rateOfficials(
  db: Executor,
  path: string,
  year: number,
  disciplined: Set<string>,
  outstanding: boolean,
): Promise<OfficialYear[]> {
  const months = await q.listYearMonths(db, path, year);
  const frameworks = new Map<string, FrameworkRow>();
  for (const id of new Set(months.map((m) => m.framework_id))) frameworks.set(id, await getFramework(db, id));
  const byOfficial = new Map<string, q.MonthRow[]>();
  for (const m of months) byOfficial.set(m.official_id, [...(byOfficial.get(m.official_id) ?? []), m]);
  const extra = await q.listOfficialsIn(
    db,
    path,
    [...disciplined].filter((id) => !byOfficial.has(id)),
  );
  const people = [
    ...[...byOfficial.values()].map((rows) => ({
      officialId: rows[0]!.official_id,
      unitId: rows[0]!.unit_id,
      rows,
    })),
    ...extra.flatMap((o) =>
      o.unit_id ? [{ officialId: o.official_id, unitId: o.unit_id, rows: [] as q.MonthRow[] }] : [],
    ),
  ];
  const rated = people.map((p): OfficialYear => {
    const latest = p.rows.at(-1);
    const fw = latest ? frameworks.get(latest.framework_id)! : null;
    const framework = fw
      ? { key: fw.id, label: `${fw.code} v${fw.version}`, definition: fw.definition, code: fw.code }
      : { ...FALLBACK, code: FALLBACK.key };
    const result = rateYear({
      months: p.rows.map((r) => ({ score: Number(r.score), grade: r.grade })),
      disciplined: disciplined.has(p.officialId),
      definition: framework.definition,
      rule: yearlyRuleOf(framework.code, framework.definition),
    });
    return { ...p, framework, result, disciplined: disciplined.has(p.officialId), capped: false };
  });
  for (const key of new Set(rated.map((r) => r.framework.key))) {
    const group = rated.filter((r) => r.framework.key === key);
    const { demoted } = capExcellent(
      group[0]!.framework.definition,
      group.map((r) => ({ id: r.officialId, level: r.result.level, meanScore: r.result.meanScore })),
      outstanding,
    );
    for (const r of group.filter((g) => demoted.includes(g.officialId))) {
      r.capped = true;
      r.result = {
        ...r.result,
        level: 'good',
        reason: 'Vượt tỷ lệ "Hoàn thành xuất sắc" của đơn vị.',
      } as YearlyResult;
    }
  }
  return rated;
}

/** Rates the year for the unit's subtree; opens HR cases for the two-year rule. */
export async function rateUnitYear(ctx: RequestContext, input: z.infer<typeof YearlyRequest>) {
  const { actor, unit } = await loadAdministeredUnit(ctx, input.unitId);
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const officials = await rateOfficials(
    db,
    unit.path,
    input.year,
    new Set(input.disciplinedOfficialIds),
    input.outstandingUnit,
  );
  let flagged = 0;
  await db.transaction().execute(async (trx) => {
    for (const o of officials) {
      await q.upsertYearlyRating(trx, {
        official_id: o.officialId,
        unit_id: o.unitId,
        year: input.year,
        rule_version: YEARLY_RULE_VERSION,
        months: o.result.months,
        mean_score: o.result.meanScore,
        disciplined: o.disciplined,
        level: o.result.level,
        reason: o.result.reason,
        framework: o.framework.label,
        capped: o.capped,
        computed_at: now,
        computed_by: actor.userId,
      });
      const previous = await q.findYearLevel(trx, o.officialId, input.year - 1);
      if (!isTwoYearsNotComplete(previous, o.result.level)) continue;
      flagged += 1;
      await q.openTwoYearCase(trx, { officialId: o.officialId, unitId: o.unitId, year: input.year, at: now });
    }
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.yearly_rating',
        targetType: 'unit',
        targetId: unit.id,
        unitId: unit.id,
        summary: {
          year: input.year,
          rated: officials.filter((o) => o.result.rated).length,
          unrated: officials.filter((o) => !o.result.rated).length,
          capped: officials.filter((o) => o.capped).length,
          flagged,
          rule: YEARLY_RULE_VERSION,
        },
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
  const rows = await q.listYearRatings(ctx.deps.database.db, unit.path, year);
  return {
    items: rows.map((r) => {
      const previous = (r.previous_level as YearlyLevel | null) ?? null;
      return {
        officialId: r.official_id,
        officialName: r.full_name,
        unitName: r.unit_name,
        year: r.year,
        months: r.months,
        meanScore: toNumber(r.mean_score),
        disciplined: r.disciplined,
        level: r.level,
        levelLabel: r.level ? YEARLY_LEVEL_LABELS[r.level].vi : UNRATED_LABEL.vi,
        reason: r.reason,
        framework: r.framework,
        capped: r.capped,
        previousLevel: previous,
        twoYearFlag: isTwoYearsNotComplete(previous, r.level),
        ruleVersion: r.rule_version,
      };
    }),
  };
}

/** Open and closed HR cases of the actor's subtree (home-affairs administrators). */
export async function listHrCases(ctx: RequestContext, unitId: string | undefined) {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'official' || !actor.unitPath) throw fail.forbidden();
  const path = unitId ? (await loadAdministeredUnit(ctx, unitId)).unit.path : actor.unitPath;
  if (!canAdministerEvaluation(actor, path))
    throw fail.forbidden('Bạn không có quyền xem hồ sơ nhân sự: chỉ cán bộ Nội vụ xem hồ sơ nhân sự.');
  const rows = await q.listHrCasesUnder(ctx.deps.database.db, path);
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
