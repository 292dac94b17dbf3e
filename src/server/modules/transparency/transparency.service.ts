/**
 * The public transparency portal: ranked units of a level with their index and groups, and one unit's
 * report with drill-down by procedure (or field) and month. Reads roll-ups only (plus the open-dossier
 * index for point-in-time counts), from the read replica when there is one.
 */
import { fail } from '../../../domain/errors.js';
import { foldText } from '../../../domain/text/fold.js';
import {
  parsePeriod,
  previousPeriod,
  toLocalDate,
  type Catalogue,
  type Period,
} from '../../../domain/indicators/index.js';
import type { RequestContext } from '../../context.js';
import { loadCatalogues } from '../indicators/indicators.config.js';
import type { Db } from '../../db/types.js';
import {
  ADMIN_KINDS,
  findProcedures,
  findRollupState,
  findUnit,
  listAdminChildren,
  listAdminUnitsOfKind,
  sumRollups,
  type UnitRow,
} from '../indicators/indicators.queries.js';
import {
  computeTotals,
  rankUnits,
  reportFor,
  type RankedUnitResult,
} from '../indicators/indicators.service.js';

/** The period asked for, or the last complete local month (the current one is still filling up). */
export function resolvePeriod(key: string | undefined, now: Date): Period {
  const thisMonth = parsePeriod(toLocalDate(now.getTime()).slice(0, 7))!;
  const period = key === undefined ? previousPeriod(thisMonth) : parsePeriod(key);
  if (!period) throw fail.validation('Kỳ báo cáo không hợp lệ.', { period: key });
  return period;
}

/** The unit, or `not_found`. */
export async function getUnit(db: Db, id: string): Promise<UnitRow> {
  const unit = await findUnit(db, id);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  return unit;
}

/** The nearest administrative unit at or above the unit (a one-stop unit reports for its commune). */
export async function resolveAdminUnit(db: Db, unit: UnitRow): Promise<UnitRow> {
  if ((ADMIN_KINDS as readonly string[]).includes(unit.kind)) return unit;
  const ids = unit.path.split('/').filter(Boolean).reverse();
  for (const id of ids) {
    const candidate = await findUnit(db, id);
    if (candidate && (ADMIN_KINDS as readonly string[]).includes(candidate.kind)) return candidate;
  }
  throw fail.notFound('Đơn vị không thuộc cấp hành chính nào.');
}

/** How long a ranked list is reused at most, and how many lists are kept per database. */
const RANKED_TTL_MS = 60_000;
const RANKED_KEPT = 16;

interface RankedEntry {
  at: number;
  ranked: Promise<RankedUnitResult[]>;
}

// per read database (tests run several apps in one process)
const rankedLists = new WeakMap<object, Map<string, RankedEntry>>();

/**
 * The ranked list for `key`, computed by `compute` unless an equal one was computed less than a minute ago.
 * The key names everything the figures depend on (the list, the period, the configuration versions, the
 * roll-ups' generation and the minute the open dossiers are split at), so a reused list is the one a new
 * computation would give; paging, searching and ordering a list, and many visitors at once, cost one
 * computation (every commune of the country takes a few hundred milliseconds).
 */
function reuseRanked(
  db: object,
  key: string,
  now: number,
  compute: () => Promise<RankedUnitResult[]>,
): Promise<RankedUnitResult[]> {
  let lists = rankedLists.get(db);
  if (!lists) rankedLists.set(db, (lists = new Map()));
  for (const [k, entry] of lists) if (now - entry.at > RANKED_TTL_MS || now < entry.at) lists.delete(k);
  const found = lists.get(key);
  if (found) return found.ranked;
  const ranked = compute();
  // a failed computation is not kept
  ranked.catch(() => lists.delete(key));
  lists.set(key, { at: now, ranked });
  while (lists.size > RANKED_KEPT) lists.delete(lists.keys().next().value!);
  return ranked;
}

/**
 * Peer units ranked for the period: the children of the parent (provinces without one), or every unit of
 * a level in the country (all communes ranked together).
 */
export async function listPortalUnits(
  ctx: RequestContext,
  query: { parentId?: string | undefined; level?: 'province' | 'commune' | undefined },
  period: Period,
) {
  const db = ctx.deps.database.readDb;
  const now = ctx.deps.clock.now();
  const parent = query.parentId && !query.level ? await getUnit(db, query.parentId) : null;
  const [units, catalogues, state] = await Promise.all([
    query.level ? listAdminUnitsOfKind(db, query.level) : listAdminChildren(db, parent?.id ?? null),
    loadCatalogues(db),
    findRollupState(db),
  ]);
  const key = [
    query.level ?? parent?.id ?? 'root',
    units.length,
    period.key,
    catalogues.forPeriod(period.from).formulaVersion,
    catalogues.forPeriod(previousPeriod(period).from).formulaVersion,
    state.generation,
    Math.floor(now.getTime() / 60_000),
  ].join('|');
  return {
    parent,
    catalogue: catalogues.forPeriod(period.from),
    refreshedAt: state.refreshedAt,
    ranked: await reuseRanked(db, key, now.getTime(), () => rankUnits(db, units, period, now, catalogues)),
  };
}

/**
 * Administrative units of any level whose name contains `q` (case and diacritics ignored: "ba dinh" finds
 * "Ba Đình"), provinces first, at most `limit`.
 */
export async function searchPortalUnits(ctx: RequestContext, q: string, limit = 20): Promise<UnitRow[]> {
  const needle = foldText(q.trim());
  if (!needle) return [];
  const db = ctx.deps.database.readDb;
  const kinds = ADMIN_KINDS.filter((kind) => kind !== 'country');
  const levels = await Promise.all(kinds.map((kind) => listAdminUnitsOfKind(db, kind)));
  return levels
    .flat()
    .filter((u) => foldText(u.name).includes(needle))
    .slice(0, limit);
}

