/**
 * The one SQL form of "this dossier lies in the official's scope" (see `domain/dossiers/policy.ts`): its
 * receiving unit, its current step's unit or its holder's unit is inside the unit subtree at `unitPath`.
 * Scope never flows upward, so there is no "or the official sits below the dossier's unit" half. The alias of
 * the dossier table must be `d`.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

export function dossierInScope(unitPath: string) {
  const prefix = `${unitPath}%`;
  // The step and holder paths are also on the row, but indexed in `dossier_route` (migration 0048: keeps
  // transitions HOT): the three prefix matches each read their own index, and their union names the dossiers.
  return sql<boolean>`d.id in (
    select id from dossier where receiving_path like ${prefix}
    union all select dossier_id from dossier_route where step_path like ${prefix}
    union all select dossier_id from dossier_route where holder_path like ${prefix})`;
}

/** True when this person took an action on the dossier (they keep reading what they worked on). */
export async function hasActedOnDossier(db: Executor, dossierId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('dossier_action')
    .select('seq')
    .where('dossier_id', '=', dossierId)
    .where('actor_id', '=', userId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
