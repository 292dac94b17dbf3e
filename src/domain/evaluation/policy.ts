/**
 * Who may do what in evaluation, as pure functions over the actor and unit paths. The official assesses
 * themselves; the reviewer is a unit leader of the official's unit or an ancestor (for one-stop staff also
 * the one-stop head); the unit head who approves is a unit leader of the period's unit or above; the
 * home-affairs administrator opens, locks and publishes periods and runs the yearly rating. Nobody reviews
 * or approves their own evaluation.
 */
import { hasAnyRole, isUnitInScope, type Actor } from '../access/policy.js';

/** The evaluated official as policy sees them. */
export interface EvaluatedOfficial {
  officialId: string;
  unitPath: string;
  unitKind: string;
}

/** May the actor assess this evaluation as its own? */
export function canSelfAssess(actor: Actor, official: EvaluatedOfficial): boolean {
  return actor.kind === 'official' && actor.userId === official.officialId;
}

/** May the actor review (score and comment) this official's evaluation? */
export function canReview(actor: Actor, official: EvaluatedOfficial): boolean {
  if (actor.kind !== 'official' || actor.userId === official.officialId) return false;
  if (!isUnitInScope(actor, official.unitPath)) return false;
  if (actor.roles.includes('unit_leader')) return true;
  return actor.roles.includes('one_stop_head') && official.unitKind === 'one_stop';
}

/** May the actor approve evaluations of the period's unit as its head (and decide appeals)? */
export function canApprove(actor: Actor, periodUnitPath: string, official?: EvaluatedOfficial): boolean {
  if (actor.kind !== 'official' || (official && actor.userId === official.officialId)) return false;
  return actor.roles.includes('unit_leader') && isUnitInScope(actor, periodUnitPath);
}

/** May the actor open, refresh, lock and publish periods, manage frameworks and run yearly ratings here? */
export function canAdministerEvaluation(actor: Actor, unitPath: string): boolean {
  if (actor.kind !== 'official') return false;
  if (actor.roles.includes('sysadmin')) return true;
  return actor.roles.includes('home_affairs') && isUnitInScope(actor, unitPath);
}

/** May the actor lock or publish the period (its administrator or its head)? */
export function canClosePeriod(actor: Actor, periodUnitPath: string): boolean {
  return canAdministerEvaluation(actor, periodUnitPath) || canApprove(actor, periodUnitPath);
}

/** May the actor read the internal view (scores, evidence, comments) of this official's evaluation? */
export function canReadEvaluation(
  actor: Actor,
  official: EvaluatedOfficial,
  periodUnitPath: string,
): boolean {
  if (canSelfAssess(actor, official) || canReview(actor, official)) return true;
  if (canApprove(actor, periodUnitPath)) return true;
  return (
    actor.kind === 'official' &&
    hasAnyRole(actor, ['home_affairs', 'inspector', 'sysadmin']) &&
    (actor.roles.includes('sysadmin') || isUnitInScope(actor, official.unitPath))
  );
}

/** May the official appeal now: their own, published, within the window, no appeal pending? */
export function canAppeal(
  actor: Actor,
  official: EvaluatedOfficial,
  period: { status: string; appealUntil: number | null },
  now: number,
  hasPendingAppeal: boolean,
): boolean {
  if (!canSelfAssess(actor, official) || period.status !== 'published' || hasPendingAppeal) return false;
  return period.appealUntil !== null && now <= period.appealUntil;
}

/** May the actor assign tasks to this official, or approve the tasks they propose? */
export function canManageTasks(actor: Actor, official: EvaluatedOfficial): boolean {
  return canReview(actor, official);
}
