/**
 * SQL of the satisfaction indices. The population of a period is the dossiers *served* in it (result returned,
 * or not received at the counter: both may be rated, ND 61/2018 art. 31) by the unit
 * subtree's one-stop units (receiving unit path under the unit's path); each tally counts answers per element
 * and level, so the pure formula (domain/satisfaction/formula.ts) turns it into rates.
 */
import { sql, type RawBuilder } from 'kysely';
import { SATISFACTION_ELEMENTS, type SatisfactionElement } from '../../../domain/satisfaction/instrument.js';
import { createTally, type SatisfactionTally } from '../../../domain/satisfaction/formula.js';
import type { Executor } from '../../db/types.js';

export interface StatsScope {
  unitPath: string;
  from: Date;
  to: Date;
}

export type GroupBy = 'all' | 'channel' | 'procedure' | 'month' | 'official';

/** The unit a dashboard is about (id, path, full name), or undefined. */
export async function findScopeUnit(db: Executor, id: string) {
  return db.selectFrom('unit').select(['id', 'path', 'full_name']).where('id', '=', id).executeTakeFirst();
}

/** When a dossier was served: its result returned, or (not received at the counter) when it was turned away. */
const SERVED_AT = sql`coalesce(d.returned_at, d.finished_at)`;
const MONTH = sql`to_char(${SERVED_AT} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`;

function levelColumns(): RawBuilder<unknown>[] {
  return SATISFACTION_ELEMENTS.flatMap((element) =>
    [1, 2, 3, 4, 5].map(
      (level) =>
        sql`count(*) filter (where ${sql.ref(`r.score_${element}`)} = ${sql.lit(level)}) as ${sql.id(`${element}_${level}`)}`,
    ),
  );
}

function groupKey(by: GroupBy): RawBuilder<string> {
  switch (by) {
    case 'all':
      return sql<string>`'all'`;
    case 'channel':
      return sql<string>`r.channel`;
    case 'procedure':
      return sql<string>`d.procedure_id::text`;
    case 'month':
      return sql<string>`${MONTH}`;
    case 'official':
      return sql<string>`o.user_id::text`;
  }
}

/** Tallies of the responses in scope, by group key. */
export async function tallyResponses(
  db: Executor,
  scope: StatsScope,
  by: GroupBy,
): Promise<Map<string, SatisfactionTally>> {
  const key = groupKey(by);
  const officials = sql`(select distinct response_id, user_id from satisfaction_response_official)`;
  const rows = await sql<Record<string, string | number>>`
    select ${key} as key, count(*) as responses,
      count(r.overall_satisfied) as overall_valid,
      count(*) filter (where r.overall_satisfied) as overall_satisfied,
      ${sql.join(levelColumns())}
    from satisfaction_response r
    join dossier d on d.id = r.dossier_id
    join unit u on u.id = d.receiving_unit_id
    ${by === 'official' ? sql`join ${officials} o on o.response_id = r.id` : sql``}
    where u.path like ${`${scope.unitPath}%`}
      and ${SERVED_AT} >= ${scope.from} and ${SERVED_AT} < ${scope.to}
    group by 1`.execute(db);
  const tallies = new Map<string, SatisfactionTally>();
  for (const row of rows.rows) {
    const tally = createTally();
    tally.responses = Number(row.responses);
    tally.overallValid = Number(row.overall_valid);
    tally.overallSatisfied = Number(row.overall_satisfied);
    for (const element of SATISFACTION_ELEMENTS) {
      tally.levels[element as SatisfactionElement] = [1, 2, 3, 4, 5].map((level) =>
        Number(row[`${element}_${level}`]),
      ) as SatisfactionTally['levels'][SatisfactionElement];
    }
    tallies.set(String(row.key), tally);
  }
  return tallies;
}

/**
 * Dossiers served (returned, or not received) in scope, by group key (channels have no such count). For
 * officials: the served dossiers they acted on.
 */
