/**
 * Dates and times as people in Vietnam read them: dd/mm/yyyy and HH:mm (24-hour), always in the
 * Asia/Ho_Chi_Minh time zone whatever the browser's own zone is.
 */

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface DateParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
  second: string;
}

function partsOf(value: string | Date): DateParts | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return {
    day: parts.day ?? '',
    month: parts.month ?? '',
    year: parts.year ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
  };
}

/** dd/mm/yyyy in Vietnam time; an empty string for a missing or invalid value. */
export function formatDate(value: string | Date | null | undefined): string {
  const p = value ? partsOf(value) : null;
  return p ? `${p.day}/${p.month}/${p.year}` : '';
}

/** dd/mm/yyyy HH:mm (or HH:mm:ss) in Vietnam time; an empty string for a missing or invalid value. */
export function formatDateTime(
  value: string | Date | null | undefined,
  options?: { seconds?: boolean },
): string {
  const p = value ? partsOf(value) : null;
  if (!p) return '';
  const time = options?.seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
  return `${p.day}/${p.month}/${p.year} ${time}`;
}
