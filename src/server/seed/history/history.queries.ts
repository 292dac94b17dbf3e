/**
 * SQL of the history generator: what it reads (units, offered procedures, demo officials) and its bulk
 * writes. Rows go in as one array parameter per column through `unnest`, so a statement carries thousands
 * of rows with a fixed, small number of parameters (close to COPY speed on PostgreSQL and on PGlite).
 */
import { sql, type Insertable } from 'kysely';
import type { DossierApologyTable, StepExplanationTable } from '../../db/schema.js';
import type { Executor } from '../../db/types.js';

/** Rows as the live services insert them (the table types, with the generated columns given). */
export type LateExplanationRow = Insertable<StepExplanationTable> & { id: string };
export type LateApologyRow = Insertable<DossierApologyTable> & { id: string };

/** Is there any dossier at all? */
export async function hasAnyDossier(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('dossier').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Receiving units by code, with their parent (the authority of a one-stop unit). */
export async function listHistoryUnits(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('unit as u')
    .leftJoin('unit as p', 'p.id', 'u.parent_id')
    .select([
      'u.id',
      'u.code',
      'u.kind',
      'u.path',
      'u.full_name',
      'u.dossier_code_id',
      'p.id as parent_id',
      'p.path as parent_path',
      'p.full_name as parent_name',
      'p.dossier_code_id as parent_dossier_code_id',
    ])
    .where('u.code', 'in', codes)
    .execute();
}

/** Published procedures a unit offers, with the definition of their current version. */
export async function listOfferedProcedures(db: Executor, unitId: string) {
  return db
    .selectFrom('unit_procedure as up')
    .innerJoin('procedure as p', 'p.id', 'up.procedure_id')
    .innerJoin('procedure_version as v', 'v.id', 'p.current_version_id')
    .select(['p.id', 'p.code', 'v.id as version_id', 'v.definition'])
    .where('up.unit_id', '=', unitId)
    .orderBy('p.code')
    .execute();
}

/** Users by username (the demo officials and citizen); missing ones are simply absent. */
export async function listUsersByUsername(db: Executor, usernames: readonly string[]) {
  if (usernames.length === 0) return [];
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'unit_id', 'full_name', 'phone', 'id_number'])
    .where('username', 'in', usernames)
    .execute();
}

