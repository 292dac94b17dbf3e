/**
 * A procedure's definition (thủ tục hành chính): everything a dossier is held to — legal time, documents,
 * fees, online level, case variants and the "4 rõ" internal workflow (clear unit/role, task, time, result
 * for every step). Versions of a procedure are immutable copies of this document.
 */
import { z } from 'zod';

export const TIME_UNITS = ['working_days', 'working_hours', 'calendar_days', 'same_day'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

export const STEP_ACTIONS = [
  'forward',
  'return',
  'request_supplement',
  'consult',
  'approve',
  'sign',
  'refuse',
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

/** Which unit a step belongs to, relative to the authority that receives the dossier. */
export const STEP_UNIT_KINDS = ['one_stop', 'department', 'authority', 'other_agency'] as const;
export type StepUnitKind = (typeof STEP_UNIT_KINDS)[number];

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'Mã chỉ gồm chữ thường không dấu, số, "_" hoặc "-"');

export const Duration = z.object({
  value: z.number().min(0).max(3650),
  unit: z.enum(TIME_UNITS),
});
export type Duration = z.infer<typeof Duration>;

/** Time allotted to one step: working time only (hours or days of 8 working hours). */
export const Allotment = z.object({
  value: z.number().positive().max(2000),
  unit: z.enum(['working_hours', 'working_days']),
});
export type Allotment = z.infer<typeof Allotment>;

export const RequiredDocument = z.object({
  id: Id,
  name: z.string().trim().min(2).max(500),
  form: z.enum(['original', 'copy', 'certified_copy', 'original_or_copy']),
  count: z.number().int().min(1).max(20),
  mandatory: z.boolean(),
  templateUrl: z.string().url().nullable().optional(),
  /** The form template uploaded for this document (POST /procedures/{id}/templates), public to download. */
  templateAttachmentId: z.string().uuid().nullable().optional(),
  note: z.string().max(500).nullable().optional(),
  /**
   * Codes of the procedures whose results (a certificate, a licence in the citizen's personal store) may be
   * reused as this document instead of a paper or an upload; none when no past result stands for it.
   */
  acceptsResultsOf: z.array(z.string().trim().min(3).max(60)).max(20).optional(),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

/** What a fee line is counted by: once per dossier, or per page, copy, sheet (phiếu) or item. */
export const FEE_UNITS = ['dossier', 'page', 'copy', 'sheet', 'item'] as const;
export type FeeUnit = (typeof FEE_UNITS)[number];

/** From unit `fromUnit` on (e.g. the third page), each further unit costs `amount`. */
export const FeeRate = z.object({
  fromUnit: z.number().int().min(2).max(10_000),
  amount: z.number().int().min(0),
});
export type FeeRate = z.infer<typeof FeeRate>;

/**
 * One fee line. A plain list of lines means every line is owed (old definitions stay valid). Lines that share
 * a `group` are alternatives (tiers by case, channel, size, who applies): exactly one of them is charged,
 * never their sum. A line counted `per` page/copy/sheet/item charges `amount` per unit, `rates` change the
 * price from a given unit on, and `max` caps the line (per copy for a per-page line: "tối đa … đồng/bản").
 */
export const Fee = z.object({
  /** Stable key of the line within the version, used by the intake's choice; `line-<n>` when absent. */
  id: Id.optional(),
  name: z.string().trim().min(2).max(300),
  /** Amount per dossier, or per unit for a line counted `per` page, copy, sheet or item. */
  amount: z.number().int().min(0),
  note: z.string().max(500).nullable().optional(),
  /** Lines with the same group are alternatives ("một trong các mức"). */
  group: Id.optional(),
  /** When this line applies, as the law words it (shown to the officer choosing the tier). */
  condition: z.string().trim().max(300).optional(),
  per: z.enum(FEE_UNITS).optional(),
  rates: z.array(FeeRate).max(10).optional(),
  /** Legal cap of the line (for a per-page line: per copy). */
  max: z.number().int().min(0).optional(),
  /** The step the fee must be paid before: `return` holds back returning the result while it is unpaid. */
  dueBefore: z.enum(['return']).optional(),
});
export type Fee = z.infer<typeof Fee>;

export const Variant = z.object({
  id: Id,
  name: z.string().trim().min(2).max(300),
  /** Replaces the procedure's legal time for this case. */
  processingTime: Duration.optional(),
  /** Documents needed in addition to the common ones (by id in `documents`). */
  extraDocumentIds: z.array(Id).default([]),
  /** Common documents not needed in this case. */
  omittedDocumentIds: z.array(Id).default([]),
  /** Workflow used for this case; the default workflow when absent. */
  workflowId: Id.optional(),
});
export type Variant = z.infer<typeof Variant>;

export const Step = z.object({
  id: Id,
  /** The task (việc): what is done in this step. */
  task: z.string().trim().min(2).max(300),
  unitKind: z.enum(STEP_UNIT_KINDS),
  /** The unit's name as shown to people, e.g. "Phòng Văn hóa - Xã hội"; resolved to a real unit at intake. */
  unitName: z.string().trim().min(2).max(300),
  role: z.enum(['reception', 'specialist', 'unit_leader', 'one_stop_head']),
  allotted: Allotment,
  /** The expected result (kết quả) of the step. */
  result: z.string().trim().min(2).max(300),
  actions: z.array(z.enum(STEP_ACTIONS)).min(1),
  /** The step that follows a forward action; the next step in order when absent; null ends the workflow. */
  next: Id.nullable().optional(),
  /** Optional consultation of another agency, in parallel, within the step's own time. */
  consult: z
    .object({ agency: z.string().trim().min(2).max(300), allotted: Allotment })
    .nullable()
    .optional(),
});
export type Step = z.infer<typeof Step>;

export const Workflow = z.object({
  id: Id,
  name: z.string().trim().min(2).max(300),
  steps: z.array(Step).min(1).max(30),
});
export type Workflow = z.infer<typeof Workflow>;

/** Kinds of answer a declaration field takes; `id_number` is a 12-digit personal ID number (or old 9-digit). */
export const DECLARATION_FIELD_TYPES = ['text', 'number', 'date', 'select', 'checkbox', 'id_number'] as const;
export type DeclarationFieldType = (typeof DECLARATION_FIELD_TYPES)[number];

/** Where a field's first value comes from: the signed-in citizen's profile (or the population adapter). */
export const PREFILL_SOURCES = ['fullName', 'idNumber', 'phone', 'address'] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

/** One field of a declaration form (tờ khai) filled in the browser. */
export const DeclarationField = z.object({
  key: Id,
  label: z.string().trim().min(2).max(300),
  type: z.enum(DECLARATION_FIELD_TYPES),
  required: z.boolean().default(false),
  /** A text field's answer must match this pattern (a JavaScript regular expression, whole answer). */
  pattern: z.string().max(200).optional(),
  /** Smallest and largest number, or longest text. */
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().min(1).max(2000).optional(),
  /** The choices of a `select` field. */
  options: z
    .array(z.object({ value: z.string().trim().min(1).max(100), label: z.string().trim().min(1).max(300) }))
    .max(50)
    .optional(),
  prefill: z.enum(PREFILL_SOURCES).optional(),
});
export type DeclarationField = z.infer<typeof DeclarationField>;

/**
 * The declaration form of the procedure: filled online, rendered to a PDF by the server and stored as the
 * attachment of the document `documentId` (the tờ khai in the documents list).
 */
export const Declaration = z.object({
  documentId: Id,
  title: z.string().trim().min(2).max(300),
  fields: z.array(DeclarationField).min(1).max(60),
});
export type Declaration = z.infer<typeof Declaration>;
export type DeclarationInput = z.input<typeof Declaration>;

export const ProcedureDefinition = z.object({
  /** National code, e.g. 1.001193.000.00.00.H26 (demo codes are marked by `demo`). */
  code: z.string().trim().min(3).max(60),
  name: z.string().trim().min(3).max(500),
  field: z.string().trim().min(2).max(200),
  /** Level of the competent authority. */
  level: z.enum(['commune', 'province', 'department', 'ministry']),
  competentAuthority: z.string().trim().min(2).max(300),
  legalBasis: z.array(z.string().trim().min(2).max(500)).min(1),
  processingTime: Duration,
  fees: z.array(Fee).default([]),
  onlineLevel: z.enum(ONLINE_LEVELS),
  documents: z.array(RequiredDocument).default([]),
  variants: z.array(Variant).default([]),
  resultType: z.string().trim().min(2).max(300),
  /**
   * What a supplement request after receipt does to the time limit. The law restarts it from zero when the
   * complete dossier arrives (ND 61/2018/NĐ-CP: "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ
   * hồ sơ"); `pause` only where this procedure's own law says so, named in `supplementPauseBasis`
   * (without it the dossier restarts, and validation refuses to publish).
   */
  supplementMode: z.enum(['restart', 'pause']).default('restart'),
  /** The legal provision that makes this procedure pause instead of restart (required with `pause`). */
  supplementPauseBasis: z.string().trim().min(2).max(500).optional(),
  issuesReceipt: z.boolean(),
  /** Unit kinds that receive dossiers of this procedure (usually the one-stop unit of the authority). */
  receivingUnitKinds: z.array(z.enum(['one_stop', 'department', 'commune', 'province'])).min(1),
  workflows: z.array(Workflow).min(1),
  defaultWorkflowId: Id,
  demo: z.boolean().default(false),
  /** The declaration form filled online, when the procedure has one. */
  declaration: Declaration.optional(),
});
export type ProcedureDefinition = z.infer<typeof ProcedureDefinition>;
export type ProcedureDefinitionInput = z.input<typeof ProcedureDefinition>;

/** Old online levels (ND 43/2011, 1–4) mapped to the current ones (ND 42/2022). */
export function onlineLevelFromLegacy(level: 1 | 2 | 3 | 4): OnlineLevel {
  if (level === 4) return 'full';
  if (level === 3) return 'partial';
  return 'none';
}
