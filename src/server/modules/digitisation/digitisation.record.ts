/**
 * What the dossier flows record about digitisation inside their own transaction: the result digitised when
 * it is returned (and shared into the applicant's personal store), and the store items a new submission
 * reuses. Imports nothing of the dossier module, so the dossier module can call it without a cycle.
 */
import type { CreateDossierRequest } from '../../../contracts/dossiers.js';
import {
  checkReuse,
  entersStore,
  REUSE_MESSAGES,
  type ReuseTarget,
} from '../../../domain/digitisation/reuse.js';
import { fail } from '../../../domain/errors.js';
import { toLocalDate } from '../../../domain/indicators/period.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Tx } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as q from './digitisation.queries.js';

/** The dossier facts a digitisation needs. */
export interface DigitisedDossier {
  id: string;
  code: string | null;
  unitId: string;
  procedureName: string;
  applicant: unknown;
  applicantUserId: string | null;
}

/** The applicant's ID number as stored on the dossier (null when none was given). */
export function ownerIdNumberOf(applicant: unknown): string | null {
  const id = (applicant as { idNumber?: unknown } | null)?.idNumber;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * On `return_result`: the dossier's result files (its signed electronic result, generated or not; else the
 * attachments of its approve / sign / refuse / return actions, the current one included: call after it is
 * logged) are marked digitised and the result is shared into the applicant's personal store. Nothing when
 * the result has no file, or when it was already marked.
 */
export async function recordResultDigitised(ctx: RequestContext, trx: Tx, dossier: DigitisedDossier) {
  const attachmentIds = await q.findResultAttachmentIds(trx, dossier.id);
  if (attachmentIds.length === 0 || !ctx.actor) return;
  const now = ctx.deps.clock.now();
  const mark = {
    id: crypto.randomUUID(),
    dossierId: dossier.id,
    kind: 'result' as const,
    documentId: 'result',
    name: `Kết quả giải quyết: ${dossier.procedureName}`,
    attachmentIds: attachmentIds.slice(0, 20),
    pageCount: null,
    verified: true,
    validUntil: null,
    by: ctx.actor.userId,
    at: now,
  };
  if (!(await q.insertMark(trx, mark))) return;
  const owner = ownerIdNumberOf(dossier.applicant);
  const storeItemId = entersStore(mark, owner) ? crypto.randomUUID() : null;
  if (storeItemId && owner) {
    await q.insertStoreItem(trx, {
      id: storeItemId,
      ownerIdNumber: owner,
      ownerUserId: dossier.applicantUserId,
      kind: 'result',
      documentId: 'result',
      name: mark.name,
      dossierId: dossier.id,
      digitisationId: mark.id,
      validUntil: null,
      at: now,
    });
  }
  await appendAudit(
    trx,
    auditFrom(ctx, {
      action: 'dossier.digitise_result',
      targetType: 'dossier',
      targetId: dossier.id,
      unitId: dossier.unitId,
      summary: { code: dossier.code, attachments: mark.attachmentIds.length, storeItemId },
    }),
  );
}

/**
 * A new dossier's documents given by reusing personal-store items: each must belong to the applicant (and,
 * for a citizen's own submission, to the signed-in citizen), be shared, still valid today and able to stand
 * for the document (`caseDocuments`: what the dossier's procedure and case ask for); accepted reuses are
 * recorded (QĐ 766 sub-indicator 4.3) and audited. Any refusal fails the whole submission.
 */
export async function recordDocumentReuse(
  ctx: RequestContext,
  trx: Tx,
  dossier: { id: string; unitId: string; applicantIdNumber: string | null },
  documents: CreateDossierRequest['documents'],
  caseDocuments: readonly ReuseTarget[],
) {
  const wanted = documents.filter(
    (d): d is typeof d & { reuseStoreItemId: string } => d.reuseStoreItemId !== undefined,
  );
  if (wanted.length === 0 || !ctx.actor) return;
  const once = new Set(wanted.map((d) => d.documentId));
  if (once.size !== wanted.length)
    throw fail.validation('Mỗi thành phần hồ sơ chỉ dùng lại một giấy tờ.', [
      { path: 'documents', code: 'reuse_duplicate' },
    ]);
  const actor = ctx.actor;
  const now = ctx.deps.clock.now();
  const today = toLocalDate(now.getTime());
  const items = new Map(
    (await q.findStoreItems(trx, [...new Set(wanted.map((d) => d.reuseStoreItemId))])).map((i) => [i.id, i]),
  );
  const citizen =
    actor.kind === 'citizen'
      ? { userId: actor.userId, idNumber: await q.findProvenIdNumber(trx, actor.userId) }
      : null;
  for (const doc of wanted) {
    const row = items.get(doc.reuseStoreItemId);
    const refusal = checkReuse(
      row
        ? {
            ownerIdNumber: row.owner_id_number,
            ownerUserId: row.owner_user_id,
            documentId: row.document_id,
            kind: row.kind,
            validUntil: row.valid_until,
            shared: row.shared,
            sourceProcedureCode: row.procedure_code,
          }
        : null,
      caseDocuments.find((d) => d.id === doc.documentId),
      { applicantIdNumber: dossier.applicantIdNumber, citizen },
      today,
    );
    if (refusal) {
      throw fail.validation(REUSE_MESSAGES[refusal], [
        { path: `documents.${doc.documentId}.reuseStoreItemId`, code: `reuse_${refusal}` },
      ]);
    }
  }
  await q.insertReuse(
    trx,
    wanted.map((d) => ({
      dossierId: dossier.id,
      documentId: d.documentId,
      storeItemId: d.reuseStoreItemId,
      at: now,
    })),
  );
  await appendAudit(
    trx,
    auditFrom(ctx, {
      action: 'dossier.reuse_documents',
      targetType: 'dossier',
      targetId: dossier.id,
      unitId: dossier.unitId,
      summary: { items: wanted.map((d) => ({ documentId: d.documentId, storeItemId: d.reuseStoreItemId })) },
    }),
  );
}
