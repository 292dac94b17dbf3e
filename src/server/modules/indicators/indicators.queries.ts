/**
 * All SQL of indicators: sums of roll-up measures over a unit subtree (or per child unit, procedure or
 * month) for a range of months, feedback sums, live counts of open dossiers from the open-dossier index,
 * and the indicator configuration versions.
 */
import { sql, type RawBuilder } from 'kysely';
import {
  createTotals,
  FEEDBACK_MEASURES,
  LIVE_MEASURES,
  ROLLUP_MEASURES,
  type MeasureTotals,
} from '../../../domain/indicators/measures.js';
import type { IndicatorSettings } from '../../../domain/indicators/index.js';
import { toLocalDate } from '../../../domain/indicators/period.js';
import type { Db, Executor, Tx } from '../../db/types.js';

/** Unit kinds that are administrative levels (own dossiers as authorities and are ranked). */
export const ADMIN_KINDS = ['country', 'province', 'district', 'commune'] as const;

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
  parent_id: string | null;
}

/** The unit, or undefined. */
export async function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  return db
    .selectFrom('unit')
    .select(['id', 'code', 'full_name as name', 'kind', 'path', 'parent_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Administrative units under the parent (provinces when parent is null), by name. */
export async function listAdminChildren(db: Db, parentId: string | null): Promise<UnitRow[]> {
  let query = db
    .selectFrom('unit')
    .select(['id', 'code', 'full_name as name', 'kind', 'path', 'parent_id'])
    .where('kind', 'in', [...ADMIN_KINDS])
    .where('active', '=', true);
  query = parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId);
  return query.orderBy('full_name').execute();
}

/** Every active unit of an administrative level, by name. */
export async function listAdminUnitsOfKind(db: Db, kind: (typeof ADMIN_KINDS)[number]): Promise<UnitRow[]> {
  return db
    .selectFrom('unit')
    .select(['id', 'code', 'full_name as name', 'kind', 'path', 'parent_id'])
    .where('kind', '=', kind)
    .where('active', '=', true)
    .orderBy('full_name')
    .execute();
}

/** How sums are grouped: one total, per child unit of a parent, per procedure, or per month. */
export type Grouping =
  | { by: 'none'; path: string }
  | { by: 'procedure'; path: string }
  | { by: 'month'; path: string }
  | { by: 'child'; children: readonly UnitRow[] };

export interface SumFilter {
  /** First month (ISO date, a month start) included, and the first month excluded. */
  from: string;
  to: string;
  procedureId?: string | undefined;
  field?: string | undefined;
}

const sums = (measures: readonly string[]) =>
  sql.raw(measures.map((m) => `sum(r.${m})::bigint AS ${m}`).join(', '));

/**
 * Runs `inner` (columns `key` then the measures) and returns its rows as one JSON text of arrays: thousands
 * of rows of thirty-odd sums come back far faster as one value than as driver rows, and JSON.parse reads
 * the numbers faster than splitting text. A wide list keeps only its listed units' keys.
 */
async function totalsByKey(
  db: Db,
  grouping: Grouping,
  inner: RawBuilder<unknown>,
  measures: readonly string[],
): Promise<Map<string, MeasureTotals>> {
  const keep = listedKeys(grouping);
  // keys are ids, paths or dates: no character JSON would need to escape; sums are never NULL
  const values = sql.raw(measures.map((m) => `coalesce(t.${m}, 0)`).join(', '));
  const result = await sql<{ rows: string | null }>`
    SELECT '[' || string_agg('["' || t.key || '",' || concat_ws(',', ${values}) || ']', ',') || ']' AS rows
    FROM (${inner}) t`.execute(db);
  const text = result.rows[0]?.rows;
  const out = new Map<string, MeasureTotals>();
  if (!text) return out;
  // sums with the roll-up measures become fixed-shape totals (every measure, see `createTotals`), which the
  // reports read fastest; the few live counts stay small objects, copied onto them by `computeTotals`
  const full = measures !== LIVE_MEASURES;
  for (const row of JSON.parse(text) as (string | number)[][]) {
    const totals: Record<string, number> = full ? createTotals() : {};
    for (let i = 0; i < measures.length; i += 1) totals[measures[i]!] = row[i + 1] as number;
    const key = row[0] as string;
    if (!keep || keep.has(key)) out.set(key, totals as MeasureTotals);
  }
  return out;
}

/** The longest path prefix (ending at a '/') all the units' paths start with: '/' at least. */
function commonPrefix(units: readonly UnitRow[]): string {
  let prefix = units[0]?.path ?? '/';
  for (const unit of units) {
    while (!unit.path.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  }
  return prefix;
}

/**
 * The units of the grouping's subtree with their group key (`s.id`, `s.key`). For a `child` grouping the key
 * is the listed unit's id, read from each unit's own path (the ids of its ancestors and itself, `/a/b/c/`)
 * at the listed units' depth: no join per pair of paths, and a 16-byte key to group by. Listed units may
 * have different parents (all communes of the country); their subtrees should not overlap.
 */
function scopeUnits(grouping: Grouping): RawBuilder<unknown> {
  if (grouping.by === 'child') {
    const prefix = commonPrefix(grouping.children);
    const byDepth = new Map<number, string[]>();
    for (const c of grouping.children) {
      const depth = c.path.split('/').length - 2;
      const ids = byDepth.get(depth);
      if (ids) ids.push(c.id);
      else byDepth.set(depth, [c.id]);
    }
    if (byDepth.size === 0) return sql`SELECT NULL::uuid AS id, NULL::uuid AS key WHERE false`;
    // a wide list (every commune) takes every unit at the depth: sending and matching thousands of ids
    // costs more than the few units not listed, whose sums `totalsByKey` leaves out
    const wide = isWide(grouping);
    return sql.join(
      [...byDepth].map(([depth, ids]) => {
        // '' (a unit above that depth) becomes NULL, never a failed cast
        const ancestor = sql`nullif(split_part(u.path, '/', ${depth + 1}::int), '')::uuid`;
        const listed = wide ? sql`${ancestor} IS NOT NULL` : sql`${ancestor} = ANY(${ids}::uuid[])`;
        return sql`SELECT u.id, ${ancestor} AS key FROM unit u WHERE u.path LIKE ${`${prefix}%`} AND ${listed}`;
      }),
      sql` UNION ALL `,
    );
  }
  return sql`SELECT u.id, ''::text AS key FROM unit u WHERE u.path LIKE ${`${grouping.path}%`}`;
}

/** Listed units from which a wide list is read at once (every commune of the country is 3,321). */
const WIDE_LIST = 200;

/** A wide scope: hundreds of listed units, or the whole tree. */
function isWide(grouping: Grouping): boolean {
  return grouping.by === 'child' ? grouping.children.length > WIDE_LIST : grouping.path === '/';
}

/** The keys to keep from a wide list's results: its listed units' ids (other units may be read). */
function listedKeys(grouping: Grouping): Set<string> | undefined {
  return grouping.by === 'child' && isWide(grouping)
    ? new Set(grouping.children.map((c) => c.id))
    : undefined;
}

/** The group key of a roll-up row `r`: its scope unit's key, procedure or month column. */
function rowKey(grouping: Grouping, month: RawBuilder<unknown>): RawBuilder<unknown> {
  if (grouping.by === 'procedure') return sql`r.procedure_id::text`;
  if (grouping.by === 'month') return sql`${month}::text`;
  return sql`s.key`;
}

/** Restricts roll-up rows `r` to the filter's procedure or field. */
function procedureFilter(filter: SumFilter): RawBuilder<unknown> {
  const procedure = filter.procedureId ? sql`AND r.procedure_id = ${filter.procedureId}` : sql``;
  const field = filter.field
    ? sql`AND r.procedure_id IN (SELECT id FROM procedure WHERE field = ${filter.field})`
    : sql``;
  return sql`${procedure} ${field}`;
}

/** True when rows need the procedure dimension (grouped or filtered by procedure or field). */
function needsProcedure(grouping: Grouping, filter: SumFilter): boolean {
  return grouping.by === 'procedure' || filter.procedureId !== undefined || filter.field !== undefined;
}

/**
 * The roll-up rows of the grouping (`key`, then the sums of the roll-up measures) over the months
 * [from, to); reads the scope's units from the relation `s`.
 */
function rollupRows(grouping: Grouping, filter: SumFilter): RawBuilder<unknown> {
  // without a procedure dimension the (unit, month) table answers with a row per unit and month
  const table = needsProcedure(grouping, filter) ? 'rollup_month' : 'rollup_unit_month';
  return sql`SELECT ${rowKey(grouping, sql`r.month`)} AS key, ${sums(ROLLUP_MEASURES)}
    FROM ${sql.raw(table)} r JOIN s ON s.id = r.unit_id
    WHERE r.month >= ${filter.from}::date AND r.month < ${filter.to}::date ${procedureFilter(filter)}
    GROUP BY 1`;
}

/** The feedback rows of the grouping; none when it needs procedures (feedback carries none). */
function feedbackRows(grouping: Grouping, filter: SumFilter): RawBuilder<unknown> | null {
  if (needsProcedure(grouping, filter)) return null;
  return sql`SELECT ${rowKey(grouping, sql`date_trunc('month', r.day)::date`)} AS key, ${sums(FEEDBACK_MEASURES)}
    FROM rollup_feedback_day r JOIN s ON s.id = r.unit_id
    WHERE r.day >= ${filter.from}::date AND r.day < ${filter.to}::date GROUP BY 1`;
}

/** Sums of the roll-up measures per group key over the months [from, to). */
export async function sumRollups(
  db: Db,
  grouping: Grouping,
  filter: SumFilter,
): Promise<Map<string, MeasureTotals>> {
  return totalsByKey(
    db,
    grouping,
    sql`WITH s AS (${scopeUnits(grouping)}) ${rollupRows(grouping, filter)}`,
    ROLLUP_MEASURES,
  );
}

const ROLLUP_AND_FEEDBACK = [...ROLLUP_MEASURES, ...FEEDBACK_MEASURES];

/**
 * Sums of the roll-up measures and of the feedback measures per group key, in one query (one scope, one
 * result); every key holds every measure of both. Feedback is left out when the grouping needs
 * procedures (feedback carries none).
 */
export async function sumRollupsAndFeedback(
  db: Db,
  grouping: Grouping,
  filter: SumFilter,
): Promise<Map<string, MeasureTotals>> {
  const feedback = feedbackRows(grouping, filter);
  if (!feedback) return sumRollups(db, grouping, filter);
  return totalsByKey(
    db,
    grouping,
    sql`WITH s AS MATERIALIZED (${scopeUnits(grouping)}),
      a AS (${rollupRows(grouping, filter)}),
      b AS (${feedback})
      SELECT * FROM a FULL JOIN b USING (key)`,
    ROLLUP_AND_FEEDBACK,
  );
}

export interface LiveCounts {
  open_within_time: number;
  open_overdue: number;
  cohort_open_overdue: number;
}

/** The local date of an instant and the instants its day starts and ends. */
function localDay(now: Date): { today: string; start: Date; end: Date } {
  const today = toLocalDate(now.getTime());
  const start = new Date(`${today}T00:00:00+07:00`);
  return { today, start, end: new Date(start.getTime() + 86_400_000) };
}

/**
 * Whether the open-dossier buckets can be read at `now`: not when the horizon lies after today (a
 * development clock moved back). Read before the figures: with literal bounds the planner sees the few
 * facts due today, and no branch for the other case is planned.
 */
async function openBucketsUsable(db: Db, now: Date): Promise<boolean> {
  const today = toLocalDate(now.getTime());
  const state = await sql<{ usable: boolean }>`SELECT coalesce((SELECT open_horizon IS NULL
    OR open_horizon <= ${today}::date FROM rollup_state WHERE id = 1), false) AS usable`.execute(db);
  return state.rows[0]?.usable === true;
}

/**
 * The open-dossier rows of the grouping (`key`, open_within_time, open_overdue, cohort_open_overdue) at
 * `now`, from the roll-ups (migrations 0015 and 0017); reads the scope's units from the relation `s`.
 * Due days before today count as overdue and after today as within time, read from the open-dossier
 * tables; today's dossiers are split at `now` from the facts. When the buckets are not usable, every
 * open fact is read instead.
 */
function openRows(grouping: Grouping, filter: SumFilter, now: Date, usable: boolean): RawBuilder<unknown> {
  const { today, start, end } = localDay(now);
  const cohort = (column: RawBuilder<unknown>) =>
    sql`${column} >= ${filter.from}::date AND ${column} < ${filter.to}::date`;
  // counted per unit (and procedure or month) first, then summed per group key: thousands of bucket rows
  // shrink to one per unit before the join
  const dimension = (month: RawBuilder<unknown>) =>
    grouping.by === 'procedure'
      ? sql`r.procedure_id::text`
      : grouping.by === 'month'
        ? sql`${month}::text`
        : sql`''`;
  // a wide scope (hundreds of listed units, or the whole tree) reads every row anyway: filtering by unit
  // before the per-unit sums would only add a probe per row; the join with the scope filters after them
  const wide = isWide(grouping);
  const inScope = sql`${wide ? sql`true` : sql`r.unit_id IN (SELECT id FROM s)`} ${procedureFilter(filter)}`;
  // today's open facts split at the minute when the buckets are usable, every open fact otherwise
  const dueWindow = usable
    ? sql`r.open_due >= ${start}::timestamptz AND r.open_due < ${end}::timestamptz`
    : sql`r.open_due IS NOT NULL`;
  const facts = sql`
    SELECT r.unit_id, ${dimension(sql`date_trunc('month', r.received_day)::date`)} AS dim,
      count(*) FILTER (WHERE r.open_due >= ${now}) AS open_within_time,
      count(*) FILTER (WHERE r.open_due < ${now}) AS open_overdue,
      count(*) FILTER (WHERE r.open_due < ${now} AND ${cohort(sql`r.received_day`)}) AS cohort_open_overdue
    FROM rollup_dossier r
    WHERE ${dueWindow} AND ${inScope}
    GROUP BY 1, 2`;
  const table = needsProcedure(grouping, filter) ? 'rollup_open' : 'rollup_open_unit';
  const buckets = sql`
    SELECT r.unit_id, ${dimension(sql`r.received_month`)} AS dim,
      sum(r.open) FILTER (WHERE r.due_day > ${today}::date) AS open_within_time,
      sum(r.open) FILTER (WHERE r.due_day < ${today}::date) AS open_overdue,
      sum(r.open) FILTER (WHERE r.due_day < ${today}::date AND ${cohort(sql`r.received_month`)})
        AS cohort_open_overdue
    FROM ${sql.raw(table)} r
    WHERE r.due_day <> ${today}::date AND ${inScope}
    GROUP BY 1, 2`;
  // every unit at once (migration 0017): a few rows per unit instead of one per month received and due day.
  // All open dossiers count as within time, minus those due before today and those due today already past
  // (moved to overdue); the cohort comes by month received.
  const perUnit = sql`
    SELECT r.unit_id, '' AS dim, r.open AS open_within_time, 0 AS open_overdue, 0 AS cohort_open_overdue
    FROM rollup_open_total r WHERE ${inScope}
    UNION ALL
    SELECT r.unit_id, '', -r.open, r.open, 0 FROM rollup_open_due r
    WHERE r.due_day < ${today}::date AND ${inScope}
    UNION ALL
    SELECT r.unit_id, '', 0, 0, r.open FROM rollup_open_unit r
    WHERE r.received_month >= ${filter.from}::date AND r.received_month < ${filter.to}::date
      AND r.due_day < ${today}::date AND ${inScope}
    UNION ALL
    SELECT r.unit_id, '', -1, 1, CASE WHEN ${cohort(sql`r.received_day`)} THEN 1 ELSE 0 END FROM rollup_dossier r
    WHERE r.open_due >= ${start}::timestamptz AND r.open_due < ${now}::timestamptz AND ${inScope}`;
  const parts = !usable
    ? facts
    : wide && grouping.by !== 'month' && !needsProcedure(grouping, filter)
      ? perUnit
      : sql`${facts} UNION ALL ${buckets}`;
  const key = grouping.by === 'procedure' || grouping.by === 'month' ? sql`p.dim` : sql`s.key`;
  return sql`SELECT ${key} AS key, coalesce(sum(p.open_within_time), 0)::bigint AS open_within_time,
      coalesce(sum(p.open_overdue), 0)::bigint AS open_overdue,
      coalesce(sum(p.cohort_open_overdue), 0)::bigint AS cohort_open_overdue
    FROM (${parts}) p JOIN s ON s.id = p.unit_id
    GROUP BY 1`;
}

/** Open dossiers of the grouping at `now`: within time, overdue, and overdue among the period's receipts. */
export async function countOpen(
  db: Db,
  grouping: Grouping,
  filter: SumFilter,
  now: Date,
): Promise<Map<string, LiveCounts>> {
  const usable = await openBucketsUsable(db, now);
  const totals = await totalsByKey(
    db,
    grouping,
    sql`WITH s AS MATERIALIZED (${scopeUnits(grouping)}) ${openRows(grouping, filter, now, usable)}`,
    LIVE_MEASURES,
  );
  return totals as Map<string, LiveCounts>;
}

/** Procedures by id: code, name and field. */
export async function findProcedures(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { code: string; name: string; field: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('procedure')
    .select(['id', 'code', 'name', 'field'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name, field: r.field }]));
}

/**
 * When the roll-ups were last brought up to date, and their generation (a count of the changes applied:
 * equal generations mean equal figures).
 */
export async function findRollupState(db: Db): Promise<{ refreshedAt: Date | null; generation: number }> {
  const row = await db
    .selectFrom('rollup_state')
    .select(['refreshed_at', 'generation'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return { refreshedAt: row?.refreshed_at ?? null, generation: row?.generation ?? 0 };
}

/** Every indicator configuration version with its creator's name, in number order. */
export async function listIndicatorConfigRows(db: Executor) {
  const rows = await sql<{
    number: number;
    effective_from: string;
    settings: IndicatorSettings;
    note: string;
    created_at: Date;
    created_by: string | null;
  }>`SELECT c.number, c.effective_from::text AS effective_from, c.settings, c.note, c.created_at,
      u.full_name AS created_by
    FROM indicator_config c LEFT JOIN app_user u ON u.id = c.created_by ORDER BY c.number`.execute(db);
  return rows.rows;
}

/** Locks the configuration table against other publishers for the rest of the transaction. */
export async function lockIndicatorConfig(trx: Tx): Promise<void> {
  await sql`LOCK TABLE indicator_config IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
}

/** The highest configuration version number (0 when there is none). */
export async function findMaxIndicatorConfigNumber(db: Executor): Promise<number> {
  const max = await sql<{
    n: number;
  }>`SELECT coalesce(max(number), 0)::int AS n FROM indicator_config`.execute(db);
  return max.rows[0]?.n ?? 0;
}

/** Stores a configuration version. */
export async function insertIndicatorConfig(
  db: Executor,
  version: {
    number: number;
    effectiveFrom: string;
    settings: IndicatorSettings;
    note: string;
    createdBy: string;
    createdAt: Date;
  },
): Promise<void> {
  await sql`INSERT INTO indicator_config (number, effective_from, settings, note, created_by, created_at)
      VALUES (${version.number}, ${version.effectiveFrom}::date, ${JSON.stringify(version.settings)}::jsonb, ${version.note},
        ${version.createdBy}, ${version.createdAt})`.execute(db);
}
