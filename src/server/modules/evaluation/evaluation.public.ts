/**
 * The public page of a unit's published month ("công khai"): each official's grade, the score if the unit
 * chose, and the TT 01/2018 staff score read from the month's evidence.
 */
import type { z } from 'zod';
import type { PublicEvaluation, PublishedPeriods } from '../../../contracts/evaluation.js';
import { fail } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { findUnit } from '../units/units.queries.js';
import { getFramework } from './evaluation.frameworks.js';
import { scoreOfficialTt01 } from '../../../domain/evaluation/tt01-official.js';
import { iso, presentEvidence, toNumber } from './evaluation.present.js';
import {
  findPublishedPeriod,
  listPublishedEvaluations,
  listPublishedPeriodRows,
  type EvidenceRow,
} from './evaluation.queries.js';

/** The published results of a unit (by code) for a month; not_found unless published. */
export async function getPublicEvaluation(
  db: Executor,
  unitCode: string,
  month: string,
): Promise<z.infer<typeof PublicEvaluation>> {
  const period = await findPublishedPeriod(db, unitCode, month);
  if (!period) throw fail.notFound('Chưa có kết quả đánh giá được công khai cho đơn vị và tháng này.');
  const framework = await getFramework(db, period.framework_id);
  const rows = await listPublishedEvaluations(db, period.id);
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

/** The most recent published months of every unit, or of the units within `unitId`'s subtree. */
export async function listPublishedPeriods(
  db: Executor,
  unitId?: string,
): Promise<z.infer<typeof PublishedPeriods>> {
  let path: string | null = null;
  if (unitId) {
    const unit = await findUnit(db, unitId);
    if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
    path = unit.path;
  }
  const rows = await listPublishedPeriodRows(db, path);
  return {
    items: rows.map((r) => ({
      unitCode: r.code,
      unitName: r.full_name,
      month: r.month,
      publishedAt: iso(r.published_at)!,
    })),
  };
}
