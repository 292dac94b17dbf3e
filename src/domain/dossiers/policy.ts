/**
 * Who may act on a dossier, as pure functions. Unit scope is checked separately (the dossier's scope path
 * against the official's unit path); this decides by role, by the step's role and by the current holder.
 */
import type { Actor } from '../access/policy.js';
import type { DossierActionType } from './status.js';

const ONE_STOP: readonly string[] = ['reception', 'one_stop_head'];
const LEADERS: readonly string[] = ['unit_leader', 'one_stop_head'];

/** True when the dossier's scope and the official's unit overlap: one lies inside the other. */
export function isDossierInScope(actor: Actor, scopePath: string): boolean {
  if (actor.kind !== 'official' || !actor.unitPath) return false;
  if (actor.roles.includes('sysadmin')) return true;
  return actor.unitPath.startsWith(scopePath) || scopePath.startsWith(actor.unitPath);
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
