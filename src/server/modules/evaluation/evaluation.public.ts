/** The public page of a unit's published month ("công khai"): each official's grade, and score if the unit chose. */
import type { z } from 'zod';
import type { PublicEvaluation, PublishedPeriods } from '../../../contracts/evaluation.js';
import { fail } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { getFramework } from './evaluation.frameworks.js';
import { iso, toNumber } from './evaluation.present.js';

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
    })),
  };
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
