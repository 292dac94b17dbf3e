/**
 * The late-work rule in the generated history (issue #6): before a late step moves on, its holder files an
 * explanation; before an overdue dossier moves on, the unit's apology with a new date (once) is approved by
 * the leader. So the demo's log is one the live API would have accepted, and carries explanations and
 * apologies for the dashboards and evaluations.
 */
import { computeDayIndex, computeWorkingDayEnd } from '../../../domain/calendar/index.js';
import { computeApologyLatestAt, findResponsibleHolders } from '../../../domain/late-work/apology.js';
import { DEFAULT_LATE_WORK_RULES } from '../../../domain/late-work/rules.js';
import type { ActionLog } from './action-log.js';

const LEAD_MINUTES = DEFAULT_LATE_WORK_RULES.apologyLeadMinutes;

const REASONS = DEFAULT_LATE_WORK_RULES.explanationReasons.filter((r) => r.code !== 'other');
const TEXTS: Record<string, string> = {
  waiting_other_agency: 'Chờ văn bản trả lời của cơ quan phối hợp nên chưa hoàn thành đúng hạn.',
  incomplete_appraisal: 'Hồ sơ thiếu thông tin để thẩm định, phải liên hệ lại người nộp.',
  workload: 'Số lượng hồ sơ trong tuần tăng cao, xử lý chưa kịp thời hạn.',
  system_fault: 'Phần mềm một cửa gặp sự cố, không ký số được trong ngày.',
  applicant_caused: 'Người nộp hồ sơ hẹn lại thời gian phối hợp xác minh.',
  field_verification: 'Phải xác minh thực địa tại địa phương, mất thêm thời gian.',
};

/**
 * Logs what the late-work rule requires before an action at `end` moves the dossier on: the apology (when
 * the dossier is past due and may still get a new date) and the step's explanation. False when an entry
 * would fall after `now` (the walk then stops, as the forward action would).
 */
export function honourLateWork(log: ActionLog, end: number, holder: string | null): boolean {
  const { random, actors, context } = log.input;
  const state = log.state;
  if (holder === null || actors.unit_leader === null) return true;
  const reason = random.pick(REASONS);
  if (state.dueAt !== null && state.dueAt < end && (state.extensions ?? 0) === 0) {
    const lastAt = log.actions.at(-1)?.action.at ?? end;
    const at = Math.min(
      end,
      Math.max(lastAt, log.after(state.dueAt, -context.calendar.minutesPerWorkingDay)),
    );
    const target = log.after(end, random.between(1, 3) * context.calendar.minutesPerWorkingDay);
    const newDueAt = computeWorkingDayEnd(
      context.calendar,
      context.calendar.workingDaysBefore[computeDayIndex(context.calendar, target)]!,
    );
    const latestAt = computeApologyLatestAt(context.calendar, state.dueAt, LEAD_MINUTES);
    const payload = {
      apologyId: random.uuid(),
      newDueAt: Math.max(newDueAt, state.dueAt + 60_000),
      previousDueAt: state.dueAt,
      latestAt,
      late: at > latestAt,
      reason: TEXTS[reason.code] ?? reason.vi,
      reasonCode: reason.code,
      draftedBy: holder,
      responsible: findResponsibleHolders(state, at),
    };
    if (!log.add('apology_approved', at, actors.unit_leader, payload)) return false;
  }
  const periodIndex = log.state.periods.length - 1;
  const period = log.state.periods[periodIndex];
  if (period && period.endedAt === null && period.dueAt < end) {
    const payload = {
      periodIndex,
      explanationId: random.uuid(),
      reasonCode: reason.code,
      text: TEXTS[reason.code] ?? reason.vi,
      stepId: period.stepId,
      stepDueAt: period.dueAt,
    };
    if (!log.add('explain', end, holder, payload)) return false;
  }
  return true;
}
