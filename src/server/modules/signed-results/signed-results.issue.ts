/**
 * Issuing a dossier's electronic result when its last step is approved or signed: the officer's uploaded PDF
 * (with a verification page appended) or, without one, a result generated with the forms renderer is signed
 * and stored as the dossier's result, inside the transaction of the action, and audited.
 */
import crypto from 'node:crypto';
import {
  buildResultDocument,
  buildVerificationPage,
  verificationUrl,
} from '../../../domain/signing/result-document.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Tx } from '../../db/types.js';
import { signPdf } from '../../signing/pdf-signature.js';
import { appendAudit } from '../audit/audit.queries.js';
import { fileStoreOf } from '../attachments/attachments.routes.js';
import { renderFormPdf } from '../forms/forms.pdf.js';
import * as q from './signed-results.queries.js';
import { findResultSigner } from './signed-results.signer.js';

export interface IssueInput {
  dossier: { id: string; code: string | null; procedureName: string; applicantName: string; unitId: string };
  actor: { userId: string; unitId: string };
  attachmentIds: string[];
}

/** Signs and stores the result; returns its id, or null when signing is turned off (`RESULT_SIGNING=off`). */
export async function issueSignedResult(
  trx: Tx,
  ctx: RequestContext,
  input: IssueInput,
): Promise<string | null> {
  const { deps } = ctx;
  const now = deps.clock.now();
  const names = await q.findUnitNames(trx, input.actor.unitId);
  const adapter = await findResultSigner(trx, deps.config, { id: input.actor.unitId, name: names.name }, now);
  if (!adapter) return null;
  const files = fileStoreOf(deps);
  const id = crypto.randomUUID();
  const code = input.dossier.code ?? input.dossier.id;
  const document = {
    unitName: names.name,
    authorityName: names.parent_name ?? '',
    dossierCode: code,
    procedureName: input.dossier.procedureName,
    applicantName: input.dossier.applicantName,
    signedAt: now.getTime(),
    verifyUrl: verificationUrl(deps.config.publicUrl, id),
  };
  const upload = await q.findFirstPdfUpload(trx, input.actor.userId, input.attachmentIds);
  const uploaded = upload ? await files.get(upload.hash) : null;
  if (upload && !uploaded) throw fail.notFound('Không tìm thấy tệp kết quả đã tải lên.');
  const options = {
    reason: 'Kết quả giải quyết thủ tục hành chính',
    location: names.name,
    signerName: names.name,
    signingTime: now,
  };
  let signed: Buffer;
  try {
    signed = uploaded
      ? await signPdf(uploaded, adapter, {
          ...options,
          appendPdf: await renderFormPdf(buildVerificationPage(document)),
        })
      : await signPdf(await renderFormPdf(buildResultDocument(document)), adapter, options);
  } catch {
    throw fail.validation('Không đọc được tệp PDF kết quả để ký số; hãy tải lên tệp PDF khác.', [
      { path: 'attachmentIds' },
    ]);
  }
  const stored = await files.put(signed);
  const attachment = await q.insertResultAttachment(trx, {
    hash: stored.hash,
    size: stored.size,
    name: `ket-qua-${code}-da-ky-so.pdf`,
    uploadedBy: input.actor.userId,
    dossierId: input.dossier.id,
    at: now,
  });
  await q.insertSignedResult(trx, {
    id,
    dossier_id: input.dossier.id,
    attachment_id: attachment.id,
    source_attachment_id: upload?.id ?? null,
    hash: stored.hash,
    signer_unit_id: input.actor.unitId,
    signed_by: input.actor.userId,
    certificate_subject: adapter.certificate.subject,
    certificate_issuer: adapter.certificate.issuer,
    certificate_serial: adapter.certificate.serialNumber,
    signed_at: now,
  });
  await appendAudit(
    trx,
    auditFrom(ctx, {
      action: 'dossier.result_signed',
      targetType: 'dossier',
      targetId: input.dossier.id,
      unitId: input.dossier.unitId,
      summary: {
        code,
        signedResultId: id,
        hash: stored.hash,
        generated: !upload,
        certificate: adapter.certificate.serialNumber,
      },
    }),
  );
  return id;
}
