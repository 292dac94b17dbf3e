/**
 * SQL of the monthly partitions (migration 0049): create a month's partition (rows waiting in the default
 * partition move into it), list a table's month partitions, and detach and drop one.
 */
import { sql } from 'kysely';
import type { Executor } from '../db/types.js';

/** Creates the partition of `table` for the month starting `month` (YYYY-MM-01) unless it exists. */
export async function ensureMonthPartition(db: Executor, table: string, month: string): Promise<boolean> {
  const result = await sql<{ created: boolean }>`
    select kc_ensure_month_partition(${table}, ${month}::date) as created`.execute(db);
  return result.rows[0]?.created === true;
}

/** The month partitions of `table` (names <table>_pYYYYMM), without the default one. */
export async function listMonthPartitions(db: Executor, table: string): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = ${table}::regclass and c.relkind in ('r', 'p') and c.relname like ${`${table}\\_p%`}
    order by c.relname`.execute(db);
  return result.rows.map((row) => row.name);
}

/** Rows in a partition (or the default partition) of a table. */
export async function countRows(db: Executor, partition: string): Promise<number> {
  const result = await sql<{ n: string }>`select count(*) as n from ${sql.table(partition)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** Whether a partition holds no row. */
export async function isEmpty(db: Executor, partition: string): Promise<boolean> {
  const result = await sql<{ empty: boolean }>`
    select not exists (select 1 from ${sql.table(partition)}) as empty`.execute(db);
  return result.rows[0]?.empty === true;
}

/**
 * Detaches `partition` from `table` and drops it, in the caller's transaction. Detaching locks the parent
 * for a moment: with a lock wait of at most `lockTimeoutMs`, a busy table is left for the next pass rather
 * than queueing every writer behind the job.
 */
export async function dropMonthPartition(
  trx: Executor,
  table: string,
  partition: string,
  lockTimeoutMs: number,
): Promise<void> {
  await sql`select set_config('lock_timeout', ${`${lockTimeoutMs}ms`}, true)`.execute(trx);
  await sql`alter table ${sql.table(table)} detach partition ${sql.table(partition)}`.execute(trx);
  await sql`drop table ${sql.table(partition)}`.execute(trx);
}
