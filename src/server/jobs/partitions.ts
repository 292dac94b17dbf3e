/**
 * Monthly partitions of the append-only tables (migration 0049), kept by the `partitions` job: each pass
 * creates the partitions of the current month and the next `monthsAhead` (Vietnam time), so rows never wait
 * in the default partition, and applies the retention policy:
 *
 * - `late_alert`: kept for ever unless PARTITION_RETENTION names a number of months (`late_alert=36`); older
 *   months are then detached and dropped (alerts are derived facts, re-derivable from the dossiers' steps).
 * - `late_timer`: a month is dropped once it is wholly past and empty (fired timers are deleted by the sweep).
 * - `dossier_action` (by its dossier's creation month): never dropped by the job. The dossiers themselves are
 *   kept (they are not partitioned), and a history without its actions would be a wrong history.
 * - `audit_log`: never dropped by the job. The seal chain proves that every entry is there, so an archive of
 *   old months is an operator's act (pg_dump of the month's partition, kept with the signed checkpoints;
 *   docs/OPERATIONS.md), not a policy.
 */
import { computeLocalEpochDay } from '../../domain/calendar/instant.js';
import { fromEpochDay } from '../../domain/calendar/civil-date.js';
import type { Db } from '../db/types.js';
import * as q from './partitions.queries.js';

/** The partitioned tables (what retention may do to each: the module's comment above). */
export const MONTHLY_TABLES = ['dossier_action', 'late_alert', 'late_timer', 'audit_log'] as const;
export type MonthlyTable = (typeof MONTHLY_TABLES)[number];

/** Tables whose months may be dropped after a configured number of months (PARTITION_RETENTION). */
export const RETAINABLE_TABLES = ['late_alert'] as const;

export interface PartitionSettings {
  /** Months created beyond the current one. */
  monthsAhead: number;
  /** Months kept per table (a month is dropped once it ended more than this many months ago). */
  retentionMonths: Partial<Record<(typeof RETAINABLE_TABLES)[number], number>>;
}

/** First day (YYYY-MM-01) of the Vietnam-time month holding `at`, moved by `offset` months. */
export function monthStart(at: Date, offset = 0): string {
  const day = fromEpochDay(computeLocalEpochDay(at.getTime()));
  const index = day.year * 12 + (day.month - 1) + offset;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** The month (YYYY-MM-01) a partition named <table>_pYYYYMM holds. */
function monthOfPartition(name: string): string | null {
  const match = /_p(\d{4})(\d{2})$/.exec(name);
  return match ? `${match[1]}-${match[2]}-01` : null;
}

export interface PartitionPass {
  created: string[];
  dropped: string[];
  /** Drops put off because the table was busy (the lock was not had in time). */
  deferred: string[];
}

/** One pass of the `partitions` job. */
export async function maintainPartitions(
  db: Db,
  now: Date,
  settings: PartitionSettings,
  lockTimeoutMs = 2_000,
): Promise<PartitionPass> {
  const pass: PartitionPass = { created: [], dropped: [], deferred: [] };
  for (const table of MONTHLY_TABLES) {
    for (let offset = 0; offset <= settings.monthsAhead; offset += 1) {
      const month = monthStart(now, offset);
      if (await q.ensureMonthPartition(db, table, month)) pass.created.push(`${table}:${month}`);
    }
  }
  for (const partition of await q.listMonthPartitions(db, 'late_timer')) {
    const month = monthOfPartition(partition);
    if (month === null || month >= monthStart(now, -1)) continue; // last month's may still fire late
    if (await q.isEmpty(db, partition)) await drop(db, 'late_timer', partition, lockTimeoutMs, pass);
  }
  for (const table of RETAINABLE_TABLES) {
    const keep = settings.retentionMonths[table];
    if (keep === undefined) continue;
    const oldestKept = monthStart(now, -keep);
    for (const partition of await q.listMonthPartitions(db, table)) {
      const month = monthOfPartition(partition);
      if (month !== null && month < oldestKept) {
        await drop(db, table, partition, lockTimeoutMs, pass);
      }
    }
  }
  return pass;
}

async function drop(
  db: Db,
  table: MonthlyTable,
  partition: string,
  lockTimeoutMs: number,
  pass: PartitionPass,
): Promise<void> {
  try {
    await db.transaction().execute((trx) => q.dropMonthPartition(trx, table, partition, lockTimeoutMs));
    pass.dropped.push(partition);
  } catch (error) {
    if ((error as { code?: string }).code !== '55P03') throw error; // lock_not_available: next pass
    pass.deferred.push(partition);
  }
}
