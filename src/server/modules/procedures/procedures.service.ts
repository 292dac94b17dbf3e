/**
 * The procedure catalogue: public reading of published versions; drafts, publication and unit offers for
 * those with catalogue rights. A published version never changes: editing makes a draft, publishing makes
 * the draft current from a date, and dossiers keep the version they started with.
 */
import type { ProcedureListQuery } from '../../../contracts/procedures.js';
import { canChooseUnitOffer, canEditCatalogue, type Actor } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import { diffDefinitions } from '../../../domain/procedures/diff.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Tx } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { findUnit } from '../units/units.queries.js';
import { parseDefinition } from './definition-input.js';
import * as q from './procedures.queries.js';

function requireOfficial(ctx: RequestContext): Actor {
  if (!ctx.actor) throw fail.unauthenticated();
  if (ctx.actor.kind !== 'official') throw fail.forbidden();
  return ctx.actor;
}

/** True when the request comes from someone who may edit this procedure. */
export function canEdit(ctx: RequestContext, row: { owner_path: string | null }): boolean {
  return ctx.actor !== null && canEditCatalogue(ctx.actor, row.owner_path);
}

async function getEditable(ctx: RequestContext, id: string): Promise<q.ProcedureRow> {
  const actor = requireOfficial(ctx);
  const row = await q.findProcedure(ctx.deps.database.db, id);
  if (!row) throw fail.notFound('Không tìm thấy thủ tục.');
  if (!canEditCatalogue(actor, row.owner_path)) throw fail.forbidden('Bạn không có quyền sửa thủ tục này.');
  return row;
}

/** Columns kept on the procedure row for searching, taken from a definition. */
export function columnsOf(definition: ProcedureDefinition): q.ProcedureColumns {
  return {
    code: definition.code,
    name: definition.name,
    field: definition.field,
    level: definition.level,
    online_level: definition.onlineLevel,
    demo: definition.demo,
  };
}

/** Lists procedures; drafts only for those with catalogue rights. */
export async function listProcedures(ctx: RequestContext, query: ProcedureListQuery) {
  const includeDrafts =
    query.includeDrafts && ctx.actor !== null && canEditCatalogue(ctx.actor, ctx.actor.unitPath);
  return q.listProcedures(ctx.deps.database.readDb, { ...query, includeDrafts }, query);
}

/** A procedure with its current definition, and its draft for those who may edit it. */
export async function getProcedure(ctx: RequestContext, id: string) {
  const db = ctx.deps.database.db;
  const row = await q.findProcedure(db, id);
  const editable = row ? canEdit(ctx, row) : false;
  if (!row || (!row.current_version_id && !editable)) throw fail.notFound('Không tìm thấy thủ tục.');
  const current = row.current_version_id ? await q.findVersionById(db, row.current_version_id) : undefined;
  const draft =
    editable && row.draft_version_id ? await q.findVersionById(db, row.draft_version_id) : undefined;
  const offeredBy = await q.listOfferingUnits(db, id);
  return { row, current, draft, editable, offeredBy };
}

async function audit(
  trx: Tx,
  ctx: RequestContext,
  action: string,
  procedureId: string,
  summary: Record<string, unknown>,
) {
  await appendAudit(
    trx,
    auditFrom(ctx, { action, targetType: 'procedure', targetId: procedureId, unitId: null, summary }),
  );
}

/** Creates a procedure as a first draft; the owner unit decides who else may edit it. */
export async function createProcedure(
  ctx: RequestContext,
  input: { ownerUnitId: string | null; definition: unknown },
) {
  const actor = requireOfficial(ctx);
  const { db } = ctx.deps.database;
  const owner = input.ownerUnitId ? await findUnit(db, input.ownerUnitId) : undefined;
  if (input.ownerUnitId && !owner)
    throw fail.validation('Đơn vị chủ quản không tồn tại.', [{ path: 'ownerUnitId' }]);
  if (!canEditCatalogue(actor, owner?.path ?? null))
    throw fail.forbidden('Bạn không có quyền thêm thủ tục cho đơn vị này.');
  const definition = parseDefinition(input.definition, { shapeOnly: true, prefix: 'definition' });
  if (await q.findProcedureByCode(db, definition.code))
    throw fail.conflict(`Mã thủ tục ${definition.code} đã tồn tại.`);
  const now = ctx.deps.clock.now();
  const id = await db.transaction().execute(async (trx) => {
    const procedureId = await q.insertProcedure(
      trx,
      { ...columnsOf(definition), owner_unit_id: owner?.id ?? null },
      now,
    );
    const draft = await q.insertVersion(trx, {
      procedureId,
      status: 'draft',
      definition,
      effectiveFrom: null,
      actorId: actor.userId,
      now,
    });
    await q.setDraftVersion(trx, procedureId, draft.id);
    await audit(trx, ctx, 'procedure.create', procedureId, { code: definition.code });
    return procedureId;
  });
  return id;
}

