/**
 * The SQL that defines the figures, written once and used by both the incremental refresh and the full
 * recount: per-dossier facts from the raw rows, and each fact's contributions to (unit, procedure, day).
 * A dossier counts for the authority unit it belongs to (`dossier.authority_unit_id`); days are local
 * (Asia/Ho_Chi_Minh) dates; lateness is against `coalesce(original_due_at, due_at)`.
 */
import { sql, type RawBuilder } from 'kysely';
import {
  ROLLUP_MEASURES,
  SATISFACTION_ELEMENTS,
  type RollupMeasure,
} from '../../../domain/indicators/measures.js';

const local = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** The per-dossier fact columns, in table order. */
export const FACT_COLUMNS = [
  'dossier_id',
  'unit_id',
  'procedure_id',
  'channel',
  'received_day',
  'finished_day',
  'finish_class',
  'returned_day',
  'processing_minutes',
  'step_points',
  'supplement_count',
  'fee_due',
  'paid_online',
  'apology_day',
  'sat_day',
  'sat_satisfied',
  'sat_answered_mask',
  'sat_ok_mask',
  'complaint_upheld',
  'disliked_or_complained',
  'open_due',
  'digitised',
  'reused',
  'shared_to_store',
  'portal_synced',
] as const;

const mask = (test: (column: string) => string) =>
  SATISFACTION_ELEMENTS.map((e, i) => `(CASE WHEN ${test(`s.score_${e}`)} THEN ${1 << i} ELSE 0 END)`).join(
    ' | ',
  );

/**
 * SELECT of the facts of the dossiers matching `scope` (a predicate on the dossier id column given),
 * or of every dossier when scope is null.
 */
export function selectFacts(scope: ((idColumn: string) => RawBuilder<unknown>) | null): RawBuilder<unknown> {
  const where = (column: string) => (scope ? scope(column) : sql`true`);
  const finished = `d.finished_at IS NOT NULL AND d.received_at IS NOT NULL AND d.legal_due IS NOT NULL`;
  return sql`
    WITH d AS (
      SELECT id, authority_unit_id, procedure_id, channel, received_at, finished_at, returned_at, fees, state,
             documents,
             coalesce(original_due_at, due_at) AS legal_due
      FROM dossier WHERE ${where('dossier.id')}
    ),
    sup AS (
      SELECT dossier_id, count(*)::int AS n FROM dossier_action
      WHERE type = 'request_supplement' AND ${where('dossier_action.dossier_id')} GROUP BY dossier_id
    ),
    apo AS (
      SELECT dossier_id, max(decided_at) AS decided_at FROM dossier_apology
      WHERE status = 'approved' AND ${where('dossier_apology.dossier_id')} GROUP BY dossier_id
    ),
    cmp AS (
      SELECT dossier_id, bool_or(upheld IS TRUE) AS upheld FROM feedback
      WHERE kind = 'complaint' AND dossier_id IS NOT NULL AND ${where('feedback.dossier_id')} GROUP BY dossier_id
    )
    SELECT
      d.id AS dossier_id, d.authority_unit_id AS unit_id, d.procedure_id, d.channel,
      ${sql.raw(local('d.received_at'))} AS received_day,
      CASE WHEN ${sql.raw(finished)} THEN ${sql.raw(local('d.finished_at'))} END AS finished_day,
      CASE WHEN ${sql.raw(finished)} THEN
        CASE WHEN d.finished_at > d.legal_due THEN 'late'
             WHEN ${sql.raw(local('d.finished_at'))} < ${sql.raw(local('d.legal_due'))} THEN 'early'
             ELSE 'on_time' END
      END AS finish_class,
      ${sql.raw(local('d.returned_at'))} AS returned_day,
      CASE WHEN ${sql.raw(finished)} THEN floor(extract(epoch FROM d.finished_at - d.received_at) / 60)::int END
        AS processing_minutes,
      CASE WHEN ${sql.raw(finished)} THEN (
        SELECT CASE WHEN count(*) = 0 THEN NULL WHEN bool_or(p->>'outcome' = 'late') THEN 0
                    WHEN bool_and(p->>'outcome' = 'early') THEN 2 ELSE 1 END
        FROM jsonb_array_elements(coalesce(d.state->'periods', '[]'::jsonb)) p WHERE p->>'outcome' IS NOT NULL
      ) END::smallint AS step_points,
      coalesce(sup.n, 0) AS supplement_count,
      EXISTS (SELECT 1 FROM jsonb_array_elements(d.fees) f WHERE (f->>'amount')::numeric > 0) AS fee_due,
      EXISTS (SELECT 1 FROM jsonb_array_elements(d.fees) f
              WHERE (f->>'amount')::numeric > 0 AND (f->>'paid')::boolean AND f->>'method' = 'online') AS paid_online,
      ${sql.raw(local('apo.decided_at'))} AS apology_day,
      ${sql.raw(local('s.submitted_at'))} AS sat_day,
      s.overall_satisfied AS sat_satisfied,
      (${sql.raw(mask((c) => `${c} IS NOT NULL`))})::smallint AS sat_answered_mask,
      (${sql.raw(mask((c) => `${c} >= 4`))})::smallint AS sat_ok_mask,
      coalesce(cmp.upheld, false) AS complaint_upheld,
      (s.overall_satisfied IS FALSE OR cmp.dossier_id IS NOT NULL) AS disliked_or_complained,
      CASE WHEN d.finished_at IS NULL AND d.received_at IS NOT NULL THEN d.legal_due END AS open_due,
      -- 4.2: at least one component digitised and every provided component digitised or reused (migration 0040)
      (EXISTS (SELECT 1 FROM dossier_digitisation m WHERE m.dossier_id = d.id AND m.kind = 'component')
        AND NOT EXISTS (
          SELECT 1 FROM jsonb_array_elements(d.documents) doc
          WHERE (doc->>'provided')::boolean
            AND NOT EXISTS (SELECT 1 FROM dossier_digitisation m WHERE m.dossier_id = d.id
                              AND m.kind = 'component' AND m.document_id = doc->>'documentId')
            AND NOT EXISTS (SELECT 1 FROM dossier_document_reuse r WHERE r.dossier_id = d.id
                              AND r.document_id = doc->>'documentId'))) AS digitised,
      EXISTS (SELECT 1 FROM dossier_document_reuse r WHERE r.dossier_id = d.id) AS reused,
      EXISTS (SELECT 1 FROM personal_document p WHERE p.dossier_id = d.id AND p.kind = 'result' AND p.shared)
        AS shared_to_store,
      (d.received_at IS NOT NULL AND ps.synced_at IS NOT NULL) AS portal_synced
    FROM d
    LEFT JOIN sup ON sup.dossier_id = d.id
    LEFT JOIN apo ON apo.dossier_id = d.id
    LEFT JOIN cmp ON cmp.dossier_id = d.id
    LEFT JOIN satisfaction_response s ON s.dossier_id = d.id
    LEFT JOIN portal_sync ps ON ps.dossier_id = d.id`;
}

