import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { at, OFFICIAL_2025, show } from '../calendar/test-support.js';
import { assessPaperTransfer, computePaperTransferDueTime } from './paper-transfer.js';

const calendar = createWorkingCalendar({ schedules: OFFICIAL_2025 });

describe('the 15:00 paper-transfer rule (every procedure)', () => {
  it.each([
    ['2025-06-02T09:00', '2025-06-02T17:00:00+07:00', 'morning → the same day'],
    ['2025-06-02T14:59', '2025-06-02T17:00:00+07:00', 'before 15:00 → the same day'],
    ['2025-06-02T15:00', '2025-06-03T07:30:00+07:00', 'at 15:00 → the next working morning'],
    ['2025-06-02T16:30', '2025-06-03T07:30:00+07:00', 'after 15:00 → the next working morning'],
    ['2025-06-02T17:30', '2025-06-03T07:30:00+07:00', 'after closing → the next working morning'],
    ['2025-06-02T06:00', '2025-06-02T17:00:00+07:00', 'before opening → the same day'],
    ['2025-06-02T12:00', '2025-06-02T17:00:00+07:00', 'lunch break → the same day'],
    ['2025-06-06T15:30', '2025-06-09T07:30:00+07:00', 'Friday after 15:00 → Monday morning'],
    ['2025-06-07T10:00', '2025-06-09T07:30:00+07:00', 'a Saturday → Monday morning'],
    ['2025-04-29T15:10', '2025-05-05T07:30:00+07:00', 'before the 30/4 holidays → the morning after them'],
  ])('%s → %s (%s)', (received, expected) => {
    expect(show(computePaperTransferDueTime(calendar, at(received)))).toBe(expected);
  });

  it('takes the cutoff as a parameter', () => {
    expect(show(computePaperTransferDueTime(calendar, at('2025-06-02T15:30'), 16 * 60))).toBe(
      '2025-06-02T17:00:00+07:00',
    );
  });

  it('tells on-time, late, pending and overdue transfers apart', () => {
    const due = computePaperTransferDueTime(calendar, at('2025-06-02T16:00'));
    expect(assessPaperTransfer(due, at('2025-06-03T07:30'), at('2025-06-04T08:00'))).toBe('on_time');
    expect(assessPaperTransfer(due, at('2025-06-03T07:31'), at('2025-06-04T08:00'))).toBe('late');
    expect(assessPaperTransfer(due, null, at('2025-06-02T17:30'))).toBe('pending');
    expect(assessPaperTransfer(due, null, at('2025-06-03T07:31'))).toBe('overdue');
  });
});
