/** Browsing and editing the unit tree, with scope checks and audit in the same transaction. */
import type { CreateUnitRequest, UpdateUnitRequest } from '../../../contracts/units.js';
import { canCreateRootUnit, canManageUnits, type Actor } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as q from './units.queries.js';

function officialOf(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (actor.kind !== 'official') throw fail.forbidden();
  return actor;
}

/** Lists units under a parent, the roots, or those matching a search (any official may browse). */
export async function listUnits(
  ctx: RequestContext,
  query: {
    parentId?: string | undefined;
    roots?: boolean | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  officialOf(ctx);
  const { page, pageSize, ...filter } = query;
  const roots = filter.roots ?? (!filter.parentId && !filter.q);
  return q.listUnits(ctx.deps.database.readDb, { ...filter, roots }, { page, pageSize });
}

/** Gets a unit by id (any official may read the tree: it is public organisational information). */
export async function getUnit(ctx: RequestContext, id: string): Promise<q.UnitRow> {
  officialOf(ctx);
  const unit = await q.findUnit(ctx.deps.database.readDb, id);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  return unit;
}

/** Creates a unit under a parent in the actor's scope (a root unit needs the system administrator). */
export async function createUnit(ctx: RequestContext, input: CreateUnitRequest): Promise<q.UnitRow> {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const parent = input.parentId ? await q.findUnit(db, input.parentId) : undefined;
  if (input.parentId && !parent)
    throw fail.validation('Đơn vị cấp trên không tồn tại.', [{ path: 'parentId' }]);
  const allowed = parent ? canManageUnits(actor, parent.path) : canCreateRootUnit(actor);
  if (!allowed) throw fail.forbidden('Bạn chỉ được tạo đơn vị trong phạm vi đơn vị mình quản lý.');
  const now = ctx.deps.clock.now();
  const id = await db.transaction().execute(async (trx) => {
    const newId = await q.insertUnit(trx, {
      parentId: parent?.id ?? null,
      parentPath: parent?.path ?? null,
      kind: input.kind,
      code: input.code,
      name: input.name,
      fullName: input.fullName,
      nameEn: input.nameEn ?? null,
      adminType: null,
      dossierCodeId: input.dossierCodeId ?? null,
      now,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'unit.create',
        targetType: 'unit',
        targetId: newId,
        unitId: newId,
        summary: { code: input.code, name: input.fullName, parentId: input.parentId },
      }),
    );
    return newId;
  });
  return (await q.findUnit(db, id))!;
}

/** Edits a unit in scope, with optimistic concurrency; moving it rewrites its subtree's paths. */
export async function updateUnit(
  ctx: RequestContext,
  id: string,
  input: UpdateUnitRequest,
): Promise<q.UnitRow> {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const unit = await q.findUnit(db, id);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  if (!canManageUnits(actor, unit.path)) throw fail.forbidden();
  let newParentPath: string | null | undefined;
  if (input.parentId !== undefined && input.parentId !== unit.parent_id) {
    const parent = input.parentId ? await q.findUnit(db, input.parentId) : undefined;
    if (input.parentId && !parent)
      throw fail.validation('Đơn vị cấp trên không tồn tại.', [{ path: 'parentId' }]);
    if (parent?.path.startsWith(unit.path)) {
      throw fail.validation('Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.', [
        { path: 'parentId' },
      ]);
    }
    if (parent ? !canManageUnits(actor, parent.path) : !canCreateRootUnit(actor)) throw fail.forbidden();
    newParentPath = parent?.path ?? null;
  }
  const patch = {
    ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.fullName !== undefined ? { full_name: input.fullName } : {}),
    ...(input.nameEn !== undefined ? { name_en: input.nameEn } : {}),
    ...(input.dossierCodeId !== undefined ? { dossier_code_id: input.dossierCodeId } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
  };
  await db.transaction().execute(async (trx) => {
    const ok = await q.updateUnit(trx, id, input.version, patch, ctx.deps.clock.now());
    if (!ok) throw fail.conflict();
    if (newParentPath !== undefined) {
      await q.rewriteSubtreePaths(trx, unit.path, `${newParentPath ?? '/'}${unit.id}/`);
    }
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'unit.update',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        summary: { changed: patch },
      }),
    );
  });
  return (await q.findUnit(db, id))!;
}