type Anchor = 'received_day' | 'finished_day' | 'returned_day' | 'apology_day' | 'sat_day';

/** Each measure: the fact day it counts on and its value for one fact row `f`. */
const MEASURE_SQL: Record<RollupMeasure, [Anchor, string]> = {
  received: ['received_day', '1'],
  received_counter: ['received_day', `(f.channel = 'counter')::int`],
  received_online: ['received_day', `(f.channel = 'online')::int`],
  received_postal: ['received_day', `(f.channel = 'postal')::int`],
  fee_due: ['received_day', 'f.fee_due::int'],
  digitised: ['received_day', 'f.digitised::int'],
  reused: ['received_day', 'f.reused::int'],
  shared_to_store: ['received_day', 'f.shared_to_store::int'],
  paid_online: ['received_day', 'f.paid_online::int'],
  supplement_requested: ['received_day', '(f.supplement_count > 0)::int'],
  contact_points: ['received_day', 'CASE f.supplement_count WHEN 0 THEN 2 WHEN 1 THEN 1 ELSE 0 END'],
  cohort_late: ['received_day', `(f.finish_class IS NOT DISTINCT FROM 'late')::int`],
  disliked_or_complained: ['received_day', 'f.disliked_or_complained::int'],
  finished: ['finished_day', '1'],
  finished_early: ['finished_day', `(f.finish_class = 'early')::int`],
  finished_on_time: ['finished_day', `(f.finish_class = 'on_time')::int`],
  finished_late: ['finished_day', `(f.finish_class = 'late')::int`],
  finished_online: ['finished_day', `(f.channel = 'online')::int`],
  finished_online_late: ['finished_day', `(f.channel = 'online' AND f.finish_class = 'late')::int`],
  processing_minutes: ['finished_day', 'coalesce(f.processing_minutes, 0)'],
  step_points: ['finished_day', 'coalesce(f.step_points, 0)'],
  attitude_points: [
    'finished_day',
    `CASE WHEN f.complaint_upheld THEN 0 WHEN f.finish_class = 'early' THEN 2 WHEN f.finish_class = 'on_time' THEN 1 ELSE 0 END`,
  ],
  returned: ['returned_day', '1'],
  apologies: ['apology_day', '1'],
  sat_responses: ['sat_day', '1'],
  sat_satisfied: ['sat_day', '(f.sat_satisfied IS TRUE)::int'],
  // QĐ 766 1.4: a received dossier whose latest change (so every change: they go out in order) was delivered
  portal_synced: ['received_day', 'f.portal_synced::int'],
  ...(Object.fromEntries(
    SATISFACTION_ELEMENTS.flatMap((e, i) => [
      [`sat_${e}_answered`, ['sat_day', `((f.sat_answered_mask >> ${i}) & 1)`]],
      [`sat_${e}_satisfied`, ['sat_day', `((f.sat_ok_mask >> ${i}) & 1)`]],
    ]),
  ) as Record<`sat_${(typeof SATISFACTION_ELEMENTS)[number]}_${'answered' | 'satisfied'}`, [Anchor, string]>),
};

