/**
 * Discipline plans (e.g. Hà Nội's Kế hoạch 69/KH-UBND): required actions with deadlines and the evidence
 * expected, over target units in the issuing unit's subtree; units report completion with evidence; the
 * matrix of units × actions (done / late / missing, see `domain/conduct/plan-matrix`) and reminders.
 */
import type { CreatePlanRequest } from '../../../contracts/discipline-plans.js';
import { buildPlanMatrix, listReminders } from '../../../domain/conduct/plan-matrix.js';
import { canManageConduct, canReadConduct, canReportPlanAction } from '../../../domain/conduct/policy.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { requireOfficialActor } from '../inspections/findings.service.js';
import { getUnitInfo } from '../inspections/unit-lookup.js';
import * as q from './plans.queries.js';

const WEEK_MS = 7 * 86_400_000;

/** Plans the actor may read: issued in or targeting their subtree (all for the system administrator). */
export async function listPlans(ctx: RequestContext) {
  const actor = requireOfficialActor(ctx);
  const rows = await q.listPlans(
    ctx.deps.database.readDb,
    actor.roles.includes('sysadmin') ? null : (actor.unitPath ?? '/none/'),
  );
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    code: r.code,
    title: r.title,
    issuedOn: r.issued_on,
    actionCount: Number(r.action_count ?? 0),
    targetCount: Number(r.target_count ?? 0),
  }));
}

/** Creates a plan (home-affairs administrator of the issuing unit; targets inside its subtree). */
export async function createPlan(ctx: RequestContext, input: CreatePlanRequest): Promise<string> {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const issuer = await getUnitInfo(db, input.unitId);
  if (!canManageConduct(actor, issuer.path))
    throw fail.forbidden('Bạn không được ban hành kế hoạch cho đơn vị này.');
  const targets = [...new Set(input.targetUnitIds)];
  for (const [index, id] of targets.entries()) {
    const unit = await getUnitInfo(db, id);
    if (!unit.path.startsWith(issuer.path) || !canManageConduct(actor, unit.path))
      throw fail.validation('Đơn vị thực hiện phải thuộc đơn vị ban hành.', [
        { path: `targetUnitIds.${index}` },
      ]);
  }
  const now = ctx.deps.clock.now();
  return db.transaction().execute(async (trx) => {
    const exists = await q.findPlanByCode(trx, issuer.id, input.code);
    if (exists) throw fail.conflict('Số kế hoạch đã tồn tại.', { planId: exists.id });
    const plan = await q.insertPlan(trx, {
      unit_id: issuer.id,
      code: input.code,
      title: input.title,
      issued_on: input.issuedOn,
      created_by: actor.userId,
      created_at: now,
    });
    await q.insertActions(
      trx,
      input.actions.map((a, i) => ({
        plan_id: plan.id,
        seq: i + 1,
        title: a.title,
        evidence_required: a.evidenceRequired,
        due_at: new Date(a.dueAt),
      })),
    );
    await q.insertTargets(trx, plan.id, targets);
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'discipline_plan.created',
        targetType: 'discipline_plan',
        targetId: plan.id,
        unitId: issuer.id,
        summary: { code: input.code, actions: input.actions.length, targets: targets.length },
      }),
    );
    return plan.id;
  });
}

async function loadPlan(ctx: RequestContext, id: string) {
  const actor = requireOfficialActor(ctx);
  const db = ctx.deps.database.db;
  const plan = await q.findPlan(db, id);
  if (!plan) throw fail.notFound('Không tìm thấy kế hoạch.');
  const targets = await q.listTargets(db, id);
  const readable =
    canReadConduct(actor, plan.unit_path) || targets.some((t) => canReadConduct(actor, t.path));
  if (!readable) throw fail.notFound('Không tìm thấy kế hoạch.');
  const [actions, reports] = await Promise.all([q.listActions(db, id), q.listReports(db, id)]);
  return { actor, plan, targets, actions, reports };
}

