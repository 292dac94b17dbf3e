/** Formatting of published figures: percentages and numbers in the reader's language, periods as options. */
import type { Locale } from '../../app/i18n/define';

const tag = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-GB');

/** A ratio as a percentage with one decimal ("95,2%" in Vietnamese); a dash without a value. */
export function formatPercent(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  return `${(value * 100).toLocaleString(tag(locale), { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
}

/** A number with up to `digits` decimals; a dash without a value. */
export function formatNumber(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(tag(locale), { maximumFractionDigits: digits });
}

/** An indicator value in its unit: ratios as percentages, points and hours as numbers. */
export function formatValue(
  value: number | null,
  unit: 'ratio' | 'points' | 'hours' | undefined,
  locale: Locale,
): string {
  return unit === 'ratio' ? formatPercent(value, locale) : formatNumber(value, locale);
}

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The kind of a period key. */
export function periodKindOf(key: string): PeriodKind {
  if (/^\d{4}$/.test(key)) return 'year';
  return key.includes('Q') ? 'quarter' : 'month';
}

/** Period keys to choose from, latest first, ending with the one holding `today` (ISO local date). */
export function periodOptions(
  kind: PeriodKind,
  today: string,
  count = 24,
): { value: string; label: string }[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (kind === 'year') return [0, 1, 2, 3].map((i) => ({ value: String(year - i), label: String(year - i) }));
  if (kind === 'quarter') {
    const q = Math.floor((month - 1) / 3);
    return Array.from({ length: 8 }, (_, i) => {
      const n = year * 4 + q - i;
      const key = `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
      return { value: key, label: `Q${(n % 4) + 1}/${Math.floor(n / 4)}` };
    });
  }
  return Array.from({ length: count }, (_, i) => {
    const n = year * 12 + (month - 1) - i;
    const y = Math.floor(n / 12);
    const m = String((n % 12) + 1).padStart(2, '0');
    return { value: `${y}-${m}`, label: `${m}/${y}` };
  });
}

/** Today's local (Vietnam) ISO date. */
export function todayInVietnam(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The last complete month ('YYYY-MM') before the one holding `today` (ISO local date): the portal's default. */
export function lastCompleteMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
