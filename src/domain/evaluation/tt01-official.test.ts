import { describe, expect, it } from 'vitest';
import { EMPTY_EVIDENCE } from './evidence.js';
import { scoreOfficialTt01 } from './tt01-official.js';

describe('TT 01/2018 staff score of one official', () => {
  it('averages the per-dossier points of a worked month', () => {
    // 6 dossiers finished on which the official held a step: 3 early, 2 on time, 1 late;
    // contacts: 4 with no supplement (2 each), 1 with one (1), 1 with two (0) → 9 / 6 = 1.5;
    // attitude: the early ones 2 each, but one early dossier had an upheld complaint (0), on time 1 each → 6 / 6;
    // own steps: 10 handled, 5 early, 4 on time, 1 late → 14 / 10 = 1.4
    const score = scoreOfficialTt01({
      ...EMPTY_EVIDENCE,
      dossiersFinished: 6,
      finishedEarly: 3,
      finishedOnTime: 2,
      contactPoints: 9,
      attitudePoints: 6,
      stepsHandled: 10,
      stepsEarly: 5,
      stepsOnTime: 4,
      stepsLate: 1,
    });
    expect(score.indices).toEqual([
      { code: 'tt01.1', points: 1.33, numerator: 8, denominator: 6 },
      { code: 'tt01.2', points: 1.4, numerator: 14, denominator: 10 },
      { code: 'tt01.3', points: 1.5, numerator: 9, denominator: 6 },
      { code: 'tt01.4', points: null, numerator: null, denominator: null },
      { code: 'tt01.7', points: 1, numerator: 6, denominator: 6 },
    ]);
    // 1.33 + 1.4 + 1.5 + 1 = 5.23 of the 8 measured points: at least full completion (≥ 5), index 4 missing
    expect(score.staff).toEqual({
      points: 5.23,
      maxMeasured: 8,
      maximum: 10,
      missing: ['tt01.4'],
      complete: false,
      band: 'full',
    });
  });

  it('puts the band edges where the circular does: 5 is full completion, 3.5 partial', () => {
    const atFive = scoreOfficialTt01({
      ...EMPTY_EVIDENCE,
      dossiersFinished: 4,
      finishedEarly: 1,
      finishedOnTime: 3, // (2 + 3) / 4 = 1.25
      contactPoints: 5, // 1.25
      attitudePoints: 5, // 1.25
      stepsHandled: 4,
      stepsEarly: 1,
      stepsOnTime: 3, // 1.25
    });
    expect(atFive.staff).toMatchObject({ points: 5, band: 'full' });
    const below = scoreOfficialTt01({
      ...EMPTY_EVIDENCE,
      dossiersFinished: 2,
      finishedOnTime: 1, // 0.5
      contactPoints: 2, // 1
      attitudePoints: 1, // 0.5
      stepsHandled: 2,
      stepsEarly: 1,
      stepsOnTime: 1, // 1.5
    });
    expect(below.staff).toMatchObject({ points: 3.5, band: 'partial' });
    const poor = scoreOfficialTt01({ ...EMPTY_EVIDENCE, dossiersFinished: 2, contactPoints: 3 });
    expect(poor.staff).toMatchObject({ points: 1.5, band: 'poor' });
  });

  it('gives no score to an official with no dossier and no step: not measured is not 0', () => {
    const none = scoreOfficialTt01(EMPTY_EVIDENCE);
    expect(none.indices.every((index) => index.points === null)).toBe(true);
    expect(none.staff).toEqual({
      points: 0,
      maxMeasured: 0,
      maximum: 10,
      missing: ['tt01.1', 'tt01.2', 'tt01.3', 'tt01.4', 'tt01.7'],
      complete: false,
      band: null,
    });
  });
});
