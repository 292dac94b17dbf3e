/**
 * Processing after intake: the dossier walks its workflow step by step, each step taking a share of its
 * allotted working time (quick, normal, or — for one step of the late ones — longer than allotted), with the
 * detours of real work: a supplement during appraisal, a consultation, a send-back by the leader, a refusal,
 * a withdrawal, or work that stalls and turns overdue.
 */
import type { Step } from '../../../domain/procedures/definition.js';
import { allotmentMinutes, nextStepId, workflowFor } from '../../../domain/procedures/validate.js';
import { currentStep } from '../../../domain/dossiers/state.js';
import { REASONS, type ActionLog, type UnitActors } from './action-log.js';
import type { Random } from './random.js';
import { honourLateWork } from './late-work.js';
import type { HistoryShares } from './shares.js';

/** Per-dossier decisions drawn once, before the simulation. */
export interface Plan {
  fast: boolean;
  lateStep: number | null;
  stallAt: number | null;
  withdrawAt: number | null;
  refuseAt: number | null;
  appraisalSupplement: boolean;
  consult: boolean;
  sendBack: boolean;
}

/** Draws the plan of a dossier whose workflow has `steps` steps. */
export function drawPlan(random: Random, shares: HistoryShares, steps: number): Plan {
  const stepOr = (p: number) => (random.chance(p) ? random.int(0, steps - 1) : null);
  return {
    fast: random.chance(shares.fast),
    lateStep: stepOr(shares.lateStep),
    stallAt: stepOr(shares.stall),
    withdrawAt: stepOr(shares.withdraw),
    refuseAt: random.chance(shares.refuse) ? random.int(1, Math.max(1, steps - 2)) : null,
    appraisalSupplement: random.chance(shares.supplementInAppraisal),
    consult: random.chance(shares.consult),
    sendBack: random.chance(shares.sendBack),
  };
}

function actorFor(actors: UnitActors, role: string): string | null {
  return actors[role as keyof UnitActors] ?? null;
}

function stepMinutes(random: Random, plan: Plan, index: number, allotted: number): number {
  if (plan.lateStep === index) return allotted * random.between(1.15, 2.5);
  return Math.max(5, allotted * (plan.fast ? random.between(0.15, 0.5) : random.between(0.6, 1)));
}

/**
 * Walks the workflow from `start`; returns when the result is ready (processed), or null when the dossier
 * stops earlier (withdrawn, stalled, waiting for the citizen, or `now` reached).
 */
export function processSteps(log: ActionLog, plan: Plan, start: number): number | null {
  const done = new Set<string>();
  let t = start;
  for (let guard = 0; guard < 60; guard += 1) {
    const step = currentStep(log.state, log.input.context);
    const index = log.state.stepIndex;
    if (!step || index === null) return log.state.status === 'processed' ? t : null;
    const next = advanceStep(log, plan, done, step, index, t);
    if (next === null) return null;
    t = next;
  }
  return null;
}

/** Takes one step's action(s) from time `t`; returns the time of the last one, or null when the dossier stops. */
function advanceStep(log: ActionLog, plan: Plan, done: Set<string>, step: Step, index: number, t: number) {
  const { random, context, actors } = log.input;
  if (plan.stallAt === index) return null;
  if (plan.withdrawAt === index) return withdraw(log, t);
  const minutes = stepMinutes(
    random,
    plan,
    index,
    allotmentMinutes(step.allotted, context.calendar.minutesPerWorkingDay),
  );
  const actor = log.state.holderId ?? actorFor(actors, step.role);
  const allows = (type: string) => (step.actions as readonly string[]).includes(type) && !done.has(type);
  if (plan.appraisalSupplement && step.role === 'specialist' && allows('request_supplement')) {
    done.add('request_supplement');
    return log.askSupplement(log.after(t, minutes * 0.4), actor);
  }
  if (plan.consult && allows('consult')) {
    done.add('consult');
    const agency = 'Công an phường';
    if (!log.add('consult', log.after(t, minutes * 0.2), actor, { agency })) return null;
    if (!log.add('consult_reply', log.after(t, minutes * 0.7), actor, { agency })) return null;
  }
  const end = log.after(t, minutes);
  if (!honourLateWork(log, end, actor)) return null;
  if (plan.refuseAt === index && (step.actions as readonly string[]).includes('refuse')) {
    return log.add('refuse', end, actor, { reason: random.pick(REASONS.refuse) }) ? end : null;
  }
  if (plan.sendBack && index > 0 && step.role === 'unit_leader' && allows('return')) {
    done.add('return');
    return log.add('return', end, actor, { reason: random.pick(REASONS.sendBack) }) ? end : null;
  }
  const workflow = workflowFor(context.definition, context.variantId)!;
  const nextRole = workflow.steps.find((s) => s.id === nextStepId(workflow, index))?.role;
  const toUserId = nextRole ? actorFor(actors, nextRole) : null;
  const type = step.actions.includes('sign') ? 'sign' : 'forward';
  return log.add(type, end, actor, toUserId ? { toUserId } : {}) ? end : null;
}

/** The citizen asks to withdraw; reception approves within a working day. Always stops the walk. */
function withdraw(log: ActionLog, at: number): null {
  const { random, actors, applicantUserId } = log.input;
  const asked = log.after(at, random.between(10, 600));
  if (log.add('request_withdrawal', asked, applicantUserId, { reason: 'Công dân xin rút hồ sơ' })) {
    log.add('approve_withdrawal', log.after(asked, random.between(30, 480)), actors.reception);
  }
  return null;
}