/** A plan with its actions and its matrix as of an instant (default now). */
export async function getPlan(ctx: RequestContext, id: string, asOfText?: string) {
  const { actor, plan, targets, actions, reports } = await loadPlan(ctx, id);
  const asOf = asOfText ? Date.parse(asOfText) : ctx.deps.clock.now().getTime();
  if (Number.isNaN(asOf)) throw fail.validation('Thời điểm không hợp lệ.', [{ path: 'asOf' }]);
  const matrix = buildPlanMatrix(
    actions.map((a) => ({ id: a.id, dueAt: a.due_at.getTime() })),
    targets.map((t) => t.id),
    reports.map((r) => ({ actionId: r.action_id, unitId: r.unit_id, reportedAt: r.reported_at.getTime() })),
    asOf,
  );
  const reportOf = new Map(reports.map((r) => [`${r.action_id}|${r.unit_id}`, r]));
  const targetOf = new Map(targets.map((t) => [t.id, t]));
  return {
    id: plan.id,
    unitId: plan.unit_id,
    unitName: plan.unit_name,
    code: plan.code,
    title: plan.title,
    issuedOn: plan.issued_on,
    actionCount: actions.length,
    targetCount: targets.length,
    canManage: canManageConduct(actor, plan.unit_path),
    actions: actions.map((a) => ({
      id: a.id,
      seq: a.seq,
      title: a.title,
      evidenceRequired: a.evidence_required,
      dueAt: a.due_at.toISOString(),
    })),
    matrix: {
      asOf: new Date(asOf).toISOString(),
      totals: matrix.totals,
      rows: matrix.rows.map((row) => ({
        ...row,
        unitName: targetOf.get(row.unitId)!.name,
        canReport: canReportPlanAction(actor, targetOf.get(row.unitId)!.path),
        cells: row.cells.map((c) => {
          const report = c.status === 'missing' ? undefined : reportOf.get(`${c.actionId}|${row.unitId}`);
          return {
            ...c,
            reportedAt: c.reportedAt === null ? null : new Date(c.reportedAt).toISOString(),
            note: report?.note ?? null,
            evidenceRef: report?.evidence_ref ?? null,
          };
        }),
      })),
    },
  };
}

/** Reports a unit's completion of an action with evidence (its leaders and administrators; once). */
export async function reportCompletion(
  ctx: RequestContext,
  actionId: string,
  input: { unitId: string; note: string; evidenceRef?: string; attachmentId?: string },
) {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const action = await q.findAction(db, actionId);
  if (!action) throw fail.notFound('Không tìm thấy nhiệm vụ.');
  const target = await q.findTarget(db, action.plan_id, input.unitId);
  if (!target) throw fail.validation('Đơn vị không thuộc diện thực hiện kế hoạch.', [{ path: 'unitId' }]);
  const unit = await getUnitInfo(db, input.unitId);
  if (!canReportPlanAction(actor, unit.path)) throw fail.forbidden('Bạn không được báo cáo thay đơn vị này.');
  if (input.attachmentId) {
    const file = await q.findOwnAttachment(db, input.attachmentId, actor.userId);
    if (!file) throw fail.validation('Tệp minh chứng không hợp lệ.', [{ path: 'attachmentId' }]);
  }
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    const row = await q.insertReport(trx, {
      action_id: actionId,
      unit_id: unit.id,
      reported_at: now,
      reported_by: actor.userId,
      note: input.note,
      evidence_ref: input.evidenceRef ?? null,
      attachment_id: input.attachmentId ?? null,
    });
    if (!row) throw fail.conflict('Đơn vị đã báo cáo hoàn thành nhiệm vụ này.');
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'discipline_plan.reported',
        targetType: 'discipline_plan_action',
        targetId: actionId,
        unitId: unit.id,
        summary: { late: now > action.due_at },
      }),
    );
  });
  return action.plan_id;
}

/** What each target unit still owes: missing actions overdue or due within a week. */
export async function listPlanReminders(ctx: RequestContext, id: string) {
  const { targets, actions, reports } = await loadPlan(ctx, id);
  const now = ctx.deps.clock.now().getTime();
  const matrixActions = actions.map((a) => ({ id: a.id, dueAt: a.due_at.getTime() }));
  const matrix = buildPlanMatrix(
    matrixActions,
    targets.map((t) => t.id),
    reports.map((r) => ({ actionId: r.action_id, unitId: r.unit_id, reportedAt: r.reported_at.getTime() })),
    now,
  );
  const actionOf = new Map(actions.map((a) => [a.id, a]));
  const nameOf = new Map(targets.map((t) => [t.id, t.name]));
  return {
    asOf: new Date(now).toISOString(),
    items: listReminders(matrix, matrixActions, WEEK_MS).map((r) => ({
      unitId: r.unitId,
      unitName: nameOf.get(r.unitId) ?? '',
      overdue: r.overdue,
      actions: r.actionIds.map((aid) => {
        const a = actionOf.get(aid)!;
        return { id: a.id, title: a.title, dueAt: a.due_at.toISOString() };
      }),
    })),
  };
}
