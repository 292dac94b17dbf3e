/**
 * Inspection visits (teams and checklists: `teams.service.ts`). Visits are made by inspectors who are members of the team, to units inside both their own
 * subtree and the team's scope. A planned visit is started on arrival; an unannounced one starts when
 * recorded. Findings are recorded while the visit is under way (see `findings.service.ts`).
 */
import type {
  CreateInspectionRequest,
  Inspection,
  UpdateInspectionRequest,
} from '../../../contracts/inspections.js';
import { canInspectUnit, canReadConduct } from '../../../domain/conduct/policy.js';
import { fail } from '../../../domain/errors.js';
import {
  findUnknownItems,
  listUnrecordedFailures,
  parseChecklistItems,
  type ItemResult,
} from '../../../domain/inspections/checklist.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as fq from './findings.queries.js';
import { presentFindings } from './findings.read.js';
import { requireOfficialActor } from './findings.service.js';
import * as iq from './inspections.queries.js';
import { getUnitInfo } from './unit-lookup.js';

/** Starts a visit: unannounced visits start now; planned ones need a time. */
export async function createInspection(ctx: RequestContext, input: CreateInspectionRequest): Promise<string> {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const team = await iq.findTeam(db, input.teamId);
  if (!team) throw fail.notFound('Không tìm thấy đoàn kiểm tra.');
  const unit = await getUnitInfo(db, input.unitId);
  if (!canInspectUnit(actor, unit.path)) throw fail.forbidden('Đơn vị này ngoài phạm vi kiểm tra của bạn.');
  if (!unit.path.startsWith(team.scope_path))
    throw fail.validation('Đơn vị ngoài phạm vi của đoàn kiểm tra.', [{ path: 'unitId' }]);
  if (!(await iq.isTeamMember(db, team.id, actor.userId)))
    throw fail.forbidden('Chỉ thành viên đoàn kiểm tra được lập cuộc kiểm tra.');
  if (input.kind === 'planned' && !input.plannedFor)
    throw fail.validation('Cần thời gian dự kiến kiểm tra.', [{ path: 'plannedFor' }]);
  const checklist = input.checklistId
    ? await iq.findChecklist(db, input.checklistId)
    : (await iq.listLatestChecklists(db))[0];
  if (!checklist) throw fail.validation('Không tìm thấy bảng kiểm.', [{ path: 'checklistId' }]);
  const now = ctx.deps.clock.now();
  const unannounced = input.kind === 'unannounced';
  return db.transaction().execute(async (trx) => {
    const row = await iq.insertInspection(trx, {
      team_id: team.id,
      unit_id: unit.id,
      kind: input.kind,
      status: unannounced ? 'in_progress' : 'planned',
      planned_for: input.plannedFor ? new Date(input.plannedFor) : null,
      visited_at: unannounced ? now : null,
      checklist_id: checklist.id,
      created_by: actor.userId,
      created_at: now,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'inspection.created',
        targetType: 'inspection',
        targetId: row.id,
        unitId: unit.id,
        summary: { kind: input.kind, team: team.name },
      }),
    );
    return row.id;
  });
}

