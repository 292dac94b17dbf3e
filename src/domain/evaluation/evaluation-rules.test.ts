import { describe, expect, it } from 'vitest';
import { EMPTY_EVIDENCE, suggestScores, type MonthEvidence } from './evidence.js';
import { checkFrameworkDefinition, HANOI_MONTHLY, NATIONAL_100 } from './framework.js';
import { monthRange, monthOf, previousMonth } from './month.js';
import { describeEvidence } from './report.js';
import { checkQuota, gradeFor, hasScoreChanges, totalScore, validateScores } from './scoring.js';

const hn = HANOI_MONTHLY.definition;
const vn = NATIONAL_100.definition;
const ev = (over: Partial<MonthEvidence>): MonthEvidence => ({ ...EMPTY_EVIDENCE, ...over });

describe('suggested scores from evidence (Hà Nội framework)', () => {
  it.each([
    {
      name: 'all steps on time, all tasks done, everyone satisfied',
      e: ev({
        stepsHandled: 10,
        stepsOnTime: 6,
        stepsEarly: 4,
        tasksWeightDue: 5,
        tasksWeightOnTime: 5,
        satisfactionResponses: 4,
        satisfactionSatisfied: 4,
      }),
      want: {
        'general.diligence': 10,
        'general.conduct': 10,
        'task.timeliness': 40,
        'task.work_plan': 20,
        'task.satisfaction': 10,
        'bonus.initiative': null,
      },
    },
    {
      name: 'half late, two explanations and one apology, one upheld complaint',
      e: ev({
        stepsHandled: 10,
        stepsOnTime: 5,
        stepsLate: 5,
        explanations: 2,
        apologies: 1,
        complaintsUpheld: 1,
        tasksWeightDue: 4,
        tasksWeightOnTime: 3,
        satisfactionResponses: 5,
        satisfactionSatisfied: 4,
      }),
      want: {
        'general.diligence': 4,
        'general.conduct': 7,
        'task.timeliness': 20,
        'task.work_plan': 15,
        'task.satisfaction': 8,
        'bonus.initiative': null,
      },
    },
    {
      name: 'one apology sent late and one supplement request out of rule weigh on diligence too',
      e: ev({ stepsHandled: 4, stepsOnTime: 4, apologies: 1, lateApologies: 1, supplementFaults: 1 }),
      want: {
        'general.diligence': 4,
        'general.conduct': 10,
        'task.timeliness': 40,
        'task.work_plan': null,
        'task.satisfaction': null,
        'bonus.initiative': null,
      },
    },
    {
      name: 'no dossiers and no ratings: those criteria are left for people to enter',
      e: ev({ tasksWeightDue: 4, tasksWeightOnTime: 3 }),
      want: {
        'general.diligence': 10,
        'general.conduct': 10,
        'task.timeliness': null,
        'task.work_plan': 15,
        'task.satisfaction': null,
        'bonus.initiative': null,
      },
    },
    {
      name: 'no task evidence at all: left for people to enter',
      e: ev({ violations: 3 }),
      want: {
        'general.diligence': 10,
        'general.conduct': 0,
        'task.timeliness': null,
        'task.work_plan': null,
        'task.satisfaction': null,
        'bonus.initiative': null,
      },
    },
  ])('$name', ({ e, want }) => {
    expect(suggestScores(hn, e)).toEqual(want);
  });

  it('the national framework leaves its political criterion and unjudged ones to people', () => {
    const scores = suggestScores(vn, ev({ stepsHandled: 4, stepsOnTime: 3, stepsLate: 1 }));
    expect(scores['general.political']).toBeNull();
    expect(scores['task.timeliness']).toBe(30); // 3/4 of 40
    expect(scores['task.work_plan']).toBeNull();
  });
});