export async function countReturned(
  db: Executor,
  scope: StatsScope,
  by: GroupBy,
): Promise<Map<string, number>> {
  if (by === 'channel') return new Map();
  const key = by === 'official' ? sql<string>`a.actor_id::text` : groupKey(by);
  const count = by === 'official' ? sql`count(distinct d.id)` : sql`count(*)`;
  const rows = await sql<{ key: string; n: string | number }>`
    select ${key} as key, ${count} as n
    from dossier d
    join unit u on u.id = d.receiving_unit_id
    ${
      by === 'official'
        ? sql`join dossier_action a on a.dossier_id = d.id and a.dossier_created_at = d.created_at
              join app_user au on au.id = a.actor_id and au.kind = 'official'`
        : sql``
    }
    where d.status in ('returned', 'not_received') and u.path like ${`${scope.unitPath}%`}
      and ${SERVED_AT} >= ${scope.from} and ${SERVED_AT} < ${scope.to}
    group by 1`.execute(db);
  return new Map(rows.rows.map((row) => [String(row.key), Number(row.n)]));
}

/** The national index's satisfaction inputs: rated, disliked, complained-about returned dossiers. */
export async function countNationalInputs(db: Executor, scope: StatsScope) {
  const row = await sql<Record<string, string | number>>`
    select count(*) as returned,
      count(r.id) as rated,
      count(*) filter (where r.overall_satisfied = false) as dislike,
      count(*) filter (where c.dossier_id is not null) as with_complaint,
      count(*) filter (where r.overall_satisfied = false or c.dossier_id is not null) as either
    from dossier d
    join unit u on u.id = d.receiving_unit_id
    left join satisfaction_response r on r.dossier_id = d.id
    left join (select distinct dossier_id from feedback where kind in ('complaint','misconduct')
               and dossier_id is not null) c on c.dossier_id = d.id
    where d.status = 'returned' and u.path like ${`${scope.unitPath}%`}
      and d.returned_at >= ${scope.from} and d.returned_at < ${scope.to}`.execute(db);
  const r = row.rows[0] ?? {};
  return {
    returned: Number(r.returned ?? 0),
    rated: Number(r.rated ?? 0),
    dislike: Number(r.dislike ?? 0),
    withComplaint: Number(r.with_complaint ?? 0),
    dislikeOrComplaint: Number(r.either ?? 0),
  };
}

/** Names of procedures and officials for the breakdown labels. */
export async function findNames(db: Executor, table: 'procedure' | 'app_user', ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows =
    table === 'procedure'
      ? await db.selectFrom('procedure').select(['id', 'name']).where('id', 'in', ids).execute()
      : await db.selectFrom('app_user').select(['id', 'full_name as name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A page of responses in scope, newest first, with their dossier code and officials' names. */
export async function listResponses(db: Executor, scope: StatsScope, page: number, pageSize: number) {
  const base = db
    .selectFrom('satisfaction_response as r')
    .innerJoin('dossier as d', 'd.id', 'r.dossier_id')
    .innerJoin('unit as u', 'u.id', 'd.receiving_unit_id')
    .where('u.path', 'like', `${scope.unitPath}%`)
    .where(SERVED_AT, '>=', scope.from)
    .where(SERVED_AT, '<', scope.to);
  const total = await base.select(sql<string>`count(*)`.as('n')).executeTakeFirst();
  const rows = await base
    .innerJoin('procedure as p', 'p.id', 'r.procedure_id')
    .select([
      'r.id',
      'r.anonymous',
      'r.channel',
      'r.submitted_at',
      'r.answers',
      'r.overall_satisfied',
      'r.score_access',
      'r.score_procedure',
      'r.score_officials',
      'r.score_result',
      'r.score_feedback',
      'd.code',
      'p.name as procedure_name',
      sql<string[]>`coalesce((select array_agg(distinct au.full_name) from satisfaction_response_official o
        join app_user au on au.id = o.user_id where o.response_id = r.id), '{}')`.as('officials'),
    ])
    // month, then the random id: the order within a month says nothing about who answered when
    .orderBy(sql`date_trunc('month', r.submitted_at)`, 'desc')
    .orderBy('r.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total?.n ?? 0) };
}
