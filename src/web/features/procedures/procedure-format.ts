/**
 * How the catalogue reads to people: legal times ("3 ngày làm việc", "Trong ngày"), step allotments in
 * working hours or days, and amounts in đồng ("10.000 đ"). Pure functions of the value and the language.
 */
import type { Duration, Fee, TimeUnit } from '../../../domain/procedures/definition';
import { DEFAULT_WORKING_DAY_MINUTES } from '../../../domain/procedures/validate';
import type { I18n } from '../../app/i18n/context';
import { formatNumber as formatAppNumber } from '../../app/numbers';
import type { Locale } from '../../app/i18n/define';
import type { MessageKey } from '../../app/i18n/messages';

const TIME_KEYS: Record<TimeUnit, MessageKey> = {
  working_days: 'proc.time.working_days',
  working_hours: 'proc.time.working_hours',
  calendar_days: 'proc.time.calendar_days',
  same_day: 'proc.time.same_day',
};

function numberLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-US';
}

/** A number as the language writes it: "1,5" in Vietnamese, "1.5" in English; at most two decimals. */
export function formatNumber(value: number, locale: Locale): string {
  return formatAppNumber(value, locale);
}

/** An amount in đồng: "10.000 đ" in Vietnamese, "10,000 VND" in English. */
export function formatVnd(amount: number, locale: Locale): string {
  const digits = new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 0 }).format(amount);
  return locale === 'vi' ? `${digits} đ` : `${digits} VND`;
}

/** A legal time: "3 ngày làm việc", "4 giờ làm việc", "15 ngày", "Trong ngày". */
export function formatDuration(duration: Duration, t: I18n['t'], locale: Locale): string {
  return t(TIME_KEYS[duration.unit], { value: formatNumber(duration.value, locale) });
}

/**
 * Working minutes as people count them: hours below a working day ("4 giờ làm việc"), days when they come
 * in half days ("1 ngày làm việc", "4,5 ngày làm việc"), hours otherwise ("10 giờ làm việc").
 */
export function formatWorkingMinutes(minutes: number, t: I18n['t'], locale: Locale): string {
  const halfDay = DEFAULT_WORKING_DAY_MINUTES / 2;
  if (minutes >= DEFAULT_WORKING_DAY_MINUTES && minutes % halfDay === 0) {
    return formatDuration({ value: minutes / DEFAULT_WORKING_DAY_MINUTES, unit: 'working_days' }, t, locale);
  }
  return formatDuration({ value: minutes / 60, unit: 'working_hours' }, t, locale);
}

/** The sum of a procedure's fees (0 when it has none). */
export function totalFee(fees: readonly Pick<Fee, 'amount'>[]): number {
  return fees.reduce((sum, fee) => sum + (Number.isFinite(fee.amount) ? fee.amount : 0), 0);
}

/** The fees total for a list: "Miễn phí" for nothing to pay, otherwise the amount. */
export function formatFeeTotal(total: number | null, t: I18n['t'], locale: Locale): string {
  if (total === null) return t('state.none');
  return total === 0 ? t('proc.fee.free') : formatVnd(total, locale);
}

/** A fee that depends on the tier chosen: "10.000 đ – 20.000 đ"; a single amount as formatFeeTotal. */
export function formatFeeRange(min: number | null, max: number | null, t: I18n['t'], locale: Locale): string {
  if (min === null || max === null || min === max) return formatFeeTotal(min, t, locale);
  return `${formatFeeTotal(min, t, locale)} – ${formatVnd(max, locale)}`;
}

/** A value of a change as people read it: text as is, numbers and objects as indented JSON, nothing as "—". */
export function formatChangeValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/** Digits grouped with dots, as amounts in đồng are written ("10.000"). */
export function groupDigits(value: string | number | undefined): string {
  return String(value ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
