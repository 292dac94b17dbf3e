import { describe, expect, it } from 'vitest';
import {
  addToTally,
  computeIndices,
  computeResponseRate,
  createTally,
  getFormula,
  scoreResponse,
  SMALL_SAMPLE_THRESHOLD,
} from './formula.js';
import { assertExtendsInstrument, DEFAULT_INSTRUMENT, validateAnswers } from './instrument.js';

const formula = getFormula('sipas-2026.1');

function tallyOf(responses: Record<string, number>[]) {
  const tally = createTally();
  for (const answers of responses) addToTally(tally, scoreResponse(answers, formula));
  return tally;
}

describe('sipas-2026.1 formula', () => {
  it('scores a response: element scores, no opinion as null, overall satisfied from a mean of 4', () => {
    expect(scoreResponse({ access: 5, procedure: 3, officials: 4 }, formula)).toEqual({
      scores: { access: 5, procedure: 3, officials: 4, result: null, feedback: null },
      overallSatisfied: true, // mean 4
    });
    expect(scoreResponse({ access: 5, procedure: 3, officials: 3 }, formula).overallSatisfied).toBe(false);
    expect(scoreResponse({ comment: 'x' }, formula).overallSatisfied).toBeNull();
  });

  it('rates each element as (satisfied + very satisfied) / valid answers, index as the mean of the rates', () => {
    const indices = computeIndices(
      tallyOf([
        { access: 5, procedure: 4, officials: 2 },
        { access: 4, procedure: 2 },
        { access: 1, procedure: 5, officials: 5, result: 3 },
        { access: 3 },
      ]),
      formula,
    );
    const rate = (code: string) => indices.elements.find((e) => e.element === code);
    expect(rate('access')).toMatchObject({
      valid: 4,
      satisfied: 2,
      rate: 0.5,
      distribution: [1, 0, 1, 1, 1],
    });
    expect(rate('procedure')).toMatchObject({ valid: 3, satisfied: 2 });
    expect(rate('procedure')!.rate).toBeCloseTo(2 / 3);
    expect(rate('officials')).toMatchObject({ valid: 2, satisfied: 1, rate: 0.5 });
    expect(rate('result')).toMatchObject({ valid: 1, satisfied: 0, rate: 0 });
    expect(rate('feedback')).toMatchObject({ valid: 0, rate: null });
    // index over the four elements with answers: (0.5 + 2/3 + 0.5 + 0) / 4
    expect(indices.index).toBeCloseTo((0.5 + 2 / 3 + 0.5 + 0) / 4);
    // overall: means 3.67, 3, 3.5, 3 → none satisfied
    expect(indices).toMatchObject({ responses: 4, overallValid: 4, overallSatisfied: 0, overallRate: 0 });
  });

  it('warns on samples under 30 and not from 30 on', () => {
    const answers = Array.from({ length: SMALL_SAMPLE_THRESHOLD - 1 }, () => ({ access: 5 }));
    expect(computeIndices(tallyOf(answers), formula).smallSample).toBe(true);
    expect(computeIndices(tallyOf([...answers, { access: 4 }]), formula)).toMatchObject({
      smallSample: false,
      overallRate: 1,
      index: 1,
    });
  });

  it('has no rate without data and computes the response rate over returned dossiers', () => {
    expect(computeIndices(createTally(), formula)).toMatchObject({ index: null, overallRate: null });
    expect(computeResponseRate(3, 0)).toBeNull();
    expect(computeResponseRate(3, 12)).toBe(0.25);
  });

  it('refuses an unknown formula version', () => {
    expect(() => getFormula('nope')).toThrow(/unknown/);
  });
});

describe('the instrument', () => {
  it('accepts valid answers, drops empty ones and refuses out-of-range or unknown ones', () => {
    expect(
      validateAnswers(DEFAULT_INSTRUMENT, { access: 4, trips: 1, comment: ' ok ', attitude: '' }),
    ).toEqual({
      access: 4,
      trips: 1,
      comment: 'ok',
    });
    expect(() => validateAnswers(DEFAULT_INSTRUMENT, { access: 6 })).toThrow(/1–5/);
    expect(() => validateAnswers(DEFAULT_INSTRUMENT, { access: 4, colour: 'red' })).toThrow(/colour/);
    expect(() => validateAnswers(DEFAULT_INSTRUMENT, { attitude: 'rude', access: 2.5 })).toThrow();
    expect(() => validateAnswers(DEFAULT_INSTRUMENT, { comment: 'only a comment' })).toThrow(/ít nhất/);
    expect(() => validateAnswers(DEFAULT_INSTRUMENT, { access: 3, unofficialCost: 'yes' })).toThrow();
  });

  it('lets a new version add questions but never change or drop one', () => {
    const added = {
      questions: [
        ...DEFAULT_INSTRUMENT.questions,
        { code: 'parking', kind: 'yes_no' as const, label: { vi: 'Có chỗ gửi xe', en: 'Parking' } },
      ],
    };
    expect(() => assertExtendsInstrument(DEFAULT_INSTRUMENT, added)).not.toThrow();
    const dropped = { questions: DEFAULT_INSTRUMENT.questions.slice(1) };
    expect(() => assertExtendsInstrument(DEFAULT_INSTRUMENT, dropped)).toThrow(/access/);
    const relabelled = {
      questions: DEFAULT_INSTRUMENT.questions.map((q) =>
        q.code === 'result' ? { ...q, label: { vi: 'Khác', en: 'Other' } } : q,
      ),
    };
    expect(() => assertExtendsInstrument(DEFAULT_INSTRUMENT, relabelled)).toThrow(/result/);
  });
});
