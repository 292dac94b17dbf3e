import { describe, expect, it } from 'vitest';
import type { Step } from '../../../domain/procedures/definition';
import { blankDefinition } from './blank-definition';
import {
  allotmentBudget,
  insertStepAfter,
  moveItem,
  newStep,
  nextFreeId,
  removeStep,
  totalAllotmentMinutes,
  type EditedStep,
} from './step-list';

function stepsOf(...ids: string[]): Step[] {
  return ids.map((id) => ({ ...newStep([]), id, task: `Việc ${id}` }));
}

const ids = (steps: readonly EditedStep[]) => steps.map((step) => step.id);

describe('moving a step', () => {
  it('moves up and down without changing the original list', () => {
    const steps = stepsOf('a', 'b', 'c');
    expect(ids(moveItem(steps, 1, 0))).toEqual(['b', 'a', 'c']);
    expect(ids(moveItem(steps, 1, 2))).toEqual(['a', 'c', 'b']);
    expect(ids(moveItem(steps, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(ids(steps)).toEqual(['a', 'b', 'c']);
  });

  it('changes nothing when moving past either end', () => {
    const steps = stepsOf('a', 'b');
    expect(ids(moveItem(steps, 0, -1))).toEqual(['a', 'b']);
    expect(ids(moveItem(steps, 1, 2))).toEqual(['a', 'b']);
    expect(ids(moveItem([], 0, 1))).toEqual([]);
  });
});

describe('adding and removing steps', () => {
  it('gives a new step the first free id and inserts it where asked', () => {
    expect(nextFreeId('buoc', ['buoc_1', 'buoc_3'])).toBe('buoc_2');
    expect(nextFreeId('giay_to', [])).toBe('giay_to_1');
    const steps = stepsOf('buoc_1', 'b');
    const inserted = insertStepAfter(steps, 0);
    expect(ids(inserted)).toEqual(['buoc_1', 'buoc_2', 'b']);
    expect(ids(insertStepAfter(steps, 1))).toEqual(['buoc_1', 'b', 'buoc_2']);
    expect(ids(insertStepAfter(steps, -1))).toEqual(['buoc_2', 'buoc_1', 'b']);
    expect(inserted[1]).toMatchObject({ role: 'specialist', allotted: { value: 1, unit: 'working_days' } });
  });

  it('removes a step and lets a step that pointed at it follow the list order again', () => {
    const steps: Step[] = stepsOf('a', 'b', 'c').map((step) =>
      step.id === 'a' ? { ...step, next: 'c' } : step.id === 'c' ? { ...step, next: null } : step,
    );
    const withoutC = removeStep(steps, 2);
    expect(ids(withoutC)).toEqual(['a', 'b']);
    expect(withoutC[0]).not.toHaveProperty('next');
    const withoutB = removeStep(steps, 1);
    expect(withoutB.map((step) => step.next)).toEqual(['c', null]);
    expect(ids(removeStep(steps, 7))).toEqual(['a', 'b', 'c']);
  });
});

describe('the running total of allotted time', () => {
  it('adds hours and days (a working day is 8 hours), skipping values still being typed', () => {
    const steps: EditedStep[] = [
      { allotted: { value: 1, unit: 'working_hours' } },
      { allotted: { value: 0.5, unit: 'working_days' } },
      { allotted: { value: null as unknown as number, unit: 'working_days' } },
      { allotted: null },
      {},
    ];
    expect(totalAllotmentMinutes(steps)).toBe(60 + 240);
  });

  it('compares the total with what the legal time holds, as publication does', () => {
    const steps: EditedStep[] = [
      { allotted: { value: 4, unit: 'working_hours' } },
      { allotted: { value: 4, unit: 'working_hours' } },
    ];
    expect(allotmentBudget(steps, { value: 1, unit: 'same_day' })).toEqual({
      used: 480,
      capacity: 480,
      over: false,
    });
    expect(allotmentBudget(steps, { value: 4, unit: 'working_hours' })).toMatchObject({ over: true });
    expect(allotmentBudget(steps, { value: 3, unit: 'working_days' })).toMatchObject({ capacity: 1440 });
    expect(allotmentBudget(steps, { unit: 'working_days' })).toEqual({
      used: 480,
      capacity: null,
      over: false,
    });
  });

  it('fits the blank procedure’s four steps inside its legal time', () => {
    const blank = blankDefinition();
    const steps = blank.workflows[0]?.steps ?? [];
    expect(steps).toHaveLength(4);
    expect(allotmentBudget(steps, blank.processingTime).over).toBe(false);
  });
});
