/**
 * The calendar_day rows of a version: one per local date over a range of years, written once (when the
 * version is created, or lazily for versions made by a migration) so SQL can compute due times set-wise.
 */
import {
  listCalendarDayRows,
  type CalendarDayRow,
  type WorkingCalendar,
} from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import type { Executor, Tx } from '../../db/types.js';
import { buildWorkingCalendar } from './calendars.content.js';
import { findVersion, insertCalendarDays, lockVersionDays } from './calendars.queries.js';

/** Years covered by calendar_day (inclusive); due times outside them are computed in process only. */
export const CALENDAR_DAY_YEARS = { from: 2015, to: 2040 } as const;

/** The calendar_day rows of a built calendar over `CALENDAR_DAY_YEARS`. */
export function listVersionDayRows(calendar: WorkingCalendar): CalendarDayRow[] {
  return listCalendarDayRows(calendar, CALENDAR_DAY_YEARS.from, CALENDAR_DAY_YEARS.to);
}

/**
 * Makes sure the calendar_day rows of a version exist; idempotent and safe to race (the version row is
 * locked and `days_generated_at` records completion). Inside a transaction it writes in that transaction.
 * `calendar` saves rebuilding when the caller already has it. Throws `not_found` for an unknown version.
 */
export async function ensureCalendarDays(
  db: Executor,
  versionId: string,
  calendar?: WorkingCalendar,
): Promise<void> {
  const run = async (trx: Tx): Promise<void> => {
    const state = await lockVersionDays(trx, versionId);
    if (!state) throw fail.notFound('Không tìm thấy phiên bản lịch làm việc.');
    if (state.generated) return;
    const built = calendar ?? (await buildFromStore(trx, versionId));
    await insertCalendarDays(trx, versionId, listVersionDayRows(built));
  };
  if (db.isTransaction) return run(db as Tx);
  await db.transaction().execute(run);
}

async function buildFromStore(db: Executor, versionId: string): Promise<WorkingCalendar> {
  const version = await findVersion(db, versionId);
  if (!version) throw fail.notFound('Không tìm thấy phiên bản lịch làm việc.');
  return buildWorkingCalendar(version);
}
