/** Months of evaluation, 'YYYY-MM', in Vietnam's time zone (UTC+7, no daylight saving). */
const ZONE_OFFSET_MS = 7 * 3_600_000;

/** True for a well-formed month 'YYYY-MM'. */
export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month's instants [from, to) in epoch ms, local midnight to local midnight. */
export function monthRange(month: string): { from: number; to: number } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return {
    from: Date.UTC(year, m - 1, 1) - ZONE_OFFSET_MS,
    to: Date.UTC(year, m, 1) - ZONE_OFFSET_MS,
  };
}

/** The local month an instant falls in. */
export function monthOf(epochMs: number): string {
  const local = new Date(epochMs + ZONE_OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month before. */
export function previousMonth(month: string): string {
  const { from } = monthRange(month);
  return monthOf(from - 1);
}

/** The month shown as people read it: 'MM/YYYY'. */
export function formatMonth(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}
