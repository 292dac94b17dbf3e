/**
 * Which screens a signed-in person may open, decided with the same pure policy functions the server uses.
 * The server still checks every request; this only keeps the menu honest.
 */
import type { CurrentUser } from '../../contracts/auth';
import { canEditCalendars, hasAnyRole, isAdministrator, type Actor } from '../../domain/access/policy';
import type { Role } from '../../domain/access/roles';
import { FEE_REPORT_ROLES } from '../../domain/payments/fee-report';

/** Roles that see the leaders' dashboards (as `canReadDashboards` on the server). */
export const DASHBOARD_ROLES: readonly Role[] = [
  'unit_leader',
  'one_stop_head',
  'home_affairs',
  'inspector',
  'sysadmin',
];

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

export type Area =
  | 'units'
  | 'users'
  | 'audit'
  | 'calendars'
  | 'procedures'
  | 'dossiers'
  | 'intake'
  | 'submit'
  | 'evaluation'
  | 'dashboards'
  | 'lateWork'
  | 'paperTransfers'
  | 'feeReport'
  | 'indicatorConfig'
  | 'portalSync';

/**
 * May this person use the screen? Units and users: administrators; audit: administrators and inspectors;
 * working calendars: every official (reading; editing is checked per calendar).
 * Procedures (the catalogue administration): administrators, each editing what their unit owns.
 */
export function canUseArea(user: CurrentUser, area: Area): boolean {
  if (area === 'dossiers' || area === 'intake' || area === 'submit') return canUseDossierArea(user, area);
  const actor = actorOf(user);
  if (actor.kind !== 'official') return false;
  if (area === 'audit') return hasAnyRole(actor, AUDIT_ROLES);
  if (area === 'calendars') return true;
  // every official is evaluated and keeps a work plan
  if (area === 'evaluation') return true;
  // leaders' dashboards of their subtree (the server checks the subtree)
  if (area === 'dashboards') return hasAnyRole(actor, DASHBOARD_ROLES);
  // late work: the late-and-at-risk board and the apology approval queue (read-only but for leaders)
  if (area === 'lateWork') return hasAnyRole(actor, [...DOSSIER_ROLES, 'home_affairs']);
  // paper transfers: the one-stop hands over, the processing unit confirms, leaders and inspectors read
  if (area === 'paperTransfers') return hasAnyRole(actor, DOSSIER_ROLES);
  // the fee report of the subtree: the one-stop, leaders, inspectors (as the server checks)
  if (area === 'feeReport') return hasAnyRole(actor, FEE_REPORT_ROLES);
  // the national portal synchronisation covers the whole country's queue: the system administrator only
  if (area === 'portalSync') return actor.roles.includes('sysadmin');
  return isAdministrator(actor);
}

/** True for the system administrator, who works on the whole tree rather than a subtree. */
export function isSystemAdministrator(user: CurrentUser): boolean {
  return user.kind === 'official' && user.roles.includes('sysadmin');
}

/** True for those who edit working calendars (system and home-affairs administrators): the menu offers them. */
export function canEditSomeCalendars(user: CurrentUser): boolean {
  return canEditCalendars(actorOf(user));
}

/** Roles that work on dossiers: the work queues and the dossier pages. */
export const DOSSIER_ROLES: readonly Role[] = [
  'reception',
  'specialist',
  'unit_leader',
  'one_stop_head',
  'inspector',
  'sysadmin',
];

/** Roles that receive dossiers at the counter of their one-stop unit. */
export const INTAKE_ROLES: readonly Role[] = ['reception', 'one_stop_head'];

/**
 * Dossier screens: citizens see their own dossiers and submit online; officials with a dossier role see
 * the queues, and the one-stop roles receive at the counter.
 */
function canUseDossierArea(user: CurrentUser, area: 'dossiers' | 'intake' | 'submit'): boolean {
  if (user.kind === 'citizen') return area !== 'intake';
  if (area === 'submit') return false;
  return hasAnyRole(actorOf(user), area === 'intake' ? INTAKE_ROLES : DOSSIER_ROLES);
}
