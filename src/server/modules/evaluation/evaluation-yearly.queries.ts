/** SQL of yearly ratings: the year's monthly results of a subtree, the ratings and their HR cases. */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';
import type { YearlyRatingTable } from '../../db/schema.js';
import type { Insertable } from 'kysely';

/** One locked or published month of an official of the subtree, with the period's framework version. */
export interface MonthRow {
  official_id: string;
  unit_id: string;
  month: string;
  score: string;
  grade: string;
  framework_id: string;
}

/** Final monthly results of the year for the officials of the subtree (locked or published periods only). */
export async function listYearMonths(db: Executor, path: string, year: number): Promise<MonthRow[]> {
  const rows = await sql<MonthRow>`
    select e.official_id, u.unit_id, p.month, e.score::text as score, e.grade, p.framework_id
    from evaluation e
    join evaluation_period p on p.id = e.period_id and p.status in ('locked','published')
    join app_user u on u.id = e.official_id
    join unit un on un.id = u.unit_id
    where u.kind = 'official' and u.active and un.path like ${`${path}%`}
      and p.month like ${`${year}-%`} and e.score is not null and e.grade is not null
    order by e.official_id, p.month`.execute(db);
  return rows.rows;
}

/** Active officials of the subtree among these ids, with their unit. */
export async function listOfficialsIn(db: Executor, path: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('app_user as u')
    .innerJoin('unit as un', 'un.id', 'u.unit_id')
    .select(['u.id as official_id', 'u.unit_id'])
    .where('u.kind', '=', 'official')
    .where('u.active', '=', true)
    .where('un.path', 'like', `${path}%`)
    .where('u.id', 'in', ids)
    .execute();
}

/** Writes (or rewrites) an official's rating of the year. */
export async function upsertYearlyRating(db: Executor, row: Insertable<YearlyRatingTable>): Promise<void> {
  await db
    .insertInto('yearly_rating')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['official_id', 'year']).doUpdateSet((eb) => ({
        unit_id: eb.ref('excluded.unit_id'),
        rule_version: eb.ref('excluded.rule_version'),
        months: eb.ref('excluded.months'),
        mean_score: eb.ref('excluded.mean_score'),
        disciplined: eb.ref('excluded.disciplined'),
        level: eb.ref('excluded.level'),
        reason: eb.ref('excluded.reason'),
        framework: eb.ref('excluded.framework'),
        capped: eb.ref('excluded.capped'),
        computed_at: eb.ref('excluded.computed_at'),
        computed_by: eb.ref('excluded.computed_by'),
      })),
    )
    .execute();
}

/** An official's level of a year (null when not rated or not rated yet). */
export async function findYearLevel(db: Executor, officialId: string, year: number) {
  const row = await db
    .selectFrom('yearly_rating')
    .select('level')
    .where('official_id', '=', officialId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.level ?? null;
}

/** Opens the two-year HR case once per official and pair of years. */
export async function openTwoYearCase(
  db: Executor,
  c: { officialId: string; unitId: string; year: number; at: Date },
): Promise<void> {
  await db
    .insertInto('hr_case')
    .values({
      official_id: c.officialId,
      unit_id: c.unitId,
      kind: 'two_years_not_complete',
      years: [c.year - 1, c.year],
      status: 'open',
      opened_at: c.at,
      note: null,
    })
    .onConflict((oc) => oc.columns(['official_id', 'kind', 'years']).doNothing())
    .execute();
}

/** The year's ratings of the subtree, each with last year's level. */
export async function listYearRatings(db: Executor, path: string, year: number) {
  return db
    .selectFrom('yearly_rating as y')
    .innerJoin('app_user as o', 'o.id', 'y.official_id')
    .innerJoin('unit as u', 'u.id', 'y.unit_id')
    .leftJoin('yearly_rating as prev', (join) =>
      join.onRef('prev.official_id', '=', 'y.official_id').on('prev.year', '=', year - 1),
    )
    .select([
      'y.official_id',
      'o.full_name',
      'u.full_name as unit_name',
      'y.year',
      'y.months',
      'y.mean_score',
      'y.disciplined',
      'y.level',
      'y.reason',
      'y.framework',
      'y.capped',
      'y.rule_version',
      'prev.level as previous_level',
    ])
    .where('y.year', '=', year)
    .where('u.path', 'like', `${path}%`)
    .orderBy('u.path')
    .orderBy('o.full_name')
    .execute();
}

/** HR cases of the subtree, newest first. */
export async function listHrCasesUnder(db: Executor, path: string) {
  return db
    .selectFrom('hr_case as c')
    .innerJoin('app_user as o', 'o.id', 'c.official_id')
    .innerJoin('unit as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.official_id',
      'o.full_name',
      'u.full_name as unit_name',
      'c.kind',
      'c.years',
      'c.status',
      'c.opened_at',
    ])
    .where('u.path', 'like', `${path}%`)
    .orderBy('c.opened_at', 'desc')
    .execute();
}
