/**
 * The recount: every figure recomputed from the raw rows (facts recomputed from the dossier, action,
 * apology, satisfaction and feedback tables, not read from `rollup_dossier`) and compared with the stored
 * day, month, unit-month and feedback tables. Runs under the writers' lock, so it sees a settled state.
 */
import type { Db } from '../../db/types.js';
import { OPEN_TABLES, ROLLUP_TABLES } from './rollups.facts.queries.js';
import {
  countRecountKeys,
  createRecountFacts,
  listRecountDiffs,
  listRecountFeedbackDiffs,
  listRecountOpenDiffs,
  listRecountOpenDueDiffs,
  lock,
} from './rollups.queries.js';

export interface Mismatch {
  table: string;
  key: string;
  measure: string;
  stored: number;
  recount: number;
}

/** Lists every differing figure (up to `limit`) and how many (unit, procedure, day) keys were recounted. */
export async function recountAndCompare(
  db: Db,
  limit = 50,
): Promise<{ keys: number; mismatches: Mismatch[] }> {
  return db.transaction().execute(async (trx) => {
    await lock(trx);
    await createRecountFacts(trx);
    const mismatches: Mismatch[] = [];
    for (const target of ROLLUP_TABLES) {
      const rows = await listRecountDiffs(trx, target, limit);
      for (const row of rows) {
        for (const d of row.diffs) {
          mismatches.push({ table: target.table, key: row.key, measure: d.m, stored: d.s, recount: d.c });
        }
      }
    }
    for (const target of OPEN_TABLES) {
      const rows = await listRecountOpenDiffs(trx, target, limit);
      for (const row of rows) mismatches.push({ table: target.table, measure: 'open', ...row });
    }
    // today's open dossiers are split at the minute from the stored facts: their due times must be right too
    const dues = await listRecountOpenDueDiffs(trx, limit);
    for (const row of dues) {
      mismatches.push({ table: 'rollup_dossier', key: row.key, measure: 'open_due', stored: 0, recount: 0 });
    }
    const feedback = await listRecountFeedbackDiffs(trx, limit);
    for (const row of feedback) {
      mismatches.push({ table: 'rollup_feedback_day', key: row.key, measure: '*', stored: 0, recount: 0 });
    }
    const keys = await countRecountKeys(trx);
    return { keys, mismatches: mismatches.slice(0, limit) };
  });
}
