/**
 * Reports over findings and visits (pure): confirmed violations by type, unit and month; repeat findings
 * (the same official, or the same unit when no official is named, confirmed twice or more for one type);
 * inspection coverage (units with no visit in a quarter). Months and quarters are Vietnamese local time.
 */
import { isFindingConfirmed } from '../conduct/rules.js';
import type { Decision } from '../conduct/violations.js';

const VN_OFFSET_MS = 7 * 3_600_000;

/** 'YYYY-MM-DD' of an instant in Asia/Ho_Chi_Minh. */
export function formatLocalDay(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of an instant in Asia/Ho_Chi_Minh. */
export function formatLocalMonth(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 7);
}

/** The local quarter holding an instant: its key ('2026-Q2') and start/end instants (end exclusive). */
export function computeQuarter(ms: number): { key: string; startMs: number; endMs: number } {
  const local = new Date(ms + VN_OFFSET_MS);
  const year = local.getUTCFullYear();
  const q = Math.floor(local.getUTCMonth() / 3);
  return {
    key: `${year}-Q${q + 1}`,
    startMs: Date.UTC(year, q * 3, 1) - VN_OFFSET_MS,
    endMs: Date.UTC(year, q * 3 + 3, 1) - VN_OFFSET_MS,
  };
}

export interface ReportFinding {
  unitId: string;
  officialId: string | null;
  violationType: string;
  decision: Decision | null;
  occurredAt: number;
}

export interface ViolationCount {
  violationType: string;
  unitId: string;
  month: string;
  count: number;
}

/** Confirmed findings counted by (type, unit, month), sorted by month, unit, type. */
export function countViolations(findings: readonly ReportFinding[]): ViolationCount[] {
  const counts = new Map<string, ViolationCount>();
  for (const f of findings) {
    if (!isFindingConfirmed(f)) continue;
    const month = formatLocalMonth(f.occurredAt);
    const key = `${f.violationType}|${f.unitId}|${month}`;
    const entry = counts.get(key) ?? { violationType: f.violationType, unitId: f.unitId, month, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.unitId.localeCompare(b.unitId) ||
      a.violationType.localeCompare(b.violationType),
  );
}

export interface RepeatFinding {
  unitId: string;
  officialId: string | null;
  violationType: string;
  count: number;
  lastAt: number;
}

/** Who was confirmed at fault for the same type at least `threshold` times (default 2), most first. */
export function findRepeatFindings(findings: readonly ReportFinding[], threshold = 2): RepeatFinding[] {
  const groups = new Map<string, RepeatFinding>();
  for (const f of findings) {
    if (!isFindingConfirmed(f)) continue;
    const key = `${f.officialId ?? `unit:${f.unitId}`}|${f.violationType}`;
    const g = groups.get(key) ?? {
      unitId: f.unitId,
      officialId: f.officialId,
      violationType: f.violationType,
      count: 0,
      lastAt: 0,
    };
    g.count += 1;
    g.lastAt = Math.max(g.lastAt, f.occurredAt);
    groups.set(key, g);
  }
  return [...groups.values()]
    .filter((g) => g.count >= threshold)
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}

/** Units of `unitIds` with no visit (visited_at) inside [startMs, endMs), in the given order. */
export function listUninspectedUnits(
  unitIds: readonly string[],
  visits: readonly { unitId: string; visitedAt: number | null }[],
  startMs: number,
  endMs: number,
): string[] {
  const seen = new Set(
    visits
      .filter((v) => v.visitedAt !== null && v.visitedAt >= startMs && v.visitedAt < endMs)
      .map((v) => v.unitId),
  );
  return unitIds.filter((id) => !seen.has(id));
}
