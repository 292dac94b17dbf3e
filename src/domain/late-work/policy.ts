/**
 * Who may do what in late work (pure; unit scope is checked separately against the dossier's scope):
 * the late step's holder explains; the holder, the one-stop unit or a leader drafts the apology; a unit
 * leader other than its drafter approves it; administrators publish rules.
 */
import type { Actor } from '../access/policy.js';

const has = (actor: Actor, roles: readonly string[]) => actor.roles.some((role) => roles.includes(role));

/** The person who must explain a late step: its holder, or anyone with the step's role when nobody holds it. */
export function canExplainStep(actor: Actor, holderId: string | null, stepRole: string | null): boolean {
  if (actor.kind !== 'official') return false;
  if (holderId !== null) return holderId === actor.userId;
  return stepRole !== null && actor.roles.some((role) => role === stepRole);
}

/** The responsible unit drafts the apology: the current holder, the one-stop unit or a leader. */
export function canDraftApology(actor: Actor, holderId: string | null): boolean {
  if (actor.kind !== 'official') return false;
  return holderId === actor.userId || has(actor, ['unit_leader', 'one_stop_head', 'reception']);
}

/** A unit leader approves or rejects; never the apology's own drafter (four eyes). */
export function canDecideApology(actor: Actor, draftedBy: string): boolean {
  return actor.kind === 'official' && has(actor, ['unit_leader']) && actor.userId !== draftedBy;
}

/** The late-and-at-risk board: officials. */
export function canViewLateBoard(actor: Actor): boolean {
  return actor.kind === 'official';
}

/** Publishing a new version of the rules: system or home-affairs administrators. */
export function canManageLateWorkRules(actor: Actor): boolean {
  return has(actor, ['sysadmin', 'home_affairs']);
}
