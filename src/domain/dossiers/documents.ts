/**
 * The documents a case needs: the procedure's common documents, minus those the case omits, minus those
 * that only some other case asks for, plus the case's own extra documents.
 */
import type { ProcedureDefinition, RequiredDocument } from '../procedures/definition.js';

export function listCaseDocuments(
  definition: ProcedureDefinition,
  variantId: string | null,
): RequiredDocument[] {
  const variant = variantId ? definition.variants.find((v) => v.id === variantId) : undefined;
  const caseOnly = new Set(definition.variants.flatMap((v) => v.extraDocumentIds));
  const omitted = new Set(variant?.omittedDocumentIds ?? []);
  const extra = new Set(variant?.extraDocumentIds ?? []);
  return definition.documents.filter(
    (doc) => extra.has(doc.id) || (!caseOnly.has(doc.id) && !omitted.has(doc.id)),
  );
}

/** Mandatory documents of the case that were not provided. */
export function findMissingDocuments(
  definition: ProcedureDefinition,
  variantId: string | null,
  provided: readonly { documentId: string; provided: boolean }[],
): RequiredDocument[] {
  const given = new Set(provided.filter((d) => d.provided).map((d) => d.documentId));
  return listCaseDocuments(definition, variantId).filter((doc) => doc.mandatory && !given.has(doc.id));
}
