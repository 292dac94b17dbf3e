/**
 * Shared fixtures for the calendar tests: the official 2025 schedule, calendars, and instant helpers.
 * Test-only; not exported from the package index.
 */
import officialSchedule2025 from './fixtures/official-2025.json' with { type: 'json' };
import { formatInstant, parseInstant } from './instant.js';
import { parseScheduleData } from './schedule.js';

/** The official 2025 schedule for civil servants (swapped days: 27/1 ↔ Sat 8/2, 2/5 ↔ Sat 26/4). */
export const OFFICIAL_2025 = parseScheduleData(officialSchedule2025);

/** Path of the official 2025 schedule file, for CLI tests. */
export const OFFICIAL_2025_PATH = new URL('./fixtures/official-2025.json', import.meta.url).pathname;

/** Local (UTC+7) instant from `YYYY-MM-DDTHH:MM[:SS]`. */
export function at(text: string): number {
  return parseInstant(text);
}

/** Formats an instant as local ISO text, for readable assertions. */
export function show(instant: number): string {
  return formatInstant(instant);
}
