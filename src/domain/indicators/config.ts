/**
 * Indicator configuration: the maximum points and targets of the QĐ 766 indicators, published as numbered
 * versions with an effective date (a local ISO date). A period is computed with the version in force on its
 * first day; earlier periods keep theirs. The group weights follow from their indicators' points, and every
 * published number names the decision and the configuration in its formula version
 * ('QĐ 766/QĐ-TTg v2026.2+c2').
 */
import type { IndicatorDefinition, IndicatorGroup } from './definition.js';

export interface IndicatorSetting {
  maxPoints?: number | undefined;
  /** A ratio in (0, 1]; null removes the target (points then scale with the value itself). */
  target?: number | null | undefined;
}

export interface IndicatorSettings {
  indicators: Record<string, IndicatorSetting>;
}

export interface ConfigVersion {
  number: number;
  effectiveFrom: string;
  settings: IndicatorSettings;
}

/** Definitions and groups in force for a period, with the configuration version they carry (null: shipped). */
export interface Catalogue {
  definitions: readonly IndicatorDefinition[];
  groups: readonly IndicatorGroup[];
  configVersion: number | null;
  formulaVersion: string;
}

export interface SettingsProblem {
  path: string;
  code:
    'unknown_indicator' | 'not_adjustable' | 'points_out_of_range' | 'target_out_of_range' | 'total_not_100';
  message: string;
}

/** Indicators whose points and target may be configured: the scored QĐ 766 ones (not the tracked ones). */
export function isAdjustable(definition: IndicatorDefinition): boolean {
  return definition.family === 'qd766' && definition.scoring !== 'none';
}

/**
 * Points of a group given its indicators' points: their sum, or the group's own weight while none of them
 * has points (the source gives the group's points without a split between its sub-indicators).
 */
export function groupPoints(
  group: IndicatorGroup,
  points: readonly { group: string | null; maxPoints: number | null }[],
): number {
  const own = points.filter((p) => p.group === group.code && p.maxPoints !== null);
  return own.length === 0 ? group.weight : own.reduce((sum, p) => sum + p.maxPoints!, 0);
}

/** Points of each adjustable QĐ 766 indicator once the settings are applied. */
function settledPoints(base: readonly IndicatorDefinition[], settings: IndicatorSettings) {
  return base
    .filter(isAdjustable)
    .map((d) => ({ group: d.group, maxPoints: settings.indicators[d.code]?.maxPoints ?? d.maxPoints }));
}

/** Points of the QĐ 766 family once the settings are applied. */
function qd766Total(
  base: readonly IndicatorDefinition[],
  groups: readonly IndicatorGroup[],
  settings: IndicatorSettings,
): number {
  const points = settledPoints(base, settings);
  return groups.filter((g) => g.family === 'qd766').reduce((sum, g) => sum + groupPoints(g, points), 0);
}

/**
 * What is wrong with the settings against the shipped definitions: unknown or fixed indicators, points
 * outside 0..100, targets outside (0, 1], and QĐ 766 points that do not add up to 100.
 */
export function validateSettings(
  base: readonly IndicatorDefinition[],
  groups: readonly IndicatorGroup[],
  settings: IndicatorSettings,
): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const byCode = new Map(base.map((d) => [d.code, d]));
  for (const [code, setting] of Object.entries(settings.indicators)) {
    const path = `settings.indicators.${code}`;
    const definition = byCode.get(code);
    if (!definition) {
      problems.push({ path, code: 'unknown_indicator', message: `Không có chỉ tiêu ${code}.` });
      continue;
    }
    if (!isAdjustable(definition)) {
      problems.push({
        path,
        code: 'not_adjustable',
        message: `Điểm của chỉ tiêu ${code} do quy định cố định.`,
      });
      continue;
    }
    const points = setting.maxPoints;
    if (points !== undefined && (!Number.isFinite(points) || points < 0 || points > 100)) {
      problems.push({
        path: `${path}.maxPoints`,
        code: 'points_out_of_range',
        message: 'Điểm tối đa phải từ 0 đến 100.',
      });
    }
    const target = setting.target;
    if (target !== undefined && target !== null && (!Number.isFinite(target) || target <= 0 || target > 1)) {
      problems.push({
        path: `${path}.target`,
        code: 'target_out_of_range',
        message: 'Mục tiêu là một tỷ lệ lớn hơn 0% và không quá 100%.',
      });
    }
  }
  const total = qd766Total(base, groups, settings);
  if (Math.abs(total - 100) > 1e-9) {
    problems.push({
      path: 'settings.indicators',
      code: 'total_not_100',
      message: `Tổng điểm tối đa các chỉ tiêu QĐ 766 phải bằng 100 (hiện là ${Number(total.toFixed(2))}).`,
    });
  }
  return problems;
}

/** The shipped catalogue with a configuration version applied (or as shipped when `version` is null). */
export function applyConfig(
  base: readonly IndicatorDefinition[],
  groups: readonly IndicatorGroup[],
  baseFormulaVersion: string,
  version: ConfigVersion | null,
): Catalogue {
  if (!version) {
    return { definitions: base, groups, configVersion: null, formulaVersion: baseFormulaVersion };
  }
  const formulaVersion = `${baseFormulaVersion}+c${version.number}`;
  const definitions = base.map((d) => {
    const suffixed = `${d.formulaVersion}+c${version.number}`;
    if (!isAdjustable(d)) return { ...d, formulaVersion: suffixed };
    const setting = version.settings.indicators[d.code];
    const maxPoints = setting?.maxPoints ?? d.maxPoints;
    const target = setting?.target === undefined ? d.target : setting.target;
    return { ...d, maxPoints, target, formulaVersion: suffixed };
  });
  const points = definitions.filter(isAdjustable);
  return {
    definitions,
    groups: groups.map((g) => (g.family === 'qd766' ? { ...g, weight: groupPoints(g, points) } : g)),
    configVersion: version.number,
    formulaVersion,
  };
}

/** The version in force on `periodStart`: the latest effective on or before it (then the highest number). */
export function versionInForce(
  versions: readonly ConfigVersion[],
  periodStart: string,
): ConfigVersion | null {
  let found: ConfigVersion | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > periodStart) continue;
    if (
      !found ||
      v.effectiveFrom > found.effectiveFrom ||
      (v.effectiveFrom === found.effectiveFrom && v.number > found.number)
    ) {
      found = v;
    }
  }
  return found;
}
