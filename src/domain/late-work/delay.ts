/**
 * Who used the time (domain.md §7, issue #6 item 6): each step period's working time against its allotment,
 * the overrun attributed to the step and its holder, split inside / outside the agency (steps done by another
 * agency). Statistics keep the legal due time: a dossier finished after it is late even when apologised.
 */
import { workingMillisecondsBetween, type WorkingCalendar } from '../calendar/index.js';
import type { DossierContext, DossierState } from '../dossiers/state.js';
import { workflowFor } from '../procedures/validate.js';

export interface PeriodDelay {
  periodIndex: number;
  stepId: string;
  holderId: string | null;
  /** The step is done by another agency (outside the receiving authority). */
  outside: boolean;
  allottedMs: number;
  usedMs: number;
  /** Working time used beyond the allotment (0 when within it). */
  overrunMs: number;
}

export interface DelayAttribution {
  periods: PeriodDelay[];
  insideOverrunMs: number;
  outsideOverrunMs: number;
  /** Working time past the legal due time at finish (or now, while open); 0 when not late. */
  lateByMs: number;
  /** The legal due time statistics use (before any apology). */
  legalDueAt: number | null;
}

/** The legal due time of a dossier: the one before any apology's new date. */
export function legalDueOf(state: DossierState): number | null {
  return state.originalDueAt ?? state.dueAt;
}

/** True when a dossier finished (or, unfinished, is at `now`) after its legal due time. */
export function isLateForStatistics(state: DossierState, now: number): boolean {
  const due = legalDueOf(state);
  if (due === null) return false;
  return (state.finishedAt ?? now) > due;
}

/** Attributes a dossier's delay to its step periods at `now` (open periods count up to `now`). */
export function attributeDelay(state: DossierState, context: DossierContext, now: number): DelayAttribution {
  const calendar: WorkingCalendar = context.calendar;
  const steps = workflowFor(context.definition, context.variantId)?.steps ?? [];
  const periods = state.periods.map((period, periodIndex): PeriodDelay => {
    const end = period.endedAt ?? now;
    const allottedMs = Math.max(0, workingMillisecondsBetween(calendar, period.startedAt, period.dueAt));
    const usedMs = Math.max(0, workingMillisecondsBetween(calendar, period.startedAt, end));
    const step = steps[period.stepIndex];
    return {
      periodIndex,
      stepId: period.stepId,
      holderId: period.holderId,
      outside: step?.unitKind === 'other_agency',
      allottedMs,
      usedMs,
      overrunMs: Math.max(0, usedMs - allottedMs),
    };
  });
  const sum = (outside: boolean) =>
    periods.filter((p) => p.outside === outside).reduce((total, p) => total + p.overrunMs, 0);
  const legalDueAt = legalDueOf(state);
  const end = state.finishedAt ?? now;
  const lateByMs =
    legalDueAt !== null && end > legalDueAt ? workingMillisecondsBetween(calendar, legalDueAt, end) : 0;
  return { periods, insideOverrunMs: sum(false), outsideOverrunMs: sum(true), lateByMs, legalDueAt };
}
