/**
 * The log a simulated dossier grows: each action goes through the domain's `applyAction` (so an action the
 * state machine refuses throws, exactly as live), and nothing after `now` is logged.
 */
import { addWorkingMinutes } from '../../../domain/calendar/index.js';
import {
  INITIAL_STATE,
  applyAction,
  type DossierAction,
  type DossierContext,
  type DossierState,
} from '../../../domain/dossiers/state.js';
import type { Channel, LoggedActionType } from '../../../domain/dossiers/status.js';
import type { Random } from './random.js';
import type { HistoryShares } from './shares.js';

/** The officials acting for each role at a receiving unit; null logs the action without a named official. */
export interface UnitActors {
  reception: string | null;
  specialist: string | null;
  unit_leader: string | null;
  one_stop_head: string | null;
}

export interface SimulationInput {
  context: DossierContext;
  channel: Channel;
  /** When the dossier was submitted online or brought to the counter (epoch ms). */
  arrivedAt: number;
  now: number;
  actors: UnitActors;
  applicantUserId: string | null;
  shares: HistoryShares;
  random: Random;
}

/** One logged action and the step the dossier was at before it (what `dossier_action.step_id` keeps). */
export interface SimulatedAction {
  action: DossierAction;
  stepId: string | null;
}

/** Reasons written with supplements, refusals and send-backs. */
export const REASONS = {
  supplement: ['Thiếu bản sao giấy tờ tùy thân', 'Tờ khai chưa ghi đủ thông tin', 'Thiếu giấy tờ chứng minh'],
  reject: ['Yêu cầu không thuộc thẩm quyền giải quyết', 'Hồ sơ không đúng thủ tục đề nghị'],
  refuse: ['Không đủ điều kiện theo quy định', 'Thông tin kê khai không khớp với cơ sở dữ liệu'],
  sendBack: ['Đề nghị thẩm định lại nội dung', 'Bổ sung ý kiến thẩm định'],
};

/** The growing log of one dossier. */
export class ActionLog {
  state: DossierState = INITIAL_STATE;
  readonly actions: SimulatedAction[] = [];
  supplemented = false;

  constructor(readonly input: SimulationInput) {}

  /** Logs an action; false (and nothing logged) when it would happen after `now`. */
  add(type: LoggedActionType, at: number, actorId: string | null, payload: Record<string, unknown> = {}) {
    if (at > this.input.now) return false;
    const action: DossierAction = { seq: this.state.lastSeq + 1, type, at, actorId, payload };
    const stepId = this.state.stepId;
    this.state = applyAction(this.state, action, this.input.context);
    this.actions.push({ action, stepId });
    return true;
  }

  /** `minutes` of working time after `at` on the dossier's calendar. */
  after(at: number, minutes: number): number {
    return addWorkingMinutes(this.input.context.calendar, at, minutes);
  }

  /** Asks for a supplement and logs its arrival 1–8 working days later; null when it never comes (yet). */
  askSupplement(at: number, actorId: string | null): number | null {
    const { random, shares, context, actors } = this.input;
    const reason = random.pick(REASONS.supplement);
    if (!this.add('request_supplement', at, actorId, { reason, items: [reason] })) return null;
    this.supplemented = true;
    if (random.chance(shares.supplementAbandoned)) return null;
    const back = this.after(at, random.between(1, 8) * context.calendar.minutesPerWorkingDay);
    return this.add('supplement_received', back, actors.reception) ? back : null;
  }
}
