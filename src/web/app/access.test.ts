import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../contracts/auth';
import type { Role } from '../../domain/access/roles';
import { canUseArea } from './access';

function official(...roles: Role[]): CurrentUser {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'someone',
    kind: 'official',
    fullName: 'Người thử',
    unitId: '00000000-0000-4000-8000-000000000002',
    unitName: 'Phường Ba Đình',
    roles,
    email: null,
    phone: null,
    idNumber: null,
    locale: 'vi',
    mustChangePassword: false,
    provinceId: null,
  };
}

describe('which screens the menu offers', () => {
  it.each([
    [['sysadmin'], { units: true, users: true, audit: true }],
    [['home_affairs'], { units: true, users: true, audit: true }],
    [['inspector'], { units: false, users: false, audit: true }],
    [['specialist', 'reception'], { units: false, users: false, audit: false }],
    [[], { units: false, users: false, audit: false }],
  ] as [Role[], Record<'units' | 'users' | 'audit', boolean>][])('roles %j', (roles, expected) => {
    const user = official(...roles);
    expect({
      units: canUseArea(user, 'units'),
      users: canUseArea(user, 'users'),
      audit: canUseArea(user, 'audit'),
    }).toEqual(expected);
  });

  it('offers the late-work screens to officials who work on dossiers, not to citizens', () => {
    expect(canUseArea(official('specialist'), 'lateWork')).toBe(true);
    expect(canUseArea(official('home_affairs'), 'lateWork')).toBe(true);
    expect(canUseArea(official(), 'lateWork')).toBe(false);
    const citizen: CurrentUser = {
      ...official('unit_leader'),
      kind: 'citizen',
      unitId: null,
      unitName: null,
    };
    expect(canUseArea(citizen, 'lateWork')).toBe(false);
  });

  it('offers no administration screen to a citizen', () => {
    const citizen: CurrentUser = { ...official('sysadmin'), kind: 'citizen', unitId: null, unitName: null };
    expect(canUseArea(citizen, 'units') || canUseArea(citizen, 'audit')).toBe(false);
  });
});
