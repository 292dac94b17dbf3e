/**
 * TT 01/2018/TT-VPCP staff score of ONE official for a month, from the evaluation evidence (issue #19 item 2).
 *
 * The circular's rule, as domain.md §9 gives it: "Staff score = indices 1, 2, 3, 4, 7 (max 10): ≥ 5 full
 * completion, 3.5–5 partial, < 3.5 poor", each index 0/1/2 points and "Per-dossier indices are averaged over
 * dossiers". For an official the dossiers are those finished in the month on which they held a step:
 * - index 1, total time against the legal time: early 2, on time 1, late 0, averaged over those dossiers;
 * - index 2, each agency's time against its step time: the official's OWN steps ended in the month, early 2,
 *   on time 1, late 0, averaged over the steps;
 * - index 3, contacts needed: 0 supplement requests 2, one 1, more 0, averaged over those dossiers;
 * - index 4, agencies contacted: no input data (as for units), so not measured;
 * - index 7, staff attitude: upheld complaint 0, early 2, on time 1, averaged over those dossiers.
 * An index without a denominator is not measured, never 0; the band of an incomplete score is "at least".
 */
import {
  scoreIndices,
  STAFF_INDICES,
  staffBand,
  type StaffBand,
  type Tt01Score,
} from '../indicators/tt01-score.js';
import type { MonthEvidence } from './evidence.js';

export interface OfficialTt01Index {
  code: (typeof STAFF_INDICES)[number];
  /** Points 0..2 (rounded to 2 decimals), or null when the index was not measured. */
  points: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface OfficialTt01 {
  indices: OfficialTt01Index[];
  staff: Tt01Score<StaffBand>;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function ratio(code: OfficialTt01Index['code'], numerator: number, denominator: number): OfficialTt01Index {
  return denominator > 0
    ? { code, points: round2(numerator / denominator), numerator, denominator }
    : { code, points: null, numerator: null, denominator: null };
}

/** The official's five staff indices and the staff score with its band. */
export function scoreOfficialTt01(e: MonthEvidence): OfficialTt01 {
  const indices: OfficialTt01Index[] = [
    ratio('tt01.1', 2 * e.finishedEarly + e.finishedOnTime, e.dossiersFinished),
    ratio('tt01.2', 2 * e.stepsEarly + e.stepsOnTime, e.stepsHandled),
    ratio('tt01.3', e.contactPoints, e.dossiersFinished),
    { code: 'tt01.4', points: null, numerator: null, denominator: null },
    ratio('tt01.7', e.attitudePoints, e.dossiersFinished),
  ];
  const byCode = new Map(indices.map((index) => [index.code as string, index.points]));
  const staff = scoreIndices(STAFF_INDICES, (code) => byCode.get(code) ?? null, staffBand);
  // the sum of rounded points is classified as shown (4.999… from floating point is 5: full completion)
  const points = round2(staff.points);
  return { indices, staff: { ...staff, points, band: staff.band === null ? null : staffBand(points) } };
}
