/**
 * Pure rules of the dossier screens: what an action's dialog asks for and what it sends, which printable
 * forms apply, the step a forward leads to, the documents of a case, and what an intake sends. No React,
 * no I/O: the screens call these and the unit tests pin them down.
 */
import type { CreateDossierRequest, Dossier, DossierActionRequest } from '../../../contracts/dossiers';
import type { CurrentUser } from '../../../contracts/auth';
import { canReadUsers } from '../../../domain/access/policy';
import {
  findEditionAt,
  findFormNumber,
  type DossierFormName,
  type FormEdition,
} from '../../../domain/forms/editions';
import { listCaseDocuments } from '../../../domain/dossiers/documents';
import type { DossierActionType } from '../../../domain/dossiers/status';
import type { ProcedureDefinition, RequiredDocument, Step } from '../../../domain/procedures/definition';
import type { FeeSelection } from '../../../domain/procedures/fees';
import { nextStepId, workflowFor } from '../../../domain/procedures/validate';
import { matchesFolded } from '../../../domain/text/fold';

/** True when `text` contains `query`, ignoring case and diacritics (an empty query matches everything). */
export function matchesSearch(text: string, query: string): boolean {
  return matchesFolded(text, query);
}

const MONEY = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** An amount in đồng as Vietnamese write it: "15.000 đ". */
export function formatMoney(amount: number): string {
  return `${MONEY.format(amount)} đ`;
}

/** The documents a case needs (see listCaseDocuments); none before a procedure is chosen. */
export function caseDocuments(
  definition: ProcedureDefinition | null | undefined,
  variantId: string | null,
): RequiredDocument[] {
  return definition ? listCaseDocuments(definition, variantId) : [];
}

/** The mandatory documents of the list that are not among those ticked. */
export function findMissingMandatory(
  documents: readonly RequiredDocument[],
  provided: readonly string[],
): RequiredDocument[] {
  const given = new Set(provided);
  return documents.filter((doc) => doc.mandatory && !given.has(doc.id));
}