/** Records checklist answers and notes, starts or completes a visit (team members; at the version seen). */
export async function updateInspection(ctx: RequestContext, id: string, input: UpdateInspectionRequest) {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const visit = await iq.findInspection(db, id);
  if (!visit || !canInspectUnit(actor, visit.unit_path)) throw fail.notFound('Không tìm thấy cuộc kiểm tra.');
  if (!(await iq.isTeamMember(db, visit.team_id, actor.userId)))
    throw fail.forbidden('Chỉ thành viên đoàn kiểm tra được cập nhật cuộc kiểm tra.');
  if (visit.version !== input.version)
    throw fail.conflict('Cuộc kiểm tra vừa được cập nhật. Vui lòng tải lại.');
  if (visit.status === 'completed') throw fail.validation('Cuộc kiểm tra đã kết thúc.', [{ path: 'status' }]);
  const checklist = await iq.findChecklist(db, visit.checklist_id);
  const results = { ...(visit.results as Record<string, ItemResult>), ...input.results };
  const unknown = findUnknownItems(parseChecklistItems(checklist?.items), results);
  if (unknown.length)
    throw fail.validation(
      'Mục kiểm tra không có trong bảng kiểm.',
      unknown.map((path) => ({ path })),
    );
  const now = ctx.deps.clock.now();
  let status: 'planned' | 'in_progress' | 'completed' = visit.status;
  if (input.transition === 'start') {
    if (status !== 'planned') throw fail.validation('Cuộc kiểm tra đã bắt đầu.', [{ path: 'transition' }]);
    status = 'in_progress';
  } else if (input.transition === 'complete') {
    if (status !== 'in_progress')
      throw fail.validation('Cuộc kiểm tra chưa bắt đầu.', [{ path: 'transition' }]);
    status = 'completed';
  }
  await db.transaction().execute(async (trx) => {
    const updated = await iq.updateInspectionAt(trx, id, input.version, {
      results: JSON.stringify(results),
      notes: input.notes ?? visit.notes,
      status,
      visited_at: input.transition === 'start' ? now : visit.visited_at,
      version: visit.version + 1,
    });
    if (Number(updated.numUpdatedRows) !== 1)
      throw fail.conflict('Cuộc kiểm tra vừa được cập nhật. Vui lòng tải lại.');
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `inspection.${input.transition ?? 'updated'}`,
        targetType: 'inspection',
        targetId: id,
        unitId: visit.unit_id,
        summary: { from: visit.status, to: status },
      }),
    );
  });
}

/** A visit with its checklist, answers and findings (inspectors and readers of the unit). */
export async function getInspection(ctx: RequestContext, id: string): Promise<Inspection> {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const visit = await iq.findInspection(db, id);
  if (!visit || !canReadConduct(actor, visit.unit_path)) throw fail.notFound('Không tìm thấy cuộc kiểm tra.');
  const checklist = await iq.findChecklist(db, visit.checklist_id);
  const findings = await presentFindings(ctx, db, await fq.listFindings(db, { inspectionId: id }));
  const results = visit.results as Record<string, ItemResult>;
  const canEdit =
    visit.status !== 'completed' &&
    canInspectUnit(actor, visit.unit_path) &&
    (await iq.isTeamMember(db, visit.team_id, actor.userId));
  return {
    id: visit.id,
    teamId: visit.team_id,
    teamName: visit.team_name,
    unitId: visit.unit_id,
    unitName: visit.unit_name,
    kind: visit.kind,
    status: visit.status,
    plannedFor: visit.planned_for?.toISOString() ?? null,
    visitedAt: visit.visited_at?.toISOString() ?? null,
    checklist: {
      id: checklist!.id,
      code: checklist!.code,
      version: checklist!.version,
      name: checklist!.name,
      items: parseChecklistItems(checklist!.items),
    },
    results,
    notes: visit.notes,
    findings,
    unrecordedFailures: listUnrecordedFailures(
      results,
      findings.map((f) => f.checklistItem),
    ),
    canEdit,
    version: visit.version,
  };
}

/** Visits to units in the actor's subtree, newest first. */
export async function listInspections(ctx: RequestContext) {
  const actor = requireOfficialActor(ctx);
  if (!canReadConduct(actor, actor.unitPath ?? '')) throw fail.forbidden();
  const rows = await iq.listInspections(
    ctx.deps.database.readDb,
    actor.roles.includes('sysadmin') ? null : actor.unitPath,
  );
  return rows.map((r) => ({
    id: r.id,
    teamName: r.team_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    status: r.status,
    plannedFor: r.planned_for?.toISOString() ?? null,
    visitedAt: r.visited_at?.toISOString() ?? null,
    findingCount: Number(r.finding_count ?? 0),
  }));
}
