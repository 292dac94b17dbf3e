/** SQL of the printable forms: the units named in a heading and the dossiers of a tracking book. */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';
import { dossierInScope } from '../dossiers/dossier-scope.queries.js';

/** A unit as a form heading needs it (its path decides who may print its book). */
export async function findFormUnit(db: Executor, id: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'parent_id', 'path', 'kind', 'name', 'full_name', 'admin_type'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export type FormUnit = NonNullable<Awaited<ReturnType<typeof findFormUnit>>>;

/** The names a unit bore before its current one, each with the last local day it was in use. */
export async function listFormerNames(db: Executor, unitId: string) {
  const rows = await db
    .selectFrom('unit_former_name')
    // as text: a date must not pass through a JavaScript Date (time zone shift) on either driver
    .select(['name', 'full_name', sql<string>`to_char(valid_until, 'YYYY-MM-DD')`.as('valid_until')])
    .where('unit_id', '=', unitId)
    .orderBy('valid_until')
    .execute();
  return rows.map((r) => ({ validUntil: r.valid_until, name: r.name, fullName: r.full_name }));
}

/** The most lines one book holds: a busier period must be printed in parts. */
export const BOOK_LINE_LIMIT = 5000;

/**
 * Dossiers received in [from, to) by the unit or a unit under it, oldest first, limited to those whose
 * scope overlaps `scopePath` (null: no limit, for the system administrator). Answers at most one line more
 * than BOOK_LINE_LIMIT, so the caller can tell the book is too long.
 */
export async function listBookDossiers(
  db: Executor,
  filter: { unitPath: string; from: Date; to: Date; scopePath: string | null },
) {
  let query = db
    .selectFrom('dossier as d')
    .innerJoin('unit as ru', 'ru.id', 'd.receiving_unit_id')
    .innerJoin('unit as au', 'au.id', 'd.authority_unit_id')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .select([
      'd.id',
      'd.code',
      'd.applicant',
      'd.state',
      'd.receiving_unit_id',
      'd.book_volume',
      'd.book_line',
      'p.name as procedure_name',
      'au.kind as authority_kind',
      'au.name as authority_name',
      'au.full_name as authority_full_name',
      'au.admin_type as authority_admin_type',
    ])
    .where('ru.path', 'like', `${filter.unitPath}%`)
    .where('d.received_at', '>=', filter.from)
    .where('d.received_at', '<', filter.to);
  if (filter.scopePath !== null) {
    query = query.where(dossierInScope(filter.scopePath));
  }
  return query
    .orderBy('d.received_at')
    .orderBy('d.code')
    .limit(BOOK_LINE_LIMIT + 1)
    .execute();
}
