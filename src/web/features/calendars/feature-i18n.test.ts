import { describe, expect, it } from 'vitest';
import { messages } from '../../app/i18n/messages';
import { deadlineMessages } from '../deadline/deadline.messages';
import { calendarMessages } from './calendars.messages';
import { translateWith } from '../../app/i18n/feature-i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the calendar and deadline messages', () => {
  it.each([
    ['calendars', calendarMessages],
    ['deadline', deadlineMessages],
  ])('%s: both languages, the same placeholders, no key of the app dictionary reused', (_name, local) => {
    for (const [key, message] of Object.entries(local)) {
      expect(message.vi.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      expect(placeholders(message.vi), key).toEqual(placeholders(message.en));
      expect(Object.hasOwn(messages, key), key).toBe(false);
    }
  });

  it('translates a feature key itself and hands other keys to the app', () => {
    const app = (key: string) => `app:${key}`;
    const t = translateWith(calendarMessages, 'en', app);
    expect(t('calendars.year.title', { year: 2026 })).toBe('Year 2026');
    expect(t('action.save')).toBe('app:action.save');
    expect(translateWith(calendarMessages, 'vi', app)('weekday.short.1')).toBe('T2');
  });
});
