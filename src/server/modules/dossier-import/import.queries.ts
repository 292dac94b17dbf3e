/**
 * SQL of the bulk dossier import: the look-ups it keeps in memory, the staging tables (temporary, emptied at
 * each commit), loading them (COPY FROM STDIN on PostgreSQL, `unnest` arrays on PGlite) and the set-based
 * moves from staging into `dossier`, `dossier_action` and `dossier_sequence`. The tables' triggers run as for
 * any writer: scope paths (migration 0018, per row) and the roll-up queue (0014, per statement).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

/** A Kysely instance over one pg session, so COPY on that session runs inside Kysely's transaction. */
export function kyselyOnSession(session: pg.PoolClient): Kysely<Database> {
  const shared = { query: session.query.bind(session), release: () => undefined };
  const pool = { connect: async () => shared, end: async () => undefined };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as never }) });
}

/** Every unit with what a dossier code and the scope need (its parent for one-stop units). */
export async function listImportUnits(db: Executor) {
  return db
    .selectFrom('unit as u')
    .leftJoin('unit as p', 'p.id', 'u.parent_id')
    .select([
      'u.id',
      'u.code',
      'u.kind',
      'u.path',
      'u.dossier_code_id',
      'p.id as parent_id',
      'p.path as parent_path',
      'p.dossier_code_id as parent_dossier_code_id',
    ])
    .execute();
}

/** Published procedures (current version) with the units that offer them. */
export async function listImportProcedures(db: Executor) {
  return db
    .selectFrom('procedure as p')
    .leftJoin('unit_procedure as up', 'up.procedure_id', 'p.id')
    .select(['p.id', 'p.code', 'p.current_version_id', 'up.unit_id'])
    .where('p.current_version_id', 'is not', null)
    .execute();
}

