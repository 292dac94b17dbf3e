/** Switches the interface between Vietnamese and English. */
import { Segmented } from 'antd';
import { useI18n } from '../app/i18n/context';
import type { Locale } from '../app/i18n/define';

interface Props {
  /** Called after the switch, e.g. to save the choice in the signed-in person's profile. */
  onChanged?: (locale: Locale) => void;
}

export function LanguageSwitch({ onChanged }: Props) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('app.language')}
      data-testid="language-switch"
      value={locale}
      options={[
        { value: 'vi', label: <span title={t('app.language.vi')}>VI</span> },
        { value: 'en', label: <span title={t('app.language.en')}>EN</span> },
      ]}
      onChange={(next) => {
        setLocale(next);
        onChanged?.(next);
      }}
    />
  );
}
