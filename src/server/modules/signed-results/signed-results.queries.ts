/** SQL of signed results: development signing identities, the signed result rows and their look-ups. */
import type { Executor } from '../../db/types.js';

export async function findDevIdentity(db: Executor, owner: string) {
  return db.selectFrom('signing_dev_identity').selectAll().where('owner', '=', owner).executeTakeFirst();
}

/** Keeps the first identity stored for an owner (parallel first uses agree on one) and returns it. */
export async function insertDevIdentity(
  db: Executor,
  row: { owner: string; p12: Buffer; certificate_pem: string; created_at: Date },
) {
  await db
    .insertInto('signing_dev_identity')
    .values(row)
    .onConflict((oc) => oc.column('owner').doNothing())
    .execute();
  return db
    .selectFrom('signing_dev_identity')
    .selectAll()
    .where('owner', '=', row.owner)
    .executeTakeFirstOrThrow();
}

export async function findUnitNames(db: Executor, unitId: string) {
  return db
    .selectFrom('unit as u')
    .leftJoin('unit as parent', 'parent.id', 'u.parent_id')
    .select(['u.full_name as name', 'parent.full_name as parent_name'])
    .where('u.id', '=', unitId)
    .executeTakeFirstOrThrow();
}

/** The first PDF among the attachments the officer sent with the action (their own, not yet linked). */
export async function findFirstPdfUpload(db: Executor, uploaderId: string, ids: string[]) {
  if (ids.length === 0) return undefined;
  return db
    .selectFrom('attachment')
    .select(['id', 'hash', 'name'])
    .where('id', 'in', ids)
    .where('uploaded_by', '=', uploaderId)
    .where('content_type', '=', 'application/pdf')
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function insertResultAttachment(
  db: Executor,
  row: { hash: string; size: number; name: string; uploadedBy: string; dossierId: string; at: Date },
) {
  return db
    .insertInto('attachment')
    .values({
      hash: row.hash,
      size: row.size,
      content_type: 'application/pdf',
      name: row.name,
      uploaded_by: row.uploadedBy,
      dossier_id: row.dossierId,
      created_at: row.at,
      is_result: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertSignedResult(
  db: Executor,
  row: {
    id: string;
    dossier_id: string;
    attachment_id: string;
    source_attachment_id: string | null;
    hash: string;
    signer_unit_id: string;
    signed_by: string;
    certificate_subject: string;
    certificate_issuer: string;
    certificate_serial: string;
    signed_at: Date;
  },
) {
  await db.insertInto('signed_result').values(row).execute();
}

function selectSignedResult(db: Executor) {
  return db
    .selectFrom('signed_result as s')
    .innerJoin('dossier as d', 'd.id', 's.dossier_id')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .innerJoin('unit as u', 'u.id', 's.signer_unit_id')
    .innerJoin('attachment as a', 'a.id', 's.attachment_id')
    .select([
      's.id',
      's.dossier_id',
      's.hash',
      's.certificate_subject',
      's.certificate_issuer',
      's.certificate_serial',
      's.signed_at',
      'd.code as dossier_code',
      'p.name as procedure_name',
      'u.full_name as unit_name',
      'a.name as file_name',
      'a.size',
    ]);
}

export type SignedResultRow = NonNullable<Awaited<ReturnType<typeof findSignedResult>>>;

export async function findSignedResult(db: Executor, id: string) {
  return selectSignedResult(db).where('s.id', '=', id).executeTakeFirst();
}

/** The dossier's latest signed result. */
export async function findLatestSignedResult(db: Executor, dossierId: string) {
  return selectSignedResult(db)
    .where('s.dossier_id', '=', dossierId)
    .orderBy('s.signed_at', 'desc')
    .executeTakeFirst();
}

export async function findSignedResultByHash(db: Executor, hash: string) {
  return selectSignedResult(db).where('s.hash', '=', hash).executeTakeFirst();
}
