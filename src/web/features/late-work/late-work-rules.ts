/**
 * Pure helpers of the late-work screens: working time as days/hours/minutes, the local date of an instant,
 * which new return dates the apology form offers, the board's tags, and the approved apology a dossier
 * page tells its applicant about.
 */
import type { Dossier } from '../../../contracts/dossiers';
import { TIME_ZONE } from '../../app/i18n/format';
import { matchesSearch } from '../dossiers/dossier-rules';

/** Working minutes in one working day (08:00–12:00, 13:30–17:30 by default). */
export const WORKING_DAY_MINUTES = 480;

/** Working time split into days of 8 hours, hours and minutes. */
export interface WorkingSpan {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits working minutes into working days (480 min), hours and minutes; negatives count as zero. */
export function splitWorkingMinutes(total: number): WorkingSpan {
  const rounded = Math.max(0, Math.round(total));
  const days = Math.floor(rounded / WORKING_DAY_MINUTES);
  const rest = rounded % WORKING_DAY_MINUTES;
  return { days, hours: Math.floor(rest / 60), minutes: rest % 60 };
}

/** Texts of the units, e.g. `{n} ngày`; `none` for zero. */
export interface DurationTexts {
  days: (n: number) => string;
  hours: (n: number) => string;
  minutes: (n: number) => string;
  none: string;
}

/** "1 ngày 2 giờ 15 phút": the non-zero parts of a working duration. */
export function formatWorkingMinutes(total: number, texts: DurationTexts): string {
  const span = splitWorkingMinutes(total);
  const parts = [
    span.days ? texts.days(span.days) : '',
    span.hours ? texts.hours(span.hours) : '',
    span.minutes ? texts.minutes(span.minutes) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : texts.none;
}

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day `YYYY-MM-DD` of an instant in Vietnam; null for a missing or invalid value. */
export function localDateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return dayFormatter.format(date);
}

/**
 * May the apology form offer `candidate` (`YYYY-MM-DD`) as the new return date? Only days after the
 * current due date and not before today (a new date in the past is not a date), and not Saturday or Sunday
 * (the server checks holidays, compensating days and that the day's close is still ahead).
 */
export function isOfferedNewDate(
  candidate: string,
  currentDueAt: string | null,
  now: string | null = null,
): boolean {
  const due = localDateOf(currentDueAt);
  if (due !== null && candidate <= due) return false;
  const today = localDateOf(now);
  if (today !== null && candidate < today) return false;
  const weekday = new Date(`${candidate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** One row of the late-and-at-risk board, as far as its tags go. */
export interface BoardFlags {
  state: 'late' | 'at_risk';
  explanationRequired: boolean;
  apologyRequired: boolean;
  apologyPending: boolean;
  /** The apology lead time has come (the law's latest moment is near or past). */
  apologyAdvised?: boolean;
  /** Its apology was (or will now be) late: after the latest moment, one working day before the due date. */
  apologyLate?: boolean;
  extensions: number;
}

export type BoardTag =
  'late' | 'atRisk' | 'explain' | 'apology' | 'apologyDue' | 'apologyLate' | 'pending' | 'extended';

/** The tags a board row shows, most urgent first. */
export function boardTagsOf(item: BoardFlags): BoardTag[] {
  const tags: BoardTag[] = [item.state === 'late' ? 'late' : 'atRisk'];
  if (item.explanationRequired) tags.push('explain');
  if (item.apologyPending) tags.push('pending');
  else if (item.apologyRequired) tags.push('apology');
  else if (item.apologyAdvised && item.extensions === 0) tags.push('apologyDue');
  if (item.apologyLate) tags.push('apologyLate');
  if (item.extensions > 0) tags.push('extended');
  return tags;
}

/** An apology the applicant is told about: the reason and the dates. */
export interface ApologyNoticeData {
  unitName: string | null;
  reason: string;
  previousDueAt: string | null;
  newDueAt: string;
  issuedAt: string;
}

/**
 * The approved apology of a dossier, read from the dossier itself (its applicant cannot open the late-work
 * view): the last "apology approved" history entry carries the reason, the dossier's due time is the new
 * date and its legal due time the previous one. Null when no new date was granted.
 */
export function approvedApologyOf(
  dossier: Pick<Dossier, 'extensions' | 'history' | 'dueAt' | 'legalDueAt'>,
): ApologyNoticeData | null {
  if (dossier.extensions < 1 || !dossier.dueAt) return null;
  const entry = dossier.history.filter((h) => h.type === 'apology_approved').at(-1);
  if (!entry) return null;
  return {
    unitName: null,
    reason: entry.note ?? '',
    previousDueAt: dossier.legalDueAt !== dossier.dueAt ? dossier.legalDueAt : null,
    newDueAt: dossier.dueAt,
    issuedAt: entry.at,
  };
}

/** True when a board row matches the search (code, procedure or holder; accents and case ignored). */
export function matchesBoardSearch(
  item: { code: string | null; procedureName: string; holder: { name: string } | null },
  query: string,
): boolean {
  return matchesSearch([item.code ?? '', item.procedureName, item.holder?.name ?? ''].join(' '), query);
}
