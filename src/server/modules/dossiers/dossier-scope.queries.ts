/**
 * The one SQL form of "this dossier lies in the official's scope" (see `domain/dossiers/policy.ts`): its
 * receiving unit, its current step's unit or its holder's unit is inside the unit subtree at `unitPath`.
 * Scope never flows upward, so there is no "or the official sits below the dossier's unit" half. The alias of
 * the dossier table must be `d`.
 */
import { sql } from 'kysely';

export function dossierInScope(unitPath: string) {
  const prefix = `${unitPath}%`;
  return sql<boolean>`(d.receiving_path like ${prefix} or d.step_path like ${prefix} or d.holder_path like ${prefix})`;
}
