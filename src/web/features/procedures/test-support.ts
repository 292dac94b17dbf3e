/** A translate function over the real dictionary, for tests of helpers that take `t`. */
import type { I18n } from '../../app/i18n/context';
import { interpolate, type Locale } from '../../app/i18n/define';
import { messages } from '../../app/i18n/messages';

/** The app's translate function in one language, without React. */
export function translator(locale: Locale = 'vi'): I18n['t'] {
  return (key, values) => interpolate(messages[key][locale], values);
}
