/**
 * The one SQL form of "this dossier lies in the official's scope" (see `domain/dossiers/policy.ts`): its
 * receiving unit, its current step's unit or its holder's unit is inside the unit subtree at `unitPath`.
 * Scope never flows upward, so there is no "or the official sits below the dossier's unit" half. The alias of
 * the dossier table must be `d`.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';
import { actionsOfDossier } from '../../db/dossier-action.queries.js';

export function dossierInScope(unitPath: string) {
  const prefix = `${unitPath}%`;
  // The step and holder paths are also on the row, but indexed in `dossier_route` (migration 0048: keeps
  // transitions HOT). Their matches come back as one array of ids, so the planner still ORs two bitmaps on
  // the dossier (receiving path, primary key) and reads each page once; a query that keeps open dossiers
  // only reads the open dossiers' receiving index.
  return sql<boolean>`(d.receiving_path like ${prefix} or d.id = any(array(
    select dossier_id from dossier_route where step_path like ${prefix} or holder_path like ${prefix})))`;
}

/**
 * The same scope test on the narrow route row (alias `r`) of an open dossier (received, not finished; migration
 * 0051): reads that need only open dossiers' holder and due time (the leaders' dashboards) never touch the
 * wide dossier rows. BitmapOr of the route's three path indexes.
 */
export function openRouteInScope(unitPath: string) {
  const prefix = `${unitPath}%`;
  return sql<boolean>`(r.open and (r.receiving_path like ${prefix} or r.step_path like ${prefix}
    or r.holder_path like ${prefix}))`;
}

/** Dossier columns to select for `canSeeDossier`. */
export const DOSSIER_SCOPE_COLUMNS = [
  'receiving_path',
  'step_path',
  'holder_path',
  'applicant_user_id',
] as const;

/** A dossier's id and the columns `canSeeDossier` reads, or undefined. */
export async function findDossierScope(db: Executor, id: string) {
  return db
    .selectFrom('dossier')
    .select(['id', ...DOSSIER_SCOPE_COLUMNS])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** True when this person took an action on the dossier (they keep reading what they worked on). */
export async function hasActedOnDossier(
  db: Executor,
  dossier: { id: string; createdAt?: Date },
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('dossier_action as a')
    .select('a.seq')
    .where(actionsOfDossier('a', dossier))
    .where('a.actor_id', '=', userId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
