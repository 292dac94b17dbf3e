/**
 * All SQL of the roll-ups: draining the change queues into the day and month tables, rebuilding from
 * scratch, and recounting from the raw rows to compare. Writers of roll-ups hold one advisory lock
 * (transaction-scoped), so two refreshers never apply the same change twice.
 */
import { sql } from 'kysely';
import { ROLLUP_MEASURES } from '../../../domain/indicators/measures.js';
import { toLocalDate } from '../../../domain/indicators/period.js';
import type { Db, Tx } from '../../db/types.js';
import {
  contributionsOf,
  FACT_COLUMNS,
  groupContributions,
  groupOpen,
  MEASURE_LIST,
  OPEN_TABLES,
  openContributionsOf,
  ROLLUP_TABLES,
  selectFacts,
  type OpenTable,
} from './rollups.facts.queries.js';

const LOCK_KEY = 74_210_014;
const FACTS = FACT_COLUMNS.join(', ');

/** Takes the roll-up writers' lock for the rest of the transaction. */
export async function lock(trx: Tx): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
}

function applyDelta(target: (typeof ROLLUP_TABLES)[number], contributions: string): string {
  const nonZero = ROLLUP_MEASURES.map((m) => `${m} <> 0`).join(' OR ');
  const set = ROLLUP_MEASURES.map((m) => `${m} = r.${m} + excluded.${m}`).join(', ');
  const keys = target.keys.join(', ');
  return `INSERT INTO ${target.table} AS r (${keys}, ${MEASURE_LIST})
    SELECT * FROM (${groupContributions(contributions, target.grain)}) g WHERE ${nonZero}
    ON CONFLICT (${keys}) DO UPDATE SET ${set}`;
}

/** Adds the open-dossier contributions to the table; keys whose count falls to 0 are removed. */
function applyOpenDelta(target: OpenTable, contributions: string): string {
  const keys = target.keys.join(', ');
  return `INSERT INTO ${target.table} AS r (${keys}, open)
    SELECT * FROM (${groupOpen(contributions, target)}) g WHERE open <> 0
    ON CONFLICT (${keys}) DO UPDATE SET open = r.open + excluded.open`;
}

/**
 * Takes up to `limit` queued dossier changes and applies them: new facts minus old facts. Returns how
 * many queue rows were consumed (0 when the queue is empty).
 */
export async function refreshDossierBatch(db: Db, limit: number, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await lock(trx);
    // consume first: changes committed after this statement stay queued for the next batch
    const taken = await sql<{ dossier_id: string }>`
      DELETE FROM rollup_dirty WHERE id IN (SELECT id FROM rollup_dirty ORDER BY id LIMIT ${limit})
      RETURNING dossier_id`.execute(trx);
    if (taken.rows.length === 0) return 0;
    const ids = [...new Set(taken.rows.map((r) => r.dossier_id))];
    const scope = (column: string) => sql`${sql.ref(column)} IN (${sql.join(ids)})`;
    await sql`CREATE TEMP TABLE rollup_batch ON COMMIT DROP AS ${selectFacts(scope)}`.execute(trx);
    const old = `(SELECT * FROM rollup_dossier WHERE dossier_id IN (SELECT dossier_id FROM rollup_batch))`;
    const delta = `${contributionsOf('rollup_batch', 1)}\nUNION ALL\n${contributionsOf(old, -1)}`;
    for (const target of ROLLUP_TABLES) await sql.raw(applyDelta(target, delta)).execute(trx);
    const openDelta = `${openContributionsOf('rollup_batch', 1)}\nUNION ALL\n${openContributionsOf(old, -1)}`;
    for (const target of OPEN_TABLES) {
      await sql.raw(applyOpenDelta(target, openDelta)).execute(trx);
      await sql
        .raw(
          `DELETE FROM ${target.table} WHERE open = 0 AND unit_id IN (SELECT unit_id FROM rollup_batch
            UNION SELECT unit_id FROM rollup_dossier WHERE dossier_id IN (SELECT dossier_id FROM rollup_batch))`,
        )
        .execute(trx);
    }
    await sql`DELETE FROM rollup_dossier WHERE dossier_id IN (SELECT dossier_id FROM rollup_batch)`.execute(
      trx,
    );
    await sql.raw(`INSERT INTO rollup_dossier (${FACTS}) SELECT ${FACTS} FROM rollup_batch`).execute(trx);
    await sql`UPDATE rollup_state SET refreshed_at = ${now}, generation = generation + 1 WHERE id = 1`.execute(
      trx,
    );
    return taken.rows.length;
  });
}

