/**
 * A dossier's state as a pure function of its append-only action log: status, current step and holder,
 * due times of the step and of the dossier, and every step period with its outcome (the process control
 * sheet). The server stores this state denormalised, in the same transaction as the action.
 */
import {
  addWorkingMinutes,
  computeLocalEpochDay,
  workingMillisecondsBetween,
  addWorkingMilliseconds,
  type WorkingCalendar,
} from '../calendar/index.js';
import { AppError } from '../errors.js';
import type { ProcedureDefinition, Step, Workflow } from '../procedures/definition.js';
import { computeLegalDue } from '../procedures/schedule.js';
import { allotmentMinutes, nextStepId, processingTimeFor, workflowFor } from '../procedures/validate.js';
import {
  ACTION_LABELS,
  DOSSIER_ACTIONS,
  STATUS_LABELS,
  type DossierActionType,
  type DossierStatus,
  type LoggedActionType,
} from './status.js';

export interface DossierAction {
  seq: number;
  type: LoggedActionType;
  /** Epoch ms. */
  at: number;
  actorId: string | null;
  payload: Record<string, unknown>;
}

export type Timeliness = 'early' | 'on_time' | 'late';

export interface StepPeriod {
  stepId: string;
  stepIndex: number;
  holderId: string | null;
  startedAt: number;
  dueAt: number;
  endedAt: number | null;
  endedBy: LoggedActionType | null;
  outcome: Timeliness | null;
}

export interface DossierState {
  status: DossierStatus | null;
  outcome: 'granted' | 'refused' | 'withdrawn' | 'stopped' | 'not_received' | null;
  stepIndex: number | null;
  stepId: string | null;
  holderId: string | null;
  stepDueAt: number | null;
  receivedAt: number | null;
  /** The due time the citizen was given: the legal one, or the new date of an approved apology. */
  dueAt: number | null;
  /** The legal due time before any apology (statistics keep it); null until an apology moves `dueAt`. */
  originalDueAt?: number | null;
  /** New return dates granted by approved apologies. */
  extensions?: number;
  /** Indexes of step periods whose lateness has been explained. */
  explainedPeriods?: number[];
  finishedAt: number | null;
  returnedAt: number | null;
  /** Supplement requests made after receipt (the law allows one; another is the unit's fault). */
  supplementRequests?: number;
  /** While a supplement or withdrawal request is pending: what to go back to and the time left. */
  paused: { from: DossierStatus; dossierRemainingMs: number | null; stepRemainingMs: number | null } | null;
  openConsultations: number;
  periods: StepPeriod[];
  lastSeq: number;
}

/** What the fold needs besides the log: the procedure version, the case and the calendar version. */
export interface DossierContext {
  definition: ProcedureDefinition;
  variantId: string | null;
  calendar: WorkingCalendar;
}

export const INITIAL_STATE: DossierState = {
  status: null,
  outcome: null,
  stepIndex: null,
  stepId: null,
  holderId: null,
  stepDueAt: null,
  receivedAt: null,
  dueAt: null,
  finishedAt: null,
  returnedAt: null,
  paused: null,
  openConsultations: 0,
  periods: [],
  lastSeq: 0,
};

/** Early when finished on an earlier local day than due, late when after the due instant, else on time. */
export function classifyTimeliness(finishedAt: number, dueAt: number): Timeliness {
  if (finishedAt > dueAt) return 'late';
  return computeLocalEpochDay(finishedAt) < computeLocalEpochDay(dueAt) ? 'early' : 'on_time';
}

function invalid(state: DossierState, action: LoggedActionType): AppError {
  const from = state.status ? STATUS_LABELS[state.status].vi.toLowerCase() : 'chưa có hồ sơ';
  return new AppError(
    'invalid_transition',
    `Không thể "${ACTION_LABELS[action].vi.toLowerCase()}" khi hồ sơ ở trạng thái "${from}".`,
    { action, status: state.status },
    `Cannot ${ACTION_LABELS[action].en.toLowerCase()} from status ${state.status ?? 'none'}.`,
  );
}

