/** Shapes of indicator definitions and computed indicators, shared by the portal, exports and dashboards. */
import { z } from 'zod';

const Text = z.object({ vi: z.string(), en: z.string() });

export const PeriodKey = z.string().regex(/^\d{4}(-\d{2}|-Q[1-4])?$/, 'Kỳ: YYYY, YYYY-Qn hoặc YYYY-MM');

export const QualityFlag = z.enum(['denominator_zero', 'small_sample', 'not_measured']);

export const IndicatorDefinitionInfo = z.object({
  code: z.string(),
  name: Text,
  family: z.enum(['qd766', 'tt01', 'core']),
  group: z.string().nullable(),
  unit: z.enum(['ratio', 'points', 'hours']),
  numeratorText: Text,
  denominatorText: Text,
  formula: z.unknown(),
  target: z.number().nullable(),
  maxPoints: z.number().nullable(),
  scoring: z.enum(['target', 'value', 'none']),
  formulaVersion: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  minSample: z.number().int(),
});
export type IndicatorDefinitionInfo = z.infer<typeof IndicatorDefinitionInfo>;

export const IndicatorGroupInfo = z.object({
  code: z.string(),
  family: z.enum(['qd766', 'tt01']),
  name: Text,
  weight: z.number(),
});

export const DefinitionsResponse = z.object({
  formulaVersion: z.string(),
  /** The configuration version applied (null: the shipped points and targets). */
  configVersion: z.number().int().nullable(),
  groups: z.array(IndicatorGroupInfo),
  indicators: z.array(IndicatorDefinitionInfo),
  measures: z.record(z.string(), Text),
});
export type DefinitionsResponse = z.infer<typeof DefinitionsResponse>;

export const IndicatorValue = z.object({
  code: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  parts: z.array(z.object({ numerator: z.number(), denominator: z.number() })),
  score: z.number().nullable(),
  maxPoints: z.number().nullable(),
  target: z.number().nullable(),
  formulaVersion: z.string(),
  flags: z.array(QualityFlag),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const GroupValue = z.object({
  group: z.string(),
  score: z.number().nullable(),
  maxMeasured: z.number(),
  weight: z.number(),
  notMeasured: z.array(z.string()),
});
export type GroupValue = z.infer<typeof GroupValue>;

/** The QĐ 766 index: `score` = points on the decision's 100-point scale (null: nothing measurable). */
export const IndexValue = z.object({
  score: z.number().nullable(),
  points: z.number(),
  /** Points of the indicators the system could measure for this unit and period. */
  maxMeasured: z.number(),
  /** The decision's scale (100 unless a configuration says otherwise). */
  maximum: z.number(),
});
export type IndexValue = z.infer<typeof IndexValue>;

export const Rank = z.object({
  rank: z.number().int().nullable(),
  previousRank: z.number().int().nullable(),
  movement: z.number().int().nullable(),
  /** Peer units listed (ranked or not). */
  peers: z.number().int(),
  /** Peer units ranked: "hạng k/N đơn vị được xếp hạng". */
  ranked: z.number().int(),
});
export type Rank = z.infer<typeof Rank>;

/** Query of the public definitions: the catalogue in force for a period (default: this month). */
export const DefinitionsQuery = z.object({ period: PeriodKey.optional() });

const IndicatorSettingInput = z.object({
  maxPoints: z.number().min(0).max(100).optional(),
  target: z.number().gt(0).max(1).nullable().optional(),
});

/** A new configuration version: what differs from the shipped definitions, from a month's first day. */
export const PublishIndicatorConfigRequest = z.object({
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-01$/, 'Ngày áp dụng là ngày đầu tháng (YYYY-MM-01)'),
  note: z.string().trim().min(5, 'Ghi căn cứ, lý do thay đổi (ít nhất 5 ký tự)').max(1000),
  settings: z.object({ indicators: z.record(z.string().max(40), IndicatorSettingInput) }),
});

export const IndicatorConfigResponse = z.object({
  currentVersion: z.number().int().nullable(),
  formulaVersion: z.string(),
  /** The earliest effective date a new version may take (the first day of this month). */
  earliestEffectiveFrom: z.string(),
  /** `weight`: points in force; `shippedWeight`: the source's points of the group. */
  groups: z.array(z.object({ code: z.string(), name: Text, weight: z.number(), shippedWeight: z.number() })),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: Text,
      group: z.string().nullable(),
      measured: z.boolean(),
      scoring: z.enum(['target', 'value', 'none']),
      /** Null: the source gives the group's points without a split between its sub-indicators. */
      shipped: z.object({ maxPoints: z.number().nullable(), target: z.number().nullable() }),
      inForce: z.object({ maxPoints: z.number().nullable(), target: z.number().nullable() }),
    }),
  ),
  versions: z.array(
    z.object({
      number: z.number().int(),
      effectiveFrom: z.string(),
      settings: z.object({
        indicators: z.record(
          z.string(),
          z.object({ maxPoints: z.number().optional(), target: z.number().nullable().optional() }),
        ),
      }),
      note: z.string(),
      createdAt: z.string(),
      createdBy: z.string().nullable(),
    }),
  ),
});
export type IndicatorConfigResponse = z.infer<typeof IndicatorConfigResponse>;
