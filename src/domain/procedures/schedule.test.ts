import { describe, expect, it } from 'vitest';
import { sampleDefinition } from './sample-definition.js';
import { createWorkingCalendar, formatInstant, parseInstant } from '../calendar/index.js';
import { ProcedureDefinition } from './definition.js';
import { scheduleCase } from './schedule.js';

const calendar = createWorkingCalendar();

describe('case schedule', () => {
  it('counts from the next session when received at lunch, steps back to back', () => {
    const definition = ProcedureDefinition.parse(sampleDefinition());
    const schedule = scheduleCase(definition, null, parseInstant('2026-03-02T12:15:00+07:00'), calendar);
    expect(formatInstant(schedule.countingFrom)).toBe('2026-03-02T13:00:00+07:00');
    expect(schedule.steps.map((s) => formatInstant(s.dueAt))).toEqual([
      '2026-03-02T17:00:00+07:00',
      '2026-03-04T17:00:00+07:00',
      '2026-03-05T11:30:00+07:00',
    ]);
    expect(formatInstant(schedule.dueAt)).toBe('2026-03-05T11:30:00+07:00');
    expect(schedule.skippedDays).toEqual([]);
  });

  it('gives a same-day procedure the end of the day before 15:00 and the next working day after', () => {
    const input = sampleDefinition();
    input.processingTime = { value: 1, unit: 'same_day' };
    input.variants = [];
    input.workflows = [
      {
        ...input.workflows[0]!,
        steps: input.workflows[0]!.steps.map((s) => ({
          ...s,
          allotted: { value: 2, unit: 'working_hours' as const },
        })),
      },
    ];
    const definition = ProcedureDefinition.parse(input);
    const early = scheduleCase(definition, null, parseInstant('2026-03-06T14:59:00+07:00'), calendar);
    expect(formatInstant(early.dueAt)).toBe('2026-03-06T17:00:00+07:00');
    const late = scheduleCase(definition, null, parseInstant('2026-03-06T15:00:00+07:00'), calendar);
    expect(formatInstant(late.dueAt)).toBe('2026-03-09T17:00:00+07:00');
    expect(late.skippedDays.map((d) => d.reason)).toEqual(['Thứ Bảy', 'Chủ nhật']);
  });
});
