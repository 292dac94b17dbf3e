/**
 * Rules of digitisation and reuse (issue #18 item 2). A component scanned at the counter is marked digitised
 * with its scans and page count; verified components and returned results enter the applicant's personal
 * document store; a later submission may reuse a store item instead of uploading the paper again.
 *
 * domain.md §9 (QĐ 766/QĐ-TTg): "4.3 dossiers reusing digitised data (2, target 80%); 4.4 dossiers shared
 * into the citizen's personal store (4)". The decree text on reuse (not quoted in domain.md) is not
 * reproduced here; the rules below are the project's: a reuse is accepted only for the item's owner and
 * while the item is still valid (its validity end not passed on the local Asia/Ho_Chi_Minh day), and only as a
 * document it can stand for (`canStandFor`): a component for the same component, a past result for a
 * component whose procedure lists the result's procedure in `acceptsResultsOf`.
 */
import type { RequiredDocument } from '../procedures/definition.js';

/** Why a store item cannot be reused; the code is machine-readable, the message Vietnamese. */
export type ReuseRefusal = 'not_found' | 'not_owner' | 'expired' | 'not_shared' | 'wrong_document';

export const REUSE_MESSAGES: Record<ReuseRefusal, string> = {
  not_found: 'Không tìm thấy giấy tờ trong kho dữ liệu cá nhân.',
  not_owner: 'Giấy tờ trong kho không thuộc người nộp hồ sơ.',
  expired: 'Giấy tờ đã hết hiệu lực, không dùng lại được: hãy nộp bản mới.',
  not_shared: 'Giấy tờ chưa được chia sẻ vào kho dữ liệu cá nhân.',
  wrong_document: 'Giấy tờ trong kho không phải thành phần hồ sơ này yêu cầu.',
};

/** A store item as the rules see it; days are local (Asia/Ho_Chi_Minh) `yyyy-mm-dd` strings. */
export interface StoreItemFacts {
  ownerIdNumber: string;
  ownerUserId: string | null;
  documentId: string;
  kind: 'component' | 'result';
  validUntil: string | null;
  shared: boolean;
  /** The national code of the procedure of the item's source dossier (what a result is the result of). */
  sourceProcedureCode: string;
}

/** The document of the new dossier an item would stand for: its id and the results it accepts. */
export type ReuseTarget = Pick<RequiredDocument, 'id' | 'acceptsResultsOf'>;

/** Who asks to reuse: the new dossier's applicant ID number and, for a citizen's own submission, the account. */
export interface ReuseRequester {
  applicantIdNumber: string | null;
  /** The signed-in citizen (their account and its verified ID number); null when an officer submits. */
  citizen: { userId: string; idNumber: string | null } | null;
}

/** True while an item with this validity end may be used on `today` (the end day itself still counts). */
export function isStillValid(validUntil: string | null, today: string): boolean {
  return validUntil === null || validUntil >= today;
}

/** Whether the item belongs to the requester: the applicant's ID number, and the citizen's own account. */
export function isOwnedBy(item: StoreItemFacts, who: ReuseRequester): boolean {
  if (who.applicantIdNumber === null || who.applicantIdNumber !== item.ownerIdNumber) return false;
  if (who.citizen === null) return true;
  return (
    item.ownerUserId === who.citizen.userId ||
    (who.citizen.idNumber !== null && who.citizen.idNumber === item.ownerIdNumber)
  );
}

/**
 * Whether a store item may stand for this document: a component only for the same component; a result only
 * for a document that accepts results of the item's source procedure.
 */
export function canStandFor(
  item: Pick<StoreItemFacts, 'kind' | 'documentId' | 'sourceProcedureCode'>,
  document: ReuseTarget,
): boolean {
  if (item.kind === 'component') return item.documentId === document.id;
  return (document.acceptsResultsOf ?? []).includes(item.sourceProcedureCode);
}

/**
 * The documents among `documents` (the new dossier's case documents) each item may stand for, in the order
 * of the documents: what the online submission offers, and exactly what `checkReuse` accepts of an owner's
 * valid item.
 */
export function listReuseOffers<
  I extends Pick<StoreItemFacts, 'kind' | 'documentId' | 'sourceProcedureCode'>,
  D extends ReuseTarget,
>(items: readonly I[], documents: readonly D[]): { item: I; document: D }[] {
  return documents.flatMap((document) =>
    items.filter((item) => canStandFor(item, document)).map((item) => ({ item, document })),
  );
}

/**
 * Checks a reuse of `item` as the document `document` of a new dossier (undefined: the procedure does not
 * ask for it) on the local day `today`: null when accepted, otherwise why not.
 */
export function checkReuse(
  item: StoreItemFacts | null,
  document: ReuseTarget | undefined,
  who: ReuseRequester,
  today: string,
): ReuseRefusal | null {
  if (item === null) return 'not_found';
  if (!isOwnedBy(item, who)) return 'not_owner';
  if (!item.shared) return 'not_shared';
  if (!isStillValid(item.validUntil, today)) return 'expired';
  if (!document || !canStandFor(item, document)) return 'wrong_document';
  return null;
}

/** A component enters the personal store only when verified against the original and the owner is known. */
export function entersStore(
  mark: { kind: 'component' | 'result'; verified: boolean },
  ownerIdNumber: string | null,
) {
  return ownerIdNumber !== null && (mark.kind === 'result' || mark.verified);
}
