/** Shapes of the dossier API (stable: POST /dossiers, POST /dossiers/{id}/actions, GET /dossiers/{id}, GET /public/track). */
import { z } from 'zod';
import { CHANNELS, DOSSIER_ACTIONS, DOSSIER_STATUSES, LOGGED_ACTIONS } from '../domain/dossiers/status.js';
import { RETURN_METHODS } from '../domain/dossiers/return-method.js';
import { FeeSelection } from '../domain/procedures/fees.js';
import { pageOf } from './common.js';

export const Applicant = z.object({
  kind: z.enum(['person', 'organisation']).default('person'),
  fullName: z.string().trim().min(2).max(200),
  idNumber: z
    .string()
    .trim()
    .regex(/^([0-9]{9}|[0-9]{12})$/, 'Số định danh gồm 12 chữ số (hoặc CMND 9 chữ số)')
    .optional(),
  phone: z.string().trim().max(20).optional(),
  email: z.string().trim().email().optional(),
  address: z.string().trim().max(500).optional(),
  organisationName: z.string().trim().max(300).optional(),
  taxCode: z.string().trim().max(20).optional(),
});
export type Applicant = z.infer<typeof Applicant>;

export const ProvidedDocument = z.object({
  documentId: z.string(),
  provided: z.boolean(),
  count: z.number().int().min(0).max(50).optional(),
  note: z.string().max(500).optional(),
  /** Scans uploaded beforehand (POST /attachments) by the same person. */
  attachmentIds: z.array(z.string().uuid()).max(20).optional(),
  /** A still-valid item of the applicant's personal store given instead of a new upload (GET /personal-documents). */
  reuseStoreItemId: z.string().uuid().optional(),
});

/** A fee the dossier owes (after the intake's choices and any exemption). */
export const DossierFee = z.object({
  name: z.string(),
  amount: z.number().int(),
  /** Quantity and reduction in words, e.g. `3 trang × 1 bản; miễn (…)`. */
  detail: z.string().nullable().optional(),
});
export type DossierFee = z.infer<typeof DossierFee>;

export const CreateDossierRequest = z.object({
  procedureId: z.string().uuid(),
  variantId: z.string().nullable().optional(),
  receivingUnitId: z.string().uuid(),
  channel: z.enum(CHANNELS).default('counter'),
  applicant: Applicant,
  representative: Applicant.nullable().optional(),
  documents: z.array(ProvidedDocument).default([]),
  /** Counter outcome: accept (form 01), ask for a supplement (form 02) or refuse (form 03); online: submit. */
  decision: z.enum(['accept', 'request_supplement', 'reject', 'submit']),
  reason: z.string().trim().max(2000).optional(),
  supplementItems: z.array(z.string().trim().min(1).max(500)).optional(),
  /** An official submitting on a citizen's behalf (mobile support teams). */
  assisted: z.boolean().default(false),
  applicantUserId: z.string().uuid().optional(),
  /**
   * The fee tier chosen in each group of alternatives, the quantities counted (pages, copies, sheets) and an
   * exemption with its legal reason; required when the procedure has alternatives or per-unit fees.
   */
  feeSelection: FeeSelection.optional(),
  /**
   * How the applicant will receive the result (form 01's boxes); when absent, the way of the channel
   * (online → online, postal → post, counter → counter).
   */
  returnMethod: z.enum(RETURN_METHODS).optional(),
  /**
   * Answers to the procedure's declaration form (tờ khai), by field key; checked by the server and rendered
   * to a PDF stored as the attachment of the declaration's document.
   */
  declaration: z
    .record(z.string().max(40), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]))
    .optional(),
});
export type CreateDossierRequest = z.infer<typeof CreateDossierRequest>;

export const DossierActionRequest = z.object({
  type: z.enum(DOSSIER_ACTIONS),
  /** The dossier version the person saw: a stale one gets `conflict`. */
  version: z.number().int(),
  toUserId: z.string().uuid().optional(),
  userId: z.string().uuid().optional(),
  reason: z.string().trim().max(2000).optional(),
  /**
   * A supplement request after the window (3 working days from receipt, per the rules) or after a first one
   * is the unit's fault: why it comes now (required then, recorded as late-work evidence).
   */
  faultReason: z.string().trim().max(2000).optional(),
  note: z.string().trim().max(2000).optional(),
  items: z.array(z.string().trim().min(1).max(500)).optional(),
  agency: z.string().trim().max(300).optional(),
  /** How the result is handed over; when absent on `return_result`, the way chosen at intake. */
  method: z.enum(RETURN_METHODS).optional(),
  /** Result documents (uploaded beforehand) attached when approving, signing or returning. */
  attachmentIds: z.array(z.string().uuid()).max(20).optional(),
  /** Returning before the due time: the officer confirms the citizen was told the result is ready. */
  citizenInformed: z.boolean().optional(),
});
export type DossierActionRequest = z.infer<typeof DossierActionRequest>;

