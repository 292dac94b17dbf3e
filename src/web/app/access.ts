/**
 * Which screens a signed-in person may open, decided with the same pure policy functions the server uses.
 * The server still checks every request; this only keeps the menu honest.
 */
import type { CurrentUser } from '../../contracts/auth';
import { hasAnyRole, isAdministrator, type Actor } from '../../domain/access/policy';
import type { Role } from '../../domain/access/roles';

/** Roles that may read the audit log. */
export const AUDIT_ROLES: readonly Role[] = ['sysadmin', 'home_affairs', 'inspector'];

/** The person as the policy functions see them (the unit path is not known to the web app). */
export function actorOf(user: CurrentUser): Actor {
  return {
    userId: user.id,
    kind: user.kind,
    unitId: user.unitId,
    unitPath: null,
    roles: user.kind === 'official' ? user.roles : [],
  };
}

export type Area = 'units' | 'users' | 'audit';

/** May this person use the screen? Units and users: administrators; audit: administrators and inspectors. */
export function canUseArea(user: CurrentUser, area: Area): boolean {
  const actor = actorOf(user);
  if (actor.kind !== 'official') return false;
  if (area === 'audit') return hasAnyRole(actor, AUDIT_ROLES);
  return isAdministrator(actor);
}

/** True for the system administrator, who works on the whole tree rather than a subtree. */
export function isSystemAdministrator(user: CurrentUser): boolean {
  return user.kind === 'official' && user.roles.includes('sysadmin');
}
