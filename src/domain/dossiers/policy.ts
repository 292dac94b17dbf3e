/**
 * Who may see and act on a dossier, as pure functions. Scope never flows upward: an official sees a dossier
 * only when its receiving unit, the unit of its current step or its current holder lies inside the
 * official's own unit subtree (a dossier of an ancestor unit is not theirs); the system administrator sees
 * all. Acting is narrower: counter actions need the receiving unit in the subtree, step actions the step's
 * unit (or being its holder), and each action its role.
 */
import type { Actor } from '../access/policy.js';
import type { DossierActionType } from './status.js';

const ONE_STOP: readonly string[] = ['reception', 'one_stop_head'];
const LEADERS: readonly string[] = ['unit_leader', 'one_stop_head'];

/** The unit paths that place a dossier in officials' scopes (kept on the dossier row). */
export interface DossierScope {
  /** The one-stop unit that received it. */
  receivingPath: string;
  /** The unit of its current step; null when it has no current step. */
  stepPath: string | null;
  /** The unit of its current holder; null when nobody holds it. */
  holderPath: string | null;
}

const within = (actor: Actor, path: string | null): boolean =>
  actor.unitPath !== null && path !== null && path.startsWith(actor.unitPath);

/** True when the official may see the dossier: one of its units lies in their subtree (sysadmin: all). */
export function isDossierInScope(actor: Actor, scope: DossierScope): boolean {
  if (actor.kind !== 'official' || !actor.unitPath) return false;
  if (actor.roles.includes('sysadmin')) return true;
  return (
    within(actor, scope.receivingPath) || within(actor, scope.stepPath) || within(actor, scope.holderPath)
  );
}

/** Actions taken at the one-stop counter: they belong to the receiving unit. */
const COUNTER_ACTIONS: readonly DossierActionType[] = [
  'submit',
  'accept',
  'reject',
  'supplement_received',
  'return_result',
  'approve_withdrawal',
  'request_withdrawal',
];

/**
 * True when the dossier lies in the part of the official's scope the action belongs to: the receiving unit
 * for counter actions (and a supplement request before acceptance), any of its units for stopping it, and
 * the current step's unit or its holder for everything done at a step.
 */
export function isActionInScope(
  actor: Actor,
  type: DossierActionType,
  scope: DossierScope,
  target: { status: string | null; holderId: string | null },
): boolean {
  if (actor.kind !== 'official' || !actor.unitPath) return false;
  if (actor.roles.includes('sysadmin')) return true;
  if (COUNTER_ACTIONS.includes(type) || (type === 'request_supplement' && target.status === 'submitted'))
    return within(actor, scope.receivingPath);
  if (type === 'stop') return isDossierInScope(actor, scope);
  if (target.holderId !== null && target.holderId === actor.userId) return true;
  return within(actor, scope.stepPath);
}

export interface ActionTarget {
  status: string | null;
  stepRole: string | null;
  holderId: string | null;
  applicantUserId: string | null;
}

const has = (actor: Actor, roles: readonly string[]) => actor.roles.some((role) => roles.includes(role));

/** May this person perform this action now (role-wise)? */
export function canPerformDossierAction(
  actor: Actor,
  type: DossierActionType,
  target: ActionTarget,
): boolean {
  if (actor.kind === 'citizen') {
    if (target.applicantUserId !== actor.userId) return false;
    return type === 'submit' || type === 'request_withdrawal';
  }
  switch (type) {
    case 'submit':
    case 'accept':
    case 'reject':
    case 'supplement_received':
    case 'return_result':
    case 'approve_withdrawal':
    case 'request_withdrawal':
      return has(actor, ONE_STOP);
    case 'assign':
      return has(actor, LEADERS);
    case 'stop':
      return has(actor, ['unit_leader']);
    case 'request_supplement':
      if (target.status === 'submitted') return has(actor, ONE_STOP);
      return canActOnStep(actor, target);
    default:
      return canActOnStep(actor, target);
  }
}

function canActOnStep(actor: Actor, target: ActionTarget): boolean {
  if (has(actor, LEADERS)) return true;
  if (!target.stepRole || !actor.roles.some((role) => role === target.stepRole)) return false;
  return target.holderId === null || target.holderId === actor.userId;
}
