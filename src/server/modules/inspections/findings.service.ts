/**
 * Findings and their due process: recorded on site by an inspector of the visiting team (or opened from a
 * citizen's misconduct report), explained by the official before the deadline (working days on the unit's
 * calendar, from the rules version in force), decided by the head. Every step: the row at the version seen,
 * an event and the audit entry, in one transaction.
 */
import type { CreateFindingRequest } from '../../../contracts/inspections.js';
import type { Actor } from '../../../domain/access/policy.js';
import { assertFindingAction } from '../../../domain/conduct/due-process.js';
import { canInspectUnit, canSeeFinding } from '../../../domain/conduct/policy.js';
import { selectRulesInForce } from '../../../domain/conduct/rules.js';
import type { Decision } from '../../../domain/conduct/violations.js';
import { fail } from '../../../domain/errors.js';
import { formatLocalDay } from '../../../domain/inspections/reports.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor, Tx } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { computeDue, resolveUnitCalendarVersion } from '../calendars/calendars.service.js';
import { listConductRules } from '../conduct/conduct.rules.js';
import * as fq from './findings.queries.js';
import { toFindingProcess } from './findings.present.js';
import * as iq from './inspections.queries.js';
import { getOfficialInfo } from './unit-lookup.js';

/** The acting official, or `unauthenticated` / `forbidden`. */
export function requireOfficialActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw fail.unauthenticated();
  if (ctx.actor.kind !== 'official') throw fail.forbidden();
  return ctx.actor;
}

/** A finding the actor may see; `not_found` otherwise (like a missing one). */
export async function getVisibleFinding(ctx: RequestContext, id: string): Promise<fq.FindingRow> {
  const actor = requireOfficialActor(ctx);
  const row = await fq.findFinding(ctx.deps.database.db, id);
  if (!row || !canSeeFinding(actor, toFindingProcess(row)))
    throw fail.notFound('Không tìm thấy kết luận kiểm tra.');
  return row;
}

interface NewFinding {
  inspectionId: string | null;
  unitId: string;
  officialId: string | null;
  violationType: string;
  severity: 'light' | 'medium' | 'serious';
  description: string;
  checklistItem: string | null;
  occurredAt: Date;
  sourceFeedbackId: string | null;
  sourceReference: string | null;
}

/** Writes a finding with its explanation deadline and the `recorded` event (inside a transaction). */
export async function insertNewFinding(ctx: RequestContext, trx: Tx, input: NewFinding): Promise<string> {
  const now = ctx.deps.clock.now();
  const day = formatLocalDay(input.occurredAt.getTime());
  const rules = selectRulesInForce(await listConductRules(trx), day);
  const calendar = await resolveUnitCalendarVersion(trx, input.unitId);
  const dueMs = await computeDue(trx, calendar, now.getTime(), `${rules.explanationWorkingDays}d`);
  const id = await fq.insertFinding(trx, {
    inspection_id: input.inspectionId,
    unit_id: input.unitId,
    official_id: input.officialId,
    violation_type: input.violationType,
    severity: input.severity,
    status: 'awaiting_explanation',
    description: input.description,
    checklist_item: input.checklistItem,
    occurred_at: input.occurredAt,
    recorded_by: ctx.actor?.userId ?? null,
    created_at: now,
    rules_version: rules.version,
    explanation_due_at: new Date(dueMs),
    explanation: null,
    explained_at: null,
    decision: null,
    decision_note: null,
    decided_by: null,
    decided_at: null,
    source_feedback_id: input.sourceFeedbackId,
    source_reference: input.sourceReference,
  });
  await fq.insertFindingEvent(trx, {
    findingId: id,
    type: 'recorded',
    at: now,
    actorId: ctx.actor?.userId ?? null,
    payload: { severity: input.severity, violationType: input.violationType, explanationDueAt: dueMs },
  });
  await appendAudit(
    trx,
    auditFrom(ctx, {
      action: 'inspection.finding_recorded',
      targetType: 'inspection_finding',
      targetId: id,
      unitId: input.unitId,
      summary: { violationType: input.violationType, severity: input.severity, officialId: input.officialId },
    }),
  );
  return id;
}

