import { describe, expect, it } from 'vitest';
import {
  computeLocalEpochDay,
  computeLunarNewYear,
  createWorkingCalendar,
  formatInstant,
  isSessionEnd,
  isWorkingTime,
  nextWorkingInstant,
  parseInstant,
} from '../calendar/index.js';
import { ProcedureDefinition } from '../procedures/definition.js';
import { sampleDefinition } from '../procedures/sample-definition.js';
import {
  applyAction,
  deriveDossierState,
  type DossierAction,
  type DossierContext,
} from '../dossiers/state.js';
import type { LoggedActionType } from '../dossiers/status.js';
import {
  assertNewDueAtValid,
  computeApologyLatestAt,
  computeProposedDueAt,
  findResponsibleHolders,
  isApologyLate,
} from './apology.js';
import { assertMayMoveOn, assessLateWork } from './assessment.js';
import { attributeDelay, isLateForStatistics } from './delay.js';
import { DEFAULT_LATE_WORK_RULES as rules } from './rules.js';
import { assessSupplementRequest, recordSupplementFault } from './supplement.js';

const calendar = createWorkingCalendar();
const context: DossierContext = {
  definition: ProcedureDefinition.parse(sampleDefinition()),
  variantId: null,
  calendar,
};
let seq = 0;
const act = (type: LoggedActionType, at: string, payload: Record<string, unknown> = {}): DossierAction => ({
  seq: ++seq,
  type,
  at: parseInstant(at),
  actorId: 'officer',
  payload,
});
const t = (text: string) => parseInstant(text);

/** Received Monday 2 March 2026 08:00; the appraisal step (2 working days) due Wednesday 4 March 08:00. */
function inAppraisal() {
  return deriveDossierState(
    [
      act('accept', '2026-03-02T08:00:00+07:00'),
      act('forward', '2026-03-02T08:00:00+07:00', { toUserId: 'cv' }),
    ],
    context,
  );
}

describe('step lateness', () => {
  it('is not late at the due instant, is late one minute after, and then needs an explanation to move on', () => {
    const state = inAppraisal();
    const due = state.periods[1]!.dueAt;
    expect(assessLateWork(state, due, rules, calendar).explanationRequired).toBe(false);
    const late = assessLateWork(state, due + 60_000, rules, calendar);
    expect(late.explanationRequired).toBe(true);
    expect(() => assertMayMoveOn(late, 'forward', false)).toThrowError(
      expect.objectContaining({ code: 'explanation_required' }),
    );
    expect(() => assertMayMoveOn(late, 'consult', false)).not.toThrow();
    const explained = applyAction(
      state,
      act('explain', '2026-03-04T08:05:00+07:00', { periodIndex: 1 }),
      context,
    );
    expect(assessLateWork(explained, due + 60_000, rules, calendar).explanationRequired).toBe(false);
  });

  it('counts a step due at Friday close as one working minute late at Monday 07:31, not more, across the weekend', () => {
    const friday = inAppraisal();
    // a step due at the close of Friday 6 March (17:00)
    const closing = {
      ...friday,
      periods: [friday.periods[0]!, { ...friday.periods[1]!, dueAt: t('2026-03-06T17:00:00+07:00') }],
    };
    const saturday = t('2026-03-07T10:00:00+07:00');
    expect(assessLateWork(closing, saturday, rules, calendar).explanationRequired).toBe(true);
    const delay = (now: number) => attributeDelay(closing, context, now).periods[1]!.overrunMs;
    expect(delay(saturday)).toBe(0);
    expect(delay(t('2026-03-09T07:30:00+07:00'))).toBe(0);
    expect(delay(t('2026-03-09T07:31:00+07:00'))).toBe(60_000);
  });
});

