/**
 * The days without working time between two instants, with the reason a person would give: the holiday's
 * name, or the weekly rest day. Used to explain a due time ("Tết Nguyên đán, 17/02–21/02 skipped").
 */
import { computeWeekday, formatEpochDay } from './civil-date.js';
import { computeLocalEpochDay } from './instant.js';
import { FIRST_EPOCH_DAY } from './range.js';
import type { WorkingCalendar } from './working-calendar.js';

export interface SkippedDay {
  date: string;
  reason: string;
}

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** Local days with no working time strictly after `from`'s day and up to `to`'s day (at most 400 listed). */
export function listSkippedDays(calendar: WorkingCalendar, from: number, to: number): SkippedDay[] {
  const first = computeLocalEpochDay(from) + 1;
  const last = Math.min(computeLocalEpochDay(to), first + 400);
  const skipped: SkippedDay[] = [];
  for (let epochDay = first; epochDay <= last; epochDay += 1) {
    const index = epochDay - FIRST_EPOCH_DAY;
    if (index < 0 || index >= calendar.dayCount || calendar.dayProfile[index] !== 0) continue;
    const date = formatEpochDay(epochDay);
    const year = calendar.yearSchedules[Number(date.slice(0, 4)) - 1900];
    const holiday = year?.daysOff.find((day) => day.date === date);
    skipped.push({ date, reason: holiday?.name ?? WEEKDAY_NAMES[computeWeekday(epochDay)] ?? '' });
  }
  return skipped;
}
