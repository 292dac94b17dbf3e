import { describe, expect, it } from 'vitest';
import { workPlanMessages } from '../work-plans/work-plans.messages';
import { evaluationMessages } from './evaluation.messages';
import { recentMonths } from './evaluation-labels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('evaluation and work-plan texts', () => {
  it.each([
    ['evaluation', evaluationMessages],
    ['work plans', workPlanMessages],
  ] as const)('%s: both languages, same placeholders, Vietnamese with diacritics', (_name, messages) => {
    for (const [key, message] of Object.entries(messages)) {
      expect(message.vi.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      expect(placeholders(message.vi), key).toEqual(placeholders(message.en));
    }
    const vietnamese = Object.values(messages).filter((m) =>
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(m.vi),
    );
    expect(vietnamese.length / Object.keys(messages).length).toBeGreaterThan(0.8);
  });

  it('offers the last twelve months, newest first, in Vietnam time', () => {
    const months = recentMonths(Date.parse('2026-01-31T18:00:00Z'));
    expect(months[0]).toEqual({ value: '2026-02', label: '02/2026' });
    expect(months).toHaveLength(12);
    expect(months[11]!.value).toBe('2025-03');
  });
});