describe('apology deadline and new date', () => {
  it('sets a latest moment, not a window: the close of the working day before the due date, across Tết', () => {
    const tet = computeLunarNewYear(2027);
    const tetStart = parseInstant(
      `${tet.year}-${String(tet.month).padStart(2, '0')}-${String(tet.day).padStart(2, '0')}T00:00:00+07:00`,
    );
    const firstWorking = nextWorkingInstant(calendar, tetStart);
    const due = firstWorking + 60 * 60_000;
    const state = { ...inAppraisal(), dueAt: due };
    const early = assessLateWork(state, firstWorking - 30 * 86_400_000, rules, calendar);
    // drafting is allowed long before: the law sets no earliest moment
    expect(early).toMatchObject({ apologyAllowed: true, apologyAdvised: false, apologyLateNow: false });
    const latest = early.apologyLatestAt!;
    // the last working day before Tết, at its close
    expect(computeLocalEpochDay(latest)).toBeLessThan(computeLocalEpochDay(tetStart));
    expect(isSessionEnd(calendar, latest)).toBe(true);
    for (let day = computeLocalEpochDay(latest) + 1; day < computeLocalEpochDay(firstWorking); day++) {
      expect(isWorkingTime(calendar, day * 86_400_000 + 3 * 3_600_000)).toBe(false);
    }
    expect(assessLateWork(state, latest, rules, calendar).apologyLateNow).toBe(false);
    expect(assessLateWork(state, latest + 60_000, rules, calendar).apologyLateNow).toBe(true);
  });

  it('is due by Wednesday close for a dossier due Thursday 10:00 or Thursday 17:00 (one working day before the date)', () => {
    for (const due of [
      '2026-03-05T10:00:00+07:00',
      '2026-03-05T17:00:00+07:00',
      '2026-03-05T07:31:00+07:00',
    ]) {
      expect(formatInstant(computeApologyLatestAt(calendar, t(due), 480))).toBe('2026-03-04T17:00:00+07:00');
    }
    // a Monday due date: the Friday before
    expect(formatInstant(computeApologyLatestAt(calendar, t('2026-03-09T10:00:00+07:00'), 480))).toBe(
      '2026-03-06T17:00:00+07:00',
    );
    expect(computeApologyLatestAt(calendar, t('2026-03-05T10:00:00+07:00'), 0)).toBe(
      t('2026-03-05T10:00:00+07:00'),
    );
  });

  it('accepts an apology drafted two hours after the latest moment and marks it late when approved', () => {
    const state = inAppraisal(); // due Thursday 5 March 08:00: latest Wednesday 4 March 17:00
    const twoHoursLate = t('2026-03-05T09:30:00+07:00'); // 07:30–09:30: two working hours after
    const now = assessLateWork(state, twoHoursLate, rules, calendar);
    expect(now).toMatchObject({ apologyAllowed: true, apologyAdvised: true, apologyLateNow: true });
    expect(computeProposedDueAt(calendar, '2026-03-10', state.dueAt!, twoHoursLate)).toBe(
      t('2026-03-10T17:00:00+07:00'),
    );
    expect(isApologyLate(calendar, state.dueAt!, rules.apologyLeadMinutes, twoHoursLate)).toBe(true);
    expect(isApologyLate(calendar, state.dueAt!, 480, t('2026-03-04T17:00:00+07:00'))).toBe(false);
    expect(isApologyLate(calendar, state.dueAt!, 480, t('2026-03-04T16:00:00+07:00'))).toBe(false);
    // still required before the dossier moves on
    const overdue = assessLateWork(state, state.dueAt! + 60_000, rules, calendar);
    expect(() => assertMayMoveOn({ ...overdue, explanationRequired: false }, 'forward', false)).toThrowError(
      expect.objectContaining({ code: 'apology_required' }),
    );
  });

  it('refuses a new date that is not after the moment it is set or approved', () => {
    const due = t('2026-03-05T08:00:00+07:00');
    // a week overdue: a date after the due time but already past is refused
    const later = t('2026-03-12T09:00:00+07:00');
    expect(() => computeProposedDueAt(calendar, '2026-03-10', due, later)).toThrowError(/đã qua/);
    expect(() => computeProposedDueAt(calendar, '2026-03-12', due, later)).not.toThrow();
    // the draft aged: approving it after its date has passed is refused
    const newDue = t('2026-03-10T17:00:00+07:00');
    expect(() => assertNewDueAtValid(newDue, due, t('2026-03-10T16:59:00+07:00'))).not.toThrow();
    expect(() => assertNewDueAtValid(newDue, due, newDue)).toThrowError(/đã qua/);
    expect(() => assertNewDueAtValid(newDue, t('2026-03-11T08:00:00+07:00'), due)).toThrowError(
      /sau ngày hẹn/,
    );
  });

  it('takes a working day after the due time as the new date, returned at that day close; refuses days off', () => {
    const due = t('2026-03-05T08:00:00+07:00');
    const now = t('2026-03-04T09:00:00+07:00');
    expect(computeProposedDueAt(calendar, '2026-03-10', due, now)).toBe(t('2026-03-10T17:00:00+07:00'));
    expect(() => computeProposedDueAt(calendar, '2026-03-07', due, now)).toThrowError(/ngày làm việc/);
    expect(() => computeProposedDueAt(calendar, '2026-03-04', due, now)).toThrowError(/sau ngày hẹn/);
    expect(() => computeProposedDueAt(calendar, '2026-02-30', due, now)).toThrowError(/không hợp lệ/);
  });

  it('applies one new date, keeps the legal due time for statistics and allows no second one', () => {
    const state = inAppraisal();
    const legal = state.dueAt!;
    const overdue = legal + 60_000;
    expect(assessLateWork(state, overdue, rules, calendar)).toMatchObject({
      apologyRequired: true,
      extensionsLeft: 1,
    });
    const newDue = t('2026-03-10T17:00:00+07:00');
    const extended = applyAction(
      state,
      act('apology_approved', '2026-03-05T07:45:00+07:00', { newDueAt: newDue, apologyId: 'a' }),
      context,
    );
    expect(extended).toMatchObject({ dueAt: newDue, originalDueAt: legal, extensions: 1 });
    const after = assessLateWork(extended, newDue + 60_000, rules, calendar);
    expect(after).toMatchObject({
      dossierOverdue: true,
      apologyRequired: false,
      apologyAllowed: false,
      extensionsLeft: 0,
    });
    expect(isLateForStatistics({ ...extended, finishedAt: t('2026-03-09T10:00:00+07:00') }, 0)).toBe(true);
    expect(isLateForStatistics({ ...extended, finishedAt: legal }, 0)).toBe(false);
  });

  it('names as responsible the holders of late periods only', () => {
    const state = inAppraisal();
    const now = state.periods[1]!.dueAt + 1;
    expect(findResponsibleHolders(state, now)).toEqual(['cv']);
    expect(findResponsibleHolders(state, state.periods[1]!.dueAt)).toEqual([]);
  });
});

