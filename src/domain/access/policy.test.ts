import { describe, expect, it } from 'vitest';
import {
  canEditCalendars,
  canGrantRoles,
  canManageUnits,
  canManageUsers,
  canReadAudit,
  canReadUsers,
  canVerifyCitizenId,
  isCalendarUsableBy,
  isUnitInScope,
  type Actor,
} from './policy.js';

const official = (roles: Actor['roles'], unitPath = '/hn/badinh/'): Actor => ({
  userId: 'u',
  kind: 'official',
  unitId: 'badinh',
  unitPath,
  roles,
});

describe('access policy', () => {
  it('scopes an official to their unit subtree', () => {
    const actor = official(['home_affairs']);
    expect(isUnitInScope(actor, '/hn/badinh/')).toBe(true);
    expect(isUnitInScope(actor, '/hn/badinh/mc/')).toBe(true);
    expect(isUnitInScope(actor, '/hn/ngocha/')).toBe(false);
    expect(isUnitInScope(actor, '/hn/')).toBe(false);
    // a sibling whose id starts with the same characters is not inside the subtree
    expect(isUnitInScope(official(['home_affairs'], '/hn/ba/'), '/hn/badinh/')).toBe(false);
  });

  it('gives user management to home affairs in scope and to the system administrator anywhere', () => {
    expect(canManageUsers(official(['home_affairs']), '/hn/badinh/kt/')).toBe(true);
    expect(canManageUsers(official(['home_affairs']), '/hn/ngocha/')).toBe(false);
    expect(canManageUsers(official(['unit_leader']), '/hn/badinh/')).toBe(false);
    expect(canReadUsers(official(['unit_leader']), '/hn/badinh/')).toBe(true);
    expect(canManageUsers(official(['sysadmin'], '/hn/'), '/hcm/x/')).toBe(true);
    expect(canManageUnits(official(['specialist']), '/hn/badinh/')).toBe(false);
    expect(canReadAudit(official(['inspector'], '/hn/'), '/hn/badinh/')).toBe(true);
  });

  it('never lets a citizen act as an official', () => {
    const citizen: Actor = {
      userId: 'c',
      kind: 'citizen',
      unitId: null,
      unitPath: null,
      roles: ['sysadmin'],
    };
    expect(canManageUsers(citizen, '/hn/')).toBe(false);
    expect(canReadAudit(citizen, '/hn/')).toBe(false);
  });

  it('reserves granting the system administrator role to system administrators', () => {
    expect(canGrantRoles(official(['home_affairs']), ['specialist', 'reception'])).toBe(true);
    expect(canGrantRoles(official(['home_affairs']), ['sysadmin'])).toBe(false);
    expect(canGrantRoles(official(['sysadmin']), ['sysadmin'])).toBe(true);
  });

  it('lets home affairs edit only calendars owned in their subtree, never upward; the system any', () => {
    const ward = official(['home_affairs']);
    expect(canEditCalendars(ward)).toBe(true);
    expect(canEditCalendars(ward, { ownerUnitPath: '/hn/badinh/' })).toBe(true);
    expect(canEditCalendars(ward, { ownerUnitPath: '/hn/badinh/mc/' })).toBe(true);
    expect(canEditCalendars(ward, { ownerUnitPath: '/hn/ngocha/' })).toBe(false);
    expect(canEditCalendars(ward, { ownerUnitPath: '/hn/' })).toBe(false);
    expect(canEditCalendars(ward, { ownerUnitPath: null })).toBe(false);
    expect(canEditCalendars(official(['unit_leader']), { ownerUnitPath: '/hn/badinh/' })).toBe(false);
    expect(canEditCalendars(official(['sysadmin'], '/hn/'), { ownerUnitPath: null })).toBe(true);
    expect(canEditCalendars(official(['sysadmin'], '/hn/'), { ownerUnitPath: '/hcm/x/' })).toBe(true);
  });

  it("lets a unit use only its own, an ancestor's or the system's calendar", () => {
    expect(isCalendarUsableBy('/hn/badinh/mc/', '/hn/badinh/')).toBe(true);
    expect(isCalendarUsableBy('/hn/badinh/', '/hn/')).toBe(true);
    expect(isCalendarUsableBy('/hn/badinh/', null)).toBe(true);
    expect(isCalendarUsableBy('/hn/ngocha/', '/hn/badinh/')).toBe(false);
    expect(isCalendarUsableBy('/hn/badinh/', '/hn/badinh/mc/')).toBe(false);
  });

  it("lets one-stop officers verify citizens' ID numbers at the counter", () => {
    expect(canVerifyCitizenId(official(['reception']))).toBe(true);
    expect(canVerifyCitizenId(official(['one_stop_head']))).toBe(true);
    expect(canVerifyCitizenId(official(['home_affairs']))).toBe(false);
    expect(canVerifyCitizenId({ ...official(['reception']), kind: 'citizen' })).toBe(false);
  });
});
