/** Shapes of the discipline-plan API: plans, their actions and target units, completion reports, the matrix. */
import { z } from 'zod';

const Instant = z.string().describe('ISO 8601 instant');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PlanAction = z.object({
  id: z.string().uuid(),
  seq: z.number().int(),
  title: z.string(),
  evidenceRequired: z.string(),
  dueAt: Instant,
});

export const PlanSummary = z.object({
  id: z.string().uuid(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  code: z.string(),
  title: z.string(),
  issuedOn: Day,
  actionCount: z.number().int(),
  targetCount: z.number().int(),
});
export const PlanList = z.object({ items: z.array(PlanSummary) });

export const CreatePlanRequest = z.object({
  unitId: z.string().uuid(),
  code: z.string().trim().min(1).max(60),
  title: z.string().trim().min(1).max(500),
  issuedOn: Day,
  actions: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(500),
        evidenceRequired: z.string().trim().min(1).max(2000),
        dueAt: Instant,
      }),
    )
    .min(1)
    .max(50),
  targetUnitIds: z.array(z.string().uuid()).min(1).max(500),
});
export type CreatePlanRequest = z.infer<typeof CreatePlanRequest>;

export const ReportCompletionRequest = z.object({
  unitId: z.string().uuid(),
  note: z.string().trim().min(1).max(2000),
  evidenceRef: z.string().trim().max(500).optional(),
  attachmentId: z.string().uuid().optional(),
});

export const MatrixCell = z.object({
  actionId: z.string().uuid(),
  status: z.enum(['done', 'late', 'missing']),
  overdue: z.boolean(),
  reportedAt: Instant.nullable(),
  note: z.string().nullable(),
  evidenceRef: z.string().nullable(),
});

export const PlanMatrix = z.object({
  asOf: Instant,
  rows: z.array(
    z.object({
      unitId: z.string().uuid(),
      unitName: z.string(),
      cells: z.array(MatrixCell),
      done: z.number().int(),
      late: z.number().int(),
      missing: z.number().int(),
      canReport: z.boolean(),
    }),
  ),
  totals: z.array(
    z.object({
      actionId: z.string().uuid(),
      done: z.number().int(),
      late: z.number().int(),
      missing: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});

export const PlanDetail = PlanSummary.extend({
  actions: z.array(PlanAction),
  matrix: PlanMatrix,
  canManage: z.boolean(),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const MatrixQuery = z.object({ asOf: Instant.optional() });

export const PlanReminders = z.object({
  asOf: Instant,
  items: z.array(
    z.object({
      unitId: z.string().uuid(),
      unitName: z.string(),
      overdue: z.number().int(),
      actions: z.array(z.object({ id: z.string().uuid(), title: z.string(), dueAt: Instant })),
    }),
  ),
});
