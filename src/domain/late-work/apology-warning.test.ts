import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, formatInstant, parseInstant } from '../calendar/index.js';
import { assessApologyTiming, findApologyWarning, type ApologyTimingInput } from './apology-warning.js';
import { DEFAULT_LATE_WORK_RULES as rules } from './rules.js';

const calendar = createWorkingCalendar();
const t = (text: string) => parseInstant(text);
const MINUTE = 60_000;
/** Being handled, due Thursday 5 March 2026 08:00, no new date used. */
const dossier: ApologyTimingInput = {
  status: 'processing',
  dueAt: t('2026-03-05T08:00:00+07:00'),
  finishedAt: null,
  extensions: 0,
};
const warningAt = (d: ApologyTimingInput, now: number) =>
  findApologyWarning(assessApologyTiming(d, now, rules, calendar));

describe('the queue warning for the apology', () => {
  it('starts one working day before the latest moment and turns to overdue after it', () => {
    const timing = assessApologyTiming(dossier, t('2026-03-02T08:00:00+07:00'), rules, calendar);
    // the latest moment is Wednesday's close; the warning runs through that whole working day
    expect(formatInstant(timing.apologyAdvisedFrom!)).toBe('2026-03-04T07:30:00+07:00');
    expect(formatInstant(timing.apologyLatestAt!)).toBe('2026-03-04T17:00:00+07:00');
    const from = timing.apologyAdvisedFrom!;
    expect(warningAt(dossier, from - MINUTE)).toBeNull();
    expect(warningAt(dossier, from)).toBe('due_soon');
    expect(warningAt(dossier, timing.apologyLatestAt!)).toBe('due_soon');
    expect(warningAt(dossier, timing.apologyLatestAt! + MINUTE)).toBe('overdue');
    expect(warningAt(dossier, dossier.dueAt! + 3 * 86_400_000)).toBe('overdue');
  });

  it("gives a dossier due at a day's close a whole working day of warning, not none", () => {
    const atClose = { ...dossier, dueAt: t('2026-03-05T17:00:00+07:00') };
    const timing = assessApologyTiming(atClose, 0, rules, calendar);
    expect(formatInstant(timing.apologyLatestAt!)).toBe('2026-03-04T17:00:00+07:00');
    expect(warningAt(atClose, t('2026-03-03T17:00:00+07:00'))).toBeNull();
    expect(warningAt(atClose, t('2026-03-04T12:00:00+07:00'))).toBe('due_soon');
    expect(warningAt(atClose, t('2026-03-04T17:01:00+07:00'))).toBe('overdue');
  });

  it('follows the lead time of the rules in force', () => {
    const twoHours = { ...rules, apologyLeadMinutes: 120 };
    const timing = assessApologyTiming(dossier, 0, twoHours, calendar);
    // two working hours before Thursday 08:00 lie in Wednesday, so the latest moment is Wednesday's close
    // and the warning starts two working hours before it
    expect(formatInstant(timing.apologyLatestAt!)).toBe('2026-03-04T17:00:00+07:00');
    expect(formatInstant(timing.apologyAdvisedFrom!)).toBe('2026-03-04T15:00:00+07:00');
    const at = (text: string) =>
      findApologyWarning(assessApologyTiming(dossier, t(text), twoHours, calendar));
    expect(at('2026-03-04T14:59:00+07:00')).toBeNull();
    expect(at('2026-03-04T15:00:00+07:00')).toBe('due_soon');
  });

  it('says nothing once the new date is used, or when the dossier is finished or waits for the citizen', () => {
    const late = t('2026-03-05T09:00:00+07:00');
    expect(warningAt(dossier, late)).toBe('overdue');
    expect(warningAt({ ...dossier, extensions: 1 }, late)).toBeNull();
    expect(warningAt({ ...dossier, finishedAt: late - MINUTE }, late)).toBeNull();
    expect(warningAt({ ...dossier, status: 'supplement_requested' }, late)).toBeNull();
    expect(warningAt({ ...dossier, dueAt: null }, late)).toBeNull();
  });
});
