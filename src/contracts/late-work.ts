/** HTTP shapes of late work: explanations, apologies (form 04), the late-and-at-risk board, alerts, rules. */
import { z } from 'zod';
import { LateWorkRulesSchema } from '../domain/late-work/rules.js';

const Instant = z.string();

export const FileExplanationRequest = z.object({
  reasonCode: z.string().min(2).max(40),
  text: z.string().trim().min(10, 'Nội dung giải trình cần ít nhất 10 ký tự.').max(4000),
  attachmentId: z.string().uuid().optional(),
});
export type FileExplanationRequest = z.infer<typeof FileExplanationRequest>;

export const DraftApologyRequest = z.object({
  reasonCode: z.string().min(2).max(40),
  reason: z.string().trim().min(10, 'Lý do cần ít nhất 10 ký tự.').max(4000),
  /** The proposed new return date, `YYYY-MM-DD` (local); the result is due at the end of that working day. */
  proposedDueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type DraftApologyRequest = z.infer<typeof DraftApologyRequest>;

export const DecideApologyRequest = z.object({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().max(2000).optional(),
  version: z.number().int(),
});
export type DecideApologyRequest = z.infer<typeof DecideApologyRequest>;

export const Explanation = z.object({
  id: z.string().uuid(),
  stepId: z.string(),
  periodIndex: z.number().int(),
  userId: z.string().uuid(),
  userName: z.string(),
  reasonCode: z.string(),
  reasonLabel: z.string(),
  text: z.string(),
  attachmentId: z.string().uuid().nullable(),
  stepDueAt: Instant,
  createdAt: Instant,
});

export const Apology = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  dossierCode: z.string().nullable(),
  procedureName: z.string(),
  unitName: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  reasonCode: z.string(),
  reasonLabel: z.string(),
  reason: z.string(),
  originalDueAt: Instant,
  previousDueAt: Instant,
  proposedDueAt: Instant,
  draftedBy: z.object({ id: z.string().uuid(), name: z.string() }),
  decidedBy: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  decidedAt: Instant.nullable(),
  decisionComment: z.string().nullable(),
  version: z.number().int(),
  createdAt: Instant,
  /** The latest moment it reaches the citizen in time (one working day before the due date). */
  latestAt: Instant.nullable(),
  /** Approved after its latest moment (null until approved); pending: would be late if approved now. */
  late: z.boolean().nullable(),
  /** Pending only: approving it now would record it late. */
  lateIfApprovedNow: z.boolean(),
  /** The signed-in person may approve or reject it now. */
  canDecide: z.boolean(),
});
export type Apology = z.infer<typeof Apology>;

const PeriodDelay = z.object({
  periodIndex: z.number().int(),
  stepId: z.string(),
  holderName: z.string().nullable(),
  outside: z.boolean(),
  allottedMinutes: z.number(),
  usedMinutes: z.number(),
  overrunMinutes: z.number(),
});

export const DossierLateWork = z.object({
  dossierId: z.string().uuid(),
  rulesVersion: z.number().int(),
  /** What blocks forward actions now, as the API would answer them (`explanation_required`, `apology_required`). */
  blockers: z.array(z.object({ code: z.string(), message: z.string() })),
  overdueStep: z
    .object({
      periodIndex: z.number().int(),
      stepId: z.string(),
      dueAt: Instant,
      holderId: z.string().nullable(),
    })
    .nullable(),
  explanationRequired: z.boolean(),
  dossierOverdue: z.boolean(),
  apologyRequired: z.boolean(),
  /** An apology may be drafted (unfinished, new date unused); there is no earliest moment. */
  apologyAllowed: z.boolean(),
  /** The lead time before the due time has come: the page and queues warn. */
  apologyAdvised: z.boolean(),
  /** The latest moment an apology reaches the citizen in time; null without a due time. */
  apologyLatestAt: Instant.nullable(),
  /** An apology approved now would be recorded late. */
  apologyLateNow: z.boolean(),
  extensionsLeft: z.number().int(),
  legalDueAt: Instant.nullable(),
  canExplain: z.boolean(),
  canDraftApology: z.boolean(),
  explanationReasons: z.array(z.object({ code: z.string(), label: z.string() })),
  apologyReasons: z.array(z.object({ code: z.string(), label: z.string() })),
  explanations: z.array(Explanation),
  apologies: z.array(Apology),
  delay: z.object({
    periods: z.array(PeriodDelay),
    insideOverrunMinutes: z.number(),
    outsideOverrunMinutes: z.number(),
    lateByMinutes: z.number(),
  }),
  alerts: z.array(
    z.object({
      kind: z.string(),
      level: z.number().int(),
      dueAt: Instant,
      firedAt: Instant,
      recipients: z.number().int(),
    }),
  ),
});
export type DossierLateWork = z.infer<typeof DossierLateWork>;

