/**
 * The recount: every figure recomputed from the raw rows (facts recomputed from the dossier, action,
 * apology, satisfaction and feedback tables, not read from `rollup_dossier`) and compared with the stored
 * day, month, unit-month and feedback tables. Runs under the writers' lock, so it sees a settled state.
 */
import { sql } from 'kysely';
import { ROLLUP_MEASURES } from '../../../domain/indicators/measures.js';
import type { Db } from '../../db/types.js';
import { FEEDBACK_KEYS, FEEDBACK_SELECT, lock } from './rollups.queries.js';
import {
  contributionsOf,
  groupContributions,
  groupOpen,
  OPEN_TABLES,
  openContributionsOf,
  ROLLUP_TABLES,
  selectFacts,
} from './rollups.sql.js';

export interface Mismatch {
  table: string;
  key: string;
  measure: string;
  stored: number;
  recount: number;
}

const FEEDBACK_COLUMNS = ['fb_received', 'fb_complaints', 'fb_answered', 'fb_answered_on_time', 'fb_upheld'];

/** Lists every differing figure (up to `limit`) and how many (unit, procedure, day) keys were recounted. */
export async function recountAndCompare(
  db: Db,
  limit = 50,
): Promise<{ keys: number; mismatches: Mismatch[] }> {
  return db.transaction().execute(async (trx) => {
    await lock(trx);
    await sql`CREATE TEMP TABLE rollup_recount_facts ON COMMIT DROP AS ${selectFacts(null)}`.execute(trx);
    const fresh = contributionsOf('rollup_recount_facts', 1);
    const mismatches: Mismatch[] = [];
    for (const target of ROLLUP_TABLES) {
      const diffs = ROLLUP_MEASURES.map(
        (m) => `CASE WHEN coalesce(s.${m}, 0) <> coalesce(c.${m}, 0)
          THEN jsonb_build_object('m', '${m}', 's', coalesce(s.${m}, 0), 'c', coalesce(c.${m}, 0)) END`,
      ).join(', ');
      const on = target.keys.map((k) => `s.${k} = c.${k}`).join(' AND ');
      const key = target.keys.map((k) => `coalesce(s.${k}, c.${k})::text`).join(` || '/' || `);
      const rows = await sql
        .raw<{ key: string; diffs: { m: string; s: number; c: number }[] }>(
          `SELECT key, to_jsonb(array_remove(diffs, NULL)) AS diffs FROM (
            SELECT ${key} AS key, ARRAY[${diffs}] AS diffs
            FROM ${target.table} s FULL JOIN (${groupContributions(fresh, target.grain)}) c ON ${on}) j
          WHERE cardinality(array_remove(diffs, NULL)) > 0 LIMIT ${limit}`,
        )
        .execute(trx);
      for (const row of rows.rows) {
        for (const d of row.diffs) {
          mismatches.push({ table: target.table, key: row.key, measure: d.m, stored: d.s, recount: d.c });
        }
      }
    }
    const freshOpen = openContributionsOf('rollup_recount_facts', 1);
    for (const target of OPEN_TABLES) {
      const on = target.keys.map((k) => `s.${k} = c.${k}`).join(' AND ');
      const key = target.keys.map((k) => `coalesce(s.${k}, c.${k})::text`).join(` || '/' || `);
      const rows = await sql
        .raw<{ key: string; stored: number; recount: number }>(
          `SELECT ${key} AS key, coalesce(s.open, 0) AS stored, coalesce(c.open, 0) AS recount
          FROM ${target.table} s FULL JOIN (${groupOpen(freshOpen, target)}) c ON ${on}
          WHERE coalesce(s.open, 0) <> coalesce(c.open, 0) LIMIT ${limit}`,
        )
        .execute(trx);
      for (const row of rows.rows) mismatches.push({ table: target.table, measure: 'open', ...row });
    }
    // today's open dossiers are split at the minute from the stored facts: their due times must be right too
    const dues = await sql<{ key: string }>`
      SELECT coalesce(s.dossier_id, c.dossier_id)::text AS key
      FROM (SELECT dossier_id, open_due FROM rollup_dossier WHERE open_due IS NOT NULL) s
      FULL JOIN (SELECT dossier_id, open_due FROM rollup_recount_facts WHERE open_due IS NOT NULL) c
        ON s.dossier_id = c.dossier_id
      WHERE s.open_due IS DISTINCT FROM c.open_due LIMIT ${limit}`.execute(trx);
    for (const row of dues.rows) {
      mismatches.push({ table: 'rollup_dossier', key: row.key, measure: 'open_due', stored: 0, recount: 0 });
    }
    const stored = FEEDBACK_COLUMNS.map((c) => `coalesce(s.${c}, 0)`).join(', ');
    const recount = FEEDBACK_COLUMNS.map((c) => `coalesce(c.${c}, 0)`).join(', ');
    const feedback = await sql
      .raw<{ key: string }>(
        `WITH c AS (${FEEDBACK_SELECT(FEEDBACK_KEYS)})
        SELECT coalesce(s.unit_id, c.unit_id) || '/' || coalesce(s.day, c.day)::text AS key
        FROM rollup_feedback_day s FULL JOIN c ON s.unit_id = c.unit_id AND s.day = c.day
        WHERE (${stored}) IS DISTINCT FROM (${recount}) LIMIT ${limit}`,
      )
      .execute(trx);
    for (const row of feedback.rows) {
      mismatches.push({ table: 'rollup_feedback_day', key: row.key, measure: '*', stored: 0, recount: 0 });
    }
    const keys = await sql<{
      n: number;
    }>`SELECT count(DISTINCT (unit_id, procedure_id, received_day))::int AS n
      FROM rollup_recount_facts`.execute(trx);
    return { keys: keys.rows[0]?.n ?? 0, mismatches: mismatches.slice(0, limit) };
  });
}
