import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.js';
import { isActionInScope, isDossierInScope, type DossierScope } from './policy.js';

const official = (unitPath: string, roles: Actor['roles'] = ['reception']): Actor => ({
  userId: 'u1',
  kind: 'official',
  unitId: 'x',
  unitPath,
  roles,
});

const CITY = '/hn/';
const WARD = '/hn/bd/';
const WARD_ONE_STOP = '/hn/bd/mc/';
const WARD_DEPT = '/hn/bd/kt/';
const CITY_CENTRE = '/hn/tt/';

const cityDossier: DossierScope = { receivingPath: CITY_CENTRE, stepPath: CITY, holderPath: null };
const wardDossier: DossierScope = { receivingPath: WARD_ONE_STOP, stepPath: WARD_DEPT, holderPath: null };

describe('dossier scope', () => {
  it('never flows upward: a ward official does not see a dossier of the city', () => {
    for (const path of [WARD, WARD_ONE_STOP, WARD_DEPT]) {
      expect(isDossierInScope(official(path), cityDossier)).toBe(false);
    }
    expect(isDossierInScope(official(CITY), cityDossier)).toBe(true);
  });

  it('flows downward and follows the receiving unit, the step unit and the holder', () => {
    expect(isDossierInScope(official(CITY), wardDossier)).toBe(true);
    expect(isDossierInScope(official(WARD), wardDossier)).toBe(true);
    expect(isDossierInScope(official(WARD_ONE_STOP), wardDossier)).toBe(true);
    expect(isDossierInScope(official(WARD_DEPT), wardDossier)).toBe(true);
    expect(isDossierInScope(official('/hn/nh/'), wardDossier)).toBe(false);
    const held = { ...wardDossier, stepPath: WARD, holderPath: '/hn/bd/vh/' };
    expect(isDossierInScope(official('/hn/bd/vh/'), held)).toBe(true);
    expect(isDossierInScope(official(WARD_DEPT), held)).toBe(false);
  });

  it('keeps counter actions to the receiving unit and step actions to the step unit or the holder', () => {
    const target = { status: 'processing', holderId: null };
    expect(isActionInScope(official(WARD_ONE_STOP), 'return_result', wardDossier, target)).toBe(true);
    expect(isActionInScope(official(WARD_DEPT), 'return_result', wardDossier, target)).toBe(false);
    expect(isActionInScope(official(WARD_DEPT), 'forward', wardDossier, target)).toBe(true);
    expect(isActionInScope(official(WARD_ONE_STOP), 'forward', wardDossier, target)).toBe(false);
    expect(
      isActionInScope(official(WARD_ONE_STOP), 'forward', wardDossier, { ...target, holderId: 'u1' }),
    ).toBe(true);
    expect(
      isActionInScope(official(WARD_ONE_STOP), 'reject', cityDossier, {
        status: 'submitted',
        holderId: null,
      }),
    ).toBe(false);
    expect(isActionInScope(official('/x/', ['sysadmin']), 'reject', cityDossier, target)).toBe(true);
  });
});