function workflowOf(context: DossierContext): Workflow {
  const workflow = workflowFor(context.definition, context.variantId);
  if (!workflow) throw new AppError('validation_failed', 'Thủ tục không có quy trình cho trường hợp này.');
  return workflow;
}

/** The step the dossier is at, or null when it is not at a step. */
export function currentStep(state: DossierState, context: DossierContext): Step | null {
  return state.stepIndex === null ? null : (workflowOf(context).steps[state.stepIndex] ?? null);
}

function closePeriod(state: DossierState, at: number, by: LoggedActionType): StepPeriod[] {
  return state.periods.map((period, index) =>
    index === state.periods.length - 1 && period.endedAt === null
      ? { ...period, endedAt: at, endedBy: by, outcome: classifyTimeliness(at, period.dueAt) }
      : period,
  );
}

function enterStep(
  state: DossierState,
  context: DossierContext,
  index: number,
  at: number,
  holderId: string | null,
): DossierState {
  const step = workflowOf(context).steps[index]!;
  const dueAt = addWorkingMinutes(
    context.calendar,
    at,
    allotmentMinutes(step.allotted, context.calendar.minutesPerWorkingDay),
  );
  return {
    ...state,
    stepIndex: index,
    stepId: step.id,
    holderId,
    stepDueAt: dueAt,
    periods: [
      ...state.periods,
      {
        stepId: step.id,
        stepIndex: index,
        holderId,
        startedAt: at,
        dueAt,
        endedAt: null,
        endedBy: null,
        outcome: null,
      },
    ],
  };
}

function requireStepAction(state: DossierState, context: DossierContext, action: LoggedActionType): Step {
  const step = currentStep(state, context);
  if (!step || (state.status !== 'received' && state.status !== 'processing')) throw invalid(state, action);
  const allowed: readonly string[] = step.actions;
  // `forward` is always how a step hands over; the others must be allowed by the workflow step
  if (action !== 'forward' && !allowed.includes(action)) {
    throw new AppError(
      'invalid_transition',
      `Bước "${step.task}" không cho phép thao tác "${ACTION_LABELS[action].vi}".`,
      { action, step: step.id },
    );
  }
  return step;
}

function finish(
  state: DossierState,
  at: number,
  by: LoggedActionType,
  outcome: DossierState['outcome'],
): DossierState {
  return {
    ...state,
    status: 'processed',
    outcome,
    periods: closePeriod(state, at, by),
    stepIndex: null,
    stepId: null,
    holderId: null,
    stepDueAt: null,
    finishedAt: at,
  };
}

function moveForward(state: DossierState, context: DossierContext, action: DossierAction): DossierState {
  requireStepAction(state, context, action.type);
  const workflow = workflowOf(context);
  const next = nextStepId(workflow, state.stepIndex!);
  if (next === null) return finish(state, action.at, action.type, 'granted');
  const nextIndex = workflow.steps.findIndex((s) => s.id === next);
  const holder = typeof action.payload.toUserId === 'string' ? action.payload.toUserId : null;
  return enterStep(
    { ...state, status: 'processing', periods: closePeriod(state, action.at, action.type) },
    context,
    nextIndex,
    action.at,
    holder,
  );
}

function pause(state: DossierState, context: DossierContext, at: number): DossierState['paused'] {
  const left = (due: number | null) =>
    due === null ? null : workingMillisecondsBetween(context.calendar, at, due);
  return {
    from: state.status!,
    dossierRemainingMs: left(state.dueAt),
    stepRemainingMs: left(state.stepDueAt),
  };
}

/**
 * The clock pauses on a supplement request only where the procedure's own law says so (`pause` with its legal
 * basis named); otherwise it restarts from zero when the complete dossier arrives (ND 61/2018/NĐ-CP: "Thời
 * hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ").
 */
export function pausesOnSupplement(definition: ProcedureDefinition): boolean {
  return definition.supplementMode === 'pause' && Boolean(definition.supplementPauseBasis);
}

