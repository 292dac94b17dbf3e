/**
 * The one number formatter of the screens: Vietnamese write "78,02" and "1.234" (Intl.NumberFormat
 * 'vi-VN'); the English interface writes "78.02". A missing value reads as a dash.
 */
import type { Locale } from './i18n/define';

const FORMATTERS = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/** A number with at most `digits` decimals (two by default) in the reader's language; "—" without one. */
export function formatNumber(value: number | null | undefined, locale: Locale = 'vi', digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return formatterFor(locale, digits).format(value);
}
