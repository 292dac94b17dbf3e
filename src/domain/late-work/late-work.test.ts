import { describe, expect, it } from 'vitest';
import {
  computeLocalEpochDay,
  computeLunarNewYear,
  createWorkingCalendar,
  isWorkingTime,
  nextWorkingInstant,
  parseInstant,
  workingMinutesBetween,
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
import { computeProposedDueAt, findResponsibleHolders } from './apology.js';
import { assertMayMoveOn, assessLateWork } from './assessment.js';
import { attributeDelay, isLateForStatistics } from './delay.js';
import { DEFAULT_LATE_WORK_RULES as rules } from './rules.js';

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

describe('apology window and new date', () => {
  it('opens one working day before a due time that is the first working hour after Tết, before the holiday', () => {
    const tet = computeLunarNewYear(2027);
    const tetStart = parseInstant(
      `${tet.year}-${String(tet.month).padStart(2, '0')}-${String(tet.day).padStart(2, '0')}T00:00:00+07:00`,
    );
    const firstWorking = nextWorkingInstant(calendar, tetStart);
    const due = firstWorking + 60 * 60_000;
    const state = { ...inAppraisal(), dueAt: due };
    const opens = assessLateWork(state, firstWorking, rules, calendar).apologyWindowOpensAt!;
    expect(workingMinutesBetween(calendar, opens, due)).toBe(480);
    expect(computeLocalEpochDay(opens)).toBeLessThan(computeLocalEpochDay(tetStart));
    // nothing but days off lies between the window's opening day and the first working day after Tết
    for (let day = computeLocalEpochDay(opens) + 1; day < computeLocalEpochDay(firstWorking); day++) {
      expect(isWorkingTime(calendar, day * 86_400_000 + 3 * 3_600_000)).toBe(false);
    }
    expect(assessLateWork(state, opens - 60_000, rules, calendar).apologyWindowOpen).toBe(false);
    expect(assessLateWork(state, opens, rules, calendar).apologyWindowOpen).toBe(true);
  });

  it('takes a working day after the due time as the new date, returned at that day close; refuses days off', () => {
    const due = t('2026-03-05T08:00:00+07:00');
    expect(computeProposedDueAt(calendar, '2026-03-10', due)).toBe(t('2026-03-10T17:00:00+07:00'));
    expect(() => computeProposedDueAt(calendar, '2026-03-07', due)).toThrowError(/ngày làm việc/);
    expect(() => computeProposedDueAt(calendar, '2026-03-04', due)).toThrowError(/sau ngày hẹn/);
    expect(() => computeProposedDueAt(calendar, '2026-02-30', due)).toThrowError(/không hợp lệ/);
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
      apologyWindowOpen: false,
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