export const BoardQuery = z.object({
  sort: z.enum(['late', 'holder', 'procedure']).default('late'),
  /** Include work due within this many working hours (at risk); default one working day. */
  horizonHours: z.coerce.number().int().min(0).max(80).default(8),
});

export const BoardItem = z.object({
  id: z.string().uuid(),
  code: z.string().nullable(),
  procedureName: z.string(),
  holder: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  stepDueAt: Instant.nullable(),
  dueAt: Instant.nullable(),
  legalDueAt: Instant.nullable(),
  /** Working minutes past the step's due time (0 when not late). */
  stepLateMinutes: z.number(),
  dossierLateMinutes: z.number(),
  state: z.enum(['late', 'at_risk']),
  explanationRequired: z.boolean(),
  apologyRequired: z.boolean(),
  apologyPending: z.boolean(),
  /** The lead time before the due time has come and no new date is approved yet. */
  apologyAdvised: z.boolean(),
  apologyLatestAt: Instant.nullable(),
  /** Its apology was approved late, or none is approved and its latest moment has passed. */
  apologyLate: z.boolean(),
  extensions: z.number().int(),
});
export const BoardResponse = z.object({
  items: z.array(BoardItem),
  total: z.number().int(),
  late: z.number().int(),
  atRisk: z.number().int(),
});
export type BoardResponse = z.infer<typeof BoardResponse>;

/** The discipline figures of a unit's subtree for a month (issue #17): late apologies, supplement faults. */
export const DisciplineQuery = z.object({
  /** The local month 'YYYY-MM'; the current month when left out. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM.')
    .optional(),
  /** A unit in the official's subtree; the official's own unit when left out. */
  unitId: z.string().uuid().optional(),
});

export const DisciplineCounts = z.object({
  /** Apologies approved in the month after their latest moment (domain.md §7), by the drafting unit. */
  lateApologies: z.number().int(),
  /** Supplement requests made in the month after the window or not the first (domain.md §5), by the requester's unit. */
  supplementFaults: z.number().int(),
});

export const DisciplineSummary = z.object({
  month: z.string(),
  unit: z.object({ id: z.string().uuid(), name: z.string() }),
  /** The whole subtree. */
  totals: DisciplineCounts,
  /** The unit itself (`own`: counted at the unit, not in a unit under it), then each unit under it with its subtree. */
  units: z.array(
    DisciplineCounts.extend({ unitId: z.string().uuid(), unitName: z.string(), own: z.boolean() }),
  ),
});
export type DisciplineSummary = z.infer<typeof DisciplineSummary>;

export const ApologyList = z.object({ items: z.array(Apology) });

export const AlertItem = z.object({
  id: z.string(),
  dossierId: z.string().uuid(),
  code: z.string().nullable(),
  procedureName: z.string(),
  kind: z.string(),
  level: z.number().int(),
  dueAt: Instant,
  firedAt: Instant,
});
export const AlertList = z.object({ items: z.array(AlertItem) });

export const LateWorkRulesResponse = z.object({
  version: z.number().int(),
  effectiveFrom: Instant.nullable(),
  rules: LateWorkRulesSchema,
});
export const PublishRulesRequest = z.object({
  rules: LateWorkRulesSchema,
  effectiveFrom: Instant.optional(),
});

export const SweepResponse = z.object({
  taken: z.number().int(),
  alerts: z.number().int(),
  stale: z.number().int(),
  escalationsScheduled: z.number().int(),
  batches: z.number().int(),
});

export const DevClockRequest = z.object({
  advanceMinutes: z.number().int().min(-525_600).max(525_600).optional(),
  reset: z.boolean().optional(),
});
export const DevClockResponse = z.object({ now: Instant, offsetMinutes: z.number() });
