/** Shapes of the public transparency portal, the live board and the leaders' dashboards. */
import { z } from 'zod';
import { GroupValue, IndexValue, IndicatorValue, PeriodKey, Rank } from './indicators.js';

export const PortalQuery = z.object({
  period: PeriodKey.optional(),
  parentId: z.string().uuid().optional(),
  /** Every unit of this level in the country, ranked together (instead of the children of `parentId`). */
  level: z.enum(['province', 'commune']).optional(),
  /** Order by the rank on this group (a group code such as 'qd766.2') instead of the index. */
  group: z.string().max(40).optional(),
  /** Keep the units whose name contains this text (case and diacritics ignored). */
  q: z.string().max(100).optional(),
  /**
   * Only the units with enough data to be ranked ('ranked'), or only those listed apart as "chưa đủ dữ
   * liệu" ('unranked'); each list is paged on its own. Without it both, ranked first.
   */
  list: z.enum(['ranked', 'unranked']).optional(),
  /** One page of the ordered list; without `pageSize` every unit is returned. */
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});

export const UnitRef = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
});
export type UnitRef = z.infer<typeof UnitRef>;

/** Search of units at any level by name (case and diacritics ignored). */
export const PortalSearchQuery = z.object({ q: z.string().trim().min(1).max(100) });
export const PortalSearchResponse = z.object({ units: z.array(UnitRef) });
export type PortalSearchResponse = z.infer<typeof PortalSearchResponse>;

export const PeriodInfo = z.object({ key: z.string(), from: z.string(), to: z.string() });

export const RankedUnit = z.object({
  unit: UnitRef,
  index: IndexValue,
  groups: z.record(z.string(), z.number().nullable()),
  received: z.number(),
  onTimeRate: z.number().nullable(),
  rank: Rank,
  groupRanks: z.record(z.string(), Rank),
  /** False: too few dossiers in the period; listed apart as "chưa đủ dữ liệu" and not ranked. */
  enoughData: z.boolean(),
});
export type RankedUnit = z.infer<typeof RankedUnit>;

export const PortalResponse = z.object({
  period: PeriodInfo,
  previousPeriod: PeriodInfo,
  parent: UnitRef.nullable(),
  units: z.array(RankedUnit),
  /** Units matching the search and the list asked for (all pages). */
  total: z.number(),
  /** Units matching the search, with and without enough data to be ranked (all pages). */
  counts: z.object({ ranked: z.number(), unranked: z.number() }),
  formulaVersion: z.string(),
  asOf: z.string(),
});
export type PortalResponse = z.infer<typeof PortalResponse>;

/** A TT 01/2018 score: points of the measured indices, and the band (a lower bound unless `complete`). */
const Tt01Score = <B extends z.ZodTypeAny>(band: B) =>
  z.object({
    points: z.number(),
    maxMeasured: z.number(),
    maximum: z.number(),
    missing: z.array(z.string()),
    complete: z.boolean(),
    band: band.nullable(),
  });

export const UnitReportQuery = z.object({
  period: PeriodKey.optional(),
  procedureId: z.string().uuid().optional(),
  field: z.string().max(200).optional(),
});

export const ProcedureRow = z.object({
  procedureId: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  received: z.number(),
  finished: z.number(),
  finishedLate: z.number(),
  onTimeRate: z.number().nullable(),
  onlineRate: z.number().nullable(),
});
export type ProcedureRow = z.infer<typeof ProcedureRow>;

export const MonthRow = z.object({
  month: z.string(),
  received: z.number(),
  finished: z.number(),
  finishedLate: z.number(),
  onTimeRate: z.number().nullable(),
  onlineRate: z.number().nullable(),
  qd766: z.number().nullable(),
});
export type MonthRow = z.infer<typeof MonthRow>;

export const UnitReport = z.object({
  unit: UnitRef,
  parent: UnitRef.nullable(),
  period: PeriodInfo,
  procedure: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }).nullable(),
  field: z.string().nullable(),
  index: IndexValue,
  tt01: z.object({
    points: z.number(),
    maxMeasured: z.number(),
    staff: Tt01Score(z.enum(['full', 'partial', 'poor'])),
    agency: Tt01Score(z.enum(['excellent', 'good', 'fair', 'average', 'weak'])),
  }),
  groups: z.array(GroupValue),
  indicators: z.array(IndicatorValue),
  rank: Rank.nullable(),
  /** The unit's rank among its peers on each group (null with a procedure or field filter). */
  groupRanks: z.record(z.string(), Rank).nullable(),
  live: z.object({ openWithinTime: z.number(), openOverdue: z.number() }),
  procedures: z.array(ProcedureRow),
  months: z.array(MonthRow),
  children: z.array(RankedUnit),
  asOf: z.string(),
});
export type UnitReport = z.infer<typeof UnitReport>;

export const BoardResponse = z.object({
  unit: UnitRef,
  asOf: z.string(),
  dueToday: z.number(),
  overdueOpen: z.number(),
  returnedToday: z.number(),
  receivedToday: z.number(),
  onTimeThisMonth: IndicatorValue,
  latestApologies: z.array(
    z.object({
      dossierCode: z.string().nullable(),
      procedureName: z.string(),
      newDueAt: z.string().nullable(),
      decidedAt: z.string().nullable(),
    }),
  ),
});
export type BoardResponse = z.infer<typeof BoardResponse>;

export const DashboardQuery = z.object({ unitId: z.string().uuid().optional() });

export const HolderRow = z.object({
  holderId: z.string().uuid().nullable(),
  holderName: z.string().nullable(),
  overdue: z.number(),
  dueSoon: z.number(),
  oldestDueAt: z.string().nullable(),
});

export const AtRiskRow = z.object({
  dossierId: z.string().uuid(),
  code: z.string().nullable(),
  procedureName: z.string(),
  holderName: z.string().nullable(),
  dueAt: z.string(),
  overdue: z.boolean(),
});

export const DashboardResponse = z.object({
  unit: UnitRef,
  asOf: z.string(),
  byHolder: z.array(HolderRow),
  atRisk: z.array(AtRiskRow),
  trend: z.array(MonthRow),
});
export type DashboardResponse = z.infer<typeof DashboardResponse>;
