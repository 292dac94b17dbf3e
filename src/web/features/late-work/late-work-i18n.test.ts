import { describe, expect, it } from 'vitest';
import { translateWith } from '../../app/i18n/feature-i18n';
import { messages } from '../../app/i18n/messages';
import { alertKey } from './AlertList';
import { lateWorkMessages } from './late-work.messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the late-work messages', () => {
  it('have both languages, the same placeholders, and no key shadowing the app’s dictionary', () => {
    for (const [key, message] of Object.entries(lateWorkMessages)) {
      expect(message.vi.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      expect(placeholders(message.vi), key).toEqual(placeholders(message.en));
      expect(Object.hasOwn(messages, key), `${key} is also an app key`).toBe(false);
    }
  });

  it('name every alert kind the server sends, and no unknown one', () => {
    const kinds = [
      'step_due_soon',
      'step_overdue',
      'dossier_due_soon',
      'dossier_overdue',
      'step_escalation',
      'dossier_escalation',
      'apology_drafted',
      'extension_refused',
    ];
    const t = translateWith(lateWorkMessages, 'vi', (key) => `app:${key}`);
    for (const kind of kinds) expect(alertKey(kind), kind).not.toBeNull();
    expect(t(alertKey('step_overdue')!)).toBe('Bước xử lý quá hạn');
    expect(alertKey('no_such_kind')).toBeNull();
    expect(alertKey('title')).toBeNull();
  });
});
