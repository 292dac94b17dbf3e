/**
 * Reporting periods: a month ('2026-03'), a quarter ('2026-Q1') or a year ('2026'), as half-open ranges of
 * local dates [from, to) and the month starts they cover (the month roll-ups are read for them).
 */
export interface Period {
  key: string;
  kind: 'month' | 'quarter' | 'year';
  /** First local day, ISO. */
  from: string;
  /** First local day after the period, ISO. */
  to: string;
  /** The first day of each month in the period, ISO. */
  months: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number) =>
  month > 12 ? `${year + 1}-01-01` : `${year}-${pad(month)}-01`;

function build(key: string, kind: Period['kind'], year: number, firstMonth: number, count: number): Period {
  const months = Array.from({ length: count }, (_, i) => monthStart(year, firstMonth + i));
  return { key, kind, from: months[0]!, to: monthStart(year, firstMonth + count), months };
}

/** Parses a period key; null when it is not one. */
export function parsePeriod(key: string): Period | null {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? build(key, 'month', Number(m[1]), month, 1) : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return build(key, 'quarter', Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3);
  m = /^(\d{4})$/.exec(key);
  return m ? build(key, 'year', Number(m[1]), 1, 12) : null;
}

/** The period of the same kind just before. */
export function previousPeriod(period: Period): Period {
  const [year, rest] = [Number(period.key.slice(0, 4)), period.key.slice(5)];
  if (period.kind === 'year') return parsePeriod(String(year - 1))!;
  if (period.kind === 'quarter') {
    const q = Number(rest.slice(1));
    return parsePeriod(q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`)!;
  }
  const month = Number(rest);
  return parsePeriod(month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`)!;
}

/** The month key ('YYYY-MM') holding a local ISO date. */
export function monthKeyOf(localDate: string): string {
  return localDate.slice(0, 7);
}

/** The local (UTC+7, no daylight saving) ISO date of an instant. */
export function toLocalDate(epochMs: number): string {
  return new Date(epochMs + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** True when the period contains the local date. */
export function periodContains(period: Period, localDate: string): boolean {
  return period.from <= localDate && localDate < period.to;
}
