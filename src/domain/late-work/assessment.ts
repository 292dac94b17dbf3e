/**
 * What lateness asks of a dossier right now (domain.md §7, seed 004's rule): a step past its due time must
 * be explained by its holder, and a dossier past its due time must have an approved apology with a new date,
 * before the dossier moves on. Pure: the state, the time and the rules in, the obligations out.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { AppError } from '../errors.js';
import type { DossierState, StepPeriod } from '../dossiers/state.js';
import type { DossierActionType } from '../dossiers/status.js';
import { APOLOGY_OPEN_STATUSES, assessApologyTiming } from './apology-warning.js';
import type { LateWorkRules } from './rules.js';

/** Actions that move a dossier on from its step: refused while lateness is not explained or apologised for. */
export const FORWARD_ACTIONS: readonly DossierActionType[] = [
  'forward',
  'approve',
  'sign',
  'refuse',
  'return',
  'request_supplement',
];

export interface LateWorkAssessment {
  /** The open step period when it is past its due time, with its index. */
  overdueStep: { periodIndex: number; period: StepPeriod } | null;
  /** The overdue step still needs its holder's explanation. */
  explanationRequired: boolean;
  /** The dossier is unfinished and past its due time. */
  dossierOverdue: boolean;
  /** The dossier is overdue, may still get a new date, and has none approved for the current due time. */
  apologyRequired: boolean;
  /**
   * An apology may be drafted now: the dossier is unfinished and its one new date is unused. The law sets a
   * latest moment, not an earliest, so there is no window to wait for.
   */
  apologyAllowed: boolean;
  /** The board and the holder's queue warn: the configured lead time before the due time has come. */
  apologyAdvised: boolean;
  /** When the warning starts (the due time minus the lead time, epoch ms); null without a due time. */
  apologyAdvisedFrom: number | null;
  /** The latest moment an apology reaches the citizen in time (`computeApologyLatestAt`); null without one. */
  apologyLatestAt: number | null;
  /** An apology approved now would be late (recorded as such; it is still required). */
  apologyLateNow: boolean;
  /** New return dates still allowed. */
  extensionsLeft: number;
}

/** The open (last, unended) step period, or null. */
export function findOpenPeriod(state: DossierState): { periodIndex: number; period: StepPeriod } | null {
  const periodIndex = state.periods.length - 1;
  const period = state.periods[periodIndex];
  return period && period.endedAt === null ? { periodIndex, period } : null;
}

/** Assesses a dossier's late-work obligations at `now`. */
export function assessLateWork(
  state: DossierState,
  now: number,
  rules: LateWorkRules,
  calendar: WorkingCalendar,
): LateWorkAssessment {
  const inStep = state.status !== null && APOLOGY_OPEN_STATUSES.has(state.status);
  const open = inStep ? findOpenPeriod(state) : null;
  const overdueStep = open && open.period.dueAt < now ? open : null;
  const explained = state.explainedPeriods ?? [];
  const unfinished = state.finishedAt === null && state.dueAt !== null && inStep;
  const dossierOverdue = unfinished && state.dueAt! < now;
  const timing = assessApologyTiming(
    {
      status: state.status,
      dueAt: state.dueAt,
      finishedAt: state.finishedAt,
      extensions: state.extensions ?? 0,
    },
    now,
    rules,
    calendar,
  );
  return {
    overdueStep,
    explanationRequired: overdueStep !== null && !explained.includes(overdueStep.periodIndex),
    dossierOverdue,
    apologyRequired: dossierOverdue && timing.extensionsLeft > 0,
    apologyAllowed: timing.apologyAllowed,
    apologyAdvised: timing.apologyAdvised,
    apologyAdvisedFrom: timing.apologyAdvisedFrom,
    apologyLatestAt: timing.apologyLatestAt,
    apologyLateNow: timing.apologyLateNow,
    extensionsLeft: timing.extensionsLeft,
  };
}

/**
 * Refuses a forward action while lateness is unexplained (`explanation_required`) or the overdue dossier
 * has no approved new date (`apology_required`); other actions pass. Applies to everyone, leaders included.
 */
export function assertMayMoveOn(
  assessment: LateWorkAssessment,
  type: DossierActionType,
  pendingApology: boolean,
): void {
  if (!FORWARD_ACTIONS.includes(type)) return;
  if (assessment.explanationRequired) {
    const { periodIndex, period } = assessment.overdueStep!;
    throw new AppError(
      'explanation_required',
      'Bước xử lý đã quá hạn: người được giao xử lý phải gửi giải trình trước khi hồ sơ được chuyển tiếp.',
      { periodIndex, stepId: period.stepId, holderId: period.holderId, dueAt: period.dueAt },
      'This step is overdue: its holder must file an explanation before the dossier can move on.',
    );
  }
  if (assessment.apologyRequired) {
    throw new AppError(
      'apology_required',
      pendingApology
        ? 'Hồ sơ đã quá hạn: phiếu xin lỗi và hẹn lại ngày trả đang chờ lãnh đạo phê duyệt; hồ sơ chỉ được chuyển tiếp sau khi được duyệt.'
        : 'Hồ sơ đã quá hạn: cần lập phiếu xin lỗi và hẹn lại ngày trả (mẫu 04) và được lãnh đạo phê duyệt trước khi chuyển tiếp.',
      { pendingApology },
      'The dossier is overdue: an apology with a new return date must be approved before it moves on.',
    );
  }
}
