/** The interface language chosen on this device (localStorage), so the login page speaks it too. */
import { isLocale, type Locale } from './define';

const STORAGE_KEY = 'kc.locale';

/** The locale chosen on this device, or null when none was chosen. */
export function readStoredLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the locale on this device (silently does nothing when storage is unavailable). */
export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}
