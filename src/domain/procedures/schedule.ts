/**
 * The due times of a case: each step's and the dossier's, counted on a working calendar from the receipt.
 * One pure function serves the public simulator and the dossier engine, so both always agree.
 */
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  computeSameDayDueTime,
  nextWorkingInstant,
  type WorkingCalendar,
} from '../calendar/index.js';
import { listSkippedDays, type SkippedDay } from '../calendar/skipped-days.js';
import type { Duration, ProcedureDefinition } from './definition.js';
import { allotmentMinutes, processingTimeFor, workflowFor } from './validate.js';

export interface StepSchedule {
  id: string;
  task: string;
  unitName: string;
  role: string;
  startsAt: number;
  dueAt: number;
  allottedMinutes: number;
}

export interface CaseSchedule {
  receivedAt: number;
  /** Where counting starts: the receipt, or the next session start when received outside working time. */
  countingFrom: number;
  dueAt: number;
  processingTime: Duration;
  steps: StepSchedule[];
  skippedDays: SkippedDay[];
}

/** The due instant of a legal duration counted from `start`. */
export function computeLegalDue(calendar: WorkingCalendar, start: number, duration: Duration): number {
  switch (duration.unit) {
    case 'working_days':
      return addWorkingDays(calendar, start, duration.value);
    case 'working_hours':
      return addWorkingHours(calendar, start, duration.value);
    case 'calendar_days':
      return addCalendarDays(calendar, start, duration.value);
    case 'same_day':
      return computeSameDayDueTime(calendar, start);
  }
}

/**
 * Schedules a case received at `receivedAt`: steps follow one another on the default forward path, each
 * given its allotted working time; the dossier's due time comes from the legal time (which the steps fit in).
 */
export function scheduleCase(
  definition: ProcedureDefinition,
  variantId: string | null,
  receivedAt: number,
  calendar: WorkingCalendar,
): CaseSchedule {
  const workflow = workflowFor(definition, variantId);
  if (!workflow)
    throw new Error(`procedure ${definition.code} has no workflow for variant ${variantId ?? '(default)'}`);
  const processingTime = processingTimeFor(definition, variantId);
  const countingFrom = nextWorkingInstant(calendar, receivedAt);
  const dueAt = computeLegalDue(calendar, receivedAt, processingTime);
  let cursor = countingFrom;
  const steps = workflow.steps.map((step) => {
    const minutes = allotmentMinutes(step.allotted, calendar.minutesPerWorkingDay);
    const stepDue = addWorkingMinutes(calendar, cursor, minutes);
    const scheduled: StepSchedule = {
      id: step.id,
      task: step.task,
      unitName: step.unitName,
      role: step.role,
      startsAt: cursor,
      dueAt: stepDue,
      allottedMinutes: minutes,
    };
    cursor = stepDue;
    return scheduled;
  });
  return {
    receivedAt,
    countingFrom,
    dueAt,
    processingTime,
    steps,
    skippedDays: listSkippedDays(calendar, receivedAt, dueAt),
  };
}