const ANCHORS: Anchor[] = ['received_day', 'finished_day', 'returned_day', 'apology_day', 'sat_day'];

/** Comma-separated measure column names, in table order. */
export const MEASURE_LIST = ROLLUP_MEASURES.join(', ');

/**
 * (unit_id, procedure_id, day, measures…) rows contributed by the facts in `source` (a relation name or a
 * parenthesised SELECT), each multiplied by `sign` (1 or −1).
 */
export function contributionsOf(source: string, sign: 1 | -1): string {
  return ANCHORS.map((anchor) => {
    const values = ROLLUP_MEASURES.map((m) => {
      const [on, expr] = MEASURE_SQL[m];
      return on === anchor ? (sign === 1 ? `${expr}` : `-(${expr})`) : '0';
    });
    return `SELECT f.unit_id, f.procedure_id, f.${anchor} AS day, ${values.join(', ')}
      FROM ${source} f WHERE f.${anchor} IS NOT NULL`;
  }).join('\nUNION ALL\n');
}

/** Sums contributions per key of the grain (procedure left out for `unit_month`). */
export function groupContributions(contributions: string, grain: Grain): string {
  const key = grain === 'day' ? 'c.day' : `date_trunc('month', c.day)::date`;
  const name = grain === 'day' ? 'day' : 'month';
  const procedure = grain === 'unit_month' ? '' : 'c.procedure_id, ';
  const groups = grain === 'unit_month' ? '1, 2' : '1, 2, 3';
  const sums = ROLLUP_MEASURES.map((m) => `sum(c.${m})::bigint AS ${m}`).join(', ');
  return `SELECT c.unit_id, ${procedure}${key} AS ${name}, ${sums}
    FROM (${contributions}) c (unit_id, procedure_id, day, ${MEASURE_LIST}) GROUP BY ${groups}`;
}

/** The three roll-up tables: per (unit, procedure, day), (unit, procedure, month) and (unit, month). */
export type Grain = 'day' | 'month' | 'unit_month';

/** Each roll-up table with its grain, key columns and date column. */
export const ROLLUP_TABLES = [
  { table: 'rollup_day', grain: 'day', keys: ['unit_id', 'procedure_id', 'day'], date: 'day' },
  { table: 'rollup_month', grain: 'month', keys: ['unit_id', 'procedure_id', 'month'], date: 'month' },
  { table: 'rollup_unit_month', grain: 'unit_month', keys: ['unit_id', 'month'], date: 'month' },
] as const;

/**
 * The bucket an open fact's local due day is counted in: due days before the horizon's eve fold into it
 * (migration 0015). The horizon is read from `rollup_state`, so refresh, rebuild and recount agree.
 */
const OPEN_BUCKET = `greatest((f.open_due AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
  (SELECT open_horizon - 1 FROM rollup_state WHERE id = 1))`;

/**
 * The open-dossier tables: per (unit, procedure, month received, due bucket), per (unit, month received,
 * due bucket), per (due bucket, unit) and per unit (migrations 0015 and 0017). Tables keyed by a due
 * bucket are folded at the horizon.
 */
export const OPEN_TABLES = [
  { table: 'rollup_open', keys: ['unit_id', 'procedure_id', 'received_month', 'due_day'] },
  { table: 'rollup_open_unit', keys: ['unit_id', 'received_month', 'due_day'] },
  { table: 'rollup_open_due', keys: ['due_day', 'unit_id'] },
  { table: 'rollup_open_total', keys: ['unit_id'] },
] as const;
export type OpenTable = (typeof OPEN_TABLES)[number];

/** One row (unit_id, procedure_id, received_month, due_day, open = sign) per open fact of `source`. */
export function openContributionsOf(source: string, sign: 1 | -1): string {
  return `SELECT f.unit_id, f.procedure_id, date_trunc('month', f.received_day)::date AS received_month,
      ${OPEN_BUCKET} AS due_day, ${sign} AS open
    FROM ${source} f WHERE f.open_due IS NOT NULL`;
}

/** Sums open contributions per key of the table. */
export function groupOpen(contributions: string, target: OpenTable): string {
  const keys = target.keys.map((k) => `c.${k}`).join(', ');
  return `SELECT ${keys}, sum(c.open)::int AS open FROM (${contributions}) c GROUP BY ${keys}`;
}