/** Recount of feedback measures for the (unit_id, day) keys of a relation. */
export const FEEDBACK_SELECT = (keys: string) => `
  SELECT k.unit_id, k.day,
    (SELECT count(*) FROM feedback f WHERE f.unit_id = k.unit_id AND f.received_at >= k.t0 AND f.received_at < k.t1)::int AS fb_received,
    (SELECT count(*) FROM feedback f WHERE f.unit_id = k.unit_id AND f.received_at >= k.t0 AND f.received_at < k.t1
       AND f.kind = 'complaint')::int AS fb_complaints,
    (SELECT count(*) FROM feedback f WHERE f.unit_id = k.unit_id AND f.answered_at >= k.t0 AND f.answered_at < k.t1)::int AS fb_answered,
    (SELECT count(*) FROM feedback f WHERE f.unit_id = k.unit_id AND f.answered_at >= k.t0 AND f.answered_at < k.t1
       AND f.answered_at <= f.due_at)::int AS fb_answered_on_time,
    (SELECT count(*) FROM feedback f WHERE f.unit_id = k.unit_id AND f.answered_at >= k.t0 AND f.answered_at < k.t1
       AND f.upheld IS TRUE)::int AS fb_upheld
  FROM (SELECT unit_id, day, day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS t0,
               (day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS t1 FROM ${keys}) k`;

/** Every (unit, local day) a feedback row counts on. */
export const FEEDBACK_KEYS = `(SELECT DISTINCT unit_id, (t AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day
  FROM feedback, unnest(ARRAY[received_at, answered_at]) t WHERE t IS NOT NULL) all_keys`;

/** Recounts the queued (unit, day) keys of feedback exactly; returns the queue rows consumed. */
export async function refreshFeedbackBatch(db: Db, limit: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await lock(trx);
    const taken = await sql<{ unit_id: string; day: string }>`
      DELETE FROM rollup_dirty_feedback
      WHERE id IN (SELECT id FROM rollup_dirty_feedback ORDER BY id LIMIT ${limit})
      RETURNING unit_id, day::text AS day`.execute(trx);
    if (taken.rows.length === 0) return 0;
    await sql`CREATE TEMP TABLE rollup_fb_keys ON COMMIT DROP AS
      SELECT DISTINCT unit_id, day::date AS day FROM (VALUES ${sql.join(
        taken.rows.map((r) => sql`(${r.unit_id}::uuid, ${r.day}::date)`),
      )}) v (unit_id, day)`.execute(trx);
    await sql`DELETE FROM rollup_feedback_day r USING rollup_fb_keys k
      WHERE r.unit_id = k.unit_id AND r.day = k.day`.execute(trx);
    await sql
      .raw(`INSERT INTO rollup_feedback_day SELECT * FROM (${FEEDBACK_SELECT('rollup_fb_keys')}) x`)
      .execute(trx);
    await sql`UPDATE rollup_state SET generation = generation + 1 WHERE id = 1`.execute(trx);
    return taken.rows.length;
  });
}

