/**
 * Rules of digitisation and reuse (issue #18 item 2). A component scanned at the counter is marked digitised
 * with its scans and page count; verified components and returned results enter the applicant's personal
 * document store; a later submission may reuse a store item instead of uploading the paper again.
 *
 * domain.md §9 (QĐ 766/QĐ-TTg): "4.3 dossiers reusing digitised data (2, target 80%); 4.4 dossiers shared
 * into the citizen's personal store (4)". The decree text on reuse (not quoted in domain.md) is not
 * reproduced here; the rules below are the project's: a reuse is accepted only for the item's owner and
 * while the item is still valid (its validity end not passed on the local Asia/Ho_Chi_Minh day).
 */

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
}

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
 * Checks a reuse of `item` as the document `documentId` of a new dossier on the local day `today`: null when
 * accepted, otherwise why not. A component item answers only for the same component; a result (a licence,
 * a certificate) may stand for any component, since the procedure decides which results it accepts.
 */
export function checkReuse(
  item: StoreItemFacts | null,
  documentId: string,
  who: ReuseRequester,
  today: string,
): ReuseRefusal | null {
  if (item === null) return 'not_found';
  if (!isOwnedBy(item, who)) return 'not_owner';
  if (!item.shared) return 'not_shared';
  if (!isStillValid(item.validUntil, today)) return 'expired';
  if (item.kind === 'component' && item.documentId !== documentId) return 'wrong_document';
  return null;
}

/** A component enters the personal store only when verified against the original and the owner is known. */
export function entersStore(
  mark: { kind: 'component' | 'result'; verified: boolean },
  ownerIdNumber: string | null,
) {
  return ownerIdNumber !== null && (mark.kind === 'result' || mark.verified);
}
