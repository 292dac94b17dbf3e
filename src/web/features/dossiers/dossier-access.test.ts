import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../../contracts/auth';
import type { Role } from '../../../domain/access/roles';
import { canUseArea } from '../../app/access';

function person(kind: 'official' | 'citizen', ...roles: Role[]): CurrentUser {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'someone',
    kind,
    fullName: 'Người thử',
    unitId: kind === 'official' ? '00000000-0000-4000-8000-000000000002' : null,
    unitName: null,
    roles,
    email: null,
    phone: null,
    idNumber: null,
    locale: 'vi',
    mustChangePassword: false,
    provinceId: null,
  };
}

describe('which dossier screens the menu offers', () => {
  it.each([
    [person('official', 'reception'), { dossiers: true, intake: true, submit: false }],
    [person('official', 'one_stop_head'), { dossiers: true, intake: true, submit: false }],
    [person('official', 'specialist'), { dossiers: true, intake: false, submit: false }],
    [person('official', 'unit_leader'), { dossiers: true, intake: false, submit: false }],
    [person('official', 'home_affairs'), { dossiers: false, intake: false, submit: false }],
    [person('citizen'), { dossiers: true, intake: false, submit: true }],
  ])('%#', (user, expected) => {
    expect({
      dossiers: canUseArea(user, 'dossiers'),
      intake: canUseArea(user, 'intake'),
      submit: canUseArea(user, 'submit'),
    }).toEqual(expected);
  });
});
