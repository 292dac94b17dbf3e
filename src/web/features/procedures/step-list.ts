/**
 * List operations of the step editor, as pure functions over the steps of one workflow: move, insert,
 * remove, and the running total of allotted time against the legal time. The editor's values may be half
 * filled (a cleared number is null), so totals skip what cannot be counted yet.
 */
import type { Allotment, Duration, Step } from '../../../domain/procedures/definition';
import { allotmentMinutes, legalTimeCapacityMinutes } from '../../../domain/procedures/validate';

/** A step as the editor holds it: any field may still be missing while someone types. */
export type EditedStep = Partial<Omit<Step, 'allotted'>> & {
  allotted?: Partial<Allotment> | null;
};

/** A copy of the list with the item at `from` moved to `to`; out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}

/** The first of `prefix_1`, `prefix_2`, … not yet taken (ids of steps, documents, workflows). */
export function nextFreeId(prefix: string, taken: Iterable<string | undefined>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const id = `${prefix}_${n}`;
    if (!used.has(id)) return id;
  }
}

/** A new step with a fresh id, handled by a specialist of a department in one working day. */
export function newStep(steps: readonly EditedStep[]): Step {
  return {
    id: nextFreeId(
      'buoc',
      steps.map((step) => step.id),
    ),
    task: '',
    unitKind: 'department',
    unitName: '',
    role: 'specialist',
    allotted: { value: 1, unit: 'working_days' },
    result: '',
    actions: ['forward', 'return'],
  };
}

/** The steps with a new one right after `index` (at the start for -1). */
export function insertStepAfter<T extends EditedStep>(steps: readonly T[], index: number): (T | Step)[] {
  const at = Math.min(Math.max(index + 1, 0), steps.length);
  return [...steps.slice(0, at), newStep(steps), ...steps.slice(at)];
}

/**
 * The steps without the one at `index`. A step that named the removed one as its next step falls back to
 * the order of the list, so no reference is left dangling.
 */
export function removeStep<T extends EditedStep>(steps: readonly T[], index: number): T[] {
  const removed = steps[index];
  if (!removed) return [...steps];
  return steps
    .filter((_step, i) => i !== index)
    .map((step) => {
      if (step.next === undefined || step.next !== removed.id) return step;
      const { next: _dropped, ...rest } = step;
      return rest as T;
    });
}

function countable(allotted: EditedStep['allotted']): Allotment | null {
  if (!allotted || typeof allotted.value !== 'number' || !Number.isFinite(allotted.value)) return null;
  if (allotted.unit !== 'working_hours' && allotted.unit !== 'working_days') return null;
  return { value: allotted.value, unit: allotted.unit };
}

/** Working minutes allotted to the steps (a working day = 8 hours); unfinished values count as 0. */
export function totalAllotmentMinutes(steps: readonly EditedStep[]): number {
  return steps.reduce((sum, step) => {
    const allotted = countable(step.allotted);
    return sum + (allotted ? allotmentMinutes(allotted) : 0);
  }, 0);
}

export interface AllotmentBudget {
  /** Working minutes the steps take. */
  used: number;
  /** Working minutes the legal time holds (null when the legal time is not filled in yet). */
  capacity: number | null;
  /** True when the steps need more time than the law gives. */
  over: boolean;
}

/** The steps' time against the legal time: the same rule the server applies at publication. */
export function allotmentBudget(
  steps: readonly EditedStep[],
  processingTime: Partial<Duration> | null | undefined,
): AllotmentBudget {
  const used = totalAllotmentMinutes(steps);
  const value = processingTime?.value;
  const unit = processingTime?.unit;
  if (typeof value !== 'number' || !Number.isFinite(value) || !unit)
    return { used, capacity: null, over: false };
  const capacity = legalTimeCapacityMinutes({ value, unit });
  return { used, capacity, over: used > capacity };
}
