/** Shapes of the inspections API: teams, checklists, visits, findings with due process, and reports. */
import { z } from 'zod';
import { DECISIONS, FINDING_STATUSES, SEVERITIES, VIOLATION_TYPES } from '../domain/conduct/violations.js';
import { ITEM_RESULTS } from '../domain/inspections/checklist.js';

const Instant = z.string().describe('ISO 8601 instant');
const Text = (max: number) => z.string().trim().min(1).max(max);

export const TeamMember = z.object({
  userId: z.string().uuid(),
  fullName: z.string(),
  role: z.enum(['lead', 'member']),
});
export const InspectionTeam = z.object({
  id: z.string().uuid(),
  name: z.string(),
  scopeUnitId: z.string().uuid(),
  scopeUnitName: z.string(),
  scopeNote: z.string(),
  members: z.array(TeamMember),
});
export type InspectionTeam = z.infer<typeof InspectionTeam>;

export const CreateTeamRequest = z.object({
  name: Text(300),
  scopeUnitId: z.string().uuid(),
  scopeNote: z.string().trim().max(2000).default(''),
  members: z
    .array(z.object({ userId: z.string().uuid(), role: z.enum(['lead', 'member']) }))
    .min(1)
    .max(30),
});
export type CreateTeamRequest = z.infer<typeof CreateTeamRequest>;

export const ChecklistItem = z.object({
  code: z.string(),
  label: z.string(),
  labelEn: z.string(),
  violationType: z.enum(VIOLATION_TYPES),
});
export const Checklist = z.object({
  id: z.string().uuid(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  items: z.array(ChecklistItem),
});
export type Checklist = z.infer<typeof Checklist>;

export const CreateChecklistRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/),
  name: Text(300),
  items: z.array(ChecklistItem).min(1).max(50),
});

export const ItemResults = z.record(z.string(), z.enum(ITEM_RESULTS));

export const CreateInspectionRequest = z.object({
  teamId: z.string().uuid(),
  unitId: z.string().uuid(),
  kind: z.enum(['planned', 'unannounced']),
  /** A planned visit: when it is planned for. An unannounced visit starts now. */
  plannedFor: Instant.optional(),
  checklistId: z.string().uuid().optional(),
});
export type CreateInspectionRequest = z.infer<typeof CreateInspectionRequest>;

export const UpdateInspectionRequest = z.object({
  version: z.number().int(),
  results: ItemResults.optional(),
  notes: z.string().trim().max(5000).optional(),
  /** start: the team arrives (visited_at = now); complete: the visit is closed. */
  transition: z.enum(['start', 'complete']).optional(),
});
export type UpdateInspectionRequest = z.infer<typeof UpdateInspectionRequest>;

export const Photo = z.object({ attachmentId: z.string().uuid(), takenAt: Instant, url: z.string() });

