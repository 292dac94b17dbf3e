/**
 * Who may see a stored dossier, from the row's scope columns (kept by a trigger: see migration 0018).
 * Modules outside `dossiers` use these instead of reading paths themselves, so the rule has one home.
 */
import type { Actor } from '../../../domain/access/policy.js';
import { isDossierInScope, type DossierScope } from '../../../domain/dossiers/policy.js';
import type { Executor } from '../../db/types.js';
import { hasActedOnDossier } from './dossier-scope.queries.js';

/** The columns of a dossier row that decide who may see it (select them with `DOSSIER_SCOPE_COLUMNS` of `dossier-scope.queries.ts`). */
export interface DossierScopeRow {
  receiving_path: string;
  step_path: string | null;
  holder_path: string | null;
  applicant_user_id: string | null;
}

/** The unit paths of a dossier row that place it in officials' scopes. */
export function scopeOfDossier(row: DossierScopeRow): DossierScope {
  return { receivingPath: row.receiving_path, stepPath: row.step_path, holderPath: row.holder_path };
}

/**
 * True when the person may see this dossier: its applicant, or an official whose unit subtree holds its
 * receiving unit, its current step's unit or its holder (an official of an ancestor unit only does not).
 */
export function canSeeDossier(actor: Actor, row: DossierScopeRow): boolean {
  if (actor.kind === 'citizen') return row.applicant_user_id === actor.userId;
  return isDossierInScope(actor, scopeOfDossier(row));
}

/**
 * True when the person may read this dossier: as `canSeeDossier`, or an official who acted on it before it
 * moved out of their scope (they keep reading what they worked on; acting needs the scope again).
 */
export async function canReadDossier(
  db: Executor,
  actor: Actor,
  row: DossierScopeRow & { id: string; created_at?: Date },
): Promise<boolean> {
  if (canSeeDossier(actor, row)) return true;
  return (
    actor.kind === 'official' &&
    (await hasActedOnDossier(db, { id: row.id, createdAt: row.created_at }, actor.userId))
  );
}
