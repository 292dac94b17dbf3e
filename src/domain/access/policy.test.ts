import { describe, expect, it } from 'vitest';
import {
  canGrantRoles,
  canManageUnits,
  canManageUsers,
  canReadAudit,
  canReadUsers,
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
});
