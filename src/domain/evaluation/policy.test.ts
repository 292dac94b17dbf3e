import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.js';
import type { Role } from '../access/roles.js';
import { canTakeStep } from './cycle.js';
import {
  canAdministerEvaluation,
  canAppeal,
  canApprove,
  canClosePeriod,
  canReadEvaluation,
  canReview,
  canSelfAssess,
} from './policy.js';

const WARD = '/vn/hn/bd/';
const ONE_STOP = '/vn/hn/bd/mc/';
const DEPT = '/vn/hn/bd/kt/';
const OTHER = '/vn/hn/nh/';
const actor = (userId: string, unitPath: string, roles: Role[]): Actor => ({
  userId,
  kind: 'official',
  unitId: 'u',
  unitPath,
  roles,
});

const specialist = { officialId: 'spec', unitPath: DEPT, unitKind: 'department' };
const reception = { officialId: 'rec', unitPath: ONE_STOP, unitKind: 'one_stop' };
const leaderSelf = { officialId: 'lead', unitPath: WARD, unitKind: 'commune' };

describe('who may take which step', () => {
  it.each([
    [
      'the official assesses themselves',
      canSelfAssess(actor('spec', DEPT, ['specialist']), specialist),
      true,
    ],
    ['nobody assesses someone else', canSelfAssess(actor('lead', WARD, ['unit_leader']), specialist), false],
    [
      'a ward leader reviews a department specialist',
      canReview(actor('lead', WARD, ['unit_leader']), specialist),
      true,
    ],
    [
      'a leader does not review themselves',
      canReview(actor('lead', WARD, ['unit_leader']), leaderSelf),
      false,
    ],
    [
      'another ward’s leader does not review',
      canReview(actor('x', OTHER, ['unit_leader']), specialist),
      false,
    ],
    [
      'the one-stop head reviews one-stop staff',
      canReview(actor('head', ONE_STOP, ['one_stop_head']), reception),
      true,
    ],
    [
      'the one-stop head does not review a department',
      canReview(actor('head', WARD, ['one_stop_head']), specialist),
      false,
    ],
    ['a specialist reviews nobody', canReview(actor('s2', DEPT, ['specialist']), specialist), false],
    [
      'the ward leader approves for the ward',
      canApprove(actor('lead', WARD, ['unit_leader']), WARD, specialist),
      true,
    ],
    [
      'a department leader is not the ward head',
      canApprove(actor('dl', DEPT, ['unit_leader']), WARD, specialist),
      false,
    ],
    [
      'the head does not approve their own',
      canApprove(actor('lead', WARD, ['unit_leader']), WARD, leaderSelf),
      false,
    ],
    [
      'home affairs administers its ward',
      canAdministerEvaluation(actor('nv', WARD, ['home_affairs']), WARD),
      true,
    ],
    [
      'home affairs of another ward does not',
      canAdministerEvaluation(actor('nv', OTHER, ['home_affairs']), WARD),
      false,
    ],
    [
      'the one-stop head may not lock the ward',
      canClosePeriod(actor('head', ONE_STOP, ['one_stop_head']), WARD),
      false,
    ],
    [
      'an inspector in scope reads',
      canReadEvaluation(actor('i', '/vn/hn/', ['inspector']), specialist, WARD),
      true,
    ],
    [
      'a colleague does not read',
      canReadEvaluation(actor('rec', ONE_STOP, ['reception']), specialist, WARD),
      false,
    ],
  ])('%s', (_name, result, expected) => {
    expect(result).toBe(expected);
  });
});

describe('locking and appeals', () => {
  it.each([
    ['self_assess', 'pending', 'open', true],
    ['self_assess', 'reviewed', 'open', false],
    ['review', 'self_assessed', 'open', true],
    ['review', 'pending', 'open', false],
    ['review', 'approved', 'open', true],
    ['approve', 'reviewed', 'open', true],
    ['approve', 'reviewed', 'locked', false],
    ['self_assess', 'pending', 'published', false],
  ] as const)('%s from %s while the period is %s → %s', (step, status, period, ok) => {
    expect(canTakeStep(step, status, period)).toBe(ok);
  });

  const me = actor('spec', DEPT, ['specialist']);
  const published = { status: 'published', appealUntil: 1_000 };
  it.each([
    ['within the window', me, published, 999, false, true],
    ['at the window’s end', me, published, 1_000, false, true],
    ['after the window', me, published, 1_001, false, false],
    ['before publication', me, { status: 'locked', appealUntil: null }, 0, false, false],
    ['with an appeal pending', me, published, 10, true, false],
    ['someone else’s', actor('lead', WARD, ['unit_leader']), published, 10, false, false],
  ] as const)('appeal %s', (_name, who, period, now, pending, ok) => {
    expect(canAppeal(who, specialist, period, now, pending)).toBe(ok);
  });
});
