/**
 * Indicator reports from roll-ups: measure totals of a subtree (roll-ups + feedback + live open counts),
 * indicators and indices through the pure domain, and rankings of peer units with their movement.
 */
import {
  BASE_CATALOGUE,
  buildReport,
  createTotals,
  hasEnoughData,
  LIVE_MEASURES,
  previousPeriod,
  rankWithMovement,
  type Catalogue,
  type IndicatorReport,
  type MeasureTotals,
  type Period,
} from '../../../domain/indicators/index.js';
import type { Db } from '../../db/types.js';
import {
  countOpen,
  sumRollupsAndFeedback,
  type Grouping,
  type LiveCounts,
  type SumFilter,
  type UnitRow,
} from './indicators.queries.js';
import { loadCatalogues, type Catalogues } from './indicators.config.js';

export interface TotalsFilter {
  procedureId?: string | undefined;
  field?: string | undefined;
}

/**
 * Measure totals per group key for the period: roll-up and feedback sums (one query), and the live
 * open-dossier counts (a second one, run at the same time on another connection).
 */
export async function computeTotals(
  db: Db,
  grouping: Grouping,
  period: Pick<Period, 'from' | 'to'>,
  now: Date,
  filter: TotalsFilter = {},
): Promise<{ totals: Map<string, MeasureTotals>; live: Map<string, LiveCounts> }> {
  const sumFilter: SumFilter = { from: period.from, to: period.to, ...filter };
  const [totals, live] = await Promise.all([
    sumRollupsAndFeedback(db, grouping, sumFilter),
    countOpen(db, grouping, sumFilter, now),
  ]);
  // the sums hold every measure (0 where none): a key's live counts are copied onto them
  for (const [key, values] of live) {
    let into = totals.get(key);
    if (!into) totals.set(key, (into = createTotals()));
    for (const m of LIVE_MEASURES) into[m] = values[m] ?? 0;
  }
  return { totals, live };
}

/**
 * The report (indicators, groups, indices) of one set of totals, with the catalogue in force for the period
 * (`loadCatalogues(db).forPeriod(period.from)`; the shipped one when there is no configuration).
 */
export function reportFor(
  totals: MeasureTotals,
  period: Pick<Period, 'from'>,
  catalogue: Catalogue = BASE_CATALOGUE,
): IndicatorReport {
  return buildReport(catalogue.definitions, catalogue.groups, totals, period.from);
}

const byName = new Intl.Collator('vi');

export interface RankRow {
  rank: number | null;
  previousRank: number | null;
  movement: number | null;
  /** Peer units listed. */
  peers: number;
  /** Peer units ranked (with enough data and a measured score). */
  ranked: number;
}

export interface RankedUnitResult {
  unit: UnitRow;
  report: IndicatorReport;
  totals: MeasureTotals;
  rank: RankRow;
  groupRanks: Record<string, RankRow>;
  /** False: listed apart as "chưa đủ dữ liệu", ranked on nothing. */
  enoughData: boolean;
}

/** A unit's report and whether it holds enough data to be ranked. */
interface Ranked {
  report: IndicatorReport;
  enoughData: boolean;
}

function rankByKind(
  units: readonly UnitRow[],
  score: (report: IndicatorReport) => number | null,
  current: Map<string, Ranked>,
  previous: Map<string, Ranked>,
): Map<string, RankRow> {
  const out = new Map<string, RankRow>();
  for (const kind of new Set(units.map((u) => u.kind))) {
    const peers = units.filter((u) => u.kind === kind);
    const scoreOf = (reports: Map<string, Ranked>, id: string) => {
      const entry = reports.get(id);
      return entry?.enoughData ? score(entry.report) : null;
    };
    const ranked = rankWithMovement(
      peers.map((u) => ({ id: u.id, score: scoreOf(current, u.id) })),
      peers.map((u) => ({ id: u.id, score: scoreOf(previous, u.id) })),
    );
    const count = ranked.filter((row) => row.rank !== null).length;
    for (const row of ranked) out.set(row.id, { ...row, peers: peers.length, ranked: count });
  }
  return out;
}

/**
 * Ranks peer units (same kind, same parent) on the QĐ 766 index (its points on the 100 scale) and on each
 * group, with the movement since the previous period of the same kind. Units without enough data
 * (`hasEnoughData`) and groups not measured get no rank.
 */
export async function rankUnits(
  db: Db,
  units: readonly UnitRow[],
  period: Period,
  now: Date,
  catalogues?: Catalogues,
): Promise<RankedUnitResult[]> {
  const before = previousPeriod(period);
  const grouping: Grouping = { by: 'child', children: units };
  const [current, previous, loaded] = await Promise.all([
    computeTotals(db, grouping, period, now),
    computeTotals(db, grouping, before, now),
    catalogues ?? loadCatalogues(db),
  ]);
  const catalogue = loaded.forPeriod(period.from);
  const previousCatalogue = loaded.forPeriod(before.from);
  const rankable = (totals: MeasureTotals, report: IndicatorReport): Ranked => ({
    report,
    enoughData: hasEnoughData(totals.received ?? 0, report.qd766),
  });
  const reports = new Map(
    units.map((u) => {
      const totals = current.totals.get(u.id) ?? {};
      return [u.id, rankable(totals, reportFor(totals, period, catalogue))];
    }),
  );
  const previousReports = new Map(
    units.map((u) => {
      const totals = previous.totals.get(u.id) ?? {};
      return [u.id, rankable(totals, reportFor(totals, before, previousCatalogue))];
    }),
  );
  const indexRanks = rankByKind(units, (r) => r.qd766.score, reports, previousReports);
  const groupRanks = catalogue.groups.map(
    (g) =>
      [
        g.code,
        rankByKind(
          units,
          (r) => r.groups.find((x) => x.group === g.code)?.score ?? null,
          reports,
          previousReports,
        ),
      ] as const,
  );
  const results = units.map((unit) => ({
    unit,
    report: reports.get(unit.id)!.report,
    enoughData: reports.get(unit.id)!.enoughData,
    totals: current.totals.get(unit.id) ?? {},
    rank: indexRanks.get(unit.id)!,
    groupRanks: Object.fromEntries(groupRanks.map(([code, ranks]) => [code, ranks.get(unit.id)!])),
  }));
  return results.sort(
    (a, b) =>
      (a.rank.rank ?? Infinity) - (b.rank.rank ?? Infinity) || byName.compare(a.unit.name, b.unit.name),
  );
}
