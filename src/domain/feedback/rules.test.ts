import { describe, expect, it } from 'vitest';
import { addMonthsToDate, computeDialogueDue } from './dialogues.js';
import {
  applyFeedbackStep,
  classifyFeedbackKind,
  classifyFeedbackTimeliness,
  computeOnTimeRate,
} from './rules.js';

describe('feedback rules', () => {
  it('files conduct topics as misconduct reports', () => {
    expect(classifyFeedbackKind('feedback', 'unofficial_payment')).toBe('misconduct');
    expect(classifyFeedbackKind('complaint', 'harassment')).toBe('misconduct');
    expect(classifyFeedbackKind('complaint', 'delay')).toBe('complaint');
  });

  it('moves through take → answer → reopen and refuses to answer twice', () => {
    expect(applyFeedbackStep('received', 'take')).toBe('in_progress');
    expect(applyFeedbackStep('in_progress', 'answer')).toBe('answered');
    expect(applyFeedbackStep('answered', 'reopen')).toBe('reopened');
    expect(applyFeedbackStep('reopened', 'answer')).toBe('answered');
    expect(() => applyFeedbackStep('answered', 'answer')).toThrow(/trạng thái/);
    expect(() => applyFeedbackStep('received', 'reopen')).toThrow();
  });

  it('classifies timeliness at the due instant and counts overdue open items as late', () => {
    const due = 1_000;
    expect(classifyFeedbackTimeliness({ dueAt: due, answeredAt: 1_000 }, 5_000)).toBe('on_time');
    expect(classifyFeedbackTimeliness({ dueAt: due, answeredAt: 1_001 }, 5_000)).toBe('late');
    expect(classifyFeedbackTimeliness({ dueAt: due, answeredAt: null }, 999)).toBe('open');
    expect(classifyFeedbackTimeliness({ dueAt: due, answeredAt: null }, 1_001)).toBe('late');
    expect(computeOnTimeRate(9, 1)).toBe(0.9);
    expect(computeOnTimeRate(0, 0)).toBeNull();
  });
});

describe('dialogue reminders', () => {
  it('adds months clamping to the end of the month', () => {
    expect(addMonthsToDate('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonthsToDate('2025-12-15', 6)).toBe('2026-06-15');
  });

  it('is due six months after the last dialogue held, and at once when none was held', () => {
    const held = Date.parse('2025-09-01T03:00:00Z');
    expect(computeDialogueDue(held, Date.parse('2026-02-28T03:00:00Z'))).toEqual({
      dueBy: '2026-03-01',
      overdue: false,
    });
    expect(computeDialogueDue(held, Date.parse('2026-03-02T03:00:00Z')).overdue).toBe(true);
    expect(computeDialogueDue(null, 0)).toEqual({ dueBy: null, overdue: true });
  });
});
