/**
 * Names of the days of the week (0 = Sunday … 6 = Saturday), long and as the column headers of a month, and
 * of the months (1–12).
 */
import { defineMessages } from '../../app/i18n/define';

export const dateNameMessages = defineMessages({
  'weekday.0': { vi: 'Chủ nhật', en: 'Sunday' },
  'weekday.1': { vi: 'Thứ Hai', en: 'Monday' },
  'weekday.2': { vi: 'Thứ Ba', en: 'Tuesday' },
  'weekday.3': { vi: 'Thứ Tư', en: 'Wednesday' },
  'weekday.4': { vi: 'Thứ Năm', en: 'Thursday' },
  'weekday.5': { vi: 'Thứ Sáu', en: 'Friday' },
  'weekday.6': { vi: 'Thứ Bảy', en: 'Saturday' },
  'weekday.short.0': { vi: 'CN', en: 'Sun' },
  'weekday.short.1': { vi: 'T2', en: 'Mon' },
  'weekday.short.2': { vi: 'T3', en: 'Tue' },
  'weekday.short.3': { vi: 'T4', en: 'Wed' },
  'weekday.short.4': { vi: 'T5', en: 'Thu' },
  'weekday.short.5': { vi: 'T6', en: 'Fri' },
  'weekday.short.6': { vi: 'T7', en: 'Sat' },
  'month.1': { vi: 'Tháng 1', en: 'January' },
  'month.2': { vi: 'Tháng 2', en: 'February' },
  'month.3': { vi: 'Tháng 3', en: 'March' },
  'month.4': { vi: 'Tháng 4', en: 'April' },
  'month.5': { vi: 'Tháng 5', en: 'May' },
  'month.6': { vi: 'Tháng 6', en: 'June' },
  'month.7': { vi: 'Tháng 7', en: 'July' },
  'month.8': { vi: 'Tháng 8', en: 'August' },
  'month.9': { vi: 'Tháng 9', en: 'September' },
  'month.10': { vi: 'Tháng 10', en: 'October' },
  'month.11': { vi: 'Tháng 11', en: 'November' },
  'month.12': { vi: 'Tháng 12', en: 'December' },
});

/** Key of a weekday's long name. */
export function weekdayKey(weekday: number): keyof typeof dateNameMessages {
  return `weekday.${weekday % 7}` as keyof typeof dateNameMessages;
}

/** Key of a weekday's short name (a month grid's column header). */
export function weekdayShortKey(weekday: number): keyof typeof dateNameMessages {
  return `weekday.short.${weekday % 7}` as keyof typeof dateNameMessages;
}

/** Key of a month's name (1–12). */
export function monthKey(month: number): keyof typeof dateNameMessages {
  return `month.${month}` as keyof typeof dateNameMessages;
}