const StepPeriod = z.object({
  stepId: z.string(),
  task: z.string(),
  unitName: z.string(),
  holderId: z.string().nullable(),
  holderName: z.string().nullable(),
  startedAt: z.string(),
  dueAt: z.string(),
  endedAt: z.string().nullable(),
  outcome: z.enum(['early', 'on_time', 'late']).nullable(),
});

export const DossierHistoryEntry = z.object({
  seq: z.number().int(),
  type: z.enum(LOGGED_ACTIONS),
  label: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  stepId: z.string().nullable(),
  note: z.string().nullable(),
});

export const Dossier = z.object({
  id: z.string().uuid(),
  code: z.string().nullable(),
  status: z.enum(DOSSIER_STATUSES),
  statusLabel: z.string(),
  nationalStatusCode: z.number().int(),
  outcome: z.string().nullable(),
  procedure: z.object({
    id: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    versionNumber: z.number().int(),
  }),
  variantId: z.string().nullable(),
  channel: z.enum(CHANNELS),
  assisted: z.boolean(),
  applicant: Applicant,
  receivingUnit: z.object({ id: z.string().uuid(), name: z.string() }),
  currentStep: z
    .object({
      id: z.string(),
      task: z.string(),
      unitName: z.string(),
      role: z.string(),
      dueAt: z.string().nullable(),
    })
    .nullable(),
  holder: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.enum(DOSSIER_ACTIONS)),
  /** Why forward actions are held back now (late work: `explanation_required`, `apology_required`). */
  lateWorkBlockers: z.array(z.object({ code: z.string(), message: z.string() })),
  /** The legal due time (before any apology's new date): statistics use it. */
  legalDueAt: z.string().nullable(),
  /** New return dates granted by approved apologies. */
  extensions: z.number().int(),
  periods: z.array(StepPeriod),
  history: z.array(DossierHistoryEntry),
  documents: z.array(ProvidedDocument),
  fees: z.array(DossierFee),
  /** How the applicant chose to receive the result at intake (null on dossiers from before the choice). */
  returnMethod: z.enum(RETURN_METHODS).nullable(),
  /** The dossier's line in its receiving unit's tracking book (form 07), once received. */
  book: z.object({ volume: z.number().int(), line: z.number().int() }).nullable(),
});
export type Dossier = z.infer<typeof Dossier>;

/** The creation answer also carries the tracking PIN, shown once (it is printed on the receipt slip). */
export const CreatedDossier = z.object({ dossier: Dossier, trackingPin: z.string() });

export const DossierSummary = z.object({
  id: z.string().uuid(),
  code: z.string().nullable(),
  status: z.enum(DOSSIER_STATUSES),
  statusLabel: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  currentStepTask: z.string().nullable(),
  holderName: z.string().nullable(),
  stepDueAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  late: z.boolean(),
  /** The current step is past its due time (its holder must explain before forwarding). */
  stepLate: z.boolean(),
  /**
   * Officials' queues: the apology (form 04) falls due — `due_soon` from the rules' lead time before the due
   * time, `overdue` after its latest moment — and no new date has been approved; null otherwise.
   */
  apologyWarning: z.enum(['due_soon', 'overdue']).nullable(),
});
export const DossierPage = pageOf(DossierSummary);

export const QUEUES = [
  'mine',
  'unit_unassigned',
  'due_today',
  'late',
  'waiting',
  'submitted',
  'all',
] as const;
export const DossierListQuery = z.object({
  queue: z.enum(QUEUES).default('all'),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type DossierListQuery = z.infer<typeof DossierListQuery>;

export const TrackQuery = z.object({
  code: z.string().trim().min(5).max(80),
  /** The 6-digit PIN printed on the receipt slip (the phone's last digits no longer open a dossier). */
  secret: z.string().trim().min(6).max(12),
});

export const TrackResponse = z.object({
  code: z.string(),
  procedureName: z.string(),
  statusLabel: z.string(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  currentStep: z.string().nullable(),
  returnedAt: z.string().nullable(),
  /** Fees: chưa nộp / đã nộp / đã hoàn, or null when nothing is owed; the e-receipt once paid. */
  paymentStatusLabel: z.string().nullable(),
  receiptAvailable: z.boolean(),
  /** A signed electronic result can be downloaded (GET /public/track/result with the same code and PIN). */
  hasSignedResult: z.boolean(),
  history: z.array(z.object({ at: z.string(), label: z.string() })),
  /** Approved apologies (form 04): the reason and the new return date. */
  apologies: z.array(
    z.object({
      id: z.string().uuid(),
      unitName: z.string(),
      reason: z.string(),
      previousDueAt: z.string(),
      newDueAt: z.string(),
      issuedAt: z.string(),
    }),
  ),
});
