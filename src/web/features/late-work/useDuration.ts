/** Working durations in the interface language ("1 ngày 2 giờ 15 phút"). */
import { useCallback } from 'react';
import { formatWorkingMinutes } from './late-work-rules';
import { useLateWorkI18n } from './late-work.messages';

/** A function that names a number of working minutes as working days, hours and minutes. */
export function useDuration(): (minutes: number) => string {
  const { t } = useLateWorkI18n();
  return useCallback(
    (minutes: number) =>
      formatWorkingMinutes(minutes, {
        days: (n) => t('duration.days', { n }),
        hours: (n) => t('duration.hours', { n }),
        minutes: (n) => t('duration.minutes', { n }),
        none: t('duration.none'),
      }),
    [t],
  );
}
