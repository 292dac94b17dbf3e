import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.js';
import { checkFindingAction, listFindingActions, type FindingProcess } from './due-process.js';

const HN = '/hn/';
const BD = '/hn/bd/';
const MC = '/hn/bd/mc/';
const KT = '/hn/bd/kt/';
const NH = '/hn/nh/';

function official(userId: string, unitPath: string, roles: Actor['roles']): Actor {
  return { userId, kind: 'official', unitId: unitPath, unitPath, roles };
}

const tiepnhan = official('tiepnhan', MC, ['reception']);
const lanhdao = official('lanhdao', BD, ['unit_leader']);
const truongmotcua = official('truongmotcua', MC, ['one_stop_head']);
const thanhtra = official('thanhtra', HN, ['inspector']);
const leaderNgocHa = official('leader-nh', NH, ['unit_leader']);
const chuyenvien = official('chuyenvien', KT, ['specialist']);
const admin = official('admin', HN, ['sysadmin']);

const due = Date.UTC(2026, 2, 5, 10);
const aboutTiepnhan: FindingProcess = {
  unitPath: MC,
  unitKind: 'one_stop',
  officialId: 'tiepnhan',
  officialUnitPath: MC,
  officialUnitKind: 'one_stop',
  status: 'awaiting_explanation',
  explanationDueAt: due,
};

describe('explanation', () => {
  it('only the official named explains, up to and including the deadline', () => {
    expect(checkFindingAction(tiepnhan, aboutTiepnhan, 'explain', due)).toBeNull();
    expect(checkFindingAction(tiepnhan, aboutTiepnhan, 'explain', due + 1)?.code).toBe('invalid_transition');
    for (const other of [lanhdao, truongmotcua, thanhtra, chuyenvien, admin]) {
      expect(checkFindingAction(other, aboutTiepnhan, 'explain', due - 1)?.code).toBe('forbidden');
    }
  });
  it('cannot explain twice', () => {
    const explained = { ...aboutTiepnhan, status: 'explained' as const };
    expect(checkFindingAction(tiepnhan, explained, 'explain', due - 1)?.code).toBe('invalid_transition');
  });
});

describe('decision', () => {
  const explained = { ...aboutTiepnhan, status: 'explained' as const };
  it('the unit leader of an ancestor unit and the one-stop head decide one-stop staff', () => {
    expect(checkFindingAction(lanhdao, explained, 'decide', due - 1)).toBeNull();
    expect(checkFindingAction(truongmotcua, explained, 'decide', due - 1)).toBeNull();
  });
  it('inspectors, the official, other communes, specialists and the system administrator do not', () => {
    for (const who of [thanhtra, tiepnhan, leaderNgocHa, chuyenvien, admin]) {
      expect(checkFindingAction(who, explained, 'decide', due - 1)?.code).toBe('forbidden');
    }
  });
  it('the one-stop head does not decide staff outside a one-stop unit', () => {
    const aboutSpecialist: FindingProcess = {
      ...explained,
      unitPath: KT,
      unitKind: 'department',
      officialId: 'chuyenvien',
      officialUnitPath: KT,
      officialUnitKind: 'department',
    };
    expect(checkFindingAction(truongmotcua, aboutSpecialist, 'decide', due)?.code).toBe('forbidden');
    expect(checkFindingAction(lanhdao, aboutSpecialist, 'decide', due)).toBeNull();
  });
  it('waits for the explanation until the deadline has passed', () => {
    expect(checkFindingAction(lanhdao, aboutTiepnhan, 'decide', due)?.code).toBe('invalid_transition');
    expect(checkFindingAction(lanhdao, aboutTiepnhan, 'decide', due + 1)).toBeNull();
  });
  it('a decision is final', () => {
    const decided = { ...aboutTiepnhan, status: 'decided' as const };
    expect(checkFindingAction(lanhdao, decided, 'decide', due + 1)?.code).toBe('invalid_transition');
    expect(listFindingActions(tiepnhan, decided, due - 1)).toEqual([]);
  });
  it('a unit finding is explained by that unit head and decided by a leader above it', () => {
    const aboutOneStop: FindingProcess = {
      ...aboutTiepnhan,
      officialId: null,
      officialUnitPath: null,
      officialUnitKind: null,
    };
    expect(listFindingActions(truongmotcua, aboutOneStop, due)).toEqual(['explain']);
    expect(listFindingActions(lanhdao, { ...aboutOneStop, status: 'explained' }, due)).toEqual(['decide']);
    const aboutWard = { ...aboutOneStop, unitPath: BD, unitKind: 'commune', status: 'explained' as const };
    expect(checkFindingAction(lanhdao, aboutWard, 'decide', due)?.code).toBe('forbidden');
  });
});
