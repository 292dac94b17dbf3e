/** Evaluation rows → API shapes, field by field. */
import type { EvaluationSummary, Period, PeriodBlocker } from '../../../contracts/evaluation.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import {
  EVALUATION_STATUS_LABELS,
  PERIOD_STATUS_LABELS,
  type EvaluationStatus,
} from '../../../domain/evaluation/cycle.js';
import type { MonthEvidence } from '../../../domain/evaluation/evidence.js';
import type { FrameworkDefinition } from '../../../domain/evaluation/framework.js';
import { partialTotal, type QuotaCheck } from '../../../domain/evaluation/scoring.js';
import type { FrameworkRow } from './evaluation.frameworks.js';
import type { EvaluationRow, EvidenceRow, PeriodRow } from './evaluation.queries.js';

/** An instant as ISO 8601 in Vietnam time, or null. */
export const iso = (value: Date | null | undefined): string | null =>
  value ? formatInstant(value.getTime()) : null;

/** A numeric column (read as text by the drivers) as a number, or null. */
export const toNumber = (value: string | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/** Scores stored as jsonb, or null. */
export function scoresOf(value: unknown): Record<string, number> | null {
  return value && typeof value === 'object' ? (value as Record<string, number>) : null;
}

const gradeLabel = (definition: FrameworkDefinition, code: string) =>
  definition.grades.find((g) => g.code === code)?.label ?? code;

/** A period as the API shows it. */
export function presentPeriod(
  row: PeriodRow,
  framework: FrameworkRow,
  extra: {
    counts: Record<string, number>;
    quota: QuotaCheck | null;
    canClose: boolean;
    canAdminister: boolean;
    blockers: PeriodBlocker[];
  },
): Period {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    month: row.month,
    framework: { id: framework.id, code: framework.code, version: framework.version, name: framework.name },
    exceptional: row.exceptional,
    publishScores: row.publish_scores,
    status: row.status,
    statusLabel: PERIOD_STATUS_LABELS[row.status].vi,
    evidenceRule: row.evidence_rule,
    evidenceAt: iso(row.evidence_at)!,
    missingSources: row.missing_sources,
    lockedAt: iso(row.locked_at),
    publishedAt: iso(row.published_at),
    appealUntil: iso(row.appeal_until),
    version: row.version,
    counts: extra.counts,
    quota: extra.quota,
    quotaGradeLabel: gradeLabel(framework.definition, framework.definition.quota.grade),
    quotaBaseLabel: framework.definition.quota.baseFromGrade
      ? gradeLabel(framework.definition, framework.definition.quota.baseFromGrade)
      : null,
    canClose: extra.canClose,
    canAdminister: extra.canAdminister,
    blockers: extra.blockers,
  };
}

/** One evaluation in a list. */
export function presentSummary(row: EvaluationRow, definition: FrameworkDefinition): EvaluationSummary {
  const grade = definition.grades.find((g) => g.code === row.grade);
  const suggested = partialTotal(definition, scoresOf(row.suggested));
  const self = row.self_scores ? partialTotal(definition, scoresOf(row.self_scores)).total : null;
  return {
    id: row.id,
    periodId: row.period_id,
    month: row.month,
    officialId: row.official_id,
    officialName: row.official_name,
    officialTitle: row.official_title,
    unitName: row.unit_name,
    status: row.status,
    statusLabel: EVALUATION_STATUS_LABELS[row.status as EvaluationStatus].vi,
    suggestedTotal: suggested.total,
    suggestedMissing: suggested.missing,
    selfTotal: self,
    score: toNumber(row.score),
    grade: row.grade,
    gradeLabel: grade?.label ?? null,
    version: row.version,
  };
}

/** An evidence row as counts. */
export function presentEvidence(row: EvidenceRow | undefined): MonthEvidence {
  return {
    dossiersHandled: row?.dossiers_handled ?? 0,
    stepsHandled: row?.steps_handled ?? 0,
    stepsEarly: row?.steps_early ?? 0,
    stepsOnTime: row?.steps_on_time ?? 0,
    stepsLate: row?.steps_late ?? 0,
    explanations: row?.explanations ?? 0,
    apologies: row?.apologies ?? 0,
    lateApologies: row?.late_apologies ?? 0,
    supplementFaults: row?.supplement_faults ?? 0,
    satisfactionResponses: row?.satisfaction_responses ?? 0,
    satisfactionSatisfied: row?.satisfaction_satisfied ?? 0,
    complaintsUpheld: row?.complaints_upheld ?? 0,
    violations: row?.violations ?? 0,
    tasksDue: row?.tasks_due ?? 0,
    tasksOnTime: row?.tasks_on_time ?? 0,
    tasksWeightDue: row?.tasks_weight_due ?? 0,
    tasksWeightOnTime: row?.tasks_weight_on_time ?? 0,
    dossiersFinished: row?.dossiers_finished ?? 0,
    finishedEarly: row?.finished_early ?? 0,
    finishedOnTime: row?.finished_on_time ?? 0,
    contactPoints: row?.contact_points ?? 0,
    attitudePoints: row?.attitude_points ?? 0,
  };
}
