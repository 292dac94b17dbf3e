/** SQL of attachments: the uploader's daily quota and the cleanup of uploads never linked to anything. */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

/**
 * Serialises one person's uploads until the end of the transaction (parallel uploads cannot both pass the
 * quota), then returns the bytes they uploaded since `since`.
 */
export async function lockAndSumUploadsSince(db: Executor, userId: string, since: Date): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext(${`upload:${userId}`}))`.execute(db);
  const row = await db
    .selectFrom('attachment')
    .select(sql<string>`coalesce(sum(size), 0)::text`.as('bytes'))
    .where('uploaded_by', '=', userId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.bytes);
}

/**
 * Deletes up to `limit` attachments created before `before` that nothing uses: no dossier, explanation,
 * plan report or inspection photo, and no draft of their uploader naming them. Returns the content hashes
 * that no remaining attachment shares (their bytes may go).
 */
export async function deleteUnlinkedAttachments(
  db: Executor,
  before: Date,
  limit: number,
): Promise<string[]> {
  const result = await sql<{ hash: string }>`
    with gone as (
      delete from attachment a
      where a.id in (
        select x.id from attachment x
        where x.dossier_id is null and x.procedure_id is null and x.created_at < ${before}::timestamptz
          and not exists (select 1 from step_explanation e where e.attachment_id = x.id)
          and not exists (select 1 from discipline_plan_report r where r.attachment_id = x.id)
          and not exists (select 1 from inspection_photo p where p.attachment_id = x.id)
          and not exists (
            select 1 from dossier_draft d
            where d.user_id = x.uploaded_by and strpos(d.data::text, x.id::text) > 0
          )
        order by x.created_at
        limit ${limit}
        for update skip locked
      )
      returning a.id, a.hash
    )
    -- the statement still sees the deleted rows: leave them out by id
    select distinct g.hash from gone g
    where not exists (
      select 1 from attachment k where k.hash = g.hash and k.id not in (select id from gone)
    )`.execute(db);
  return result.rows.map((row) => row.hash);
}

/** Stores a file the server itself produced for a dossier (e.g. the rendered declaration), already linked. */
export async function insertDossierAttachment(
  db: Executor,
  row: {
    id: string;
    hash: string;
    size: number;
    contentType: string;
    name: string;
    uploadedBy: string;
    dossierId: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('attachment')
    .values({
      id: row.id,
      hash: row.hash,
      size: row.size,
      content_type: row.contentType,
      name: row.name,
      uploaded_by: row.uploadedBy,
      dossier_id: row.dossierId,
      created_at: row.now,
    })
    .execute();
}

/** A new upload: a scan (unlinked until a dossier takes it) or a procedure's public form template. */
export async function insertUpload(
  db: Executor,
  row: {
    hash: string;
    size: number;
    contentType: string;
    name: string;
    uploadedBy: string;
    procedureId: string | null;
    now: Date;
  },
) {
  return db
    .insertInto('attachment')
    .values({
      hash: row.hash,
      size: row.size,
      content_type: row.contentType,
      name: row.name,
      uploaded_by: row.uploadedBy,
      procedure_id: row.procedureId,
      public: row.procedureId !== null,
      created_at: row.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An attachment by id, public or not (the caller decides who may read it). */
export async function findAttachment(db: Executor, id: string) {
  return db.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A public file (a procedure's form template) by id. */
export async function findPublicAttachment(db: Executor, id: string) {
  return db
    .selectFrom('attachment')
    .select(['hash', 'name', 'content_type'])
    .where('id', '=', id)
    .where('public', '=', true)
    .executeTakeFirst();
}
