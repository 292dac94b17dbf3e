/**
 * Work plans (seed 000): tasks per official for a week, a month or a quarter. A leader who may review the
 * official assigns tasks or approves those the official proposes; the official completes them with a
 * result. Tasks due in a month that are done by their due time feed that month's work-plan score.
 */
import type { z } from 'zod';
import type { CreateWorkTaskRequest, WorkTask, WorkTaskQuery } from '../../../contracts/work-plans.js';
import type { Actor } from '../../../domain/access/policy.js';
import { AppError, fail } from '../../../domain/errors.js';
import { canManageTasks, canSelfAssess, type EvaluatedOfficial } from '../../../domain/evaluation/policy.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Db } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as q from './work-plans.queries.js';
import { presentTask } from './work-plans.present.js';

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor || ctx.actor.kind !== 'official') throw fail.forbidden();
  return ctx.actor;
}

async function loadOfficial(db: Db, id: string): Promise<EvaluatedOfficial & { unitId: string }> {
  const row = await q.findOfficial(db, id);
  if (!row) throw fail.notFound('Không tìm thấy cán bộ.');
  return { officialId: row.id, unitPath: row.path, unitKind: row.kind, unitId: row.unit_id! };
}

/** Tasks of one official (themselves or someone they lead) or of a leader's subtree, by due time. */
export async function listTasks(
  ctx: RequestContext,
  query: z.infer<typeof WorkTaskQuery>,
): Promise<WorkTask[]> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  let filter: q.TaskFilter;
  if (query.unitId) {
    const unit = await q.findUnitPathAndKind(db, query.unitId);
    if (!unit || !canManageTasks(actor, { officialId: '', unitPath: unit.path, unitKind: unit.kind }))
      throw fail.forbidden();
    filter = { underPath: unit.path };
  } else {
    const official = await loadOfficial(db, query.officialId ?? actor.userId);
    if (!canSelfAssess(actor, official) && !canManageTasks(actor, official)) throw fail.forbidden();
    filter = { officialId: official.officialId };
  }
  const rows = await q.listTasks(db, {
    ...filter,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  });
  return rows.map((row) => presentTask(row, actor));
}

/** Assigns a task (a leader) or proposes one for oneself (awaiting the leader's approval). */
export async function createTask(ctx: RequestContext, input: CreateWorkTaskRequest): Promise<string> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const official = await loadOfficial(db, input.officialId ?? actor.userId);
  const assigns = canManageTasks(actor, official);
  if (!assigns && !canSelfAssess(actor, official))
    throw fail.forbidden('Chỉ lãnh đạo trực tiếp giao nhiệm vụ cho cán bộ này.');
  const now = ctx.deps.clock.now();
  return db.transaction().execute(async (trx) => {
    const row = await q.insertTask(trx, {
      official_id: official.officialId,
      unit_id: official.unitId,
      horizon: input.horizon,
      title: input.title,
      due_at: new Date(input.dueAt),
      weight: input.weight,
      status: assigns ? 'assigned' : 'proposed',
      created_by: actor.userId,
      approved_by: assigns ? actor.userId : null,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: assigns ? 'work_task.assign' : 'work_task.propose',
        targetType: 'work_task',
        targetId: row.id,
        unitId: official.unitId,
        summary: { title: input.title, dueAt: input.dueAt },
      }),
    );
    return row.id;
  });
}

type Change = 'approve' | 'reject' | 'complete' | 'cancel';
const FROM: Record<Change, readonly string[]> = {
  approve: ['proposed'],
  reject: ['proposed'],
  complete: ['assigned'],
  cancel: ['proposed', 'assigned'],
};

/** Moves a task on: the leader approves, rejects or cancels it; the official completes it with a result. */
export async function changeTask(
  ctx: RequestContext,
  id: string,
  change: Change,
  input: { version: number; result?: string },
): Promise<void> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const task = await q.findTask(db, id);
  if (!task) throw fail.notFound('Không tìm thấy nhiệm vụ.');
  const official: EvaluatedOfficial = {
    officialId: task.official_id,
    unitPath: task.unit_path,
    unitKind: task.unit_kind,
  };
  const allowed = change === 'complete' ? canSelfAssess(actor, official) : canManageTasks(actor, official);
  if (!allowed) throw fail.forbidden();
  if (!FROM[change].includes(task.status))
    throw new AppError('invalid_transition', 'Nhiệm vụ không ở trạng thái cho phép thao tác này.');
  if (task.version !== input.version) throw fail.conflict('Nhiệm vụ vừa được thay đổi, vui lòng tải lại.');
  const now = ctx.deps.clock.now();
  const next = { approve: 'assigned', reject: 'rejected', complete: 'done', cancel: 'cancelled' } as const;
  await db.transaction().execute(async (trx) => {
    const updated = await q.updateTaskAtVersion(trx, id, input.version, {
      status: next[change],
      updated_at: now,
      ...(change === 'approve' ? { approved_by: actor.userId } : {}),
      ...(change === 'complete' ? { done_at: now, result: input.result ?? null } : {}),
    });
    if (Number(updated.numUpdatedRows) !== 1)
      throw fail.conflict('Nhiệm vụ vừa được thay đổi, vui lòng tải lại.');
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `work_task.${change}`,
        targetType: 'work_task',
        targetId: id,
        unitId: task.unit_id,
        summary: { title: task.title },
      }),
    );
  });
}

/** One task as its viewer sees it. */
export async function getTask(ctx: RequestContext, id: string): Promise<WorkTask> {
  const actor = actorOf(ctx);
  const task = await q.findTask(ctx.deps.database.db, id);
  if (!task) throw fail.notFound('Không tìm thấy nhiệm vụ.');
  const official: EvaluatedOfficial = {
    officialId: task.official_id,
    unitPath: task.unit_path,
    unitKind: task.unit_kind,
  };
  if (!canSelfAssess(actor, official) && !canManageTasks(actor, official))
    throw fail.notFound('Không tìm thấy nhiệm vụ.');
  return presentTask(task, actor);
}
