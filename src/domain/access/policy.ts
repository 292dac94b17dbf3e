/**
 * Who may do what, as pure functions over the acting person and the unit path of the target.
 * A unit path is '/<root id>/.../<unit id>/'; an official's powers reach their unit's subtree only,
 * except the system administrator, who administers the whole system.
 */
import type { Role } from './roles.js';

export interface Actor {
  userId: string;
  kind: 'official' | 'citizen';
  unitId: string | null;
  /** Path of the actor's unit; null for citizens. */
  unitPath: string | null;
  roles: readonly Role[];
}

/** True when the actor holds at least one of the roles. */
export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

/** True when the target unit lies in the actor's unit subtree (the unit itself included). */
export function isUnitInScope(actor: Actor, targetUnitPath: string | null | undefined): boolean {
  if (actor.kind !== 'official' || !actor.unitPath || !targetUnitPath) return false;
  return targetUnitPath.startsWith(actor.unitPath);
}

/** True when the actor may act on the target unit with one of the roles: sysadmin anywhere, others in scope. */
export function canActOnUnit(
  actor: Actor,
  roles: readonly Role[],
  targetUnitPath: string | null | undefined,
): boolean {
  if (actor.kind !== 'official') return false;
  if (actor.roles.includes('sysadmin')) return true;
  return hasAnyRole(actor, roles) && isUnitInScope(actor, targetUnitPath);
}

const USER_ADMINS: readonly Role[] = ['home_affairs'];
const USER_READERS: readonly Role[] = ['home_affairs', 'unit_leader', 'one_stop_head', 'inspector'];
const UNIT_EDITORS: readonly Role[] = ['home_affairs'];
const AUDIT_READERS: readonly Role[] = ['home_affairs', 'inspector'];

/** May the actor list and read the accounts of people in the target unit? */
export function canReadUsers(actor: Actor, targetUnitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, USER_READERS, targetUnitPath);
}

/** May the actor create, edit, deactivate or reset the password of accounts in the target unit? */
export function canManageUsers(actor: Actor, targetUnitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, USER_ADMINS, targetUnitPath);
}

/** May the actor grant these roles? Only a system administrator grants the system administrator role. */
export function canGrantRoles(actor: Actor, roles: readonly Role[]): boolean {
  if (actor.roles.includes('sysadmin')) return true;
  return !roles.includes('sysadmin');
}

/** May the actor create or edit units in the target subtree? */
export function canManageUnits(actor: Actor, targetUnitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, UNIT_EDITORS, targetUnitPath);
}

/** May the actor create a top-level unit (a province or a ministry)? */
export function canCreateRootUnit(actor: Actor): boolean {
  return actor.kind === 'official' && actor.roles.includes('sysadmin');
}

/** May the actor read audit entries about the target unit? */
export function canReadAudit(actor: Actor, targetUnitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, AUDIT_READERS, targetUnitPath);
}

/** True for anyone who holds an administrative role somewhere (shows the admin menu). */
export function isAdministrator(actor: Actor): boolean {
  return hasAnyRole(actor, ['sysadmin', 'home_affairs']);
}

const CATALOGUE_EDITORS: readonly Role[] = ['home_affairs'];
const OFFER_CHOOSERS: readonly Role[] = ['home_affairs', 'unit_leader', 'one_stop_head'];

/**
 * May the actor edit a procedure owned by the unit at this path? The system administrator edits any
 * procedure (and those without an owner); a home-affairs administrator those owned within their subtree.
 */
export function canEditCatalogue(actor: Actor, ownerUnitPath: string | null | undefined): boolean {
  if (actor.kind === 'official' && actor.roles.includes('sysadmin')) return true;
  return ownerUnitPath ? canActOnUnit(actor, CATALOGUE_EDITORS, ownerUnitPath) : false;
}

/** May the actor choose which procedures the unit at this path offers? */
export function canChooseUnitOffer(actor: Actor, unitPath: string | null | undefined): boolean {
  return canActOnUnit(actor, OFFER_CHOOSERS, unitPath);
}

const CALENDAR_EDITORS: readonly Role[] = ['home_affairs'];

/**
 * May the actor edit working-time calendars (office sessions, yearly days off)? Without a target: may they
 * create calendars at all (system and home-affairs administrators). With one: the system administrator
 * edits any calendar; a home-affairs administrator only those owned by a unit in their subtree (scope never
 * flows upward, so an ancestor's calendar is not theirs). A calendar without an owner (the national
 * default) is the system administrator's alone.
 */
export function canEditCalendars(actor: Actor, target?: { ownerUnitPath: string | null }): boolean {
  if (actor.kind !== 'official') return false;
  if (actor.roles.includes('sysadmin')) return true;
  if (!target) return hasAnyRole(actor, CALENDAR_EDITORS);
  return target.ownerUnitPath !== null && canActOnUnit(actor, CALENDAR_EDITORS, target.ownerUnitPath);
}

/**
 * May a unit use this calendar? Only one owned by the unit itself or an ancestor (or the system's): whoever
 * can edit a unit's calendar must have that unit in scope, or another commune could move its deadlines.
 */
export function isCalendarUsableBy(unitPath: string, calendarOwnerPath: string | null): boolean {
  return calendarOwnerPath === null || unitPath.startsWith(calendarOwnerPath);
}

const ID_VERIFIERS: readonly Role[] = ['reception', 'one_stop_head'];

/** May the actor mark a citizen's ID number as proven after checking their papers at the counter? */
export function canVerifyCitizenId(actor: Actor): boolean {
  return actor.kind === 'official' && hasAnyRole(actor, ID_VERIFIERS);
}
