/**
 * Dialogues with citizens (seed 004: every six months per unit): when the next one is due. Pure; the
 * interval is a parameter (configuration), six months by default.
 */
import { computeLocalEpochDay, formatEpochDay } from '../calendar/index.js';

export const DIALOGUE_INTERVAL_MONTHS = 6;

export const DIALOGUE_STATUSES = ['planned', 'held', 'published'] as const;
export type DialogueStatus = (typeof DIALOGUE_STATUSES)[number];

export const DIALOGUE_STATUS_LABELS: Record<DialogueStatus, { vi: string; en: string }> = {
  planned: { vi: 'Đã lên kế hoạch', en: 'Planned' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  published: { vi: 'Đã công khai biên bản', en: 'Minutes published' },
};

/** Adds calendar months to a local date 'YYYY-MM-DD', clamping the day to the month's end. */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DialogueDue {
  /** Local date the next dialogue is due by, or null when the unit never held one (due now). */
  dueBy: string | null;
  overdue: boolean;
}

/**
 * When a unit's next dialogue is due: `intervalMonths` after the last one held (planned ones do not count).
 * A unit that never held one is due now.
 */
export function computeDialogueDue(
  lastHeldAt: number | null,
  now: number,
  intervalMonths = DIALOGUE_INTERVAL_MONTHS,
): DialogueDue {
  if (lastHeldAt === null) return { dueBy: null, overdue: true };
  const dueBy = addMonthsToDate(formatEpochDay(computeLocalEpochDay(lastHeldAt)), intervalMonths);
  const today = formatEpochDay(computeLocalEpochDay(now));
  return { dueBy, overdue: today > dueBy };
}
