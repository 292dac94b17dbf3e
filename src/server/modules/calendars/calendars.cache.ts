/**
 * Working calendars built from stored versions, cached in process. Versions are immutable, so an entry
 * never goes stale; the cache is bounded (least recently used out) because each calendar holds ~1 MB.
 */
import type { WorkingCalendar } from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { buildWorkingCalendar } from './calendars.content.js';
import { ensureCalendarDays } from './calendars.days.js';
import { findVersion } from './calendars.queries.js';

/** How many built calendars the process keeps. */
export const CALENDAR_CACHE_SIZE = 20;

/** A cached calendar; `daysSettled` once its calendar_day rows are known to be committed. */
interface CacheEntry {
  calendar: Promise<WorkingCalendar>;
  daysSettled: boolean;
}

const cache = new Map<string, CacheEntry>();

/**
 * The working calendar of a stored version, built once per process. It also makes sure the version's
 * calendar_day rows exist (written in `db`'s transaction when it is one, and checked again later in case that
 * transaction rolled back). Pass the primary database, not a replica. Throws `not_found`.
 */
export async function getWorkingCalendar(db: Executor, versionId: string): Promise<WorkingCalendar> {
  const hit = cache.get(versionId);
  if (hit) {
    remember(versionId, hit);
    if (!hit.daysSettled) await settleDays(db, versionId, hit);
    return hit.calendar;
  }
  const entry: CacheEntry = { calendar: loadWorkingCalendar(db, versionId), daysSettled: !db.isTransaction };
  remember(versionId, entry);
  entry.calendar.catch(() => cache.delete(versionId));
  return entry.calendar;
}

/** Caches the calendar just built for a new version, once the transaction writing its days committed. */
export function primeWorkingCalendar(versionId: string, calendar: WorkingCalendar): void {
  remember(versionId, { calendar: Promise.resolve(calendar), daysSettled: true });
}

async function loadWorkingCalendar(db: Executor, versionId: string): Promise<WorkingCalendar> {
  const version = await findVersion(db, versionId);
  if (!version) throw fail.notFound('Không tìm thấy phiên bản lịch làm việc.');
  const calendar = buildWorkingCalendar(version);
  if (version.days_generated_at === null) await ensureCalendarDays(db, versionId, calendar);
  return calendar;
}

async function settleDays(db: Executor, versionId: string, entry: CacheEntry): Promise<void> {
  await ensureCalendarDays(db, versionId, await entry.calendar);
  if (!db.isTransaction) entry.daysSettled = true;
}

function remember(versionId: string, entry: CacheEntry): void {
  cache.delete(versionId);
  cache.set(versionId, entry);
  while (cache.size > CALENDAR_CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}
