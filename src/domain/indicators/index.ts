/** The indicator domain: measures, definitions (as data), formulas, reports, periods and rankings. */
import { QD766_GROUPS, QD766_INDICATORS, QD766_VERSION, TT01_GROUP } from './catalogue.js';
import type { Catalogue } from './config.js';
import { CORE_INDICATORS, TT01_INDICATORS } from './catalogue-tt01.js';
import type { IndicatorDefinition, IndicatorGroup } from './definition.js';

export * from './measures.js';
export * from './definition.js';
export * from './compute.js';
export * from './period.js';
export * from './ranking.js';
export * from './report.js';
export * from './config.js';
export * from './tt01-score.js';
export { FORMULA_VERSION, QD766_GROUPS, QD766_VERSION, TT01_GROUP } from './catalogue.js';

/** Every shipped definition, QĐ 766 first, then TT 01 and the core rates. */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  ...QD766_INDICATORS,
  ...TT01_INDICATORS,
  ...CORE_INDICATORS,
];

/** Every group: the six QĐ 766 groups and the TT 01 index. */
export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [...QD766_GROUPS, TT01_GROUP];

/** The shipped catalogue, before any configuration version. */
export const BASE_CATALOGUE: Catalogue = {
  definitions: INDICATOR_DEFINITIONS,
  groups: INDICATOR_GROUPS,
  configVersion: null,
  formulaVersion: QD766_VERSION,
};
