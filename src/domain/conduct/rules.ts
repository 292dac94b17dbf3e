/**
 * The versioned rules of conduct findings: how many working days an official has to explain, and how many
 * points a CONFIRMED finding deducts from the official's monthly evaluation, by severity. A finding keeps
 * the version in force when it occurred, so later changes never rewrite past evaluations.
 *
 * For the monthly evaluation (issue #9): read `inspection_finding` rows, keep the confirmed ones
 * (`isFindingConfirmed`) and call `computeFindingDeduction` with the rules of the row's `rules_version`
 * (stored in `conduct_rules_version`; `DEFAULT_CONDUCT_RULES` is version 2026.1).
 */
import type { Decision, Severity } from './violations.js';

export interface ConductRules {
  version: string;
  /** First local day (YYYY-MM-DD) the version applies to. */
  effectiveFrom: string;
  /** Working days from the recording of a finding to the explanation deadline. */
  explanationWorkingDays: number;
  /** Evaluation points deducted per confirmed finding, by severity. */
  deductionPoints: Record<Severity, number>;
}

/** Version 2026.1: 3 working days to explain; light 2, medium 5, serious 10 points. */
export const DEFAULT_CONDUCT_RULES: ConductRules = {
  version: '2026.1',
  effectiveFrom: '2000-01-01',
  explanationWorkingDays: 3,
  deductionPoints: { light: 2, medium: 5, serious: 10 },
};

/** The version in force on a local day: the latest `effectiveFrom` not after it. Throws when none is. */
export function selectRulesInForce(versions: readonly ConductRules[], day: string): ConductRules {
  let best: ConductRules | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= day && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  }
  if (!best) throw new Error(`no conduct rules in force on ${day}`);
  return best;
}

/** True when the head decided and did not dismiss: the finding counts in evaluations and figures. */
export function isFindingConfirmed(finding: { decision: Decision | null }): boolean {
  return finding.decision !== null && finding.decision !== 'dismissed';
}

/** Points a finding deducts: its severity's points when confirmed, else 0. */
export function computeFindingDeduction(
  finding: { decision: Decision | null; severity: Severity },
  rules: Pick<ConductRules, 'deductionPoints'>,
): number {
  return isFindingConfirmed(finding) ? rules.deductionPoints[finding.severity] : 0;
}

/** Total deduction of several findings, each with the rules of its own version (by version name). */
export function sumFindingDeductions(
  findings: readonly { decision: Decision | null; severity: Severity; rulesVersion: string }[],
  versions: readonly ConductRules[],
): number {
  const byName = new Map(versions.map((v) => [v.version, v]));
  return findings.reduce((total, f) => {
    const rules = byName.get(f.rulesVersion);
    if (!rules) throw new Error(`unknown conduct rules version ${f.rulesVersion}`);
    return total + computeFindingDeduction(f, rules);
  }, 0);
}
