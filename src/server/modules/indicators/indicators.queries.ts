/**
 * All SQL of indicators: sums of roll-up measures over a unit subtree (or per child unit, procedure or
 * month) for a range of months, feedback sums, and live counts of open dossiers from the open-dossier index.
 */
import { sql, type RawBuilder } from 'kysely';
import {
  FEEDBACK_MEASURES,
  ROLLUP_MEASURES,
  type MeasureTotals,
} from '../../../domain/indicators/measures.js';
import type { Db } from '../../db/types.js';

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
 * The path every child lies under (their parent's path; '/' for roots), written as a literal prefix so
 * the path indexes narrow the scan before the per-child match.
 */
function commonPrefix(children: readonly UnitRow[]): string {
  const first = children[0]?.path ?? '/';
  return first.slice(0, first.slice(0, -1).lastIndexOf('/') + 1);
}

function scopeJoin(
  grouping: Grouping,
  dateColumn: string,
): { key: RawBuilder<unknown>; from: RawBuilder<unknown> } {
  if (grouping.by === 'child') {
    const ids = grouping.children.map((c) => c.id);
    return {
      key: sql`c.id::text`,
      from: sql`unit c JOIN unit u ON u.path LIKE ${`${commonPrefix(grouping.children)}%`}
          AND u.path LIKE c.path || '%'
        JOIN ${sql.raw(dateColumn)} ON r.unit_id = u.id AND c.id IN (${ids.length ? sql.join(ids) : sql`NULL`})`,
    };
  }
  const key =
    grouping.by === 'procedure'
      ? sql`r.procedure_id::text`
      : grouping.by === 'month'
        ? sql`r.month::text`
        : sql`''`;
  return {
    key,
    from: sql`${sql.raw(dateColumn)} JOIN unit u ON u.id = r.unit_id AND u.path LIKE ${`${grouping.path}%`}`,
  };
}

function toTotals(row: Record<string, unknown>, measures: readonly string[]): MeasureTotals {
  const totals: Record<string, number> = {};
  for (const m of measures) totals[m] = Number(row[m] ?? 0);
  return totals as MeasureTotals;
}

/** Sums of the roll-up measures per group key over the months [from, to). */
export async function sumRollups(
  db: Db,
  grouping: Grouping,
  filter: SumFilter,
): Promise<Map<string, MeasureTotals>> {
  // without a procedure dimension the (unit, month) table answers with a row per unit and month
  const perProcedure =
    grouping.by === 'procedure' || filter.procedureId !== undefined || filter.field !== undefined;
  const { key, from } = scopeJoin(grouping, perProcedure ? 'rollup_month r' : 'rollup_unit_month r');
  const procedure = filter.procedureId ? sql`AND r.procedure_id = ${filter.procedureId}` : sql``;
  const field = filter.field
    ? sql`AND r.procedure_id IN (SELECT id FROM procedure WHERE field = ${filter.field})`
    : sql``;
  const result = await sql<Record<string, unknown> & { key: string }>`
    SELECT ${key} AS key, ${sums(ROLLUP_MEASURES)} FROM ${from}
    WHERE r.month >= ${filter.from}::date AND r.month < ${filter.to}::date ${procedure} ${field}
    GROUP BY 1`.execute(db);
  return new Map(result.rows.map((row) => [row.key, toTotals(row, ROLLUP_MEASURES)]));
}

/** The roll-up measures of every unit with data in one month (open data, national views), by unit id. */
export async function sumEveryUnitMonth(db: Db, month: string): Promise<Map<string, MeasureTotals>> {
  const result = await sql<Record<string, unknown> & { unit_id: string }>`
    SELECT r.unit_id, ${sql.raw(ROLLUP_MEASURES.map((m) => `r.${m}`).join(', '))}
    FROM rollup_unit_month r WHERE r.month = ${month}::date`.execute(db);
  return new Map(result.rows.map((row) => [row.unit_id, toTotals(row, ROLLUP_MEASURES)]));
}

/** Sums of the feedback measures per group key (no procedure grouping: feedback carries none). */
export async function sumFeedback(
  db: Db,
  grouping: Grouping,
  filter: SumFilter,
): Promise<Map<string, MeasureTotals>> {
  if (grouping.by === 'procedure' || filter.procedureId !== undefined || filter.field !== undefined) {
    return new Map();
  }
  const { key, from } = scopeJoin(
    grouping.by === 'month' ? { by: 'none', path: grouping.path } : grouping,
    'rollup_feedback_day r',
  );
  const monthKey = grouping.by === 'month' ? sql`date_trunc('month', r.day)::date::text` : key;
  const result = await sql<Record<string, unknown> & { key: string }>`
    SELECT ${monthKey} AS key, ${sums(FEEDBACK_MEASURES)} FROM ${from}
    WHERE r.day >= ${filter.from}::date AND r.day < ${filter.to}::date GROUP BY 1`.execute(db);
  return new Map(result.rows.map((row) => [row.key, toTotals(row, FEEDBACK_MEASURES)]));
}

export interface LiveCounts {
  open_within_time: number;
  open_overdue: number;
  cohort_open_overdue: number;
}

/**
 * Open dossiers of the subtree now (read through the partial open-dossier index): within time, overdue,
 * and overdue among those received in [from, to) local dates. Grouped by child unit or procedure if asked.
 */
export async function countOpen(
  db: Db,
  grouping: Grouping,
  filter: SumFilter,
  now: Date,
): Promise<Map<string, LiveCounts>> {
  const scope =
    grouping.by === 'child'
      ? sql`JOIN unit c ON d.scope_path LIKE c.path || '%' AND c.id IN (${
          grouping.children.length ? sql.join(grouping.children.map((c) => c.id)) : sql`NULL`
        })`
      : sql``;
  const path = sql`AND d.scope_path LIKE ${`${grouping.by === 'child' ? commonPrefix(grouping.children) : grouping.path}%`}`;
  const key =
    grouping.by === 'child'
      ? sql`c.id::text`
      : grouping.by === 'procedure'
        ? sql`d.procedure_id::text`
        : grouping.by === 'month'
          ? sql`date_trunc('month', d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text`
          : sql`''`;
  const procedure = filter.procedureId ? sql`AND d.procedure_id = ${filter.procedureId}` : sql``;
  const field = filter.field
    ? sql`AND d.procedure_id IN (SELECT id FROM procedure WHERE field = ${filter.field})`
    : sql``;
  const t0 = sql`(${filter.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
  const t1 = sql`(${filter.to}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
  const result = await sql<{ key: string } & LiveCounts>`
    SELECT ${key} AS key,
      count(*) FILTER (WHERE coalesce(d.original_due_at, d.due_at) >= ${now})::int AS open_within_time,
      count(*) FILTER (WHERE coalesce(d.original_due_at, d.due_at) < ${now})::int AS open_overdue,
      count(*) FILTER (WHERE coalesce(d.original_due_at, d.due_at) < ${now}
        AND d.received_at >= ${t0} AND d.received_at < ${t1})::int AS cohort_open_overdue
    FROM dossier d ${scope}
    WHERE d.finished_at IS NULL AND d.received_at IS NOT NULL ${path} ${procedure} ${field}
    GROUP BY 1`.execute(db);
  return new Map(result.rows.map((row) => [row.key, row]));
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

/** When the roll-ups were last brought up to date. */
export async function findRefreshedAt(db: Db): Promise<Date | null> {
  const row = await db
    .selectFrom('rollup_state')
    .select('refreshed_at')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.refreshed_at ?? null;
}
