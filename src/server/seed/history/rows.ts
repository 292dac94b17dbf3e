/**
 * Turns a generated dossier into the rows live intake and live actions would have written: the dossier
 * row with its derived state (the same `stateColumns` mapping), and one action row per logged action.
 */
import { hashTrackingPin } from '../../modules/dossiers/dossiers.intake.js';
import { stateColumns } from '../../modules/dossiers/dossiers.queries.js';
import type { GeneratedDossier } from './generate.js';
import type { ActionInsertRow, DossierInsertRow } from './history.queries.js';

const iso = (value: Date | null): string | null => (value === null ? null : value.toISOString());

/** The dossier row; `version` counts the actions after intake, as live updates do. */
export function toDossierRow(dossier: GeneratedDossier): DossierInsertRow {
  const { simulated, unit, procedure } = dossier;
  const { state, actions } = simulated;
  const columns = stateColumns(state);
  const first = actions[0]!.action.at;
  const last = actions[actions.length - 1]!.action.at;
  const paid = state.status === 'returned';
  const fees = procedure.definition.fees.map((fee) => ({ name: fee.name, amount: fee.amount, paid }));
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
