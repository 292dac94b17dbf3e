/**
 * Digitisation at the counter and the citizen's personal document store. Marking a component is the
 * receiving unit's one-stop work (reception or its head, in their unit's subtree only); the marks of a
 * dossier are read by whoever may read the dossier; a citizen reads only their own store.
 */
import type { DigitisationMark, MarkDigitisedRequest, StoreItem } from '../../../contracts/digitisation.js';
import { canActOnUnit } from '../../../domain/access/policy.js';
import type { Role } from '../../../domain/access/roles.js';
import { entersStore, isStillValid } from '../../../domain/digitisation/reuse.js';
import { listCaseDocuments } from '../../../domain/dossiers/documents.js';
import type { DossierState } from '../../../domain/dossiers/state.js';
import { fail } from '../../../domain/errors.js';
import { toLocalDate } from '../../../domain/indicators/period.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { getDossier } from '../dossiers/dossiers.service.js';
import { ownerIdNumberOf } from './digitisation.record.js';
import * as q from './digitisation.queries.js';

const DIGITISERS: readonly Role[] = ['reception', 'one_stop_head'];

const iso = (d: Date) => d.toISOString();

/** The digitisation marks of a dossier the person may read. */
export async function listDossierMarks(ctx: RequestContext, dossierId: string): Promise<DigitisationMark[]> {
  await getDossier(ctx, dossierId);
  const rows = await q.listMarks(ctx.deps.database.db, dossierId);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    documentId: r.document_id,
    name: r.name,
    attachmentIds: r.attachment_ids,
    pageCount: r.page_count,
    verified: r.verified,
    validUntil: r.valid_until,
    digitisedBy: r.digitised_by_name,
    digitisedAt: iso(r.digitised_at),
    storeItemId: r.store_item_id,
  }));
}

/** Marks one component of a received dossier digitised with its scans; verified ones enter the store. */
export async function markComponentDigitised(
  ctx: RequestContext,
  dossierId: string,
  input: MarkDigitisedRequest,
): Promise<DigitisationMark[]> {
  const view = await getDossier(ctx, dossierId);
  const actor = ctx.actor!;
  const { row, context } = view;
  if (!canActOnUnit(actor, DIGITISERS, row.receiving_path)) {
    throw fail.forbidden('Chỉ cán bộ Bộ phận Một cửa của đơn vị tiếp nhận được số hóa thành phần hồ sơ.');
  }
  if ((view.state as DossierState).receivedAt === null) {
    throw fail.validation('Hồ sơ chưa được tiếp nhận nên chưa số hóa được.', [
      { path: 'dossier', code: 'not_received' },
    ]);
  }
  const document = listCaseDocuments(context.definition, row.variant_id).find(
    (d) => d.id === input.documentId,
  );
  if (!document) {
    throw fail.validation('Thành phần hồ sơ không thuộc thủ tục này.', [
      { path: 'documentId', code: 'unknown_document' },
    ]);
  }
  const now = ctx.deps.clock.now();
  if (input.validUntil && !isStillValid(input.validUntil, toLocalDate(now.getTime()))) {
    throw fail.validation('Ngày hết hiệu lực đã qua.', [{ path: 'validUntil', code: 'expired' }]);
  }
  const { db } = ctx.deps.database;
  const ids = [...new Set(input.attachmentIds)];
  const found = await q.findAttachments(db, ids);
  const fresh = found.filter((a) => a.dossier_id === null && a.uploaded_by === actor.userId).map((a) => a.id);
  const ofDossier = found.filter((a) => a.dossier_id === dossierId);
  if (fresh.length + ofDossier.length !== ids.length) {
    throw fail.validation('Bản quét không hợp lệ hoặc đã thuộc hồ sơ khác.', [
      { path: 'attachmentIds', code: 'invalid_attachment' },
    ]);
  }
  const mark = {
    id: crypto.randomUUID(),
    dossierId,
    kind: 'component' as const,
    documentId: document.id,
    name: document.name,
    attachmentIds: ids,
    pageCount: input.pageCount,
    verified: input.verified,
    validUntil: input.validUntil ?? null,
    by: actor.userId,
    at: now,
  };
  await db.transaction().execute(async (trx) => {
    if (!(await q.insertMark(trx, mark))) throw fail.conflict('Thành phần này đã được số hóa.');
    if ((await q.linkScans(trx, dossierId, actor.userId, fresh)) !== fresh.length)
      throw fail.conflict('Bản quét vừa được gắn vào hồ sơ khác.');
    const owner = ownerIdNumberOf(row.applicant);
    const storeItemId = entersStore(mark, owner) ? crypto.randomUUID() : null;
    if (storeItemId && owner) {
      await q.insertStoreItem(trx, {
        id: storeItemId,
        ownerIdNumber: owner,
        ownerUserId: row.applicant_user_id,
        kind: 'component',
        documentId: document.id,
        name: document.name,
        dossierId,
        digitisationId: mark.id,
        validUntil: mark.validUntil,
        at: now,
      });
    }
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'dossier.digitise_component',
        targetType: 'dossier',
        targetId: dossierId,
        unitId: row.receiving_unit_id,
        summary: {
          code: row.code,
          documentId: document.id,
          pageCount: input.pageCount,
          verified: input.verified,
          storeItemId,
        },
      }),
    );
  });
  return listDossierMarks(ctx, dossierId);
}

/** The signed-in citizen's personal document store (kho dữ liệu cá nhân). */
export async function listMyStore(ctx: RequestContext): Promise<StoreItem[]> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (actor.kind !== 'citizen') throw fail.forbidden('Kho giấy tờ chỉ dành cho công dân.');
  const { db } = ctx.deps.database;
  const idNumber = await q.findProvenIdNumber(db, actor.userId);
  const today = toLocalDate(ctx.deps.clock.now().getTime());
  const rows = await q.listStoreItems(db, actor.userId, idNumber);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    documentId: r.document_id,
    name: r.name,
    sourceDossier: {
      id: r.dossier_id,
      code: r.code,
      procedureCode: r.procedure_code,
      procedureName: r.procedure_name,
    },
    validUntil: r.valid_until,
    valid: r.shared && isStillValid(r.valid_until, today),
    shared: r.shared,
    createdAt: iso(r.created_at),
    attachmentIds: r.attachment_ids,
  }));
}
