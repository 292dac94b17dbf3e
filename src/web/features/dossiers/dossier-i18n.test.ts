import { describe, expect, it } from 'vitest';
import { messages } from '../../app/i18n/messages';
import { trackingMessages } from '../tracking/tracking.messages';
import { dossierMessages } from './dossiers.messages';
import { translateWith } from '../../app/i18n/feature-i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dossier and tracking messages', () => {
  it.each([
    ['dossiers', dossierMessages],
    ['tracking', trackingMessages],
  ] as const)(
    '%s: both languages, same placeholders, no key shadowing the app’s dictionary',
    (_name, group) => {
      for (const [key, message] of Object.entries(group)) {
        expect(message.vi.trim(), key).not.toBe('');
        expect(message.en.trim(), key).not.toBe('');
        expect(placeholders(message.vi), key).toEqual(placeholders(message.en));
        expect(Object.hasOwn(messages, key), `${key} is also an app key`).toBe(false);
      }
    },
  );

  it('translates the feature’s keys and falls back to the app’s', () => {
    const t = translateWith(dossierMessages, 'en', (key) => `app:${key}`);
    expect(t('queue.late')).toBe('Late');
    expect(t('duration.working_days', { value: 3 })).toBe('3 working days');
    expect(t('action.cancel')).toBe('app:action.cancel');
  });
});
