/** SQL of working-time calendars: calendars, their immutable versions, the calendar_day table, unit choice. */
import { sql } from 'kysely';
import type { CalendarDayRow } from '../../../domain/calendar/index.js';
import type { Executor, Tx } from '../../db/types.js';

/** Code of the national default calendar (created by the migration). */
export const DEFAULT_CALENDAR_CODE = 'vn-default';

function selectCalendars(db: Executor) {
  return db
    .selectFrom('calendar as c')
    .innerJoin('calendar_version as v', 'v.id', 'c.current_version_id')
    .leftJoin('unit as o', 'o.id', 'c.owner_unit_id')
    .selectAll('c')
    .select([
      'v.number as current_version_number',
      'o.path as owner_unit_path',
      'o.full_name as owner_unit_name',
    ]);
}

export type CalendarRow = NonNullable<Awaited<ReturnType<typeof findCalendar>>>;

/** All calendars with their current version number, the national default first. */
export async function listCalendars(db: Executor) {
  return selectCalendars(db)
    .orderBy(sql`c.code = ${DEFAULT_CALENDAR_CODE}`, 'desc')
    .orderBy('c.code')
    .execute();
}

export async function findCalendar(db: Executor, id: string) {
  return selectCalendars(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findCalendarByCode(db: Executor, code: string) {
  return selectCalendars(db).where('c.code', '=', code).executeTakeFirst();
}

export type CalendarVersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

export async function findVersion(db: Executor, id: string) {
  return db.selectFrom('calendar_version').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findVersionByNumber(db: Executor, calendarId: string, number: number) {
  return db
    .selectFrom('calendar_version')
    .selectAll()
    .where('calendar_id', '=', calendarId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** The versions of a calendar, newest first, with the name of who made each. */
export async function listVersions(db: Executor, calendarId: string) {
  return db
    .selectFrom('calendar_version as v')
    .leftJoin('app_user as p', 'p.id', 'v.created_by')
    .select(['v.id', 'v.number', 'v.note', 'v.created_at', 'p.full_name as created_by_name'])
    .where('v.calendar_id', '=', calendarId)
    .orderBy('v.number', 'desc')
    .execute();
}

export interface NewCalendarVersion {
  calendarId: string;
  number: number;
  weeklySessions: string;
  holidayRules: object;
  officialSchedules: readonly object[];
  minutesPerWorkingDay: number | null;
  note: string | null;
  createdBy: string | null;
  now: Date;
}

/** Inserts an immutable version and returns its id. */
export async function insertVersion(trx: Tx, version: NewCalendarVersion, id = crypto.randomUUID()) {
  await trx
    .insertInto('calendar_version')
    .values({
      id,
      calendar_id: version.calendarId,
      number: version.number,
      weekly_sessions: version.weeklySessions,
      holiday_rules: JSON.stringify(version.holidayRules),
      official_schedules: JSON.stringify(version.officialSchedules),
      minutes_per_working_day: version.minutesPerWorkingDay,
      note: version.note,
      created_at: version.now,
      created_by: version.createdBy,
    })
    .execute();
  return id;
}

/** Inserts a calendar pointing at its first version (inserted after it in the same transaction). */
export async function insertCalendar(
  trx: Tx,
  calendar: {
    id: string;
    code: string;
    name: string;
    ownerUnitId: string;
    currentVersionId: string;
    now: Date;
  },
): Promise<void> {
  await trx
    .insertInto('calendar')
    .values({
      id: calendar.id,
      code: calendar.code,
      name: calendar.name,
      owner_unit_id: calendar.ownerUnitId,
      current_version_id: calendar.currentVersionId,
      created_at: calendar.now,
      updated_at: calendar.now,
    })
    .execute();
}

/** Points a calendar at a new version if its row version still matches; false on a conflict. */
export async function advanceCalendar(
  trx: Tx,
  id: string,
  expectedVersion: number,
  currentVersionId: string,
  now: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('calendar')
    .set((eb) => ({ current_version_id: currentVersionId, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

/** Locks a version row (serialises day generation) and tells whether its days are already written. */
export async function lockVersionDays(trx: Tx, versionId: string): Promise<{ generated: boolean } | null> {
  const row = await trx
    .selectFrom('calendar_version')
    .select('days_generated_at')
    .where('id', '=', versionId)
    .forUpdate()
    .executeTakeFirst();
  return row ? { generated: row.days_generated_at !== null } : null;
}

const DAY_BATCH = 1000;

/** Writes calendar_day rows of a version in multi-row inserts; rows already there are kept. */
export async function insertCalendarDays(
  trx: Tx,
  versionId: string,
  rows: readonly CalendarDayRow[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += DAY_BATCH) {
    await trx
      .insertInto('calendar_day')
      .values(rows.slice(start, start + DAY_BATCH).map((row) => ({ calendar_version_id: versionId, ...row })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await trx
    .updateTable('calendar_version')
    .set({ days_generated_at: sql<Date>`now()` })
    .where('id', '=', versionId)
    .execute();
}

/**
 * Set-wise due dates: for each date from `from` to `to`, the date N working days after a receipt during
 * that date's office hours (on a day off, counting starts the next working morning, so it ends on the
 * evening of the (N−1)th working day after it).
 */
export async function listWorkingDayDueDates(
  db: Executor,
  versionId: string,
  range: { from: string; to: string; workingDays: number },
) {
  return (
    db
      .selectFrom('calendar_day as d1')
      .innerJoin('calendar_day as d2', (join) =>
        join
          .onRef('d2.calendar_version_id', '=', 'd1.calendar_version_id')
          .on('d2.is_working', '=', true)
          .on(
            'd2.working_day_ordinal',
            '=',
            sql<number>`d1.working_day_ordinal + ${range.workingDays} - (case when d1.is_working then 0 else 1 end)`,
          ),
      )
      // dates as text: PGlite ignores the date type parser and would return Date objects
      .select([
        sql<string>`to_char(d1.date, 'YYYY-MM-DD')`.as('start_date'),
        sql<string>`to_char(d2.date, 'YYYY-MM-DD')`.as('due_date'),
      ])
      .where('d1.calendar_version_id', '=', versionId)
      .where('d1.date', '>=', range.from)
      .where('d1.date', '<=', range.to)
      .orderBy('d1.date')
      .execute()
  );
}

/** The calendar a unit uses: its own, else its nearest ancestor's (active calendars only); none: undefined. */
export async function findUnitCalendarId(db: Executor, unitId: string): Promise<string | undefined> {
  const result = await sql<{ id: string }>`
    select c.id
    from unit u
    join unit a on a.id::text = any(string_to_array(trim(both '/' from u.path), '/'))
    join calendar c on c.id = a.calendar_id and c.active
    where u.id = ${unitId}
    order by length(a.path) desc
    limit 1`.execute(db);
  return result.rows[0]?.id;
}

/** A unit's path, or undefined for an unknown unit. */
export async function findUnitPath(db: Executor, unitId: string): Promise<string | undefined> {
  const row = await db.selectFrom('unit').select('path').where('id', '=', unitId).executeTakeFirst();
  return row?.path;
}

/** A unit's path, row version and own calendar choice (the column is added by the calendars migration). */
export async function findUnitCalendarChoice(db: Executor, unitId: string) {
  const result = await sql<{ id: string; path: string; version: number; calendar_id: string | null }>`
    select id, path, version, calendar_id from unit where id = ${unitId}`.execute(db);
  return result.rows[0];
}

/** Sets a unit's own calendar if its row version still matches; false on a conflict. */
export async function setUnitCalendar(
  trx: Tx,
  unitId: string,
  expectedVersion: number,
  calendarId: string | null,
  now: Date,
): Promise<boolean> {
  const result = await sql<{ id: string }>`
    update unit set calendar_id = ${calendarId}, version = version + 1, updated_at = ${now}
    where id = ${unitId} and version = ${expectedVersion}
    returning id`.execute(trx);
  return result.rows.length > 0;
}
