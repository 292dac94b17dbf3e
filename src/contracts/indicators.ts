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

export const IndexValue = z.object({
  score: z.number().nullable(),
  points: z.number(),
  maxMeasured: z.number(),
});
export type IndexValue = z.infer<typeof IndexValue>;

export const Rank = z.object({
  rank: z.number().int().nullable(),
  previousRank: z.number().int().nullable(),
  movement: z.number().int().nullable(),
  peers: z.number().int(),
});
export type Rank = z.infer<typeof Rank>;
