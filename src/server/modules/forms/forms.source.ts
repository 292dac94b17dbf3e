/** Gathers what a dossier form prints from the dossier view (row, state, log) and its units. */
import { listCaseDocuments } from '../../../domain/dossiers/documents.js';
import { buildVietQrPayload } from '../../../domain/payments/vietqr.js';
import type { HandOver, SheetAction } from '../../../domain/forms/control-sheet.js';
import { listHandOvers } from '../../../domain/forms/control-sheet.js';
import type { FormEdition } from '../../../domain/forms/editions.js';
import { nameAuthority, namePlace } from '../../../domain/forms/format.js';
import type {
  DossierFormSource,
  FormApplicant,
  NoticeSource,
  ReceivedDocument,
} from '../../../domain/forms/source.js';
import { processingTimeFor, workflowFor } from '../../../domain/procedures/validate.js';
import type { DossierView } from '../dossiers/dossiers.present.js';
import type { FormUnit } from './forms.queries.js';

type Provided = { documentId: string; provided: boolean; count?: number };

/** The documents handed in: the case's list in its order, with the counts the officer recorded. */
export function listReceivedDocuments(view: DossierView): ReceivedDocument[] {
  const provided = new Map((view.row.documents as Provided[]).map((d) => [d.documentId, d]));
  return listCaseDocuments(view.context.definition, view.context.variantId)
    .filter((doc) => provided.get(doc.id)?.provided)
    .map((doc) => ({ name: doc.name, form: doc.form, count: provided.get(doc.id)?.count || doc.count }));
}

/** The public tracking address of a dossier (what the QR code on form 01 opens). */
export function trackingUrlOf(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/tra-cuu?code=${encodeURIComponent(code)}`;
}

/** The agencies the dossier's workflow consults in parallel, each named once. */
function listCoordinatingAgencies(view: DossierView): string[] {
  const steps = workflowFor(view.context.definition, view.context.variantId)?.steps ?? [];
  return [...new Set(steps.flatMap((step) => (step.consult ? [step.consult.agency] : [])))];
}

/**
 * How the result goes out: the way recorded by the `return_result` action once there is one, before that
 * the way the applicant chose at intake.
 */
function findReturnMethod(view: DossierView): DossierFormSource['returnMethod'] {
  const returned = view.actions.findLast((a) => a.type === 'return_result');
  const method = (returned?.payload as { method?: unknown } | null)?.method;
  return method === 'counter' || method === 'post' || method === 'online' ? method : view.row.return_method;
}

/** Builds the source of the dossier forms, printed in `edition`. */
export function buildFormSource(
  view: DossierView,
  units: { authority: FormUnit; receiving: FormUnit },
  publicUrl: string,
  edition: FormEdition,
  payee?: { bankBin: string; accountNumber: string },
): DossierFormSource {
  const { row, state, context } = view;
  const fees = row.fees as { name: string; amount: number; paid?: boolean }[];
  const unpaid = fees.filter((f) => !f.paid).reduce((sum, f) => sum + f.amount, 0);
  const accept = view.actions.find((a) => a.type === 'accept');
  const code = row.code ?? row.id;
  return {
    code,
    procedureName: row.procedure_name,
    applicant: row.applicant as FormApplicant,
    authority: nameAuthority(units.authority),
    place: namePlace(units.authority),
    receivingUnit:
      units.receiving.id === units.authority.id ? nameAuthority(units.authority) : units.receiving.full_name,
    documents: listReceivedDocuments(view),
    legalTime: processingTimeFor(context.definition, context.variantId),
    // the receipt prints what is owed: the chosen tier, its quantity and any exemption in words
    fees: (row.fees as { name: string; amount: number; detail?: string | null }[]).map((f) => ({
      name: f.detail ? `${f.name} (${f.detail})` : f.name,
      amount: f.amount,
    })),
    receivedAt: state.receivedAt,
    receivedBy: accept?.actor_name ?? null,
    dueAt: state.dueAt,
    legalDueAt: state.originalDueAt ?? state.dueAt,
    finishedAt: state.finishedAt,
    returnedAt: state.returnedAt,
    returnMethod: findReturnMethod(view),
    book:
      row.book_volume !== null && row.book_line !== null
        ? { volume: row.book_volume, line: row.book_line }
        : null,
    edition,
    coordinatingAgencies: listCoordinatingAgencies(view),
    trackingUrl: trackingUrlOf(publicUrl, code),
    paymentQr:
      payee && unpaid > 0
        ? buildVietQrPayload({ ...payee, amount: unpaid, description: `Le phi ho so ${code}` })
        : null,
  };
}

/** The latest action of one of these types, as a notice (form 02 or 03); null when there is none. */
export function findNotice(view: DossierView, types: readonly NoticeSource['type'][]): NoticeSource | null {
  const action = view.actions.findLast((a) => (types as readonly string[]).includes(a.type));
  if (!action) return null;
  const payload = (action.payload ?? {}) as { reason?: unknown; items?: unknown };
  return {
    at: action.at.getTime(),
    officerName: action.actor_name,
    reason: typeof payload.reason === 'string' && payload.reason ? payload.reason : null,
    items: Array.isArray(payload.items)
      ? payload.items.filter((i): i is string => typeof i === 'string')
      : [],
    type: action.type as NoticeSource['type'],
  };
}

/** The hand-overs of the process control sheet (form 05). */
export function buildHandOvers(view: DossierView, source: DossierFormSource): HandOver[] {
  const steps = new Map(
    view.context.definition.workflows.flatMap((w) => w.steps.map((s) => [s.id, s] as const)),
  );
  const actions: SheetAction[] = view.actions.map((a) => ({
    type: a.type,
    at: a.at.getTime(),
    actorName: a.actor_name,
  }));
  return listHandOvers({
    periods: view.state.periods,
    steps,
    names: view.names,
    actions,
    applicantName: source.applicant.fullName,
    dueAt: view.state.originalDueAt ?? view.state.dueAt,
    finishedAt: view.state.finishedAt,
    returnedAt: view.state.returnedAt,
    receivingUnit: source.receivingUnit,
  });
}
