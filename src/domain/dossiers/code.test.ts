import { describe, expect, it } from 'vitest';
import { buildAgencyCode, buildDossierCode, isAgencyCode, isDossierCode } from './code.js';

describe('agency codes (V1V2V3.Z1Z2.Y1Y2.H1H2H3)', () => {
  it.each([
    ['000.00.00.H26', true],
    ['000.00.01.H26', true],
    ['000.12.01.H26', true],
    ['001.12.01.H26', true],
    ['000.00.00.A01', true],
    // a 5-digit commune code in the 2-digit level-2 slot
    ['000.00.00004.H26', false],
    ['000.00.04.H26', true],
    ['00.00.00.H26', false],
    ['000.0.00.H26', false],
    ['000.00.00.H2', false],
    ['000.00.00.h26', false],
    ['000.00.00.26', false],
    // a lower level without the one above it
    ['000.01.00.H26', false],
    ['001.00.01.H26', false],
    ['', false],
  ])('%s → %s', (code, valid) => {
    expect(isAgencyCode(code)).toBe(valid);
  });

  it('pads each segment to its fixed width', () => {
    expect(buildAgencyCode({ level1: 'H26', level2: 1, level3: 7, level4: 0 })).toBe('000.07.01.H26');
    expect(buildAgencyCode({ level1: 'H26', level2: 0, level3: 0, level4: 0 })).toBe('000.00.00.H26');
  });

  it.each([
    { level1: 'H26', level2: 100, level3: 0, level4: 0 },
    { level1: 'H26', level2: 4, level3: 100, level4: 0 },
    { level1: 'H26', level2: 4, level3: 1, level4: 1000 },
    { level1: 'H26', level2: -1, level3: 0, level4: 0 },
    { level1: 'H26', level2: 1.5, level3: 0, level4: 0 },
    { level1: 'H26', level2: 0, level3: 1, level4: 0 },
    { level1: 'HN', level2: 1, level3: 0, level4: 0 },
  ])('refuses segments that do not fit: %o', (parts) => {
    expect(() => buildAgencyCode(parts)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

describe('dossier codes (<agency>-YYMMDD-NNNN)', () => {
  it.each([
    ['000.01.01.H26', '2026-03-02', 1, '000.01.01.H26-260302-0001'],
    ['000.01.01.H26', '2026-12-31', 42, '000.01.01.H26-261231-0042'],
    ['000.00.00.H26', '2024-02-29', 9999, '000.00.00.H26-240229-9999'],
  ])('%s, %s, #%i → %s', (agency, day, sequence, expected) => {
    const code = buildDossierCode(agency, day, sequence);
    expect(code).toBe(expected);
    expect(isDossierCode(code)).toBe(true);
  });

  it('refuses an agency code whose commune segment overflows its slot', () => {
    expect(() => buildDossierCode('000.00.00004.H26', '2026-03-02', 1)).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
  });

  it('refuses the 10,000th dossier of a day rather than widening the sequence', () => {
    expect(() => buildDossierCode('000.01.01.H26', '2026-03-02', 10_000)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it.each([
    ['2026-02-30', 1],
    ['2025-02-29', 1],
    ['26-03-02', 1],
    ['2026-03-02', 0],
  ])('refuses day %s with sequence %i', (day, sequence) => {
    expect(() => buildDossierCode('000.01.01.H26', day, sequence)).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
  });

  it.each([
    '000.00.00004.H26-260302-0001',
    '000.01.01.H26-260302-00001',
    '000.01.01.H26-260302-0000',
    '000.01.01.H26-260230-0001',
    '000.01.01.H26-2603020-001',
    '000.01.01.H26260302-0001',
  ])('%s is not a dossier code', (code) => {
    expect(isDossierCode(code)).toBe(false);
  });
});