/** Saves the draft (creating it from the edit when there is none); the code of a procedure never changes. */
export async function saveDraft(
  ctx: RequestContext,
  id: string,
  input: { version: number; definition: unknown },
) {
  const row = await getEditable(ctx, id);
  const definition = parseDefinition(input.definition, { shapeOnly: true, prefix: 'definition' });
  if (definition.code !== row.code) {
    throw fail.validation('Không được đổi mã thủ tục của một thủ tục đã có.', [
      { path: 'definition.code', message: row.code },
    ]);
  }
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    let draftId = row.draft_version_id;
    if (draftId) await q.updateDraftDefinition(trx, draftId, definition);
    else {
      draftId = (
        await q.insertVersion(trx, {
          procedureId: id,
          status: 'draft',
          definition,
          effectiveFrom: null,
          actorId: ctx.actor!.userId,
          now,
        })
      ).id;
    }
    if (!(await q.updateProcedureRow(trx, id, input.version, { draft_version_id: draftId }, now)))
      throw fail.conflict();
    await audit(trx, ctx, 'procedure.save_draft', id, {});
  });
}

/** Drops the draft, keeping the current version. */
export async function discardDraft(ctx: RequestContext, id: string, version: number) {
  const row = await getEditable(ctx, id);
  if (!row.draft_version_id) throw fail.notFound('Thủ tục không có bản nháp.');
  if (!row.current_version_id)
    throw fail.validation('Thủ tục chưa từng công bố: không thể bỏ bản nháp duy nhất.');
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    if (!(await q.updateProcedureRow(trx, id, version, { draft_version_id: null }, ctx.deps.clock.now())))
      throw fail.conflict();
    await q.deleteDraft(trx, row.draft_version_id!);
    await audit(trx, ctx, 'procedure.discard_draft', id, {});
  });
}

/** Publishes the draft from a date after full validation; the previous version is superseded, not changed. */
export async function publishDraft(
  ctx: RequestContext,
  id: string,
  input: { version: number; effectiveFrom?: string | undefined },
) {
  const row = await getEditable(ctx, id);
  if (!row.draft_version_id) throw fail.validation('Không có bản nháp để công bố.');
  const { db } = ctx.deps.database;
  const draft = await q.findVersionById(db, row.draft_version_id);
  const definition = parseDefinition(draft?.definition, { prefix: 'definition' });
  const now = ctx.deps.clock.now();
  const effectiveFrom = input.effectiveFrom ? new Date(input.effectiveFrom) : now;
  await db.transaction().execute(async (trx) => {
    const patch = {
      ...columnsOf(definition),
      current_version_id: row.draft_version_id,
      draft_version_id: null,
    };
    if (!(await q.updateProcedureRow(trx, id, input.version, patch, now))) throw fail.conflict();
    await q.markPublished(trx, {
      versionId: row.draft_version_id!,
      previousId: row.current_version_id,
      effectiveFrom,
      actorId: ctx.actor!.userId,
      now,
    });
    await audit(trx, ctx, 'procedure.publish', id, {
      number: draft?.number,
      effectiveFrom: effectiveFrom.toISOString(),
    });
  });
}

/** The versions of a procedure (catalogue editors). */
export async function listVersions(ctx: RequestContext, id: string) {
  await getEditable(ctx, id);
  return q.listVersions(ctx.deps.database.db, id);
}

/** One version's definition; drafts only for editors. */
export async function getVersion(ctx: RequestContext, id: string, number: number) {
  const { db } = ctx.deps.database;
  const row = await q.findProcedure(db, id);
  const version = row ? await q.findVersion(db, id, number) : undefined;
  if (!row || !version || (version.status === 'draft' && !canEdit(ctx, row)))
    throw fail.notFound('Không tìm thấy phiên bản.');
  return version;
}

/** What changed between two versions. */
export async function diffVersions(ctx: RequestContext, id: string, from: number, to: number) {
  const [before, after] = await Promise.all([getVersion(ctx, id, from), getVersion(ctx, id, to)]);
  return diffDefinitions(before.definition, after.definition);
}

/** Switches a procedure on or off for a unit (what the unit offers at its counter). */
export async function setUnitOffer(
  ctx: RequestContext,
  unitId: string,
  procedureId: string,
  enabled: boolean,
) {
  const actor = requireOfficial(ctx);
  const { db } = ctx.deps.database;
  const unit = await findUnit(db, unitId);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  if (!canChooseUnitOffer(actor, unit.path))
    throw fail.forbidden('Bạn không quản lý danh mục thủ tục của đơn vị này.');
  const row = await q.findProcedure(db, procedureId);
  if (!row?.current_version_id) throw fail.notFound('Không tìm thấy thủ tục đã công bố.');
  await db.transaction().execute(async (trx) => {
    await q.setUnitOffer(trx, unitId, procedureId, enabled, actor.userId, ctx.deps.clock.now());
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: enabled ? 'unit.offer_procedure' : 'unit.withdraw_procedure',
        targetType: 'procedure',
        targetId: procedureId,
        unitId,
        summary: {},
      }),
    );
  });
}
