/** Loads the versioned conduct rules (explanation deadline, deduction points) from `conduct_rules_version`. */
import type { ConductRules } from '../../../domain/conduct/rules.js';
import type { Severity } from '../../../domain/conduct/violations.js';
import type { Executor } from '../../db/types.js';
import { listConductRulesVersions } from './conduct.queries.js';

/** Every stored version, oldest first. */
export async function listConductRules(db: Executor): Promise<ConductRules[]> {
  const rows = await listConductRulesVersions(db);
  return rows.map((row) => ({
    version: row.version,
    effectiveFrom: row.effective_from,
    explanationWorkingDays: row.explanation_working_days,
    deductionPoints: row.deduction_points as Record<Severity, number>,
  }));
}
