/**
 * Simulates one dossier's life through the real state machine: every action is applied with the domain's
 * `applyAction`, so the result is exactly what the live API would have stored. Timings are drawn on the
 * working calendar (actions happen in office hours, except online submissions); anything that would happen
 * after `now` is not logged, which leaves recent dossiers open where they are. Pure: no I/O, no clock.
 */
import type { DossierState } from '../../../domain/dossiers/state.js';
import { workflowFor } from '../../../domain/procedures/validate.js';
import { ActionLog, REASONS, type SimulatedAction, type SimulationInput } from './action-log.js';
import { drawPlan, processSteps } from './steps.js';

export type { SimulatedAction, SimulationInput, UnitActors } from './action-log.js';

export interface SimulatedDossier {
  actions: SimulatedAction[];
  state: DossierState;
  /** Actions written by the intake itself; the row's version counts the actions after them. */
  intakeActions: number;
  /** A supplement was asked for (at intake or in appraisal). */
  supplemented: boolean;
}

/** Simulates one dossier from its arrival to `now` (or to its end). */
export function simulateDossier(input: SimulationInput): SimulatedDossier {
  const { context, random, shares } = input;
  const workflow = workflowFor(context.definition, context.variantId)!;
  const log = new ActionLog(input);
  const plan = drawPlan(random, shares, workflow.steps.length);
  const { start, intakeActions } = receive(log);
  if (start !== null) {
    const ready = processSteps(log, plan, start);
    if (ready !== null) deliver(log, ready);
  }
  return { actions: log.actions, state: log.state, intakeActions, supplemented: log.supplemented };
}

/**
 * Intake: the counter decides on the spot (accept, supplement, refuse); an online submission is checked by
 * reception within a working day. Returns when processing starts (null: it does not) and how many actions
 * the intake request itself wrote.
 */
function receive(log: ActionLog): { start: number | null; intakeActions: number } {
  const { random, shares, channel, arrivedAt, actors } = log.input;
  const reception = actors.reception;
  const online = channel === 'online';
  if (online && !log.add('submit', arrivedAt, log.input.applicantUserId, { channel })) {
    return { start: null, intakeActions: 0 };
  }
  const decidedAt = online ? log.after(arrivedAt, random.between(5, 480)) : arrivedAt;
  if (random.chance(shares.rejectAtIntake)) {
    log.add('reject', decidedAt, reception, { reason: random.pick(REASONS.reject) });
    return { start: null, intakeActions: 1 };
  }
  if (random.chance(shares.supplementAtIntake)) {
    if (!online) log.add('submit', arrivedAt, reception, { channel });
    const intakeActions = online ? 1 : 2;
    const back = log.askSupplement(decidedAt, reception);
    if (back === null || !log.add('accept', back, reception)) return { start: null, intakeActions };
    return { start: back, intakeActions };
  }
  if (!log.add('accept', decidedAt, reception)) return { start: null, intakeActions: online ? 1 : 0 };
  return { start: decidedAt, intakeActions: 1 };
}

/** Hands the result over: online at once, at the counter or by post within a few working days. */
function deliver(log: ActionLog, readyAt: number): void {
  const { random, shares, context, channel, actors } = log.input;
  if (random.chance(shares.notCollected)) return;
  const days = channel === 'online' && random.chance(0.5) ? random.between(0, 0.1) : random.between(0.1, 4);
  const at = log.after(readyAt, days * context.calendar.minutesPerWorkingDay);
  const method = channel === 'postal' ? 'post' : channel === 'online' && days < 0.1 ? 'online' : 'counter';
  log.add('return_result', at, actors.reception, { method });
}