export const Finding = z.object({
  id: z.string().uuid(),
  inspectionId: z.string().uuid().nullable(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  officialId: z.string().uuid().nullable(),
  officialName: z.string().nullable(),
  violationType: z.enum(VIOLATION_TYPES),
  violationLabel: z.string(),
  legalBasis: z.string(),
  severity: z.enum(SEVERITIES),
  status: z.enum(FINDING_STATUSES),
  description: z.string(),
  checklistItem: z.string().nullable(),
  occurredAt: Instant,
  recordedByName: z.string().nullable(),
  explanationDueAt: Instant.nullable(),
  explanationOverdue: z.boolean(),
  explanation: z.string().nullable(),
  explainedAt: Instant.nullable(),
  decision: z.enum(DECISIONS).nullable(),
  decisionNote: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: Instant.nullable(),
  confirmed: z.boolean(),
  /** Evaluation points this finding deducts (0 unless confirmed), under `rulesVersion`. */
  deduction: z.number(),
  rulesVersion: z.string(),
  sourceFeedbackId: z.string().uuid().nullable(),
  sourceReference: z.string().nullable(),
  photos: z.array(Photo),
  events: z.array(
    z.object({ type: z.string(), at: Instant, actorName: z.string().nullable(), payload: z.unknown() }),
  ),
  allowedActions: z.array(z.enum(['explain', 'decide'])),
  version: z.number().int(),
});
export type Finding = z.infer<typeof Finding>;

export const Inspection = z.object({
  id: z.string().uuid(),
  teamId: z.string().uuid(),
  teamName: z.string(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  kind: z.enum(['planned', 'unannounced']),
  status: z.enum(['planned', 'in_progress', 'completed']),
  plannedFor: Instant.nullable(),
  visitedAt: Instant.nullable(),
  checklist: Checklist,
  results: ItemResults,
  notes: z.string(),
  findings: z.array(Finding),
  unrecordedFailures: z.array(z.string()),
  canEdit: z.boolean(),
  version: z.number().int(),
});
export type Inspection = z.infer<typeof Inspection>;

export const InspectionSummary = Inspection.pick({
  id: true,
  teamName: true,
  unitId: true,
  unitName: true,
  kind: true,
  status: true,
  plannedFor: true,
  visitedAt: true,
}).extend({ findingCount: z.number().int() });
export const InspectionList = z.object({ items: z.array(InspectionSummary) });

export const CreateFindingRequest = z.object({
  /** The official at fault (null: the unit itself, e.g. posted information out of date). */
  officialId: z.string().uuid().nullable().default(null),
  violationType: z.enum(VIOLATION_TYPES),
  severity: z.enum(SEVERITIES),
  description: Text(5000),
  checklistItem: z.string().max(40).nullable().default(null),
  /** Photos uploaded beforehand (POST /attachments), with when they were taken. */
  photos: z
    .array(z.object({ attachmentId: z.string().uuid(), takenAt: Instant.optional() }))
    .max(10)
    .default([]),
});
export type CreateFindingRequest = z.infer<typeof CreateFindingRequest>;

/** A case opened from a citizen's misconduct report (feedback of kind 'misconduct') or another source. */
export const CreateCaseRequest = z.object({
  unitId: z.string().uuid(),
  officialId: z.string().uuid().nullable().default(null),
  violationType: z.enum(VIOLATION_TYPES),
  severity: z.enum(SEVERITIES),
  description: Text(5000),
  occurredAt: Instant,
  sourceFeedbackId: z.string().uuid().nullable().default(null),
  sourceReference: Text(200),
});
export type CreateCaseRequest = z.infer<typeof CreateCaseRequest>;

export const ExplainRequest = z.object({ version: z.number().int(), explanation: Text(5000) });
export const DecideRequest = z.object({
  version: z.number().int(),
  decision: z.enum(DECISIONS),
  note: Text(5000),
});

export const FindingListQuery = z.object({
  scope: z.enum(['mine', 'to_decide', 'unit']).default('unit'),
  unitId: z.string().uuid().optional(),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});
export const FindingList = z.object({
  items: z.array(Finding),
  /** Sum of the deductions of the listed findings (confirmed only). */
  totalDeduction: z.number(),
});

export const ReportQuery = z.object({
  unitId: z.string().uuid().optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export const InspectionReport = z.object({
  from: z.string(),
  to: z.string(),
  byType: z.array(z.object({ violationType: z.string(), label: z.string(), count: z.number().int() })),
  byUnitMonth: z.array(
    z.object({
      violationType: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      month: z.string(),
      count: z.number().int(),
    }),
  ),
  repeats: z.array(
    z.object({
      unitName: z.string(),
      officialName: z.string().nullable(),
      violationType: z.string(),
      count: z.number().int(),
      lastAt: Instant,
    }),
  ),
  coverage: z.object({
    quarter: z.string(),
    units: z.number().int(),
    inspected: z.number().int(),
    notInspected: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
  }),
});
export type InspectionReport = z.infer<typeof InspectionReport>;
