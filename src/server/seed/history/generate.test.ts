import { describe, expect, it } from 'vitest';
import {
  computeLocalEpochDay,
  formatEpochDay,
  isWorkingTime,
  isSessionEnd,
} from '../../../domain/calendar/index.js';
import { deriveDossierState } from '../../../domain/dossiers/state.js';
import { checkIdNumber, normaliseMobilePhone } from '../../../domain/identity/validate.js';
import { generateHistory, type GeneratedDossier } from './generate.js';
import { countDossier, createHistoryReport } from './report.js';
import { DEFAULT_HISTORY_SHARES } from './shares.js';
import { createTestUnits } from './test-units.js';

const NOW = Date.parse('2026-03-02T03:00:00Z'); // Monday 10:00 in Hà Nội
const units = createTestUnits();

function generate(seed: number, perUnitDay = 4, days = 365): GeneratedDossier[] {
  return [
    ...generateHistory(units, { seed, now: NOW, days, perUnitDay, shares: DEFAULT_HISTORY_SHARES }),
  ].flat();
}

const digest = (list: GeneratedDossier[]) =>
  list.map((d) => [d.id, d.code, d.applicant, d.simulated.actions.map((a) => a.action), d.simulated.state]);

const year = generate(7);

describe('history generator', () => {
  it('gives the same dossiers for the same seed and different ones for another seed', () => {
    expect(digest(generate(7, 4, 30))).toEqual(digest(generate(7, 4, 30)));
    expect(digest(generate(8, 4, 30))).not.toEqual(digest(generate(7, 4, 30)));
  });

  it('stores for every dossier exactly the state its action log folds to', () => {
    for (const d of year) {
      const context = {
        definition: d.procedure.definition,
        variantId: d.variantId,
        calendar: d.unit.calendar,
      };
      const actions = d.simulated.actions.map((a) => a.action);
      expect(deriveDossierState(actions, context)).toEqual(d.simulated.state);
      expect(actions.map((a) => a.seq)).toEqual(actions.map((_, i) => i + 1));
    }
  });

  it('numbers codes by unit and day in arrival order, from 1 without gaps', () => {
    const byUnitDay = new Map<string, GeneratedDossier[]>();
    for (const d of year)
      byUnitDay.set(`${d.unit.id}/${d.day}`, [...(byUnitDay.get(`${d.unit.id}/${d.day}`) ?? []), d]);
    for (const list of byUnitDay.values()) {
      expect(list.map((d) => d.sequence)).toEqual(list.map((_, i) => i + 1));
      const first = list.map((d) => d.simulated.actions[0]!.action.at);
      expect(first).toEqual([...first].sort((a, b) => a - b));
    }
    expect(new Set(year.map((d) => d.code)).size).toBe(year.length);
    const sample = year.find((d) => d.unit.code === '00004.MC')!;
    const day = formatEpochDay(computeLocalEpochDay(sample.simulated.actions[0]!.action.at));
    expect(sample.day).toBe(day);
    expect(sample.code).toMatch(
      new RegExp(`^000\\.01\\.90\\.H26-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8)}-\\d{4}$`),
    );
  });

  it('comes out with the configured shares, roughly', () => {
    const report = createHistoryReport();
    for (const d of year) countDossier(report, d, NOW);
    const share = (n: number, of = report.dossiers) => n / of;
    expect(report.dossiers).toBeGreaterThan(2_500);
    const communes = year.filter((d) => d.unit.code.endsWith('.MC'));
    expect(share(communes.filter((d) => d.channel === 'online').length, communes.length)).toBeCloseTo(0.6, 1);
    expect(share(report.supplemented)).toBeGreaterThan(0.07);
    expect(share(report.supplemented)).toBeLessThan(0.13);
    expect(share(report.late, report.finished)).toBeGreaterThan(0.05);
    expect(share(report.late, report.finished)).toBeLessThan(0.13);
    expect(share(report.early, report.finished)).toBeGreaterThan(0.3);
    expect(share(report.byStatus.returned ?? 0)).toBeGreaterThan(0.85);
    expect(report.byStatus.not_received).toBeGreaterThan(0);
    expect(report.byStatus.stopped).toBeGreaterThan(0);
    expect(report.open).toBeGreaterThan(0);
    expect(report.overdue).toBeGreaterThan(0);
  });

  it('invents valid applicants and acts in office hours, never after now', () => {
    for (const d of year) {
      expect(checkIdNumber(d.applicant.idNumber).ok).toBe(true);
      expect(normaliseMobilePhone(d.applicant.phone)).toBe(d.applicant.phone);
      for (const { action } of d.simulated.actions) {
        expect(action.at).toBeLessThanOrEqual(NOW);
        if (action.type === 'submit' && d.channel === 'online') continue;
        const calendar = d.unit.calendar;
        expect(isWorkingTime(calendar, action.at) || isSessionEnd(calendar, action.at)).toBe(true);
      }
    }
  });
});
