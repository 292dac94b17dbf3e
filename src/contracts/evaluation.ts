/** Shapes of the evaluation API: frameworks, monthly periods, evaluations and appeals, yearly ratings, HR cases. */
import { z } from 'zod';
import { FrameworkDefinition, TaskPart } from '../domain/evaluation/framework.js';
import { ABSENCE_REASONS, EVALUATION_STATUSES, PERIOD_STATUSES } from '../domain/evaluation/cycle.js';
import { YEARLY_LEVELS } from '../domain/evaluation/yearly.js';
import { pageOf } from './common.js';

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng có dạng YYYY-MM');
export const Scores = z.record(z.string(), z.number().min(0).max(100));
export type Scores = z.infer<typeof Scores>;

export const Framework = z.object({
  id: z.string().uuid(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  definition: FrameworkDefinition,
  createdAt: z.string(),
});
export type Framework = z.infer<typeof Framework>;

export const CreateFrameworkVersionRequest = z.object({
  code: z.string().regex(/^[A-Za-z0-9._-]{2,40}$/),
  name: z.string().trim().min(1).max(300),
  definition: FrameworkDefinition,
});

export const OpenPeriodRequest = z.object({
  unitId: z.string().uuid(),
  month: Month,
  frameworkCode: z.string().default('HN-3814'),
  exceptional: z.boolean().default(false),
  publishScores: z.boolean().default(false),
  appealDays: z.number().int().min(0).max(60).default(10),
});
export type OpenPeriodRequest = z.infer<typeof OpenPeriodRequest>;

export const VersionRequest = z.object({ version: z.number().int() });

export const QuotaStatus = z.object({
  ok: z.boolean(),
  grade: z.string(),
  base: z.number().int(),
  count: z.number().int(),
  cap: z.number().int(),
  excess: z.number().int(),
  share: z.number(),
});

/** One evaluation that stops the period from being locked, and what must happen next (by whom). */
export const PeriodBlocker = z.object({
  evaluationId: z.string().uuid(),
  officialName: z.string(),
  unitName: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  /** self_assess_or_review: the official assesses themself, or a leader evaluates them without it. */
  next: z.enum(['self_assess_or_review', 'review', 'approve']),
  /** The sentence shown to people: who must do what. */
  action: z.string(),
});
export type PeriodBlocker = z.infer<typeof PeriodBlocker>;

export const Period = z.object({
  id: z.string().uuid(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  month: Month,
  framework: z.object({
    id: z.string().uuid(),
    code: z.string(),
    version: z.number().int(),
    name: z.string(),
  }),
  exceptional: z.boolean(),
  publishScores: z.boolean(),
  status: z.enum(PERIOD_STATUSES),
  statusLabel: z.string(),
  evidenceRule: z.string(),
  evidenceAt: z.string(),
  missingSources: z.array(z.string()),
  lockedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  appealUntil: z.string().nullable(),
  version: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  quota: QuotaStatus.nullable(),
  /** Label of the capped grade, and of the grade the cap's base counts from (null: every rated official). */
  quotaGradeLabel: z.string(),
  quotaBaseLabel: z.string().nullable(),
  canClose: z.boolean(),
  canAdminister: z.boolean(),
  /** Evaluations not yet approved (empty for viewers who do not cover the period, and once it is locked). */
  blockers: z.array(PeriodBlocker),
});
export type Period = z.infer<typeof Period>;

export const PeriodListQuery = z.object({ unitId: z.string().uuid().optional() });

export const EvaluationSummary = z.object({
  id: z.string().uuid(),
  periodId: z.string().uuid(),
  month: Month,
  officialId: z.string().uuid(),
  officialName: z.string(),
  officialTitle: z.string().nullable(),
  unitName: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  statusLabel: z.string(),
  /** Total of the criteria the evidence suggests points for (null when none). */
  suggestedTotal: z.number().nullable(),
  /** Criteria left for people to enter (manual items, criteria with no evidence). */
  suggestedMissing: z.number().int(),
  selfTotal: z.number().nullable(),
  score: z.number().nullable(),
  grade: z.string().nullable(),
  gradeLabel: z.string().nullable(),
  version: z.number().int(),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;
export const EvaluationPage = pageOf(EvaluationSummary);
export const EvaluationListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  status: z.enum(EVALUATION_STATUSES).optional(),
});

export const Evidence = z.object({
  dossiersHandled: z.number().int(),
  stepsHandled: z.number().int(),
  stepsEarly: z.number().int(),
  stepsOnTime: z.number().int(),
  stepsLate: z.number().int(),
  explanations: z.number().int(),
  apologies: z.number().int(),
  /** Apologies approved after their latest moment (one working day before the due date). */
  lateApologies: z.number().int(),
  /** Supplement requests after the window or after a first one (the unit's fault). */
  supplementFaults: z.number().int(),
  satisfactionResponses: z.number().int(),
  satisfactionSatisfied: z.number().int(),
  complaintsUpheld: z.number().int(),
  violations: z.number().int(),
  tasksDue: z.number().int(),
  tasksOnTime: z.number().int(),
  tasksWeightDue: z.number().int(),
  tasksWeightOnTime: z.number().int(),
  /** Dossiers finished in the month on which the official held a step, and their TT 01 points. */
  dossiersFinished: z.number().int(),
  finishedEarly: z.number().int(),
  finishedOnTime: z.number().int(),
  contactPoints: z.number().int(),
  attitudePoints: z.number().int(),
});

/** TT 01/2018 staff score of the official for the month (indices 1, 2, 3, 4, 7; max 10). */
export const OfficialTt01 = z.object({
  indices: z.array(
    z.object({
      code: z.enum(['tt01.1', 'tt01.2', 'tt01.3', 'tt01.4', 'tt01.7']),
      points: z.number().nullable(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
    }),
  ),
  staff: z.object({
    points: z.number(),
    maxMeasured: z.number(),
    maximum: z.number(),
    missing: z.array(z.string()),
    complete: z.boolean(),
    /** full ≥ 5, partial 3.5–5, poor < 3.5; null when no index was measured. */
    band: z.enum(['full', 'partial', 'poor']).nullable(),
  }),
});

export const EvaluationEvent = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  type: z.string(),
  payload: z.record(z.string(), z.unknown()),
});

export const Appeal = z.object({
  id: z.string().uuid(),
  reason: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']),
  filedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  previousGrade: z.string().nullable(),
  newGrade: z.string().nullable(),
});

export const EvaluationDetail = EvaluationSummary.extend({
  period: Period,
  criteria: FrameworkDefinition.shape.criteria,
  grades: FrameworkDefinition.shape.grades,
  /** The task-part formula (NĐ 335/2025: the mean of the task criteria × 70), null: points summed. */
  taskPart: TaskPart.nullable(),
  evidence: Evidence,
  tt01: OfficialTt01,
  suggested: z.record(z.string(), z.number().nullable()),
  selfScores: Scores.nullable(),
  selfComment: z.string().nullable(),
  reviewScores: Scores.nullable(),
  reviewComment: z.string().nullable(),
  /** Why the leader evaluated without a self-assessment, else null. */
  absenceReason: z.enum(ABSENCE_REASONS).nullable(),
  reviewerName: z.string().nullable(),
  approverName: z.string().nullable(),
  approveComment: z.string().nullable(),
  events: z.array(EvaluationEvent),
  appeals: z.array(Appeal),
  allowed: z.array(z.enum(['self_assess', 'review', 'review_absent', 'approve', 'appeal', 'decide_appeal'])),
});
export type EvaluationDetail = z.infer<typeof EvaluationDetail>;

export const AssessRequest = z.object({
  version: z.number().int(),
  scores: Scores,
  comment: z.string().trim().max(4000).optional(),
});
export type AssessRequest = z.infer<typeof AssessRequest>;

/** A leader's evaluation of an official who did not assess themself: the reason is required. */
export const AbsentReviewRequest = AssessRequest.extend({ reason: z.enum(ABSENCE_REASONS) });
export type AbsentReviewRequest = z.infer<typeof AbsentReviewRequest>;

export const ApproveRequest = z.object({
  version: z.number().int(),
  comment: z.string().trim().max(4000).optional(),
});
export const AppealRequest = z.object({ reason: z.string().trim().min(5).max(4000) });
export const AppealDecisionRequest = z.object({
  accept: z.boolean(),
  scores: Scores.optional(),
  comment: z.string().trim().min(1).max(4000),
});

export const EvidenceItem = z.object({
  source: z.enum([
    'step',
    'explanation',
    'apology',
    'late_apology',
    'supplement_fault',
    'satisfaction',
    'complaint',
    'violation',
    'task',
  ]),
  id: z.string(),
  at: z.string().nullable(),
  label: z.string(),
  detail: z.string().nullable(),
  /** Web path of the record, when there is a page for it. */
  link: z.string().nullable(),
});
export const EvidenceItems = z.object({ items: z.array(EvidenceItem), missingSources: z.array(z.string()) });

export const ReportLine = z.object({ vi: z.string(), en: z.string() });
export const MeetingReport = z.object({
  officialName: z.string(),
  officialTitle: z.string().nullable(),
  unitName: z.string(),
  month: Month,
  frameworkName: z.string(),
  score: z.number().nullable(),
  gradeLabel: z.string().nullable(),
  criteria: z.array(z.object({ label: z.string(), maxPoints: z.number(), points: z.number().nullable() })),
  evidence: Evidence,
  strengths: z.array(ReportLine),
  weaknesses: z.array(ReportLine),
  reviewComment: z.string().nullable(),
});

export const YearlyRequest = z.object({
  unitId: z.string().uuid(),
  year: z.number().int().min(2000).max(2200),
  disciplinedOfficialIds: z.array(z.string().uuid()).max(1000).default([]),
  /** An outstanding (exceptional) unit: the higher cap on the top level (25% under NĐ 335, 40% in Hà Nội). */
  outstandingUnit: z.boolean().default(false),
});
export const YearlyQuery = z.object({
  unitId: z.string().uuid(),
  year: z.coerce.number().int().min(2000).max(2200),
});
export const YearlyRating = z.object({
  officialId: z.string().uuid(),
  officialName: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  months: z.number().int(),
  meanScore: z.number().nullable(),
  disciplined: z.boolean(),
  /** Null: not rated this year ("chưa xếp loại"), `reason` says why. */
  level: z.enum(YEARLY_LEVELS).nullable(),
  levelLabel: z.string(),
  reason: z.string().nullable(),
  /** The framework (code and version) whose yearly rule was applied. */
  framework: z.string().nullable(),
  /** Lowered from excellent to good by the unit's cap on the top level. */
  capped: z.boolean(),
  previousLevel: z.enum(YEARLY_LEVELS).nullable(),
  twoYearFlag: z.boolean(),
  ruleVersion: z.string(),
});
export const YearlyList = z.object({ items: z.array(YearlyRating) });

export const HrCase = z.object({
  id: z.string().uuid(),
  officialId: z.string().uuid(),
  officialName: z.string(),
  unitName: z.string(),
  kind: z.literal('two_years_not_complete'),
  kindLabel: z.string(),
  years: z.array(z.number().int()),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
});
export const HrCaseList = z.object({ items: z.array(HrCase) });
export const HrCaseQuery = z.object({ unitId: z.string().uuid().optional() });

export const PublicEvaluationQuery = z.object({ unitCode: z.string().min(1).max(40), month: Month });
export const PublicEvaluation = z.object({
  unitName: z.string(),
  month: Month,
  frameworkName: z.string(),
  publishedAt: z.string(),
  publishScores: z.boolean(),
  rows: z.array(
    z.object({
      officialName: z.string(),
      officialTitle: z.string().nullable(),
      unitName: z.string(),
      grade: z.string(),
      gradeLabel: z.string(),
      score: z.number().nullable(),
      /** TT 01/2018 staff score of the month (null: no index measured). */
      tt01Staff: z
        .object({
          points: z.number(),
          maxMeasured: z.number(),
          complete: z.boolean(),
          band: z.enum(['full', 'partial', 'poor']),
        })
        .nullable(),
    }),
  ),
});
/** Only the published months of units within this unit (a commune on the portal: its offices too). */
export const PublishedPeriodsQuery = z.object({ unitId: z.string().uuid().optional() });
export const PublishedPeriods = z.object({
  items: z.array(
    z.object({ unitCode: z.string(), unitName: z.string(), month: Month, publishedAt: z.string() }),
  ),
});