/** A dossier row as written by the generator (timestamps as ISO strings, JSON as text). */
export interface DossierInsertRow {
  id: string;
  code: string;
  receiving_unit_id: string;
  authority_unit_id: string;
  scope_path: string;
  procedure_id: string;
  procedure_version_id: string;
  variant_id: string | null;
  calendar_version_id: string;
  channel: string;
  assisted: boolean;
  applicant: string;
  applicant_user_id: string | null;
  documents: string;
  fees: string;
  tracking_pin_hash: string;
  status: string;
  outcome: string | null;
  current_step_id: string | null;
  current_holder_id: string | null;
  step_due_at: string | null;
  received_at: string | null;
  due_at: string | null;
  original_due_at: string | null;
  finished_at: string | null;
  returned_at: string | null;
  state: string;
  last_seq: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Column name → SQL array type of the `unnest` parameter. */
const DOSSIER_COLUMNS: Record<keyof DossierInsertRow, string> = {
  id: 'uuid',
  code: 'text',
  receiving_unit_id: 'uuid',
  authority_unit_id: 'uuid',
  scope_path: 'text',
  procedure_id: 'uuid',
  procedure_version_id: 'uuid',
  variant_id: 'text',
  calendar_version_id: 'uuid',
  channel: 'text',
  assisted: 'boolean',
  applicant: 'jsonb',
  applicant_user_id: 'uuid',
  documents: 'jsonb',
  fees: 'jsonb',
  tracking_pin_hash: 'text',
  status: 'text',
  outcome: 'text',
  current_step_id: 'text',
  current_holder_id: 'uuid',
  step_due_at: 'timestamptz',
  received_at: 'timestamptz',
  due_at: 'timestamptz',
  original_due_at: 'timestamptz',
  finished_at: 'timestamptz',
  returned_at: 'timestamptz',
  state: 'jsonb',
  last_seq: 'integer',
  version: 'integer',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
};

/** An action row as written by the generator. */
export interface ActionInsertRow {
  dossier_id: string;
  seq: number;
  type: string;
  at: string;
  actor_id: string | null;
  actor_unit_id: string | null;
  step_id: string | null;
  payload: string;
}

const ACTION_COLUMNS: Record<keyof ActionInsertRow, string> = {
  dossier_id: 'uuid',
  seq: 'integer',
  type: 'text',
  at: 'timestamptz',
  actor_id: 'uuid',
  actor_unit_id: 'uuid',
  step_id: 'text',
  payload: 'jsonb',
};

async function insertByUnnest<Row extends object>(
  db: Executor,
  table: 'dossier',
  columns: Record<keyof Row, string>,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns) as (keyof Row & string)[];
  const arrays = names.map((name) => sql`${rows.map((row) => row[name])}::${sql.raw(columns[name])}[]`);
  await sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    select * from unnest(${sql.join(arrays)})`.execute(db);
}

/** Inserts dossier rows in one statement. */
export async function insertDossierRows(db: Executor, rows: readonly DossierInsertRow[]): Promise<void> {
  await insertByUnnest(db, 'dossier', DOSSIER_COLUMNS, rows);
}

/**
 * Inserts action rows in one statement (the append-only trigger allows inserts), each under its dossier's
 * creation month (`dossier_created_at`, the partition key), read from the dossier rows inserted before.
 */
export async function insertActionRows(db: Executor, rows: readonly ActionInsertRow[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(ACTION_COLUMNS) as (keyof ActionInsertRow)[];
  const arrays = names.map(
    (name) => sql`${rows.map((row) => row[name])}::${sql.raw(ACTION_COLUMNS[name])}[]`,
  );
  await sql`insert into dossier_action (${sql.join(names.map((n) => sql.ref(n)))}, dossier_created_at)
    select ${sql.join(names.map((n) => sql.ref(`u.${n}`)))}, d.created_at
    from unnest(${sql.join(arrays)}) as u (${sql.join(names.map((n) => sql.ref(n)))})
    join dossier d on d.id = u.dossier_id`.execute(db);
}

/** Records the last number used of each unit's daily code sequence, keeping a higher existing one. */
export async function upsertSequences(
  db: Executor,
  rows: readonly { unitId: string; day: string; last: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into dossier_sequence (unit_id, day, last)
    select * from unnest(${rows.map((r) => r.unitId)}::uuid[], ${rows.map((r) => r.day)}::date[],
      ${rows.map((r) => r.last)}::integer[])
    on conflict (unit_id, day) do update set last = greatest(dossier_sequence.last, excluded.last)`.execute(
    db,
  );
}

/**
 * Enters generated dossiers in their units' tracking books (migration 0031), as intake does for live ones:
 * every received dossier without a line gets the next lines of its unit's volume (the local year) in order
 * of receipt, the counters move past them, and the way of receiving the result follows the channel.
 */
export async function enterHistoryInBook(db: Executor): Promise<void> {
  await sql`update dossier set return_method = case channel when 'online' then 'online'
      when 'postal' then 'post' else 'counter' end
    where return_method is null`.execute(db);
  await sql`update dossier d set book_volume = n.volume, book_line = n.line
    from (
      select r.id, r.volume,
        (coalesce(c.last, 0) + row_number() over (partition by r.receiving_unit_id, r.volume
          order by r.received_at, r.code, r.id))::integer as line
      from (
        select id, receiving_unit_id, received_at, code,
          extract(year from received_at at time zone 'Asia/Ho_Chi_Minh')::integer as volume
        from dossier where received_at is not null and book_line is null
      ) r
      left join tracking_book_counter c on c.unit_id = r.receiving_unit_id and c.volume = r.volume
    ) n
    where d.id = n.id`.execute(db);
  await sql`insert into tracking_book_counter (unit_id, volume, last)
    select receiving_unit_id, book_volume, max(book_line) from dossier
    where book_line is not null group by receiving_unit_id, book_volume
    on conflict (unit_id, volume) do update set last = greatest(tracking_book_counter.last, excluded.last)`.execute(
    db,
  );
}

/** Explanation and apology records of generated late work. */
export async function insertLateWorkRows(
  db: Executor,
  rows: { explanations: LateExplanationRow[]; apologies: LateApologyRow[] },
): Promise<void> {
  if (rows.explanations.length > 0)
    await db.insertInto('step_explanation').values(rows.explanations).execute();
  if (rows.apologies.length > 0) await db.insertInto('dossier_apology').values(rows.apologies).execute();
}
