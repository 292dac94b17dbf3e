/** The late-work rules in force: the latest version effective at a time, or the shipped defaults (version 1). */
import {
  DEFAULT_LATE_WORK_RULES,
  LateWorkRulesSchema,
  type LateWorkRules,
} from '../../../domain/late-work/rules.js';
import type { Executor } from '../../db/types.js';
import { findLatestRules } from './late-work.queries.js';

export interface VersionedRules {
  version: number;
  effectiveFrom: Date | null;
  rules: LateWorkRules;
}

/** The rules effective at `at`. */
export async function getLateWorkRules(db: Executor, at: Date): Promise<VersionedRules> {
  return toVersionedRules(await findLatestRules(db, at));
}

/**
 * The rules of a `late_work_rule` row (read here or by a caller's own statement; through JSON its time is
 * text), or the shipped defaults when no version is in force.
 */
export function toVersionedRules(
  row: { version: number; effective_from: Date | string; rules: unknown } | null | undefined,
): VersionedRules {
  if (!row) return { version: 1, effectiveFrom: null, rules: DEFAULT_LATE_WORK_RULES };
  return {
    version: row.version,
    effectiveFrom: new Date(row.effective_from),
    rules: LateWorkRulesSchema.parse(row.rules),
  };
}
