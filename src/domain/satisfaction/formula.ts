/**
 * Satisfaction formulas, versioned (domain.md §8, [verify]): a response stores the formula version it was
 * scored with, and every index names the version it was computed with. Pure; shared by server and web.
 *
 * `sipas-2026.1` (default):
 * - an element answer is *valid* when the citizen gave a level 1..5 ("no opinion" is not valid);
 * - element rate = (satisfied + very satisfied) / valid answers of that element;
 * - a response is *overall satisfied* when the mean of its valid element answers is at least 4;
 * - overall rate = overall-satisfied responses / responses with at least one valid element answer;
 * - index = mean of the element rates over elements with at least one valid answer.
 */
import { SATISFACTION_ELEMENTS, type Answers, type SatisfactionElement } from './instrument.js';

export interface SatisfactionFormula {
  version: string;
  /** Lowest level that counts as satisfied. */
  satisfiedFrom: number;
  /** A response is overall satisfied when the mean of its element answers reaches this. */
  overallMeanFrom: number;
  description: { vi: string; en: string };
}

export const SATISFACTION_FORMULAS: Record<string, SatisfactionFormula> = {
  'sipas-2026.1': {
    version: 'sipas-2026.1',
    satisfiedFrom: 4,
    overallMeanFrom: 4,
    description: {
      vi: 'Tỷ lệ hài lòng = (hài lòng + rất hài lòng) / số câu trả lời hợp lệ; chỉ số = trung bình tỷ lệ của 5 yếu tố; một phiếu hài lòng chung khi điểm trung bình các yếu tố ≥ 4.',
      en: 'Rate = (satisfied + very satisfied) / valid answers; index = mean of the 5 element rates; a response is satisfied overall when its mean element score is ≥ 4.',
    },
  },
};

export const DEFAULT_FORMULA_VERSION = 'sipas-2026.1';

/** Below this many responses a figure is shown with a small-sample warning. */
export const SMALL_SAMPLE_THRESHOLD = 30;

/** The formula of this version; throws on an unknown version (a stored version must stay known). */
export function getFormula(version: string): SatisfactionFormula {
  const formula = SATISFACTION_FORMULAS[version];
  if (!formula) throw new Error(`unknown satisfaction formula "${version}"`);
  return formula;
}

export type ElementScores = Record<SatisfactionElement, number | null>;

/** The element scores of a response (null = no opinion) and whether it is overall satisfied. */
export function scoreResponse(
  answers: Answers,
  formula: SatisfactionFormula,
): { scores: ElementScores; overallSatisfied: boolean | null } {
  const scores = Object.fromEntries(
    SATISFACTION_ELEMENTS.map((element) => {
      const value = answers[element];
      return [element, typeof value === 'number' && value >= 1 && value <= 5 ? value : null];
    }),
  ) as ElementScores;
  const valid = SATISFACTION_ELEMENTS.map((element) => scores[element]).filter(
    (v): v is number => v !== null,
  );
  if (valid.length === 0) return { scores, overallSatisfied: null };
  const mean = valid.reduce((sum, value) => sum + value, 0) / valid.length;
  return { scores, overallSatisfied: mean >= formula.overallMeanFrom };
}

/**
 * Counts behind the indices: per element, how many answers at each level (index 0 = level 1), and how
 * many responses were overall satisfied out of those with a valid answer.
 */
export interface SatisfactionTally {
  responses: number;
  levels: Record<SatisfactionElement, [number, number, number, number, number]>;
  overallValid: number;
  overallSatisfied: number;
}

/** An empty tally. */
export function createTally(): SatisfactionTally {
  const levels = Object.fromEntries(
    SATISFACTION_ELEMENTS.map((e) => [e, [0, 0, 0, 0, 0]]),
  ) as SatisfactionTally['levels'];
  return { responses: 0, levels, overallValid: 0, overallSatisfied: 0 };
}

/** Adds one scored response to a tally (mutates and returns it). */
export function addToTally(
  tally: SatisfactionTally,
  response: { scores: ElementScores; overallSatisfied: boolean | null },
): SatisfactionTally {
  tally.responses += 1;
  for (const element of SATISFACTION_ELEMENTS) {
    const score = response.scores[element];
    if (score !== null) {
      const levels = tally.levels[element];
      levels[score - 1] = (levels[score - 1] ?? 0) + 1;
    }
  }
  if (response.overallSatisfied !== null) {
    tally.overallValid += 1;
    if (response.overallSatisfied) tally.overallSatisfied += 1;
  }
  return tally;
}

export interface ElementRate {
  element: SatisfactionElement;
  valid: number;
  satisfied: number;
  /** Share in [0, 1], or null without a valid answer. */
  rate: number | null;
  /** Answers at levels 1..5. */
  distribution: number[];
}

export interface SatisfactionIndices {
  formulaVersion: string;
  responses: number;
  elements: ElementRate[];
  overallValid: number;
  overallSatisfied: number;
  overallRate: number | null;
  /** Mean of the element rates (elements without a valid answer left out). */
  index: number | null;
  smallSample: boolean;
}

/** Computes the indices of a tally with a formula. */
export function computeIndices(tally: SatisfactionTally, formula: SatisfactionFormula): SatisfactionIndices {
  const elements = SATISFACTION_ELEMENTS.map((element): ElementRate => {
    const distribution = [...tally.levels[element]];
    const valid = distribution.reduce((sum, n) => sum + n, 0);
    const satisfied = distribution.slice(formula.satisfiedFrom - 1).reduce((sum, n) => sum + n, 0);
    return { element, valid, satisfied, rate: valid === 0 ? null : satisfied / valid, distribution };
  });
  const rates = elements.map((e) => e.rate).filter((rate): rate is number => rate !== null);
  return {
    formulaVersion: formula.version,
    responses: tally.responses,
    elements,
    overallValid: tally.overallValid,
    overallSatisfied: tally.overallSatisfied,
    overallRate: tally.overallValid === 0 ? null : tally.overallSatisfied / tally.overallValid,
    index: rates.length === 0 ? null : rates.reduce((sum, rate) => sum + rate, 0) / rates.length,
    smallSample: tally.responses < SMALL_SAMPLE_THRESHOLD,
  };
}

/** Share of returned dossiers that were rated, or null when none was returned. */
export function computeResponseRate(responses: number, returned: number): number | null {
  return returned === 0 ? null : responses / returned;
}