describe('supplement request after receipt', () => {
  // received Monday 2 March 08:00: the 3 working days end Thursday 5 March 08:00
  const received = () => inAppraisal();

  it('is free within 3 working days of receipt, once', () => {
    const state = received();
    const inTime = assessSupplementRequest(state, t('2026-03-05T08:00:00+07:00'), rules, calendar);
    expect(inTime).toMatchObject({ afterReceipt: true, fault: null, previousRequests: 0 });
    expect(formatInstant(inTime.windowEndsAt!)).toBe('2026-03-05T08:00:00+07:00');
    expect(recordSupplementFault(inTime, undefined)).toEqual({});
  });

  it('on the fourth working day needs a reason and counts as the unit fault', () => {
    // Thursday 5 March is the fourth working day counting the day of receipt; one minute past the window
    expect(assessSupplementRequest(received(), t('2026-03-05T08:01:00+07:00'), rules, calendar).fault).toBe(
      'late',
    );
    const late = assessSupplementRequest(received(), t('2026-03-05T09:00:00+07:00'), rules, calendar);
    expect(late.fault).toBe('late');
    expect(() => recordSupplementFault(late, undefined)).toThrowError(
      expect.objectContaining({
        code: 'validation_failed',
        message: expect.stringContaining('lỗi của cơ quan'),
      }),
    );
    expect(recordSupplementFault(late, '  Phát hiện thiếu bản vẽ khi họp thẩm định.  ')).toEqual({
      unitFault: 'late',
      faultReason: 'Phát hiện thiếu bản vẽ khi họp thẩm định.',
    });
  });

  it('follows the window of the rules version in force', () => {
    const wide = { ...rules, supplementWindowDays: 5 };
    expect(
      assessSupplementRequest(received(), t('2026-03-05T09:00:00+07:00'), wide, calendar).fault,
    ).toBeNull();
  });

  it('a second request, even within the window, is the unit fault; a request at reception counts for nothing', () => {
    const once = deriveDossierState(
      [
        act('accept', '2026-03-02T08:00:00+07:00'),
        act('forward', '2026-03-02T08:00:00+07:00', { toUserId: 'cv' }),
        act('request_supplement', '2026-03-02T09:00:00+07:00'),
        act('supplement_received', '2026-03-02T10:00:00+07:00'),
      ],
      context,
    );
    expect(assessSupplementRequest(once, t('2026-03-02T11:00:00+07:00'), rules, calendar).fault).toBe(
      'repeat',
    );
    const atReception = deriveDossierState([act('submit', '2026-03-02T08:00:00+07:00')], context);
    expect(
      assessSupplementRequest(atReception, t('2026-03-20T08:00:00+07:00'), rules, calendar),
    ).toMatchObject({
      afterReceipt: false,
      fault: null,
    });
  });

  it('restarts the clock from the complete dossier: the full legal time again, not what was left', () => {
    const restarted = deriveDossierState(
      [
        act('accept', '2026-03-02T08:00:00+07:00'),
        act('forward', '2026-03-02T08:00:00+07:00', { toUserId: 'cv' }),
        act('request_supplement', '2026-03-04T10:00:00+07:00'),
        act('supplement_received', '2026-03-16T14:00:00+07:00'),
      ],
      context,
    );
    // 3 working days from Monday 16 March 14:00
    expect(formatInstant(restarted.dueAt!)).toBe('2026-03-19T14:00:00+07:00');
  });
});