function resume(state: DossierState, context: DossierContext, at: number): DossierState {
  const paused = state.paused!;
  const resumed = { ...state, status: paused.from, paused: null };
  if (paused.from === 'submitted' || state.dueAt === null) return resumed;
  if (!pausesOnSupplement(context.definition)) {
    // the legal time restarts from zero when the complete dossier arrives (domain.md §5)
    const dueAt = computeLegalDue(
      context.calendar,
      at,
      processingTimeFor(context.definition, context.variantId),
    );
    const restarted = { ...resumed, dueAt, periods: closePeriod(state, at, 'supplement_received') };
    return enterStep(restarted, context, state.stepIndex ?? 0, at, state.holderId);
  }
  const shift = (remaining: number | null) =>
    remaining === null ? null : addWorkingMilliseconds(context.calendar, at, remaining);
  const stepDueAt = shift(paused.stepRemainingMs);
  const periods = state.periods.map((p, i) =>
    i === state.periods.length - 1 && p.endedAt === null && stepDueAt !== null
      ? { ...p, dueAt: stepDueAt }
      : p,
  );
  return { ...resumed, dueAt: shift(paused.dossierRemainingMs), stepDueAt, periods };
}

/** Applies one action; throws `invalid_transition` when the action is not allowed in the current state. */
export function applyAction(
  state: DossierState,
  action: DossierAction,
  context: DossierContext,
): DossierState {
  const s = { ...state, lastSeq: action.seq };
  const { status } = state;
  switch (action.type) {
    case 'submit':
      if (status !== null) throw invalid(state, action.type);
      return { ...s, status: 'submitted' };
    case 'accept': {
      if (status !== null && status !== 'submitted') throw invalid(state, action.type);
      const dueAt = computeLegalDue(
        context.calendar,
        action.at,
        processingTimeFor(context.definition, context.variantId),
      );
      return enterStep(
        { ...s, status: 'received', receivedAt: action.at, dueAt },
        context,
        0,
        action.at,
        action.actorId,
      );
    }
    case 'reject':
      if (status !== null && status !== 'submitted') throw invalid(state, action.type);
      return { ...s, status: 'not_received', outcome: 'not_received', finishedAt: action.at };
    case 'request_supplement': {
      const afterReceipt = status === 'received' || status === 'processing';
      if (afterReceipt) requireStepAction(state, context, action.type);
      else if (status !== 'submitted') throw invalid(state, action.type);
      const requests = (state.supplementRequests ?? 0) + (afterReceipt ? 1 : 0);
      return {
        ...s,
        status: 'supplement_requested',
        paused: pause(state, context, action.at),
        ...(requests > 0 ? { supplementRequests: requests } : {}),
      };
    }
    case 'supplement_received':
      if (status !== 'supplement_requested') throw invalid(state, action.type);
      return resume(s, context, action.at);
    case 'assign':
      if (status !== 'received' && status !== 'processing') throw invalid(state, action.type);
      if (typeof action.payload.userId !== 'string')
        throw new AppError('validation_failed', 'Chưa chọn người xử lý.');
      return {
        ...s,
        holderId: action.payload.userId,
        periods: s.periods.map((p, i) =>
          i === s.periods.length - 1 ? { ...p, holderId: action.payload.userId as string } : p,
        ),
      };
    case 'forward':
    case 'approve':
    case 'sign':
      return moveForward(s, context, action);
    case 'return': {
      requireStepAction(state, context, action.type);
      if (!state.stepIndex)
        throw new AppError('invalid_transition', 'Bước đầu tiên không có bước trước để trả lại.');
      const previous = state.periods.filter((p) => p.stepIndex === state.stepIndex! - 1).at(-1);
      return enterStep(
        { ...s, status: 'processing', periods: closePeriod(state, action.at, 'return') },
        context,
        state.stepIndex - 1,
        action.at,
        previous?.holderId ?? null,
      );
    }
    case 'consult':
      requireStepAction(state, context, action.type);
      return { ...s, openConsultations: state.openConsultations + 1 };
    case 'consult_reply':
      if (state.openConsultations === 0) throw invalid(state, action.type);
      return { ...s, openConsultations: state.openConsultations - 1 };
    case 'refuse':
      requireStepAction(state, context, action.type);
      return finish(s, action.at, 'refuse', 'refused');
    case 'stop':
      if (!['received', 'processing', 'supplement_requested', 'withdrawal_requested'].includes(status ?? ''))
        throw invalid(state, action.type);
      return {
        ...s,
        status: 'stopped',
        outcome: 'stopped',
        periods: closePeriod(state, action.at, 'stop'),
        stepIndex: null,
        stepId: null,
        holderId: null,
        stepDueAt: null,
        finishedAt: action.at,
        paused: null,
      };
    case 'request_withdrawal':
      if (!['submitted', 'received', 'processing', 'supplement_requested'].includes(status ?? ''))
        throw invalid(state, action.type);
      return {
        ...s,
        status: 'withdrawal_requested',
        paused: state.paused ?? pause(state, context, action.at),
      };
    case 'approve_withdrawal':
      if (status !== 'withdrawal_requested') throw invalid(state, action.type);
      return {
        ...s,
        status: 'stopped',
        outcome: 'withdrawn',
        periods: closePeriod(state, action.at, 'approve_withdrawal'),
        stepIndex: null,
        stepId: null,
        holderId: null,
        stepDueAt: null,
        finishedAt: action.at,
        paused: null,
      };
    case 'return_result':
      if (status !== 'processed') throw invalid(state, action.type);
      return { ...s, status: 'returned', returnedAt: action.at };
    case 'explain':
      return explainPeriod(s, action);
    case 'apology_approved':
      return applyNewDueDate(s, action);
  }
}

