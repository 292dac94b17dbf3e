/**
 * Indicator reports from roll-ups: measure totals of a subtree (roll-ups + feedback + live open counts),
 * indicators and indices through the pure domain, and rankings of peer units with their movement.
 */
import {
  BASE_CATALOGUE,
  buildReport,
  createTotals,
  FEEDBACK_MEASURES,
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
  sumFeedback,
  sumRollups,
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
 * Measure totals per group key for the period: roll-ups, feedback and the live open-dossier counts. The
 * three queries run at once on separate connections (measured faster than one query joining the three).
 */
export async function computeTotals(
  db: Db,
  grouping: Grouping,
  period: Pick<Period, 'from' | 'to'>,
  now: Date,
  filter: TotalsFilter = {},
): Promise<{ totals: Map<string, MeasureTotals>; live: Map<string, LiveCounts> }> {
  const sumFilter: SumFilter = { from: period.from, to: period.to, ...filter };
  const [rollups, feedback, live] = await Promise.all([
    sumRollups(db, grouping, sumFilter),
    sumFeedback(db, grouping, sumFilter),
    countOpen(db, grouping, sumFilter, now),
  ]);
  // roll-up sums hold every measure (0 where none): a key's feedback and live counts are copied onto them
  const totals = new Map<string, MeasureTotals>(rollups);
  for (const [part, measures] of [
    [feedback, FEEDBACK_MEASURES],
    [live, LIVE_MEASURES],
  ] as const) {
    for (const [key, values] of part as Map<string, MeasureTotals>) {
      let into = totals.get(key);
      if (!into) totals.set(key, (into = createTotals()));
      for (const m of measures) into[m] = values[m] ?? 0;
    }
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
  peers: number;
}

export interface RankedUnitResult {
  unit: UnitRow;
  report: IndicatorReport;
  totals: MeasureTotals;
  rank: RankRow;
  groupRanks: Record<string, RankRow>;
}

function rankByKind(
  units: readonly UnitRow[],
  score: (report: IndicatorReport) => number | null,
  current: Map<string, IndicatorReport>,
  previous: Map<string, IndicatorReport>,
): Map<string, RankRow> {
  const out = new Map<string, RankRow>();
  for (const kind of new Set(units.map((u) => u.kind))) {
    const peers = units.filter((u) => u.kind === kind);
    const scoreOf = (reports: Map<string, IndicatorReport>, id: string) => {
      const report = reports.get(id);
      return report ? score(report) : null;
    };
    const ranked = rankWithMovement(
      peers.map((u) => ({ id: u.id, score: scoreOf(current, u.id) })),
      peers.map((u) => ({ id: u.id, score: scoreOf(previous, u.id) })),
    );
    for (const row of ranked) out.set(row.id, { ...row, peers: peers.length });
  }
  return out;
}

/**
 * Ranks peer units (same kind, same parent) on the QĐ 766 index and on each group, with the movement
 * since the previous period of the same kind.
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
  const reports = new Map(
    units.map((u) => [u.id, reportFor(current.totals.get(u.id) ?? {}, period, catalogue)]),
  );
  const previousReports = new Map(
    units.map((u) => [u.id, reportFor(previous.totals.get(u.id) ?? {}, before, previousCatalogue)]),
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
    report: reports.get(unit.id)!,
    totals: current.totals.get(unit.id) ?? {},
    rank: indexRanks.get(unit.id)!,
    groupRanks: Object.fromEntries(groupRanks.map(([code, ranks]) => [code, ranks.get(unit.id)!])),
  }));
  return results.sort(
    (a, b) =>
      (a.rank.rank ?? Infinity) - (b.rank.rank ?? Infinity) || byName.compare(a.unit.name, b.unit.name),
  );
}
