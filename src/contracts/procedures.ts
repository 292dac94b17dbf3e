/** Shapes of the procedure catalogue API. */
import { z } from 'zod';
import { Duration, ProcedureDefinition, ONLINE_LEVELS } from '../domain/procedures/definition.js';
import { pageOf, QueryBoolean } from './common.js';

export const ProcedureSummary = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  level: z.string(),
  onlineLevel: z.enum(ONLINE_LEVELS),
  processingTime: Duration.nullable(),
  /** The least a dossier owes (one tier of each group of alternatives, one unit of per-unit lines). */
  totalFee: z.number().int().nullable(),
  /** The most a dossier owes likewise; above `totalFee` when the procedure has alternatives. */
  maxFee: z.number().int().nullable(),
  currentVersion: z.number().int().nullable(),
  hasDraft: z.boolean(),
  demo: z.boolean(),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const ProcedurePage = pageOf(ProcedureSummary);

export const ProcedureListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  field: z.string().trim().max(200).optional(),
  level: z.enum(['commune', 'province', 'department', 'ministry']).optional(),
  unitId: z.string().uuid().optional(),
  /** Officials with catalogue rights may include procedures that are only drafts. */
  includeDrafts: QueryBoolean.default(false),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ProcedureListQuery = z.infer<typeof ProcedureListQuery>;

export const ProcedureVersionInfo = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  status: z.enum(['draft', 'published', 'superseded']),
  effectiveFrom: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type ProcedureVersionInfo = z.infer<typeof ProcedureVersionInfo>;

export const ProcedureDetail = z.object({
  id: z.string().uuid(),
  version: z.number().int(),
  ownerUnitId: z.string().uuid().nullable(),
  current: ProcedureVersionInfo.nullable(),
  definition: ProcedureDefinition.nullable(),
  draft: z.object({ info: ProcedureVersionInfo, definition: ProcedureDefinition }).nullable(),
  canEdit: z.boolean(),
  offeredBy: z.array(z.object({ unitId: z.string().uuid(), unitName: z.string() })),
});
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

export const SaveDraftRequest = z.object({ version: z.number().int(), definition: z.unknown() });
export const CreateProcedureRequest = z.object({
  ownerUnitId: z.string().uuid().nullable(),
  definition: z.unknown(),
});
export const PublishRequest = z.object({
  version: z.number().int(),
  effectiveFrom: z.string().datetime({ offset: true }).optional(),
});

export const VersionParams = z.object({ id: z.string().uuid(), number: z.coerce.number().int().min(1) });
export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export const DiffResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(['added', 'removed', 'changed', 'moved']),
      before: z.unknown().optional(),
      after: z.unknown().optional(),
    }),
  ),
});

export const ImportResponse = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const SimulateRequest = z.object({
  variantId: z.string().nullable().optional(),
  receivedAt: z.string().datetime({ offset: true }),
  /** Version number to simulate; the current one when absent. */
  versionNumber: z.number().int().min(1).optional(),
});
export type SimulateRequest = z.infer<typeof SimulateRequest>;

export const ScheduleResponse = z.object({
  receivedAt: z.string(),
  countingFrom: z.string(),
  dueAt: z.string(),
  processingTime: Duration,
  steps: z.array(
    z.object({
      id: z.string(),
      task: z.string(),
      unitName: z.string(),
      role: z.string(),
      startsAt: z.string(),
      dueAt: z.string(),
      allottedMinutes: z.number().int(),
    }),
  ),
  skippedDays: z.array(z.object({ date: z.string(), reason: z.string() })),
});
export type ScheduleResponse = z.infer<typeof ScheduleResponse>;
