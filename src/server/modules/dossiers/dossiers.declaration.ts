/**
 * The declaration form (tờ khai) of an online submission: checked against the procedure's form, rendered
 * to a PDF before the intake transaction (rendering is slow and pure) and stored, inside it, as the
 * attachment of the declaration's document.
 */
import type { CreateDossierRequest } from '../../../contracts/dossiers.js';
import { fail } from '../../../domain/errors.js';
import { buildDeclarationForm } from '../../../domain/forms/declaration-form.js';
import { validateDeclaration } from '../../../domain/procedures/declaration.js';
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/types.js';
import { insertDossierAttachment } from '../attachments/attachments.queries.js';
import { fileStoreOf } from '../attachments/attachments.routes.js';
import { renderFormPdf } from '../forms/forms.pdf.js';

/** A rendered declaration waiting for its dossier. */
export interface RenderedDeclaration {
  attachmentId: string;
  documentId: string;
  fileName: string;
  hash: string;
  size: number;
}

/**
 * Checks and renders the declaration of a request. A citizen submitting online must fill the form when the
 * procedure has one; an officer at the counter may leave it (the paper form is handed in). Answers to a
 * procedure without a form are refused.
 */
export async function prepareDeclaration(
  ctx: RequestContext,
  input: CreateDossierRequest,
  definition: ProcedureDefinition,
  names: { authority: string; unit: string },
): Promise<RenderedDeclaration | null> {
  const form = definition.declaration;
  if (!form) {
    if (input.declaration)
      throw fail.validation('Thủ tục này không có tờ khai trực tuyến.', [{ path: 'declaration' }]);
    return null;
  }
  if (!input.declaration) {
    if (ctx.actor?.kind === 'citizen')
      throw fail.validation(`Chưa kê khai "${form.title}".`, [{ path: 'declaration' }]);
    return null;
  }
  const { values, issues } = validateDeclaration(form, input.declaration);
  if (issues.length > 0)
    throw fail.validation(
      issues.map((issue) => issue.message).join(' '),
      issues.map((issue) => ({ path: `declaration.${issue.key}`, message: issue.message })),
    );
  const pdf = await renderFormPdf(
    buildDeclarationForm({
      declaration: form,
      values,
      authority: names.authority,
      unit: names.unit,
      applicantName: input.applicant.fullName,
      submittedAt: ctx.deps.clock.now().getTime(),
    }),
  );
  const stored = await fileStoreOf(ctx.deps).put(pdf);
  return {
    attachmentId: crypto.randomUUID(),
    documentId: form.documentId,
    fileName: `${form.title}.pdf`,
    ...stored,
  };
}

/** The documents of the request with the declaration's document handed in and holding the rendered PDF. */
export function withDeclaration(
  documents: CreateDossierRequest['documents'],
  rendered: RenderedDeclaration | null,
): CreateDossierRequest['documents'] {
  if (!rendered) return documents;
  const others = documents.filter((doc) => doc.documentId !== rendered.documentId);
  const own = documents.find((doc) => doc.documentId === rendered.documentId);
  return [
    ...others,
    {
      ...own,
      documentId: rendered.documentId,
      provided: true,
      attachmentIds: [...(own?.attachmentIds ?? []), rendered.attachmentId],
    },
  ];
}

/** Stores the rendered declaration as the dossier's attachment (inside the intake transaction). */
export async function storeDeclaration(
  trx: Tx,
  ctx: RequestContext,
  dossierId: string,
  rendered: RenderedDeclaration | null,
): Promise<void> {
  if (!rendered) return;
  await insertDossierAttachment(trx, {
    id: rendered.attachmentId,
    hash: rendered.hash,
    size: rendered.size,
    contentType: 'application/pdf',
    name: rendered.fileName,
    uploadedBy: ctx.actor!.userId,
    dossierId,
    now: ctx.deps.clock.now(),
  });
}
