/** Rows and reports → API shapes of the portal, field by field. */
import type { MonthRow, ProcedureRow, RankedUnit, UnitRef } from '../../../contracts/transparency.js';
import {
  computeIndicator,
  INDICATOR_DEFINITIONS,
  type MeasureTotals,
} from '../../../domain/indicators/index.js';
import type { UnitRow } from '../indicators/indicators.queries.js';
import type { RankedUnitResult } from '../indicators/indicators.service.js';
import type { UnitReportResult } from './transparency.service.js';

/** A unit reference. */
export function presentUnit(unit: UnitRow): UnitRef {
  return { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind };
}

const rate = (code: 'on_time_rate' | 'online_rate', totals: MeasureTotals) =>
  computeIndicator(
    INDICATOR_DEFINITIONS.find((d) => d.code === code)!,
    totals,
  ).value;

/** A ranked unit: index, group scores and ranks, received and on-time rate. */
export function presentRanked(row: RankedUnitResult): RankedUnit {
  return {
    unit: presentUnit(row.unit),
    index: row.report.qd766,
    groups: Object.fromEntries(row.report.groups.map((g) => [g.group, g.score])),
    received: row.totals.received ?? 0,
    onTimeRate: rate('on_time_rate', row.totals),
    rank: row.rank,
    groupRanks: row.groupRanks,
    enoughData: row.enoughData,
  };
}

/** One procedure's figures in a unit's report. */
export function presentProcedure(row: UnitReportResult['procedures'][number]): ProcedureRow {
  return {
    procedureId: row.id,
    code: row.code,
    name: row.name,
    field: row.field,
    received: row.totals.received ?? 0,
    finished: row.totals.finished ?? 0,
    finishedLate: row.totals.finished_late ?? 0,
    onTimeRate: rate('on_time_rate', row.totals),
    onlineRate: rate('online_rate', row.totals),
  };
}

/** One month of a unit's trend. */
export function presentMonth(row: UnitReportResult['months'][number]): MonthRow {
  return {
    month: row.month,
    received: row.totals.received ?? 0,
    finished: row.totals.finished ?? 0,
    finishedLate: row.totals.finished_late ?? 0,
    onTimeRate: rate('on_time_rate', row.totals),
    onlineRate: rate('online_rate', row.totals),
    qd766: row.report.qd766.score,
  };
}
