/** The stored content of a calendar version, turned into the engine's configuration and calendar. */
import { CalendarHolidayRules } from '../../../contracts/calendars.js';
import {
  createWorkingCalendar,
  parseScheduleData,
  parseWeeklySessions,
  type WorkingCalendar,
  type WorkingCalendarConfig,
} from '../../../domain/calendar/index.js';

/** The stored content of a version (a `calendar_version` row's columns). */
export interface CalendarVersionContent {
  weekly_sessions: string;
  holiday_rules: unknown;
  official_schedules: unknown;
  minutes_per_working_day: number | null;
}

/** The engine's configuration for a version; throws `validation_failed` on bad content. */
export function toCalendarConfig(content: CalendarVersionContent): WorkingCalendarConfig {
  return {
    weeklySessions: parseWeeklySessions(content.weekly_sessions),
    holidayRules: CalendarHolidayRules.parse(content.holiday_rules ?? {}),
    schedules: parseScheduleData(content.official_schedules ?? []),
    ...(content.minutes_per_working_day ? { minutesPerWorkingDay: content.minutes_per_working_day } : {}),
  };
}

/** Builds the engine's calendar for a version's content (tens of milliseconds; not cached). */
export function buildWorkingCalendar(content: CalendarVersionContent): WorkingCalendar {
  return createWorkingCalendar(toCalendarConfig(content));
}
