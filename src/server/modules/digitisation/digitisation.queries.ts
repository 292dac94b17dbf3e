/** SQL of digitisation marks, the personal document store and reuse (migration 0040). */
import { sql } from 'kysely';
import type { Executor, Tx } from '../../db/types.js';
import { actionsOfDossier } from '../../db/dossier-action.queries.js';

export interface NewMark {
  id: string;
  dossierId: string;
  kind: 'component' | 'result';
  documentId: string;
  name: string;
  attachmentIds: string[];
  pageCount: number | null;
  verified: boolean;
  validUntil: string | null;
  by: string;
  at: Date;
}

/** Inserts a mark; false when the component (or the result) was already marked. */
export async function insertMark(trx: Tx, mark: NewMark): Promise<boolean> {
  const inserted = await trx
    .insertInto('dossier_digitisation')
    .values({
      id: mark.id,
      dossier_id: mark.dossierId,
      kind: mark.kind,
      document_id: mark.documentId,
      name: mark.name,
      attachment_ids: mark.attachmentIds,
      page_count: mark.pageCount,
      verified: mark.verified,
      valid_until: mark.validUntil,
      digitised_by: mark.by,
      digitised_at: mark.at,
    })
    .onConflict((oc) => oc.columns(['dossier_id', 'kind', 'document_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertStoreItem(
  trx: Tx,
  item: {
    id: string;
    ownerIdNumber: string;
    ownerUserId: string | null;
    kind: 'component' | 'result';
    documentId: string;
    name: string;
    dossierId: string;
    digitisationId: string;
    validUntil: string | null;
    at: Date;
  },
): Promise<void> {
  await trx
    .insertInto('personal_document')
    .values({
      id: item.id,
      owner_id_number: item.ownerIdNumber,
      owner_user_id: item.ownerUserId,
      kind: item.kind,
      document_id: item.documentId,
      name: item.name,
      dossier_id: item.dossierId,
      digitisation_id: item.digitisationId,
      valid_until: item.validUntil,
      shared: true,
      created_at: item.at,
    })
    .execute();
}

export function listMarks(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossier_digitisation as m')
    .leftJoin('app_user as u', 'u.id', 'm.digitised_by')
    .leftJoin('personal_document as p', 'p.digitisation_id', 'm.id')
    .select([
      'm.id',
      'm.kind',
      'm.document_id',
      'm.name',
      'm.attachment_ids',
      'm.page_count',
      'm.verified',
      'm.valid_until',
      'm.digitised_at',
      'u.full_name as digitised_by_name',
      'p.id as store_item_id',
    ])
    .where('m.dossier_id', '=', dossierId)
    .orderBy('m.kind')
    .orderBy('m.digitised_at')
    .execute();
}

/** The attachments among `ids`: their dossier and uploader (to accept scans of this dossier or new ones). */
export function findAttachments(db: Executor, ids: string[]) {
  return db
    .selectFrom('attachment')
    .select(['id', 'dossier_id', 'uploaded_by'])
    .where('id', 'in', ids)
    .execute();
}

/**
 * The dossier's result files: its signed electronic results (generated or signed from an upload; migration
 * 0038) when it has any, else the attachments recorded on its approve / sign / refuse / return_result actions.
 */
export async function findResultAttachmentIds(db: Executor, dossierId: string): Promise<string[]> {
  const signed = await db
    .selectFrom('signed_result')
    .select('attachment_id')
    .where('dossier_id', '=', dossierId)
    .orderBy('signed_at')
    .execute();
  if (signed.length > 0) return signed.map((r) => r.attachment_id);
  const rows = await sql<{ id: string }>`
    SELECT DISTINCT ON (a.id) a.id FROM dossier_action da,
      jsonb_array_elements_text(coalesce(da.payload->'attachmentIds', '[]'::jsonb)) a (id)
    WHERE ${actionsOfDossier('da', { id: dossierId })} AND da.type IN ('approve', 'sign', 'refuse', 'return_result')`.execute(
    db,
  );
  return rows.rows.map((r) => r.id);
}

/** A citizen's ID number, only when proven (VNeID or checked at the counter). */
export async function findProvenIdNumber(db: Executor, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('app_user')
    .select(['id_number', 'id_verified_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.id_verified_at ? (row.id_number ?? null) : null;
}

/** The store of a citizen: items of their account, or of their proven ID number. */
export function listStoreItems(db: Executor, userId: string, idNumber: string | null) {
  return db
    .selectFrom('personal_document as p')
    .innerJoin('dossier as d', 'd.id', 'p.dossier_id')
    .innerJoin('procedure as pr', 'pr.id', 'd.procedure_id')
    .innerJoin('dossier_digitisation as m', 'm.id', 'p.digitisation_id')
    .select([
      'p.id',
      'p.kind',
      'p.document_id',
      'p.name',
      'p.valid_until',
      'p.shared',
      'p.created_at',
      'p.dossier_id',
      'd.code',
      'pr.code as procedure_code',
      'pr.name as procedure_name',
      'm.attachment_ids',
    ])
    .where((eb) =>
      idNumber === null
        ? eb('p.owner_user_id', '=', userId)
        : eb.or([eb('p.owner_user_id', '=', userId), eb('p.owner_id_number', '=', idNumber)]),
    )
    .orderBy('p.created_at', 'desc')
    .limit(500)
    .execute();
}

/** Store items by id, with the code of their source dossier's procedure (what a result is the result of). */
export function findStoreItems(db: Executor, ids: string[]) {
  return db
    .selectFrom('personal_document as p')
    .innerJoin('dossier as d', 'd.id', 'p.dossier_id')
    .innerJoin('procedure as pr', 'pr.id', 'd.procedure_id')
    .select([
      'p.id',
      'p.owner_id_number',
      'p.owner_user_id',
      'p.kind',
      'p.document_id',
      'p.valid_until',
      'p.shared',
      'pr.code as procedure_code',
    ])
    .where('p.id', 'in', ids)
    .execute();
}

export async function insertReuse(
  trx: Tx,
  rows: { dossierId: string; documentId: string; storeItemId: string; at: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('dossier_document_reuse')
    .values(
      rows.map((r) => ({
        dossier_id: r.dossierId,
        document_id: r.documentId,
        store_item_id: r.storeItemId,
        reused_at: r.at,
      })),
    )
    .execute();
}

/** Links the uploader's still-unlinked scans to the dossier; returns how many were linked. */
export async function linkScans(trx: Tx, dossierId: string, uploaderId: string, ids: string[]) {
  if (ids.length === 0) return 0;
  const linked = await trx
    .updateTable('attachment')
    .set({ dossier_id: dossierId })
    .where('id', 'in', ids)
    .where('uploaded_by', '=', uploaderId)
    .where('dossier_id', 'is', null)
    .returning('id')
    .execute();
  return linked.length;
}
