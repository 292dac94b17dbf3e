import { describe, expect, it } from 'vitest';
import { computeSameDayDueTime, pauseDeadline, restartDeadline, resumeDeadline } from './deadlines.js';
import { parseDuration } from './duration.js';
import { createWorkingCalendar } from './working-calendar.js';
import { addWorkingDays } from './working-time.js';
import { at, OFFICIAL_2025, show } from './test-support.js';

const calendar = createWorkingCalendar({ schedules: OFFICIAL_2025 });

describe('the 15:00 same-day rule', () => {
  it.each([
    ['2025-06-02T14:59', '2025-06-02T17:00:00+07:00', 'before 15:00 → end of the same day'],
    ['2025-06-02T15:00', '2025-06-03T17:00:00+07:00', 'at 15:00 → end of the next working day'],
    ['2025-06-02T16:30', '2025-06-03T17:00:00+07:00', 'after 15:00 → next working day'],
    ['2025-06-02T17:30', '2025-06-03T17:00:00+07:00', 'after closing → next working day'],
    ['2025-06-02T17:00', '2025-06-03T17:00:00+07:00', 'exactly at closing → next working day'],
    ['2025-06-02T06:00', '2025-06-02T17:00:00+07:00', 'before opening counts from opening'],
    ['2025-06-02T12:00', '2025-06-02T17:00:00+07:00', 'lunch break counts from 13:00'],
    ['2025-06-06T15:30', '2025-06-09T17:00:00+07:00', 'Friday afternoon → Monday'],
    ['2025-06-07T10:00', '2025-06-09T17:00:00+07:00', 'a Saturday → Monday'],
    ['2025-04-29T15:10', '2025-05-05T17:00:00+07:00', 'before the 30/4 holidays → after them'],
  ])('%s → %s (%s)', (received, expected) => {
    expect(show(computeSameDayDueTime(calendar, at(received)))).toBe(expected);
  });

  it('takes the cutoff as a parameter', () => {
    expect(show(computeSameDayDueTime(calendar, at('2025-06-02T15:30'), 16 * 60))).toBe(
      '2025-06-02T17:00:00+07:00',
    );
    expect(show(computeSameDayDueTime(calendar, at('2025-06-02T10:00'), 9 * 60))).toBe(
      '2025-06-03T17:00:00+07:00',
    );
  });
});

describe('supplement requests', () => {
  const received = at('2025-06-02T10:00');
  const due = addWorkingDays(calendar, received, 3); // Thu 2025-06-05 10:00

  it('pause keeps the remaining working time: due = resume + remaining', () => {
    const paused = pauseDeadline(calendar, due, at('2025-06-03T10:00')); // 2 working days left
    expect(paused.remainingWorkingMs).toBe(2 * 480 * 60_000);
    expect(show(resumeDeadline(calendar, paused, at('2025-06-09T14:00')))).toBe('2025-06-11T14:00:00+07:00');
    // Resumed on a weekend: counting starts on Monday morning.
    expect(show(resumeDeadline(calendar, paused, at('2025-06-07T09:00')))).toBe('2025-06-10T17:00:00+07:00');
  });

  it('a deadline paused while overdue stays overdue by the same working time', () => {
    const paused = pauseDeadline(calendar, due, at('2025-06-05T11:00'));
    expect(paused.remainingWorkingMs).toBe(-60 * 60_000);
    expect(show(resumeDeadline(calendar, paused, at('2025-06-09T09:00')))).toBe('2025-06-09T08:00:00+07:00');
  });

  it('restart counts the full duration again from the resume instant', () => {
    expect(show(restartDeadline(calendar, at('2025-06-09T14:00'), parseDuration('3d')))).toBe(
      '2025-06-12T14:00:00+07:00',
    );
    expect(show(restartDeadline(calendar, at('2025-04-29T16:00'), parseDuration('1d')))).toBe(
      '2025-05-05T16:00:00+07:00',
    );
  });
});
