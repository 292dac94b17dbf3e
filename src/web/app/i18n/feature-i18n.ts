/**
 * A feature's own messages, looked up before the app's dictionary: a feature keeps its texts beside its code
 * (both languages side by side, as every messages file does) and reaches the shared texts (actions, states,
 * errors) through the app's translate function.
 */
import { useMemo } from 'react';
import { useI18n, type I18n } from './context';
import { interpolate, type Locale, type Message, type MessageValues } from './define';
import type { MessageKey } from './messages';

/** A translate function over the feature's keys and the app's keys. */
export type FeatureTranslate<M extends Record<string, Message>> = (
  key: (keyof M & string) | MessageKey,
  values?: MessageValues,
) => string;

/** Translates `key` from `local` when it is declared there, otherwise with the app's `fallback`. */
export function translateWith<M extends Record<string, Message>>(
  local: M,
  locale: Locale,
  fallback: I18n['t'],
): FeatureTranslate<M> {
  return (key, values) => {
    const own = Object.hasOwn(local, key) ? local[key as keyof M] : undefined;
    return own ? interpolate(own[locale], values) : fallback(key as MessageKey, values);
  };
}

/** The current language and a translate function that knows the feature's messages too. */
export function useFeatureI18n<M extends Record<string, Message>>(local: M) {
  const { locale, setLocale, t } = useI18n();
  const translate = useMemo(() => translateWith(local, locale, t), [local, locale, t]);
  return { locale, setLocale, t: translate };
}
