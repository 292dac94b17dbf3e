/**
 * The public page of a unit's published month ("công khai"): each official's grade, the score if the unit
 * chose, and the TT 01/2018 staff score read from the month's evidence.
 */
import type { z } from 'zod';
import type { PublicEvaluation, PublishedPeriods } from '../../../contracts/evaluation.js';
import { fail } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { getFramework } from './evaluation.frameworks.js';
import { scoreOfficialTt01 } from '../../../domain/evaluation/tt01-official.js';
import { iso, presentEvidence, toNumber } from './evaluation.present.js';
import type { EvidenceRow } from './evaluation.queries.js';

/** The published results of a unit (by code) for a month; not_found unless published. */
export async function getPublicEvaluation(
  db: Executor,
  unitCode: string,
  month: string,
): Promise<z.infer<typeof PublicEvaluation>> {
  const period = await db
    .selectFrom('evaluation_period as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.framework_id', 'p.publish_scores', 'p.published_at', 'u.full_name as unit_name'])
    .where('u.code', '=', unitCode)
    .where('p.month', '=', month)
    .where('p.status', '=', 'published')
    .executeTakeFirst();
  if (!period) throw fail.notFound('Chưa có kết quả đánh giá được công khai cho đơn vị và tháng này.');
  const framework = await getFramework(db, period.framework_id);
  const rows = await db
    .selectFrom('evaluation as e')
    .innerJoin('app_user as o', 'o.id', 'e.official_id')
    .innerJoin('unit as u', 'u.id', 'e.unit_id')
    .leftJoin('evaluation_evidence as v', (join) =>
      join.onRef('v.period_id', '=', 'e.period_id').onRef('v.official_id', '=', 'e.official_id'),
    )
    .selectAll('v')
    .select(['o.full_name', 'o.title', 'u.full_name as unit_name', 'e.grade', 'e.score'])
    .where('e.period_id', '=', period.id)
    .orderBy('u.path')
    .orderBy('o.full_name')
    .execute();
  return {
    unitName: period.unit_name,
    month,
    frameworkName: framework.name,
    publishedAt: iso(period.published_at)!,
    publishScores: period.publish_scores,
    rows: rows.map((r) => ({
      officialName: r.full_name,
      officialTitle: r.title,
      unitName: r.unit_name,
      grade: r.grade ?? '',
      gradeLabel: framework.definition.grades.find((g) => g.code === r.grade)?.label ?? '',
      score: period.publish_scores ? toNumber(r.score) : null,
      tt01Staff: publicTt01(r.period_id === null ? undefined : (r as EvidenceRow)),
    })),
  };
}

/** The TT 01/2018 staff score the public sees beside a grade: points, what was measured, the band. */
function publicTt01(evidence: EvidenceRow | undefined) {
  const { staff } = scoreOfficialTt01(presentEvidence(evidence));
  if (staff.band === null) return null;
  return { points: staff.points, maxMeasured: staff.maxMeasured, complete: staff.complete, band: staff.band };
}

/** The most recent published months of every unit. */
export async function listPublishedPeriods(db: Executor): Promise<z.infer<typeof PublishedPeriods>> {
  const rows = await db
    .selectFrom('evaluation_period as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .select(['u.code', 'u.full_name', 'p.month', 'p.published_at'])
    .where('p.status', '=', 'published')
    .orderBy('p.month', 'desc')
    .orderBy('u.full_name')
    .limit(100)
    .execute();
  return {
    items: rows.map((r) => ({
      unitCode: r.code,
      unitName: r.full_name,
      month: r.month,
      publishedAt: iso(r.published_at)!,
    })),
  };
}
