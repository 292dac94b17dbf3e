/**
 * Timers for due times (issue #6, B4): when an action opens a step period or sets the dossier's due time,
 * rows are added to `late_timer` for the warnings and the lateness to come. Insert-only, in the action's
 * transaction; the sweep checks at fire time that the due time still holds, so stale timers cost nothing.
 */
import { addWorkingMinutes, type WorkingCalendar } from '../../../domain/calendar/index.js';
import type { DossierState } from '../../../domain/dossiers/state.js';
import { findOpenPeriod } from '../../../domain/late-work/assessment.js';
import type { LateWorkRules } from '../../../domain/late-work/rules.js';
import type { Executor } from '../../db/types.js';
import { insertTimers, type NewTimer } from './late-work.queries.js';

const IN_STEP = new Set(['received', 'processing']);

function warningsBefore(
  calendar: WorkingCalendar,
  rules: LateWorkRules,
  dueAt: number,
  now: number,
): number[] {
  return rules.warnBeforeMinutes.map((m) => addWorkingMinutes(calendar, dueAt, -m)).filter((at) => at > now);
}

/** The timers a change from `before` to `after` calls for (pure). */
export function planTimers(
  dossierId: string,
  before: DossierState,
  after: DossierState,
  rules: LateWorkRules,
  calendar: WorkingCalendar,
  now: number,
): NewTimer[] {
  if (!after.status || !IN_STEP.has(after.status)) return [];
  const timers: NewTimer[] = [];
  const open = findOpenPeriod(after);
  const previous = before.periods[open?.periodIndex ?? -1];
  const stepChanged =
    open && (!previous || previous.endedAt !== null || previous.dueAt !== open.period.dueAt);
  if (open && (stepChanged || before.status !== after.status)) {
    const dueAt = open.period.dueAt;
    const base = { dossierId, periodIndex: open.periodIndex, level: 0, dueAt };
    for (const fireAt of warningsBefore(calendar, rules, dueAt, now))
      timers.push({ ...base, kind: 'step_due_soon', fireAt });
    timers.push({ ...base, kind: 'step_overdue', fireAt: dueAt });
  }
  if (
    after.dueAt !== null &&
    after.finishedAt === null &&
    (after.dueAt !== before.dueAt || before.status !== after.status)
  ) {
    const base = { dossierId, periodIndex: null, level: 0, dueAt: after.dueAt };
    for (const fireAt of warningsBefore(calendar, rules, after.dueAt, now)) {
      timers.push({ ...base, kind: 'dossier_due_soon', fireAt });
    }
    timers.push({ ...base, kind: 'dossier_overdue', fireAt: after.dueAt });
  }
  return timers;
}

/** Adds the timers a state change calls for, in the caller's transaction. */
export async function scheduleLateTimers(
  trx: Executor,
  input: {
    dossierId: string;
    before: DossierState;
    after: DossierState;
    rules: LateWorkRules;
    calendar: WorkingCalendar;
    now: number;
  },
): Promise<void> {
  await insertTimers(
    trx,
    planTimers(input.dossierId, input.before, input.after, input.rules, input.calendar, input.now),
  );
}
