/**
 * Public API of the Vietnamese working-time calendar: lunar calendar, yearly schedules of days off,
 * office sessions, and O(1) working-time arithmetic over a precomputed calendar. Pure: no I/O, no clock.
 */
export * from './civil-date.js';
export * from './range.js';
export * from './instant.js';
export {
  convertLunarToSolar,
  convertSolarToLunar,
  findLeapMonth,
  computeLunarNewYear,
  formatLunarDate,
  VIETNAM_TIME_ZONE_HOURS,
  type LunarDate,
} from './lunar.js';
export * from './holidays.js';
export * from './schedule.js';
export * from './sessions.js';
export {
  createWorkingCalendar,
  type WorkingCalendar,
  type WorkingCalendarConfig,
} from './working-calendar.js';
export * from './working-time.js';
export * from './duration.js';
export * from './deadlines.js';
export * from './calendar-rows.js';
export * from './skipped-days.js';