/** The unit a finding is filed under: the official's own unit (inside `unitPath`) or the unit itself. */
export async function resolveFindingUnit(
  db: Executor,
  unit: { id: string; path: string },
  officialId: string | null,
) {
  if (!officialId) return unit.id;
  const official = await getOfficialInfo(db, officialId);
  if (!official.unit_path.startsWith(unit.path)) {
    throw fail.validation('Cán bộ không thuộc đơn vị được kiểm tra.', [{ path: 'officialId' }]);
  }
  return official.unit_id;
}

/** Records a finding during a visit (an inspector of the visiting team, visit under way). */
export async function recordFinding(ctx: RequestContext, inspectionId: string, input: CreateFindingRequest) {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const visit = await iq.findInspection(db, inspectionId);
  if (!visit || !canInspectUnit(actor, visit.unit_path)) throw fail.notFound('Không tìm thấy cuộc kiểm tra.');
  if (!(await iq.isTeamMember(db, visit.team_id, actor.userId)))
    throw fail.forbidden('Chỉ thành viên đoàn kiểm tra được ghi nhận vi phạm.');
  if (visit.status !== 'in_progress')
    throw fail.validation('Chỉ ghi nhận vi phạm khi cuộc kiểm tra đang diễn ra.', [{ path: 'status' }]);
  const unitId = await resolveFindingUnit(db, { id: visit.unit_id, path: visit.unit_path }, input.officialId);
  const uploads = await iq.findFreshUploads(
    db,
    input.photos.map((p) => p.attachmentId),
    actor.userId,
  );
  if (uploads.length !== input.photos.length || uploads.some((u) => !u.content_type.startsWith('image/')))
    throw fail.validation('Ảnh minh chứng không hợp lệ hoặc đã được dùng.', [{ path: 'photos' }]);
  const now = ctx.deps.clock.now();
  return db.transaction().execute(async (trx) => {
    const id = await insertNewFinding(ctx, trx, {
      ...input,
      inspectionId,
      unitId,
      occurredAt: now,
      sourceFeedbackId: null,
      sourceReference: null,
    });
    for (const photo of input.photos) {
      await fq.insertInspectionPhoto(trx, {
        attachment_id: photo.attachmentId,
        inspection_id: inspectionId,
        finding_id: id,
        taken_at: photo.takenAt ? new Date(photo.takenAt) : now,
      });
    }
    return id;
  });
}

/** The official (or the unit's head for a unit finding) explains, on or before the deadline. */
export async function explainFinding(
  ctx: RequestContext,
  id: string,
  input: { version: number; explanation: string },
) {
  const actor = requireOfficialActor(ctx);
  const row = await getVisibleFinding(ctx, id);
  const now = ctx.deps.clock.now();
  assertFindingAction(actor, toFindingProcess(row), 'explain', now.getTime());
  await writeStep(ctx, row, input.version, 'explained', {
    status: 'explained',
    explanation: input.explanation,
    explained_at: now,
  });
}

/** The head decides: dismiss, remind, reprimand or propose discipline. */
export async function decideFinding(
  ctx: RequestContext,
  id: string,
  input: { version: number; decision: Decision; note: string },
) {
  const actor = requireOfficialActor(ctx);
  const row = await getVisibleFinding(ctx, id);
  const now = ctx.deps.clock.now();
  assertFindingAction(actor, toFindingProcess(row), 'decide', now.getTime());
  await writeStep(ctx, row, input.version, 'decided', {
    status: 'decided',
    decision: input.decision,
    decision_note: input.note,
    decided_by: actor.userId,
    decided_at: now,
  });
}

async function writeStep(
  ctx: RequestContext,
  row: fq.FindingRow,
  version: number,
  type: 'explained' | 'decided',
  changes: Parameters<typeof fq.updateFindingAt>[3],
): Promise<void> {
  const stale = () =>
    fail.conflict('Kết luận kiểm tra vừa được người khác cập nhật. Vui lòng tải lại.', {
      currentVersion: row.version,
    });
  if (row.version !== version) throw stale();
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    if (!(await fq.updateFindingAt(trx, row.id, version, changes))) throw stale();
    const payload = type === 'decided' ? { decision: changes.decision, note: changes.decision_note } : {};
    await fq.insertFindingEvent(trx, {
      findingId: row.id,
      type,
      at: now,
      actorId: ctx.actor?.userId ?? null,
      payload,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `inspection.finding_${type}`,
        targetType: 'inspection_finding',
        targetId: row.id,
        unitId: row.unit_id,
        summary: { from: row.status, to: changes.status, ...payload },
      }),
    );
  });
}
