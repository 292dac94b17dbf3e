/** Provides the interface language to the app, to Ant Design (viVN/enUS), to dayjs and to the API client. */
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { setApiLocale } from '../http';
import { I18nContext, type I18n } from './context';
import { interpolate, type Locale } from './define';
import { readStoredLocale, storeLocale } from './locale-store';
import { messages } from './messages';

function applyLocale(locale: Locale): void {
  setApiLocale(locale);
  dayjs.locale(locale === 'vi' ? 'vi' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

// A deep blue for actions and focus (a red one would read as a validation error); red stays for the brand.
const THEME = { token: { colorPrimary: '#0b5cad', borderRadius: 6 } };

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = readStoredLocale() ?? 'vi';
    applyLocale(initial);
    return initial;
  });

  const setLocale = useCallback((next: Locale) => {
    applyLocale(next);
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, values) => interpolate(messages[key][locale], values),
    }),
    [locale, setLocale],
  );

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={locale === 'vi' ? viVN : enUS} theme={THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