/** One item a line, trimmed, blank lines dropped. */
export function parseItems(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A key for one submission: a retry with the same key returns the dossier the first try created. */
export function newIdempotencyKey(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Crypto> = crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  // crypto.randomUUID exists only in secure contexts (https, localhost); build a version-4 UUID otherwise
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the applicant part of an intake form holds (strings as typed). */
export interface ApplicantValues {
  kind: 'person' | 'organisation';
  fullName: string;
  idNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

const optional = (value: string | null | undefined): string | undefined => {
  const text = value?.trim();
  return text ? text : undefined;
};

/** The applicant as the API takes it: trimmed, empty fields left out, spaces and dots out of the phone. */
export function toApplicant(values: ApplicantValues): CreateDossierRequest['applicant'] {
  return {
    kind: values.kind,
    fullName: values.fullName.trim(),
    idNumber: optional(values.idNumber),
    phone: optional(values.phone)?.replace(/[\s.]/g, ''),
    email: optional(values.email),
    address: optional(values.address),
  };
}

export type IntakeDecision = CreateDossierRequest['decision'];

export interface IntakeInput {
  procedureId: string;
  variantId: string | null;
  receivingUnitId: string;
  channel: CreateDossierRequest['channel'];
  applicant: ApplicantValues;
  /** The case's documents, and the ids of those handed in. */
  documents: readonly RequiredDocument[];
  provided: readonly string[];
  decision: IntakeDecision;
  reason?: string | null;
  supplementItems?: string | null;
  /** The fee tier, quantities and exemption chosen (see toFeeSelection). */
  feeSelection?: FeeSelection;
  /** How the applicant will receive the result (form 01's boxes). */
  returnMethod?: CreateDossierRequest['returnMethod'];
  /** Uploaded scans by document id. */
  scans?: Readonly<Record<string, readonly { id: string }[] | undefined>>;
  /** Answers to the declaration form, already in the API's shape (see toDeclarationAnswers). */
  declaration?: CreateDossierRequest['declaration'];
}

/** The fee part of the intake form as the officer fills it in. */
export interface FeeFormValues {
  choices?: Record<string, string | undefined>;
  quantities?: Partial<Record<'page' | 'copy' | 'sheet' | 'item', number | null>>;
  exempt?: boolean;
  exemption?: { reason?: string; legalBasis?: string; percent?: number | null };
}

/** The fee selection of the request: empty choices and quantities left out, the exemption only when ticked. */
export function toFeeSelection(values: FeeFormValues | undefined): FeeSelection {
  const choices = Object.fromEntries(
    Object.entries(values?.choices ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const quantities = Object.fromEntries(
    Object.entries(values?.quantities ?? {}).filter(([, count]) => typeof count === 'number' && count > 0),
  );
  const exemption = values?.exempt
    ? {
        reason: values.exemption?.reason?.trim() ?? '',
        legalBasis: values.exemption?.legalBasis?.trim() ?? '',
        percent: values.exemption?.percent ?? 100,
      }
    : undefined;
  return { choices, quantities, ...(exemption ? { exemption } : {}) };
}

/** The body of POST /dossiers: every case document listed with whether it was handed in. */
export function buildIntakeRequest(input: IntakeInput): CreateDossierRequest {
  const given = new Set(input.provided);
  const items = parseItems(input.supplementItems);
  return {
    procedureId: input.procedureId,
    variantId: input.variantId,
    receivingUnitId: input.receivingUnitId,
    channel: input.channel,
    applicant: toApplicant(input.applicant),
    documents: input.documents.map((doc) => {
      const ids = (input.scans?.[doc.id] ?? []).map((scan) => scan.id);
      return {
        documentId: doc.id,
        provided: given.has(doc.id) || ids.length > 0,
        ...(ids.length > 0 ? { attachmentIds: ids } : {}),
      };
    }),
    decision: input.decision,
    reason: optional(input.reason),
    supplementItems: items.length > 0 ? items : undefined,
    assisted: false,
    feeSelection: input.feeSelection,
    returnMethod: input.returnMethod,
    ...(input.declaration ? { declaration: input.declaration } : {}),
  };
}

/** What the dialog of an action asks for. */
export interface ActionFormSpec {
  /** A reason: required by the server for reject, refuse, stop and request_supplement. */
  reason: 'required' | 'optional' | null;
  /** The list of things to hand in (a supplement request asks for them all at once). */
  items: boolean;
  /** Who handles the next step (forward, approve, sign: optional) or the current one (assign: required). */
  handler: 'next' | 'assign' | null;
  /** How the result is handed back. */
  method: boolean;
  /** The agency consulted. */
  agency: boolean;
  /** Whether the officer may confirm the citizen was told the result is ready (needed to return early). */
  informed: boolean;
  /** A free note, for actions without a reason. */
  note: boolean;
  /**
   * Why a supplement request comes after the window or after a first one (the unit's fault): optional in the
   * dialog, the server requires it only then.
   */
  faultReason?: boolean;
}

const NONE: ActionFormSpec = {
  reason: null,
  items: false,
  handler: null,
  method: false,
  agency: false,
  informed: false,
  note: false,
};

/** The dialog fields of each action. */
export function actionFormSpec(type: DossierActionType): ActionFormSpec {
  switch (type) {
    case 'reject':
    case 'refuse':
    case 'stop':
      return { ...NONE, reason: 'required' };
    case 'request_supplement':
      return { ...NONE, reason: 'required', items: true, faultReason: true };
    case 'return':
    case 'request_withdrawal':
      return { ...NONE, reason: 'optional' };
    case 'forward':
    case 'approve':
    case 'sign':
      return { ...NONE, handler: 'next', note: true };
    case 'assign':
      return { ...NONE, handler: 'assign' };
    case 'return_result':
      return { ...NONE, method: true, informed: true, note: true };
    case 'consult':
      return { ...NONE, agency: true, note: true };
    default:
      return { ...NONE, note: true };
  }
}

export type ReturnMethod = NonNullable<DossierActionRequest['method']>;

/** What an action's dialog holds. */
export interface ActionValues {
  reason?: string | null;
  items?: string | null;
  handlerId?: string | null;
  method?: ReturnMethod | null;
  agency?: string | null;
  citizenInformed?: boolean | null;
  note?: string | null;
  faultReason?: string | null;
}

/** The body of POST /dossiers/:id/actions: only the fields the action takes, trimmed. */
export function buildActionRequest(
  type: DossierActionType,
  version: number,
  values: ActionValues,
): DossierActionRequest {
  const spec = actionFormSpec(type);
  const request: DossierActionRequest = { type, version };
  if (spec.reason) request.reason = optional(values.reason);
  if (spec.items) {
    const items = parseItems(values.items);
    if (items.length > 0) request.items = items;
  }
  if (spec.handler === 'next' && values.handlerId) request.toUserId = values.handlerId;
  if (spec.handler === 'assign' && values.handlerId) request.userId = values.handlerId;
  if (spec.method) request.method = values.method ?? 'counter';
  if (spec.agency) request.agency = optional(values.agency);
  if (spec.informed && values.citizenInformed) request.citizenInformed = true;
  if (spec.note) request.note = optional(values.note);
  if (spec.faultReason) request.faultReason = optional(values.faultReason);
  return Object.fromEntries(
    Object.entries(request).filter(([, value]) => value !== undefined),
  ) as DossierActionRequest;
}

/**
 * Printable forms of a dossier by name: receipt, supplement request, refusal, apology with a new date,
 * notice of stopping and process control sheet; their numbers depend on the edition (see `formNumberOf`).
 */
export type FormName = DossierFormName;

/** The forms that exist for this dossier, in the order of the circular. */
export function applicableForms(
  dossier: Pick<Dossier, 'receivedAt' | 'history' | 'periods'> & Partial<Pick<Dossier, 'extensions'>>,
  options: { apologyDrafted?: boolean } = {},
): FormName[] {
  const done = new Set(dossier.history.map((entry) => entry.type));
  const forms: FormName[] = [];
  if (dossier.receivedAt) forms.push('receipt');
  if (done.has('request_supplement')) forms.push('supplement');
  if (done.has('reject') || done.has('refuse')) forms.push('refusal');
  // the apology once a new date was granted; officials may print a pending one as a draft
  if ((dossier.extensions ?? 0) > 0 || options.apologyDrafted) forms.push('apology');
  if (done.has('stop')) forms.push('stop');
  if (dossier.periods.length > 0) forms.push('control-sheet');
  return forms;
}

/** The edition a dossier's forms print in: the one in force when it was received (now, if not yet). */
export function formEditionOf(receivedAt: string | null, now: Date = new Date()): FormEdition {
  return findEditionAt(receivedAt ? Date.parse(receivedAt) : now.getTime());
}

/** The number of a form in an edition (`06`); the stop notice exists only from TT 03/2025. */
export function formNumberOf(form: FormName, edition: FormEdition): string {
  return findFormNumber(edition, form) ?? findFormNumber('tt03-2025', form) ?? '';
}

/**
 * Address of a printable form of a dossier (HTML for printing, or PDF). `pin` is the tracking PIN, given
 * only right after intake: the server checks it and prints it on that first slip.
 */
export function formUrl(
  dossierId: string,
  form: FormName,
  format: 'html' | 'pdf' = 'html',
  options: { pin?: string } = {},
): string {
  const query = options.pin ? `?pin=${encodeURIComponent(options.pin)}` : '';
  return `/api/v1/dossiers/${dossierId}/forms/${form}.${format}${query}`;
}

/**
 * The step a forward from `stepId` leads to: the step, null when the forward ends the processing, or
 * undefined when the step is not in the workflow (a definition other than the dossier's).
 */
export function findNextStep(
  definition: ProcedureDefinition,
  variantId: string | null,
  stepId: string,
): Step | null | undefined {
  const workflow = workflowFor(definition, variantId);
  const index = workflow?.steps.findIndex((step) => step.id === stepId) ?? -1;
  if (!workflow || index < 0) return undefined;
  const next = nextStepId(workflow, index);
  if (next === null) return null;
  return workflow.steps.find((step) => step.id === next);
}

/** Button emphasis of an action: the usual way forward, a refusal, or anything else. */
export function actionTone(type: DossierActionType): 'primary' | 'danger' | 'default' {
  if (['accept', 'forward', 'approve', 'sign', 'return_result', 'supplement_received'].includes(type))
    return 'primary';
  if (['reject', 'refuse', 'stop'].includes(type)) return 'danger';
  return 'default';
}

/**
 * May this official pick who takes a dossier next? Only those who may list the officials of their own unit
 * (the same policy the server applies to GET /users); the others forward without choosing.
 */
export function mayChooseHandler(user: CurrentUser): boolean {
  if (user.kind !== 'official') return false;
  // the web app does not know unit paths: ask about the person's own unit under a stand-in path
  const ownUnit = '/own-unit/';
  return canReadUsers(
    { userId: user.id, kind: 'official', unitId: user.unitId, unitPath: ownUnit, roles: user.roles },
    ownUnit,
  );
}

/** True when the result would be returned before the due time (the server then wants the citizen told). */
export function isEarlyReturn(dueAt: string | null, now: number): boolean {
  return dueAt !== null && now < new Date(dueAt).getTime();
}
