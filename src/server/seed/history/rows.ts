/**
 * Turns a generated dossier into the rows live intake and live actions would have written: the dossier
 * row with its derived state (the same `stateColumns` mapping), and one action row per logged action.
 */
import { computeFees, firstFeeSelection } from '../../../domain/procedures/fees.js';
import { hashTrackingPin } from '../../modules/dossiers/dossiers.intake.js';
import { stateColumns } from '../../modules/dossiers/dossiers.queries.js';
import type { GeneratedDossier } from './generate.js';
import type {
  ActionInsertRow,
  DossierInsertRow,
  LateApologyRow,
  LateExplanationRow,
} from './history.queries.js';

const iso = (value: Date | null): string | null => (value === null ? null : value.toISOString());

/** The dossier row; `version` counts the actions after intake, as live updates do. */
export function toDossierRow(dossier: GeneratedDossier): DossierInsertRow {
  const { simulated, unit, procedure } = dossier;
  const { state, actions } = simulated;
  const columns = stateColumns(state);
  const first = actions[0]!.action.at;
  const last = actions[actions.length - 1]!.action.at;
  const paid = state.status === 'returned';
  // generated dossiers charge the first tier of each group, one unit of each quantity: never the sum
  const bill = computeFees(procedure.definition.fees, firstFeeSelection(procedure.definition.fees));
  const fees = bill.lines.map((line) => ({ ...line, paid }));
  return {
    id: dossier.id,
    code: dossier.code,
    receiving_unit_id: unit.id,
    authority_unit_id: unit.authorityId,
    scope_path: unit.scopePath,
    procedure_id: procedure.id,
    procedure_version_id: procedure.versionId,
    variant_id: dossier.variantId,
    calendar_version_id: unit.calendarVersionId,
    channel: dossier.channel,
    assisted: false,
    applicant: JSON.stringify(dossier.applicant),
    applicant_user_id: dossier.applicantUserId,
    documents: JSON.stringify(dossier.documents),
    fees: JSON.stringify(fees),
    tracking_pin_hash: hashTrackingPin(dossier.id, dossier.pin),
    status: columns.status,
    outcome: columns.outcome,
    current_step_id: columns.current_step_id,
    current_holder_id: columns.current_holder_id,
    step_due_at: iso(columns.step_due_at),
    received_at: iso(columns.received_at),
    due_at: iso(columns.due_at),
    original_due_at: iso(columns.original_due_at),
    finished_at: iso(columns.finished_at),
    returned_at: iso(columns.returned_at),
    state: columns.state,
    last_seq: columns.last_seq,
    version: 1 + actions.length - simulated.intakeActions,
    created_at: new Date(first).toISOString(),
    updated_at: new Date(last).toISOString(),
  };
}

/** The action rows, with each actor's unit. */
export function toActionRows(
  dossier: GeneratedDossier,
  actorUnits: ReadonlyMap<string, string>,
): ActionInsertRow[] {
  return dossier.simulated.actions.map(({ action, stepId }) => ({
    dossier_id: dossier.id,
    seq: action.seq,
    type: action.type,
    at: new Date(action.at).toISOString(),
    actor_id: action.actorId,
    actor_unit_id: action.actorId === null ? null : (actorUnits.get(action.actorId) ?? null),
    step_id: stepId,
    payload: JSON.stringify(action.payload),
  }));
}

/** The explanation and apology records behind the log's late-work entries (as the live services write them). */
export function toLateWorkRows(dossier: GeneratedDossier, actorUnits: ReadonlyMap<string, string>) {
  const explanations: LateExplanationRow[] = [];
  const apologies: LateApologyRow[] = [];
  let originalDueAt: number | null = null;
  for (const { action } of dossier.simulated.actions) {
    const p = action.payload as Record<string, unknown>;
    const at = new Date(action.at);
    if (action.type === 'explain' && action.actorId) {
      explanations.push({
        id: String(p.explanationId),
        dossier_id: dossier.id,
        step_id: String(p.stepId),
        period_index: Number(p.periodIndex),
        user_id: action.actorId,
        unit_id: actorUnits.get(action.actorId) ?? null,
        reason_code: String(p.reasonCode),
        text: String(p.text),
        attachment_id: null,
        step_due_at: new Date(Number(p.stepDueAt)),
        created_at: at,
      });
    }
    if (action.type === 'apology_approved' && action.actorId) {
      const draftedBy = String(p.draftedBy);
      originalDueAt ??= Number(p.previousDueAt);
      apologies.push({
        id: String(p.apologyId),
        dossier_id: dossier.id,
        unit_id: actorUnits.get(draftedBy) ?? dossier.unit.authorityId,
        drafted_by: draftedBy,
        responsible_user_ids: (p.responsible as string[] | undefined) ?? [],
        reason_code: String(p.reasonCode),
        reason: String(p.reason),
        original_due_at: new Date(originalDueAt),
        previous_due_at: new Date(Number(p.previousDueAt)),
        proposed_due_at: new Date(Number(p.newDueAt)),
        status: 'approved',
        decided_by: action.actorId,
        decided_at: at,
        decision_comment: 'Đồng ý gia hạn, đề nghị giải quyết dứt điểm trước ngày hẹn mới.',
        created_at: new Date(action.at - 30 * 60_000),
        latest_at: typeof p.latestAt === 'number' ? new Date(p.latestAt) : null,
        late: p.late === true,
      });
    }
  }
  return { explanations, apologies };
}
