/**
 * When the apology for an unfinished dossier is due (domain.md §7): whether one may still be made, when the
 * warning starts (the rules' lead time before the latest moment), its latest moment, and the warning a list shows.
 * Shared by the full assessment of one dossier and by the work queues, which know only a row's columns.
 */
import { addWorkingMinutes, type WorkingCalendar } from '../calendar/index.js';
import { computeApologyLatestAt } from './apology.js';
import type { LateWorkRules } from './rules.js';

/** Statuses in which a dossier is being handled (the clock runs and an apology may be made). */
export const APOLOGY_OPEN_STATUSES: ReadonlySet<string> = new Set(['received', 'processing']);

/** What the timing needs of a dossier: its status, current due time, finish time and new dates used. */
export interface ApologyTimingInput {
  status: string | null;
  dueAt: number | null;
  finishedAt: number | null;
  extensions: number;
}

export interface ApologyTiming {
  /** New return dates still allowed. */
  extensionsLeft: number;
  /** An apology may be drafted now: unfinished, being handled, with a due time and a new date left. */
  apologyAllowed: boolean;
  /**
   * When the warning starts: the lead time before the latest moment (epoch ms; with the default one working
   * day, the start of the day on whose close the apology is due); null without a due time.
   */
  apologyAdvisedFrom: number | null;
  /** The latest moment an apology reaches the citizen in time; null without a due time. */
  apologyLatestAt: number | null;
  /** The lead time before the latest moment has come (and an apology may still be made). */
  apologyAdvised: boolean;
  /** Past the latest moment: an apology approved now is late (and an apology may still be made). */
  apologyLateNow: boolean;
}

/** The apology's timing for a dossier at `now`. */
export function assessApologyTiming(
  dossier: ApologyTimingInput,
  now: number,
  rules: LateWorkRules,
  calendar: WorkingCalendar,
): ApologyTiming {
  const extensionsLeft = Math.max(0, rules.maxExtensions - dossier.extensions);
  const inStep = dossier.status !== null && APOLOGY_OPEN_STATUSES.has(dossier.status);
  const { dueAt } = dossier;
  const apologyAllowed = inStep && dossier.finishedAt === null && dueAt !== null && extensionsLeft > 0;
  const lead = rules.apologyLeadMinutes;
  const apologyLatestAt = dueAt === null ? null : computeApologyLatestAt(calendar, dueAt, lead);
  // the warning comes one lead time before the law's latest moment, so the holder has that long to act
  const apologyAdvisedFrom =
    apologyLatestAt === null ? null : addWorkingMinutes(calendar, apologyLatestAt, -lead);
  return {
    extensionsLeft,
    apologyAllowed,
    apologyAdvisedFrom,
    apologyLatestAt,
    apologyAdvised: apologyAllowed && apologyAdvisedFrom! <= now,
    apologyLateNow: apologyAllowed && apologyLatestAt! < now,
  };
}

/** The warning a work queue shows for a dossier's apology. */
export type ApologyWarning = 'due_soon' | 'overdue';

/**
 * The queue's warning: `overdue` once the latest moment has passed, `due_soon` from the lead time before the
 * latest moment until then, nothing before, nor once no new date may be given (an approved apology used it, or
 * the dossier is finished or waiting for the citizen). ND 61/2018/NĐ-CP: "trong thời hạn chậm nhất 01 ngày
 * trước ngày hết hạn, cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ phải … gửi văn bản xin lỗi tổ chức, cá
 * nhân".
 */
export function findApologyWarning(timing: ApologyTiming): ApologyWarning | null {
  if (timing.apologyLateNow) return 'overdue';
  if (timing.apologyAdvised) return 'due_soon';
  return null;
}
