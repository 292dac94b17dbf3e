import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  computeLocalDayStart,
  formatInstant,
  measureWorkingTime,
  parseInstant,
  toEpochDay,
  type WorkingCalendar,
} from '../../../domain/calendar/index.js';
import { OFFICIAL_2025 } from '../../../domain/calendar/test-support.js';
import type { Db } from '../../db/types.js';
import { openTestDatabase, type TestDatabase } from '../../testing/harness.js';
import { getWorkingCalendar } from './calendars.cache.js';
import { CALENDAR_DAY_YEARS, ensureCalendarDays } from './calendars.days.js';
import * as q from './calendars.queries.js';

let database: TestDatabase;
let db: Db;
let defaultVersionId: string;
let officialVersionId: string;

const dayCount = (versionId: string) =>
  db
    .selectFrom('calendar_day')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('calendar_version_id', '=', versionId)
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.n));

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.handle.db;
  const calendar = await q.findCalendarByCode(db, q.DEFAULT_CALENDAR_CODE);
  defaultVersionId = calendar!.current_version_id;
  officialVersionId = await db.transaction().execute((trx) =>
    q.insertVersion(trx, {
      calendarId: calendar!.id,
      number: 2,
      weeklySessions: '07:30-11:30,13:00-17:00',
      holidayRules: {},
      officialSchedules: OFFICIAL_2025,
      minutesPerWorkingDay: null,
      note: null,
      createdBy: null,
      now: new Date('2026-01-01T00:00:00Z'),
    }),
  );
});
afterAll(async () => {
  await database.drop();
});

describe('calendar_day', () => {
  it('is written once per version, for every date of the configured years', async () => {
    expect(await dayCount(defaultVersionId)).toBe(0);
    await ensureCalendarDays(db, defaultVersionId);
    await ensureCalendarDays(db, defaultVersionId);
    const expected =
      toEpochDay({ year: CALENDAR_DAY_YEARS.to + 1, month: 1, day: 1 }) -
      toEpochDay({ year: CALENDAR_DAY_YEARS.from, month: 1, day: 1 });
    expect(await dayCount(defaultVersionId)).toBe(expected);
    expect((await q.findVersion(db, defaultVersionId))?.days_generated_at).toBeInstanceOf(Date);
    await getWorkingCalendar(db, officialVersionId); // first load of a version writes its days too
    expect(await dayCount(officialVersionId)).toBe(expected);
  });

  it('computes "N working days after date X" in SQL exactly as the engine does', async () => {
    for (const versionId of [defaultVersionId, officialVersionId]) {
      const calendar = await getWorkingCalendar(db, versionId);
      for (const workingDays of [1, 3, 10]) {
        const rows = await q.listWorkingDayDueDates(db, versionId, {
          from: '2024-12-01',
          to: '2026-03-31',
          workingDays,
        });
        expect(rows).toHaveLength(486);
        for (const row of rows) {
          expect(row.due_date, `${row.start_date} + ${workingDays}d`).toBe(
            engineDueDate(calendar, row.start_date, workingDays),
          );
        }
      }
    }
    const [overTet] = await q.listWorkingDayDueDates(db, officialVersionId, {
      from: '2025-01-24',
      to: '2025-01-24',
      workingDays: 1,
    });
    expect(overTet?.due_date).toBe('2025-02-03');
  });

  it('holds the engine working minutes at each local midnight', async () => {
    const calendar = await getWorkingCalendar(db, officialVersionId);
    const rows = await db
      .selectFrom('calendar_day')
      .select([sql<string>`to_char(date, 'YYYY-MM-DD')`.as('date'), 'working_minutes_before'])
      .where('calendar_version_id', '=', officialVersionId)
      .where('date', 'in', ['2015-01-01', '2025-02-08', '2040-12-31'])
      .execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const [year, month, day] = row.date.split('-').map(Number) as [number, number, number];
      const midnight = computeLocalDayStart(toEpochDay({ year, month, day }));
      expect(row.working_minutes_before * 60_000).toBe(measureWorkingTime(calendar, midnight));
    }
  });

  it('keeps versions immutable', async () => {
    await expect(
      sql`update calendar_version set weekly_sessions = '08:00-12:00' where id = ${defaultVersionId}`.execute(
        db,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`delete from calendar_version where id = ${officialVersionId}`.execute(db),
    ).rejects.toThrow(/never deleted/);
  });
});

/** The local date of the due time of N working days from 09:00 on `date`. */
function engineDueDate(calendar: WorkingCalendar, date: string, workingDays: number): string {
  return formatInstant(addWorkingDays(calendar, parseInstant(`${date}T09:00`), workingDays)).slice(0, 10);
}