/** Records that a step period's lateness was explained (the explanation itself is its own record). */
function explainPeriod(state: DossierState, action: DossierAction): DossierState {
  const index = action.payload.periodIndex;
  if (typeof index !== 'number' || !state.periods[index]) {
    throw new AppError('validation_failed', 'Không có bước xử lý cần giải trình.');
  }
  const explained = state.explainedPeriods ?? [];
  return explained.includes(index) ? state : { ...state, explainedPeriods: [...explained, index] };
}

/** An approved apology's new return date replaces the due time; the legal one is kept for statistics. */
function applyNewDueDate(state: DossierState, action: DossierAction): DossierState {
  const newDueAt = action.payload.newDueAt;
  if (
    state.finishedAt !== null ||
    state.dueAt === null ||
    (state.status !== 'received' && state.status !== 'processing')
  ) {
    throw invalid(state, action.type);
  }
  if (typeof newDueAt !== 'number' || newDueAt <= state.dueAt) {
    throw new AppError('validation_failed', 'Ngày hẹn trả mới phải sau ngày hẹn hiện tại.');
  }
  return {
    ...state,
    originalDueAt: state.originalDueAt ?? state.dueAt,
    dueAt: newDueAt,
    extensions: (state.extensions ?? 0) + 1,
  };
}

/** Folds the whole log (in sequence order) into the state. */
export function deriveDossierState(actions: readonly DossierAction[], context: DossierContext): DossierState {
  return actions.reduce((state, action) => applyAction(state, action, context), INITIAL_STATE);
}

/** The actions that would be accepted now (the UI offers exactly these). */
export function listAllowedActions(
  state: DossierState,
  context: DossierContext,
  now: number,
): DossierActionType[] {
  // every action but `submit`, which only ever starts a log
  const candidates = DOSSIER_ACTIONS.filter((type): type is DossierActionType => type !== 'submit');
  return candidates.filter((type) => {
    try {
      applyAction(
        state,
        { seq: state.lastSeq + 1, type, at: now, actorId: null, payload: { userId: 'x' } },
        context,
      );
      return true;
    } catch {
      return false;
    }
  });
}
