/**
 * TT 01/2018/TT-VPCP scores from the nine indices (each 0–2 points, per-dossier points averaged over the
 * dossiers): the staff score of an official or a unit and the agency score, with their bands.
 *
 * The circular's rule, as domain.md §9 gives it: "Staff score = indices 1, 2, 3, 4, 7 (max 10): ≥ 5 full
 * completion, 3.5–5 partial, < 3.5 poor. Agency score (max 18): ≥ 15 excellent, 12–15 good, 9–12 fair, 6–9
 * average, < 6 weak." A band's lower edge belongs to it (5 is full completion, 15 excellent).
 *
 * An index the system cannot measure earns nothing: the points are then a lower bound, and the band read
 * from them is published as "at least" that band (`complete: false`), never as the band itself.
 */
import type { IndicatorResult } from './definition.js';

export type StaffBand = 'full' | 'partial' | 'poor';
export type AgencyBand = 'excellent' | 'good' | 'fair' | 'average' | 'weak';

/** The indices of the staff score (TT 01: "chỉ số 1, 2, 3, 4, 7"). */
export const STAFF_INDICES = ['tt01.1', 'tt01.2', 'tt01.3', 'tt01.4', 'tt01.7'] as const;
/** The nine indices of the agency score. */
export const AGENCY_INDICES = [
  'tt01.1',
  'tt01.2',
  'tt01.3',
  'tt01.4',
  'tt01.5',
  'tt01.6',
  'tt01.7',
  'tt01.8',
  'tt01.9',
] as const;

/** Band of a staff score (max 10): ≥ 5 full completion, 3.5–5 partial, < 3.5 poor. */
export function staffBand(points: number): StaffBand {
  if (points >= 5) return 'full';
  return points >= 3.5 ? 'partial' : 'poor';
}

/** Band of an agency score (max 18): ≥ 15 excellent, 12–15 good, 9–12 fair, 6–9 average, < 6 weak. */
export function agencyBand(points: number): AgencyBand {
  if (points >= 15) return 'excellent';
  if (points >= 12) return 'good';
  if (points >= 9) return 'fair';
  return points >= 6 ? 'average' : 'weak';
}

export interface Tt01Score<Band extends string> {
  /** Points of the indices measured (with data). */
  points: number;
  /** 2 × the indices measured. */
  maxMeasured: number;
  /** 2 × all the indices of the score (10 or 18). */
  maximum: number;
  /** Codes of the indices not measured or without data. */
  missing: string[];
  /** True when every index was measured: the band is the band; otherwise it is a lower bound. */
  complete: boolean;
  /** Null when no index had data. */
  band: Band | null;
}

/** The score of `codes` from each index's points (null: not measured or no data), with its band. */
export function scoreIndices<Band extends string>(
  codes: readonly string[],
  pointsOf: (code: string) => number | null,
  classify: (points: number) => Band,
): Tt01Score<Band> {
  let points = 0;
  let measured = 0;
  const missing: string[] = [];
  for (const code of codes) {
    const score = pointsOf(code);
    if (score === null) missing.push(code);
    else {
      points += score;
      measured += 1;
    }
  }
  return {
    points,
    maxMeasured: 2 * measured,
    maximum: 2 * codes.length,
    missing,
    complete: missing.length === 0,
    band: measured > 0 ? classify(points) : null,
  };
}

/** Staff score (indices 1, 2, 3, 4, 7) and agency score (all nine) from a report's indicator results. */
export function scoreTt01(results: ReadonlyMap<string, IndicatorResult>): {
  staff: Tt01Score<StaffBand>;
  agency: Tt01Score<AgencyBand>;
} {
  return {
    staff: scoreIndices(STAFF_INDICES, (code) => results.get(code)?.score ?? null, staffBand),
    agency: scoreIndices(AGENCY_INDICES, (code) => results.get(code)?.score ?? null, agencyBand),
  };
}
