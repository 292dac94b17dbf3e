/** Adopts the signed-in person's saved language when this device has no language choice of its own. */
import { useEffect } from 'react';
import { useI18n } from '../../app/i18n/context';
import { readStoredLocale } from '../../app/i18n/locale-store';
import { useCurrentUser } from './session';

export function useSessionLocale(): void {
  const user = useCurrentUser();
  const { locale, setLocale } = useI18n();
  useEffect(() => {
    if (!readStoredLocale() && user.locale !== locale) setLocale(user.locale);
    // Runs when another person signs in, not on every switch: a later choice on this device wins.
  }, [user.id]);
}
