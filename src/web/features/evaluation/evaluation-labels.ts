/** Labels and small helpers shared by the evaluation screens. */
import {
  EVALUATION_STATUS_LABELS,
  PERIOD_STATUS_LABELS,
  type EvaluationStatus,
  type PeriodStatus,
} from '../../../domain/evaluation/cycle';
import { formatMonth, monthOf, previousMonth } from '../../../domain/evaluation/month';
import type { Locale } from '../../app/i18n/define';

export const STATUS_COLORS: Record<EvaluationStatus, string> = {
  pending: 'default',
  self_assessed: 'processing',
  reviewed: 'warning',
  approved: 'success',
};

export const PERIOD_COLORS: Record<PeriodStatus, string> = {
  open: 'processing',
  locked: 'warning',
  published: 'success',
};

/** An evaluation's status in the interface language. */
export const evaluationStatusLabel = (status: EvaluationStatus, locale: Locale) =>
  EVALUATION_STATUS_LABELS[status][locale];
/** A period's status in the interface language. */
export const periodStatusLabel = (status: PeriodStatus, locale: Locale) =>
  PERIOD_STATUS_LABELS[status][locale];

/** The last `count` months up to the current one, newest first, as select options (MM/YYYY). */
export function recentMonths(now: number, count = 12): { value: string; label: string }[] {
  const months: string[] = [monthOf(now)];
  while (months.length < count) months.push(previousMonth(months.at(-1)!));
  return months.map((value) => ({ value, label: formatMonth(value) }));
}

export { formatMonth };