/** Empties every roll-up and builds it again from the raw rows, in one transaction. */
export async function rebuildAll(db: Db, now: Date): Promise<{ dossiers: number }> {
  return db.transaction().execute(async (trx) => {
    await lock(trx);
    // queues first: anything committed after this point stays queued and is applied on top
    await sql`DELETE FROM rollup_dirty`.execute(trx);
    await sql`DELETE FROM rollup_dirty_feedback`.execute(trx);
    await sql`TRUNCATE rollup_dossier, rollup_day, rollup_month, rollup_unit_month, rollup_feedback_day,
      rollup_open, rollup_open_unit, rollup_open_due, rollup_open_total`.execute(trx);
    await sql`UPDATE rollup_state SET open_horizon = ${toLocalDate(now.getTime())}::date WHERE id = 1`.execute(
      trx,
    );
    await sql`INSERT INTO rollup_dossier (${sql.raw(FACTS)}) ${selectFacts(null)}`.execute(trx);
    const all = contributionsOf('rollup_dossier', 1);
    for (const target of ROLLUP_TABLES) {
      await sql
        .raw(
          `INSERT INTO ${target.table} (${target.keys.join(', ')}, ${MEASURE_LIST})
          ${groupContributions(all, target.grain)}`,
        )
        .execute(trx);
    }
    const open = openContributionsOf('rollup_dossier', 1);
    for (const target of OPEN_TABLES) {
      await sql
        .raw(`INSERT INTO ${target.table} (${target.keys.join(', ')}, open) ${groupOpen(open, target)}`)
        .execute(trx);
    }
    await sql
      .raw(`INSERT INTO rollup_feedback_day SELECT * FROM (${FEEDBACK_SELECT(FEEDBACK_KEYS)}) x`)
      .execute(trx);
    await sql`UPDATE rollup_state SET refreshed_at = ${now}, rebuilt_at = ${now}, generation = generation + 1
      WHERE id = 1`.execute(trx);
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM rollup_dossier`.execute(trx);
    return { dossiers: count.rows[0]?.n ?? 0 };
  });
}

/**
 * Moves the open-dossier horizon to today (local date) and folds the buckets of earlier due days into the
 * one before it (migration 0015). Does nothing when the horizon is already today or later. Returns whether
 * it moved.
 */
export async function advanceOpenHorizon(db: Db, now: Date): Promise<boolean> {
  const today = toLocalDate(now.getTime());
  const current = async (trx: Db | Tx) =>
    (
      await sql<{
        horizon: string | null;
      }>`SELECT open_horizon::text AS horizon FROM rollup_state WHERE id = 1`.execute(trx)
    ).rows[0]?.horizon ?? null;
  const before = await current(db);
  if (before !== null && before >= today) return false;
  return db.transaction().execute(async (trx) => {
    await lock(trx);
    const horizon = await current(trx);
    if (horizon !== null && horizon >= today) return false;
    for (const target of OPEN_TABLES) {
      if (!(target.keys as readonly string[]).includes('due_day')) continue;
      const rest = target.keys.filter((k) => k !== 'due_day');
      await sql
        .raw(
          `WITH moved AS (DELETE FROM ${target.table} WHERE due_day < '${today}'::date - 1 RETURNING *)
          INSERT INTO ${target.table} AS r (${rest.join(', ')}, due_day, open)
          SELECT ${rest.join(', ')}, '${today}'::date - 1, sum(open)::int FROM moved GROUP BY ${rest.join(', ')}
          ON CONFLICT (${target.keys.join(', ')}) DO UPDATE SET open = r.open + excluded.open`,
        )
        .execute(trx);
    }
    await sql`UPDATE rollup_state SET open_horizon = ${today}::date, generation = generation + 1 WHERE id = 1`.execute(
      trx,
    );
    return true;
  });
}

/** Rows waiting in the change queues. */
export async function countPending(db: Db): Promise<number> {
  const result = await sql<{ n: number }>`SELECT
    (SELECT count(*) FROM rollup_dirty)::int + (SELECT count(*) FROM rollup_dirty_feedback)::int AS n`.execute(
    db,
  );
  return result.rows[0]?.n ?? 0;
}

/** The recount's facts: every dossier's facts recomputed from the raw rows, in a temp table dropped at commit. */
export async function createRecountFacts(trx: Tx): Promise<void> {
  await sql`CREATE TEMP TABLE rollup_recount_facts ON COMMIT DROP AS ${selectFacts(null)}`.execute(trx);
}

/** Keys (up to `limit`) of a roll-up table whose stored measures differ from the recount, with each difference. */
export async function listRecountDiffs(
  trx: Tx,
  target: (typeof ROLLUP_TABLES)[number],
  limit: number,
): Promise<{ key: string; diffs: { m: string; s: number; c: number }[] }[]> {
  const fresh = contributionsOf('rollup_recount_facts', 1);
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
  return rows.rows;
}

/** Keys (up to `limit`) of an open-dossier table whose stored count differs from the recount. */
export async function listRecountOpenDiffs(
  trx: Tx,
  target: OpenTable,
  limit: number,
): Promise<{ key: string; stored: number; recount: number }[]> {
  const freshOpen = openContributionsOf('rollup_recount_facts', 1);
  const on = target.keys.map((k) => `s.${k} = c.${k}`).join(' AND ');
  const key = target.keys.map((k) => `coalesce(s.${k}, c.${k})::text`).join(` || '/' || `);
  const rows = await sql
    .raw<{ key: string; stored: number; recount: number }>(
      `SELECT ${key} AS key, coalesce(s.open, 0) AS stored, coalesce(c.open, 0) AS recount
          FROM ${target.table} s FULL JOIN (${groupOpen(freshOpen, target)}) c ON ${on}
          WHERE coalesce(s.open, 0) <> coalesce(c.open, 0) LIMIT ${limit}`,
    )
    .execute(trx);
  return rows.rows;
}

/** Dossiers (up to `limit`) whose stored open due time differs from the recount's. */
export async function listRecountOpenDueDiffs(trx: Tx, limit: number): Promise<{ key: string }[]> {
  const dues = await sql<{ key: string }>`
      SELECT coalesce(s.dossier_id, c.dossier_id)::text AS key
      FROM (SELECT dossier_id, open_due FROM rollup_dossier WHERE open_due IS NOT NULL) s
      FULL JOIN (SELECT dossier_id, open_due FROM rollup_recount_facts WHERE open_due IS NOT NULL) c
        ON s.dossier_id = c.dossier_id
      WHERE s.open_due IS DISTINCT FROM c.open_due LIMIT ${limit}`.execute(trx);
  return dues.rows;
}

const FEEDBACK_COLUMNS = ['fb_received', 'fb_complaints', 'fb_answered', 'fb_answered_on_time', 'fb_upheld'];

/** (unit, day) keys (up to `limit`) whose stored feedback measures differ from a recount from the raw rows. */
export async function listRecountFeedbackDiffs(trx: Tx, limit: number): Promise<{ key: string }[]> {
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
  return feedback.rows;
}

/** How many (unit, procedure, received day) keys the recount's facts have. */
export async function countRecountKeys(trx: Tx): Promise<number> {
  const keys = await sql<{
    n: number;
  }>`SELECT count(DISTINCT (unit_id, procedure_id, received_day))::int AS n
      FROM rollup_recount_facts`.execute(trx);
  return keys.rows[0]?.n ?? 0;
}