/**
 * The portal list as asked: units whose name contains `q` (case and diacritics ignored), only those with
 * (or without) enough data to be ranked when `list` says so, ordered by the rank on `group` when given
 * (unranked last, then by name), then one page when `pageSize` is given.
 */
export function pickPortalPage(
  ranked: readonly RankedUnitResult[],
  query: {
    group?: string | undefined;
    q?: string | undefined;
    list?: 'ranked' | 'unranked' | undefined;
    page?: number | undefined;
    pageSize?: number | undefined;
  },
): { rows: RankedUnitResult[]; total: number; counts: { ranked: number; unranked: number } } {
  const needle = query.q ? foldText(query.q.trim()) : '';
  let rows = needle ? ranked.filter((r) => foldText(r.unit.name).includes(needle)) : [...ranked];
  const withData = rows.filter((r) => r.enoughData).length;
  const counts = { ranked: withData, unranked: rows.length - withData };
  if (query.list) rows = rows.filter((r) => r.enoughData === (query.list === 'ranked'));
  const group = query.group;
  if (group) {
    const rank = (r: RankedUnitResult) => r.groupRanks[group]?.rank ?? Infinity;
    rows = rows.sort((a, b) => rank(a) - rank(b) || byName.compare(a.unit.name, b.unit.name));
  }
  const total = rows.length;
  if (query.pageSize) {
    const start = ((query.page ?? 1) - 1) * query.pageSize;
    rows = rows.slice(start, start + query.pageSize);
  }
  return { rows, total, counts };
}

const byName = new Intl.Collator('vi');

/** Months ending with the period's last month: `count` month periods. */
export function trailingMonths(period: Period, count: number): { from: string; to: string } {
  const [y, m] = period.to.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 1 - count, 1));
  return { from: start.toISOString().slice(0, 10), to: period.to };
}

export interface UnitReportResult {
  unit: UnitRow;
  parent: UnitRow | null;
  period: Period;
  procedure: { id: string; code: string; name: string } | null;
  field: string | null;
  catalogue: Catalogue;
  report: ReturnType<typeof reportFor>;
  rank: RankedUnitResult['rank'] | null;
  groupRanks: RankedUnitResult['groupRanks'] | null;
  live: { openWithinTime: number; openOverdue: number };
  procedures: { id: string; code: string; name: string; field: string; totals: Record<string, number> }[];
  months: { month: string; totals: Record<string, number>; report: ReturnType<typeof reportFor> }[];
  children: RankedUnitResult[];
}

/** One unit's report for the period, optionally for one procedure or field, with its drill-downs. */
export async function getUnitReport(
  ctx: RequestContext,
  unitId: string,
  query: { period?: string | undefined; procedureId?: string | undefined; field?: string | undefined },
): Promise<UnitReportResult> {
  const db = ctx.deps.database.readDb;
  const now = ctx.deps.clock.now();
  const period = resolvePeriod(query.period, now);
  const unit = await resolveAdminUnit(db, await getUnit(db, unitId));
  const filter = { procedureId: query.procedureId, field: query.field };
  const scope = { by: 'none', path: unit.path } as const;
  const monthsRange = trailingMonths(period, 12);
  const catalogues = await loadCatalogues(db);
  const [parent, main, byProcedure, byMonth, children, procedureInfo] = await Promise.all([
    unit.parent_id ? findUnit(db, unit.parent_id) : Promise.resolve(undefined),
    computeTotals(db, scope, period, now, filter),
    sumRollups(db, { by: 'procedure', path: unit.path }, { ...period, ...filter }),
    computeTotals(db, { by: 'month', path: unit.path }, monthsRange, now, filter),
    listAdminChildren(db, unit.id).then((units) => rankUnits(db, units, period, now, catalogues)),
    query.procedureId ? findProcedures(db, [query.procedureId]) : Promise.resolve(new Map()),
  ]);
  const siblings = (await listAdminChildren(db, unit.parent_id)).filter((u) => u.kind === unit.kind);
  const peerRanks =
    query.procedureId || query.field ? [] : await rankUnits(db, siblings, period, now, catalogues);
  const ownRank = peerRanks.find((r) => r.unit.id === unit.id);
  const names = await findProcedures(db, [...byProcedure.keys()]);
  const totals = main.totals.get('') ?? {};
  const live = main.live.get('');
  const chosen = query.procedureId ? procedureInfo.get(query.procedureId) : undefined;
  return {
    unit,
    parent: parent ?? null,
    period,
    procedure:
      chosen && query.procedureId ? { id: query.procedureId, code: chosen.code, name: chosen.name } : null,
    field: query.field ?? null,
    catalogue: catalogues.forPeriod(period.from),
    report: reportFor(totals, period, catalogues.forPeriod(period.from)),
    rank: ownRank?.rank ?? null,
    groupRanks: ownRank?.groupRanks ?? null,
    live: { openWithinTime: live?.open_within_time ?? 0, openOverdue: live?.open_overdue ?? 0 },
    procedures: [...byProcedure.entries()]
      .map(([id, t]) => ({
        id,
        ...(names.get(id) ?? { code: '', name: '', field: '' }),
        totals: t as Record<string, number>,
      }))
      .sort((a, b) => (b.totals.received ?? 0) - (a.totals.received ?? 0)),
    months: [...byMonth.totals.entries()]
      .map(([month, t]) => ({
        month,
        totals: t as Record<string, number>,
        report: reportFor(t, { from: month }, catalogues.forPeriod(month)),
      }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    children,
  };
}
