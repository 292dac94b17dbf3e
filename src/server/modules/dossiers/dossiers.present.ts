/** Dossier rows and derived state → API shapes, in plain Vietnamese. */
import type { Dossier } from '../../../contracts/dossiers.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import type { DossierContext, DossierState } from '../../../domain/dossiers/state.js';
import {
  ACTION_LABELS,
  NATIONAL_STATUS_CODE,
  STATUS_LABELS,
  type DossierActionType,
  type LoggedActionType,
} from '../../../domain/dossiers/status.js';
import type { Step } from '../../../domain/procedures/definition.js';
import { workflowFor } from '../../../domain/procedures/validate.js';
import type { DossierRow } from './dossiers.queries.js';

const iso = (value: number | Date | null | undefined) =>
  value === null || value === undefined
    ? null
    : formatInstant(value instanceof Date ? value.getTime() : value);

export interface DossierView {
  row: DossierRow;
  state: DossierState;
  context: DossierContext;
  step: Step | null;
  allowed: DossierActionType[];
  actions: {
    seq: number;
    type: string;
    at: Date;
    step_id: string | null;
    payload: unknown;
    actor_name: string | null;
  }[];
  names: Map<string, string>;
  /** What holds forward actions back (late work), for the UI to say why and what to file. */
  blockers: { code: string; message: string }[];
}

function noteOf(payload: unknown): string | null {
  const p = (payload ?? {}) as { reason?: string; note?: string; items?: string[] };
  const parts = [p.reason, p.note, p.items?.length ? `Cần bổ sung: ${p.items.join('; ')}` : undefined].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join(' — ') : null;
}

export function presentDossier(view: DossierView): Dossier {
  const { row, state, context, step } = view;
  const status = state.status ?? 'submitted';
  // step ids repeat across a procedure's workflows: name the steps of this dossier's own workflow
  const steps = new Map(
    (workflowFor(context.definition, context.variantId)?.steps ?? []).map((s) => [s.id, s] as const),
  );
  return {
    id: row.id,
    code: row.code,
    status,
    statusLabel: STATUS_LABELS[status].vi,
    nationalStatusCode: NATIONAL_STATUS_CODE[status],
    outcome: state.outcome,
    procedure: {
      id: row.procedure_id,
      code: row.procedure_code,
      name: row.procedure_name,
      versionNumber: row.procedure_version_number,
    },
    variantId: row.variant_id,
    channel: row.channel,
    assisted: row.assisted,
    applicant: row.applicant as Dossier['applicant'],
    receivingUnit: { id: row.receiving_unit_id, name: row.receiving_unit_name },
    currentStep: step
      ? {
          id: step.id,
          task: step.task,
          unitName: step.unitName,
          role: step.role,
          dueAt: iso(state.stepDueAt),
        }
      : null,
    holder: state.holderId
      ? { id: state.holderId, name: row.holder_name ?? view.names.get(state.holderId) ?? '' }
      : null,
    receivedAt: iso(state.receivedAt),
    dueAt: iso(state.dueAt),
    finishedAt: iso(state.finishedAt),
    returnedAt: iso(state.returnedAt),
    version: row.version,
    allowedActions: view.allowed,
    lateWorkBlockers: view.blockers,
    legalDueAt: iso(state.originalDueAt ?? state.dueAt),
    extensions: state.extensions ?? 0,
    periods: state.periods.map((p) => ({
      stepId: p.stepId,
      task: steps.get(p.stepId)?.task ?? p.stepId,
      unitName: steps.get(p.stepId)?.unitName ?? '',
      holderId: p.holderId,
      holderName: p.holderId ? (view.names.get(p.holderId) ?? null) : null,
      startedAt: iso(p.startedAt)!,
      dueAt: iso(p.dueAt)!,
      endedAt: iso(p.endedAt),
      outcome: p.outcome,
    })),
    history: view.actions.map((a) => ({
      seq: a.seq,
      type: a.type as LoggedActionType,
      label: ACTION_LABELS[a.type as LoggedActionType]?.vi ?? a.type,
      at: iso(a.at)!,
      actorName: a.actor_name,
      stepId: a.step_id,
      note: noteOf(a.payload),
    })),
    documents: row.documents as Dossier['documents'],
    fees: presentFees(row.fees),
    returnMethod: row.return_method,
    book:
      row.book_volume !== null && row.book_line !== null
        ? { volume: row.book_volume, line: row.book_line }
        : null,
  };
}

/** Stored fee lines (old dossiers have no detail) → API shape. */
export function presentFees(stored: unknown): Dossier['fees'] {
  return (stored as { name: string; amount: number; detail?: string | null }[]).map((f) => ({
    name: f.name,
    amount: f.amount,
    detail: f.detail ?? null,
  }));
}
