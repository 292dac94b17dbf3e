/**
 * Who may do what in conduct and inspections (pure; role AND unit subtree, like `domain/access/policy`).
 *
 * - Inspectors record inspections and findings for units in their subtree; they never decide.
 * - Home-affairs administrators manage discipline plans, codes of conduct and inspection teams in their subtree.
 * - Due process on a finding (see `due-process.ts`): the official named explains; the DECIDER is
 *   (1) a unit leader (`unit_leader`) whose unit is the official's unit or one of its ancestors, or
 *   (2) the one-stop head (`one_stop_head`) of a one-stop unit that is, or contains, the official's unit.
 *   A finding about a unit (no official named) is explained by the head of that very unit (unit leader, or
 *   one-stop head of a one-stop unit) and decided by a unit leader of a strict ancestor unit.
 *   Nobody decides a finding that names them, and the system administrator does not decide.
 */
import { canActOnUnit, isUnitInScope, type Actor } from '../access/policy.js';

/** Where a finding sits: its unit, and the official named (with their unit) when there is one. */
export interface FindingSubject {
  unitPath: string;
  unitKind: string;
  officialId: string | null;
  officialUnitPath: string | null;
  officialUnitKind: string | null;
}

/** May the actor record inspections and findings for the unit at this path? */
export function canInspectUnit(actor: Actor, unitPath: string): boolean {
  return canActOnUnit(actor, ['inspector'], unitPath);
}

/** May the actor manage discipline plans, codes of conduct and inspection teams for this unit's subtree? */
export function canManageConduct(actor: Actor, unitPath: string): boolean {
  return canActOnUnit(actor, ['home_affairs'], unitPath);
}

/** May the actor report completion of a plan action for the target unit (its leaders and administrators)? */
export function canReportPlanAction(actor: Actor, targetUnitPath: string): boolean {
  return canActOnUnit(actor, ['unit_leader', 'home_affairs', 'one_stop_head'], targetUnitPath);
}

/** May the actor read plans, matrices and reports about this unit? */
export function canReadConduct(actor: Actor, unitPath: string): boolean {
  return canActOnUnit(actor, ['home_affairs', 'unit_leader', 'one_stop_head', 'inspector'], unitPath);
}

/** May the actor register a commitment for this unit (for the unit, or for another official in it)? */
export function canRegisterUnitCommitment(actor: Actor, unitPath: string): boolean {
  return canActOnUnit(actor, ['unit_leader', 'home_affairs'], unitPath);
}

/** May the actor see this finding? The official named, readers of the unit, and deciders. */
export function canSeeFinding(actor: Actor, subject: FindingSubject): boolean {
  if (actor.kind !== 'official') return false;
  if (subject.officialId === actor.userId) return true;
  return canReadConduct(actor, subject.unitPath) || isFindingDecider(actor, subject);
}

/** True when the actor answers for the finding: the official named, or the head of the unit found at fault. */
export function isFindingExplainer(actor: Actor, subject: FindingSubject): boolean {
  if (actor.kind !== 'official') return false;
  if (subject.officialId !== null) return subject.officialId === actor.userId;
  if (actor.unitPath !== subject.unitPath) return false;
  return (
    actor.roles.includes('unit_leader') ||
    (actor.roles.includes('one_stop_head') && subject.unitKind === 'one_stop')
  );
}

/** True when the actor is a head who decides this finding (the rule is stated at the top of the file). */
export function isFindingDecider(actor: Actor, subject: FindingSubject): boolean {
  if (actor.kind !== 'official' || !actor.unitPath) return false;
  if (subject.officialId === actor.userId) return false;
  if (subject.officialId === null) {
    return (
      actor.roles.includes('unit_leader') &&
      isUnitInScope(actor, subject.unitPath) &&
      actor.unitPath !== subject.unitPath
    );
  }
  const path = subject.officialUnitPath ?? subject.unitPath;
  if (!isUnitInScope(actor, path)) return false;
  if (actor.roles.includes('unit_leader')) return true;
  return (
    actor.roles.includes('one_stop_head') && (subject.officialUnitKind ?? subject.unitKind) === 'one_stop'
  );
}
