/** The i18n context: current locale, a setter and the typed translate function. */
import { createContext, useContext } from 'react';
import type { Locale, MessageValues } from './define';
import type { MessageKey } from './messages';

export interface I18n {
  locale: Locale;
  /** Switches the interface language and remembers the choice on this device. */
  setLocale: (locale: Locale) => void;
  /** The message in the current language, placeholders filled. */
  t: (key: MessageKey, values?: MessageValues) => string;
}

export const I18nContext = createContext<I18n | null>(null);

/** The current language and translate function; only inside I18nProvider. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
