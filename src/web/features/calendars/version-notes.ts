/**
 * The note stored with each new version, so the version list says what changed. Notes are records, kept
 * in Vietnamese like the rest of the stored data whatever the interface language; at most 500 characters.
 */
import type { CalendarDayKind } from '../../../contracts/calendars';
import type { DayChanges } from './year-draft';

/** The longest note the API accepts. */
export const MAX_NOTE_LENGTH = 500;

const KIND_NOTES: Record<CalendarDayKind, string> = {
  working: 'làm việc',
  weekend: 'nghỉ hằng tuần',
  day_off: 'nghỉ',
  extra_working: 'làm bù',
};

function fit(text: string): string {
  return text.length <= MAX_NOTE_LENGTH ? text : `${text.slice(0, MAX_NOTE_LENGTH - 1)}…`;
}

/** e.g. "Sửa lịch năm 2026: 04/03 nghỉ (Nghỉ bù); 07/03 làm bù", the changed days in date order. */
export function noteYearEdit(year: number, changes: DayChanges): string {
  const days = Object.entries(changes)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, day]) => {
      const when = `${date.slice(8, 10)}/${date.slice(5, 7)}`;
      const name = day.kind === 'day_off' && day.name ? ` (${day.name})` : '';
      return `${when} ${KIND_NOTES[day.kind]}${name}`;
    });
  return fit(`Sửa lịch năm ${year}: ${days.join('; ')}`);
}

/** The note of a year put back to the schedule generated from the law. */
export function noteYearReset(year: number): string {
  return `Khôi phục lịch năm ${year} tạo tự động theo Bộ luật Lao động`;
}

/** The note of new office hours. */
export function noteSessions(sessions: string, minutesPerWorkingDay: number | null): string {
  const minutes = minutesPerWorkingDay ? `; ${minutesPerWorkingDay} phút một ngày làm việc` : '';
  return fit(`Giờ làm việc: ${sessions}${minutes}`);
}

/** The note of an imported file. */
export function noteImport(fileName: string): string {
  return fit(`Nhập lịch từ tệp ${fileName}`);
}
