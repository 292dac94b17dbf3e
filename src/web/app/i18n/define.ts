/** The building blocks of the app's dictionary: every message carries its Vietnamese and English text side by side. */

export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** One message in both languages; `{name}` marks a value filled in at display time. */
export interface Message {
  vi: string;
  en: string;
}

/** Declares a group of messages; the keys become part of the typed dictionary. */
export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages;
}

/** Values substituted for `{name}` placeholders. */
export type MessageValues = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written so the gap is visible. */
export function interpolate(text: string, values?: MessageValues): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** True when the value names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
