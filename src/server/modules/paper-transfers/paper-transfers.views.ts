/**
 * Read-only views of paper transfers beyond the lists: a dossier's own transfer (shown on the dossier to
 * those who may read it) and the transfer slip of a batch (phiếu chuyển hồ sơ, A4) as a FormDocument that the
 * forms renderers print as HTML or PDF.
 */
import type { DossierPaperTransfer } from '../../../contracts/paper-transfers.js';
import { fail } from '../../../domain/errors.js';
import { nameAuthority } from '../../../domain/forms/format.js';
import type { FormDocument } from '../../../domain/forms/model.js';
import { buildTransferSlip } from '../../../domain/forms/transfer-slip.js';
import type { RequestContext } from '../../context.js';
import { canReadDossier } from '../dossiers/dossier-scope.js';
import { findDossierScope } from '../dossiers/dossier-scope.queries.js';
import { findFormUnit } from '../forms/forms.queries.js';
import { presentTransfer } from './paper-transfers.present.js';
import * as q from './paper-transfers.queries.js';
import { getTransferBatch } from './paper-transfers.service.js';

/** The paper transfer of a dossier the person may read (null: it owes none); others answer not_found. */
export async function getDossierPaperTransfer(
  ctx: RequestContext,
  dossierId: string,
): Promise<DossierPaperTransfer> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const { db } = ctx.deps.database;
  const scope = await findDossierScope(db, dossierId);
  if (!scope || !(await canReadDossier(db, actor, scope))) throw fail.notFound('Không tìm thấy hồ sơ.');
  const row = await q.findTransfer(db, dossierId);
  return { transfer: row ? presentTransfer(row, ctx.deps.clock.now().getTime()) : null };
}

/** The transfer slip of a batch in the person's subtree (sending or receiving side). */
export async function getTransferSlip(ctx: RequestContext, batchId: string): Promise<FormDocument> {
  const batch = await getTransferBatch(ctx, batchId);
  const from = await findFormUnit(ctx.deps.database.db, batch.fromUnit.id);
  const parent = from?.parent_id ? await findFormUnit(ctx.deps.database.db, from.parent_id) : undefined;
  return buildTransferSlip({
    number: batch.number,
    authority: parent ? nameAuthority(parent) : batch.fromUnit.name,
    fromUnit: batch.fromUnit.name,
    toUnit: batch.toUnit.name,
    handedAt: Date.parse(batch.handedAt),
    giverName: batch.handedBy.name,
    receiverName: batch.receivedBy?.name ?? null,
    items: batch.items.map((item) => ({
      code: item.code,
      procedureName: item.procedureName,
      applicantName: item.applicantName,
      receivedAt: Date.parse(item.receivedAt),
      dueAt: Date.parse(item.dueAt),
    })),
  });
}
