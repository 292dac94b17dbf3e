/** Finding rows → API shape, with the actions the viewer may take and the deduction under its rules. */
import type { Finding } from '../../../contracts/inspections.js';
import type { Actor } from '../../../domain/access/policy.js';
import {
  isExplanationOverdue,
  listFindingActions,
  type FindingProcess,
} from '../../../domain/conduct/due-process.js';
import {
  computeFindingDeduction,
  isFindingConfirmed,
  type ConductRules,
} from '../../../domain/conduct/rules.js';
import { VIOLATION_LABELS, type ViolationType } from '../../../domain/conduct/violations.js';
import type { FindingRow } from './findings.queries.js';

/** What due process needs of a stored finding. */
export function toFindingProcess(row: FindingRow): FindingProcess {
  return {
    unitPath: row.unit_path,
    unitKind: row.unit_kind,
    officialId: row.official_id,
    officialUnitPath: row.official_unit_path,
    officialUnitKind: row.official_unit_kind,
    status: row.status,
    explanationDueAt: row.explanation_due_at?.getTime() ?? null,
  };
}

export interface FindingExtras {
  names: Map<string, string>;
  events: { finding_id: string; type: string; at: Date; payload: unknown; actor_name: string | null }[];
  photos: { finding_id: string | null; attachment_id: string; taken_at: Date }[];
  rules: Map<string, ConductRules>;
}

/** Presents one finding for `actor` at `nowMs`. */
export function presentFinding(row: FindingRow, extras: FindingExtras, actor: Actor, nowMs: number): Finding {
  const rules = extras.rules.get(row.rules_version);
  if (!rules) throw new Error(`unknown conduct rules version ${row.rules_version}`);
  const process = toFindingProcess(row);
  const label = VIOLATION_LABELS[row.violation_type as ViolationType];
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    officialId: row.official_id,
    officialName: row.official_name,
    violationType: row.violation_type as ViolationType,
    violationLabel: label.vi,
    legalBasis: label.legal,
    severity: row.severity,
    status: row.status,
    description: row.description,
    checklistItem: row.checklist_item,
    occurredAt: row.occurred_at.toISOString(),
    recordedByName: row.recorded_by ? (extras.names.get(row.recorded_by) ?? null) : null,
    explanationDueAt: row.explanation_due_at?.toISOString() ?? null,
    explanationOverdue: row.status === 'awaiting_explanation' && isExplanationOverdue(process, nowMs),
    explanation: row.explanation,
    explainedAt: row.explained_at?.toISOString() ?? null,
    decision: row.decision,
    decisionNote: row.decision_note,
    decidedByName: row.decided_by ? (extras.names.get(row.decided_by) ?? null) : null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    confirmed: isFindingConfirmed(row),
    deduction: computeFindingDeduction(row, rules),
    rulesVersion: row.rules_version,
    sourceFeedbackId: row.source_feedback_id,
    sourceReference: row.source_reference,
    photos: extras.photos
      .filter((p) => p.finding_id === row.id)
      .map((p) => ({
        attachmentId: p.attachment_id,
        takenAt: p.taken_at.toISOString(),
        url: `/api/v1/inspections/photos/${p.attachment_id}`,
      })),
    events: extras.events
      .filter((e) => e.finding_id === row.id)
      .map((e) => ({ type: e.type, at: e.at.toISOString(), actorName: e.actor_name, payload: e.payload })),
    allowedActions: listFindingActions(actor, process, nowMs),
    version: row.version,
  };
}