describe('totals and grades', () => {
  it.each([
    [hn, 95, 'A'],
    [hn, 90, 'A'],
    [hn, 89.99, 'B'],
    [hn, 70, 'B'],
    [hn, 50, 'C'],
    [hn, 49.5, 'D'],
    [vn, 90, 'excellent'],
    [vn, 75, 'good'],
    [vn, 69.99, 'complete'],
    [vn, 10, 'not_complete'],
  ] as const)('score %#: %f → %s', (def, score, grade) => {
    expect(gradeFor(def, score).code).toBe(grade);
  });

  it('caps totals at 100 and validates each criterion', () => {
    expect(totalScore({ a: 60, b: 50 })).toBe(100);
    const full = {
      'general.diligence': 10,
      'general.conduct': 10,
      'task.timeliness': 40,
      'task.work_plan': 20,
      'task.satisfaction': 10,
      'bonus.initiative': 0,
    };
    expect(validateScores(hn, full)).toEqual([]);
    expect(validateScores(hn, { ...full, 'task.timeliness': 41 })).toHaveLength(1);
    const { 'bonus.initiative': _missing, ...partial } = full;
    expect(validateScores(hn, partial)[0]).toContain('Chưa chấm');
    expect(validateScores(hn, { ...full, extra: 1 })).toHaveLength(1);
  });

  it('sees a change between self and review scores', () => {
    expect(hasScoreChanges({ a: 1, b: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(hasScoreChanges({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(true);
    expect(hasScoreChanges(null, { a: 1 })).toBe(true);
  });
});

describe('quota of the top grade', () => {
  it.each([
    {
      name: 'HN 3 A of 10 rated: at the cap',
      def: hn,
      grades: ['A', 'A', 'A', ...Array(7).fill('B')],
      exceptional: false,
      ok: true,
      cap: 3,
      excess: 0,
    },
    {
      name: 'HN 4 A of 10 rated: one too many',
      def: hn,
      grades: ['A', 'A', 'A', 'A', ...Array(6).fill('C')],
      exceptional: false,
      ok: false,
      cap: 3,
      excess: 1,
    },
    {
      name: 'HN 4 A of 10, exceptional unit: 40% allowed',
      def: hn,
      grades: ['A', 'A', 'A', 'A', ...Array(6).fill('D')],
      exceptional: true,
      ok: true,
      cap: 4,
      excess: 0,
    },
    {
      name: 'HN 2 A of 5: cap ⌊1.5⌋ = 1',
      def: hn,
      grades: ['A', 'A', 'B', 'B', 'B'],
      exceptional: false,
      ok: false,
      cap: 1,
      excess: 1,
    },
    {
      name: 'VN base is good or better: 2 excellent of 10 good-or-better',
      def: vn,
      grades: ['excellent', 'excellent', ...Array(8).fill('good'), 'complete', 'not_complete'],
      exceptional: false,
      ok: true,
      cap: 2,
      excess: 0,
    },
    {
      name: 'VN 3 excellent of 10 good-or-better (20 rated)',
      def: vn,
      grades: [
        'excellent',
        'excellent',
        'excellent',
        ...Array(7).fill('good'),
        ...Array(10).fill('complete'),
      ],
      exceptional: false,
      ok: false,
      cap: 2,
      excess: 1,
    },
    {
      name: 'VN exceptional: 25% of 12 = 3',
      def: vn,
      grades: ['excellent', 'excellent', 'excellent', ...Array(9).fill('good')],
      exceptional: true,
      ok: true,
      cap: 3,
      excess: 0,
    },
  ])('$name', ({ def, grades, exceptional, ok, cap, excess }) => {
    const check = checkQuota(def, grades, exceptional);
    expect(check).toMatchObject({ ok, cap, excess });
  });
});

describe('months, frameworks and the meeting report', () => {
  it('reads months in Vietnam time', () => {
    expect(monthRange('2026-10')).toEqual({
      from: Date.parse('2026-09-30T17:00:00Z'),
      to: Date.parse('2026-10-31T17:00:00Z'),
    });
    expect(monthOf(Date.parse('2026-10-31T17:30:00Z'))).toBe('2026-11');
    expect(previousMonth('2026-01')).toBe('2025-12');
  });
  it('accepts the built-in frameworks and refuses an inconsistent one', () => {
    expect(checkFrameworkDefinition(hn)).toEqual([]);
    expect(checkFrameworkDefinition(vn)).toEqual([]);
    expect(checkFrameworkDefinition({ ...hn, quota: { ...hn.quota, grade: 'Z' } })).toHaveLength(1);
  });
  it('draws strengths and weaknesses from the evidence', () => {
    const notes = describeEvidence(
      ev({
        stepsHandled: 20,
        dossiersHandled: 12,
        stepsOnTime: 20,
        apologies: 1,
        violations: 1,
        tasksDue: 2,
        tasksOnTime: 2,
      }),
    );
    expect(notes.strengths.map((l) => l.en)).toEqual([
      'Handled 20 steps of 12 dossiers, 100% early or on time (0 early, 0 late).',
      'Completed 2/2 work-plan tasks on time.',
    ]);
    expect(notes.weaknesses.map((l) => l.en)).toEqual([
      'Filed 0 explanations; caused 1 apologies to citizens.',
      '1 confirmed inspection violations.',
    ]);
  });
});
