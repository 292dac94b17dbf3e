/** Shapes of the work-plan API: weekly, monthly and quarterly tasks per official. */
import { z } from 'zod';

export const WORK_TASK_HORIZONS = ['week', 'month', 'quarter'] as const;
export const WORK_TASK_STATUSES = ['proposed', 'assigned', 'done', 'rejected', 'cancelled'] as const;

export const WorkTask = z.object({
  id: z.string().uuid(),
  officialId: z.string().uuid(),
  officialName: z.string(),
  horizon: z.enum(WORK_TASK_HORIZONS),
  title: z.string(),
  dueAt: z.string(),
  weight: z.number().int(),
  status: z.enum(WORK_TASK_STATUSES),
  statusLabel: z.string(),
  result: z.string().nullable(),
  doneAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  createdByName: z.string().nullable(),
  version: z.number().int(),
  canComplete: z.boolean(),
  canDecide: z.boolean(),
});
export type WorkTask = z.infer<typeof WorkTask>;
export const WorkTaskList = z.object({ items: z.array(WorkTask) });

export const WorkTaskQuery = z.object({
  officialId: z.string().uuid().optional(),
  /** Tasks of the subtree of this unit (leaders); without it and without officialId: the actor's own. */
  unitId: z.string().uuid().optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
});

export const CreateWorkTaskRequest = z.object({
  /** Assignee; omitted: the actor proposes a task for themselves. */
  officialId: z.string().uuid().optional(),
  horizon: z.enum(WORK_TASK_HORIZONS),
  title: z.string().trim().min(1).max(500),
  dueAt: z.string().datetime({ offset: true }),
  weight: z.number().int().min(1).max(10).default(1),
});
export type CreateWorkTaskRequest = z.infer<typeof CreateWorkTaskRequest>;

export const DecideWorkTaskRequest = z.object({ version: z.number().int(), approve: z.boolean() });
export const CompleteWorkTaskRequest = z.object({
  version: z.number().int(),
  result: z.string().trim().min(1).max(4000),
});
export const CancelWorkTaskRequest = z.object({ version: z.number().int() });