/** A staged dossier: the text of each column, in the order of `DOSSIER_STAGE_COLUMNS`. */
export const DOSSIER_STAGE_COLUMNS = {
  line: 'integer',
  id: 'uuid',
  code: 'text',
  receiving_unit_id: 'uuid',
  authority_unit_id: 'uuid',
  scope_path: 'text',
  procedure_id: 'uuid',
  procedure_version_id: 'uuid',
  calendar_version_id: 'uuid',
  channel: 'text',
  applicant: 'jsonb',
  status: 'text',
  outcome: 'text',
  received_at: 'timestamptz',
  due_at: 'timestamptz',
  finished_at: 'timestamptz',
  returned_at: 'timestamptz',
  state: 'jsonb',
  last_seq: 'integer',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;
export const ACTION_STAGE_COLUMNS = {
  dossier_id: 'uuid',
  seq: 'integer',
  type: 'text',
  at: 'timestamptz',
} as const;
export type DossierStageRow = Record<keyof typeof DOSSIER_STAGE_COLUMNS, string | number | null>;
export type ActionStageRow = Record<keyof typeof ACTION_STAGE_COLUMNS, string | number>;

const columnList = (columns: Record<string, string>) =>
  Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');

/** Creates the session's staging tables once (temporary; their rows go at each commit). */
export async function createStagingTables(db: Executor): Promise<void> {
  await sql
    .raw(
      `create temp table if not exists import_dossier_stage (${columnList(DOSSIER_STAGE_COLUMNS)}) on commit delete rows`,
    )
    .execute(db);
  await sql
    .raw(
      `create temp table if not exists import_action_stage (${columnList(ACTION_STAGE_COLUMNS)}) on commit delete rows`,
    )
    .execute(db);
}

/** COPY text format: `\N` for null, and backslash, tab, newline and carriage return escaped. */
function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

function copyText<Row extends Record<string, string | number | null>>(
  columns: Record<string, string>,
  rows: readonly Row[],
): string {
  const names = Object.keys(columns);
  let out = '';
  for (const row of rows) out += `${names.map((n) => copyField(row[n] ?? null)).join('\t')}\n`;
  return out;
}

async function copyInto(client: pg.PoolClient, table: string, columns: Record<string, string>, body: string) {
  const stream = client.query(copyFrom(`copy ${table} (${Object.keys(columns).join(', ')}) from stdin`));
  await pipeline(Readable.from([body]), stream);
}

/** PostgreSQL: loads the staging tables by COPY on `client`, the session the transaction runs on. */
export async function copyStage(
  client: pg.PoolClient,
  dossiers: readonly DossierStageRow[],
  actions: readonly ActionStageRow[],
): Promise<void> {
  await copyInto(
    client,
    'import_dossier_stage',
    DOSSIER_STAGE_COLUMNS,
    copyText(DOSSIER_STAGE_COLUMNS, dossiers),
  );
  await copyInto(
    client,
    'import_action_stage',
    ACTION_STAGE_COLUMNS,
    copyText(ACTION_STAGE_COLUMNS, actions),
  );
}

async function insertByUnnest(
  db: Executor,
  table: string,
  columns: Record<string, string>,
  rows: readonly Record<string, string | number | null>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const arrays = names.map(
    (name) => sql`${rows.map((row) => row[name] ?? null)}::${sql.raw(columns[name]!)}[]`,
  );
  await sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    select * from unnest(${sql.join(arrays)})`.execute(db);
}

/** PGlite (no COPY FROM STDIN through a client stream): loads the staging tables by `unnest` inserts. */
export async function insertStage(
  db: Executor,
  dossiers: readonly DossierStageRow[],
  actions: readonly ActionStageRow[],
): Promise<void> {
  for (let i = 0; i < dossiers.length; i += 2_000) {
    await insertByUnnest(db, 'import_dossier_stage', DOSSIER_STAGE_COLUMNS, dossiers.slice(i, i + 2_000));
  }
  for (let i = 0; i < actions.length; i += 5_000) {
    await insertByUnnest(db, 'import_action_stage', ACTION_STAGE_COLUMNS, actions.slice(i, i + 5_000));
  }
}

/** Staged dossiers whose code is already stored, dropped from staging; returns their lines and codes. */
export async function dropStagedExistingCodes(db: Executor): Promise<{ line: number; code: string }[]> {
  const { rows } = await sql<{ line: number; code: string }>`
    select s.line, s.code from import_dossier_stage s join dossier d on d.code = s.code order by s.line`.execute(
    db,
  );
  if (rows.length === 0) return rows;
  await sql`delete from import_action_stage a using import_dossier_stage s, dossier d
    where a.dossier_id = s.id and d.code = s.code`.execute(db);
  await sql`delete from import_dossier_stage s using dossier d where d.code = s.code`.execute(db);
  return rows;
}

/**
 * Moves staging into the stored tables, set-based: the dossiers (the legal due time is also the original
 * one: imports carry no apology), their logs (no actor: the source system's people are not accounts here),
 * and each unit-day's highest code number, so live intake continues after the imported codes.
 */
export async function insertFromStage(db: Executor): Promise<{ dossiers: number; actions: number }> {
  const dossiers = await sql`insert into dossier (id, code, receiving_unit_id, authority_unit_id, scope_path,
      procedure_id, procedure_version_id, calendar_version_id, channel, applicant, status, outcome,
      received_at, due_at, original_due_at, finished_at, returned_at, state, last_seq, version, created_at,
      updated_at, return_method)
    select id, code, receiving_unit_id, authority_unit_id, scope_path, procedure_id, procedure_version_id,
      calendar_version_id, channel, applicant, status, outcome, received_at, due_at, due_at, finished_at,
      returned_at, state, last_seq, 1, created_at, updated_at,
      case channel when 'online' then 'online' when 'postal' then 'post' else 'counter' end
    from import_dossier_stage`.execute(db);
  const actions =
    await sql`insert into dossier_action (dossier_id, seq, type, at, payload, dossier_created_at)
    select a.dossier_id, a.seq, a.type, a.at, '{"imported": true}'::jsonb, d.created_at
    from import_action_stage a join import_dossier_stage d on d.id = a.dossier_id`.execute(db);
  await sql`insert into dossier_sequence (unit_id, day, last)
    select receiving_unit_id, to_date(substr(code, 15, 6), 'YYMMDD'), max(substr(code, 22, 4)::integer)
    from import_dossier_stage group by 1, 2
    order by 1, 2
    on conflict (unit_id, day) do update set last = greatest(dossier_sequence.last, excluded.last)`.execute(
    db,
  );
  return { dossiers: Number(dossiers.numAffectedRows ?? 0), actions: Number(actions.numAffectedRows ?? 0) };
}
