/**
 * Monthly partitions (migration 0049) and their job: months made ahead, rows waiting in a default partition
 * moved into their month without firing a trigger twice, retention by configuration, the audit log never
 * dropped, and the append-only rules unchanged.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { Db } from '../db/types.js';
import { openTestDatabase, type TestDatabase } from '../testing/harness.js';
import { maintainPartitions, monthStart } from './partitions.js';
import { countRows, listMonthPartitions } from './partitions.queries.js';

let t: TestDatabase;
let db: Db;

beforeAll(async () => {
  t = await openTestDatabase();
  db = t.handle.db;
});
afterAll(async () => {
  await t.drop();
});

const insertAudit = (at: string) =>
  sql`insert into audit_log (at, action, target_type, summary, content_hash)
      values (${at}::timestamptz, 'test.partition', 'test', '{}'::jsonb, ${randomUUID()})`.execute(db);
const insertAlert = (dueAt: string) =>
  sql`insert into late_alert (dossier_id, kind, due_at, fired_at)
      values (${randomUUID()}, 'step_overdue', ${dueAt}::timestamptz, ${dueAt}::timestamptz)`.execute(db);
const insertTimer = (fireAt: string) =>
  sql`insert into late_timer (dossier_id, kind, due_at, fire_at)
      values (${randomUUID()}, 'step_overdue', ${fireAt}::timestamptz, ${fireAt}::timestamptz)`.execute(db);
const settings = { monthsAhead: 2, retentionMonths: {} };

describe('monthly partitions', () => {
  it('names months in Vietnam time: 31 Jan 2031 20:00 UTC is already February there', () => {
    expect(monthStart(new Date('2031-01-31T16:59:59Z'))).toBe('2031-01-01');
    expect(monthStart(new Date('2031-01-31T17:00:00Z'))).toBe('2031-02-01');
    expect(monthStart(new Date('2031-11-15T00:00:00Z'), 3)).toBe('2032-02-01');
    expect(monthStart(new Date('2031-01-15T00:00:00Z'), -13)).toBe('2029-12-01');
  });

  it('makes the current month and the months ahead, once', async () => {
    const now = new Date('2031-05-10T03:00:00Z');
    const first = await maintainPartitions(db, now, settings);
    expect(first.created).toEqual(
      ['dossier_action', 'late_alert', 'late_timer', 'audit_log'].flatMap((table) =>
        ['2031-05-01', '2031-06-01', '2031-07-01'].map((month) => `${table}:${month}`),
      ),
    );
    expect(await listMonthPartitions(db, 'audit_log')).toEqual(
      expect.arrayContaining(['audit_log_p203105', 'audit_log_p203106', 'audit_log_p203107']),
    );
    expect((await maintainPartitions(db, now, settings)).created).toEqual([]);
  });

  it('routes a row by its Vietnam-time month: 31 Aug 2031 17:30 UTC lands in September', async () => {
    await maintainPartitions(db, new Date('2031-08-15T00:00:00Z'), settings);
    await insertAudit('2031-08-31T17:30:00Z');
    expect(await countRows(db, 'audit_log_p203109')).toBe(1);
    expect(await countRows(db, 'audit_log_p203108')).toBe(0);
  });

  it('moves rows waiting in the default partition into their new month, and keeps them append-only', async () => {
    // 2035: no partition yet, so the rows wait in the default partitions
    await insertAudit('2035-03-03T03:00:00Z');
    await insertAlert('2035-03-04T03:00:00Z');
    await insertTimer('2035-03-05T03:00:00Z');
    await insertAudit('2035-09-01T03:00:00Z'); // another month: stays where it is
    const defaultBefore = await countRows(db, 'audit_log_default');
    const pass = await maintainPartitions(db, new Date('2035-03-01T00:00:00Z'), settings);
    expect(pass.created).toContain('audit_log:2035-03-01');
    expect(await countRows(db, 'audit_log_p203503')).toBe(1);
    expect(await countRows(db, 'late_alert_p203503')).toBe(1);
    expect(await countRows(db, 'late_timer_p203503')).toBe(1);
    expect(await countRows(db, 'audit_log_default')).toBe(defaultBefore - 1);
    // the moved rows are as append-only as ever, in the new partition and through the parent
    await expect(sql`delete from audit_log where action = 'test.partition'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log_p203503`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`update late_alert set level = 1`.execute(db)).rejects.toThrow(/append-only/);
    await insertAlert('2040-01-01T00:00:00Z'); // a row in the default partition
    await expect(sql`delete from late_alert_default`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('keeps the sweep idempotent: the unique key still refuses a second alert for the same due time', async () => {
    const dossierId = randomUUID();
    const alert = sql`insert into late_alert (dossier_id, kind, due_at, fired_at)
      values (${dossierId}, 'step_overdue', '2031-05-20T03:00:00Z', now())
      on conflict (dossier_id, kind, period_index, level, due_at) do nothing returning id`;
    expect((await alert.execute(db)).rows).toHaveLength(1);
    expect((await alert.execute(db)).rows).toHaveLength(0);
  });

  it('drops a past month of timers once it is empty, keeps one that still holds timers', async () => {
    await maintainPartitions(db, new Date('2032-01-10T00:00:00Z'), settings);
    await insertTimer('2032-02-10T00:00:00Z');
    const later = await maintainPartitions(db, new Date('2032-06-10T00:00:00Z'), settings);
    expect(later.dropped).toContain('late_timer_p203201');
    expect(later.dropped).not.toContain('late_timer_p203202');
    expect(await listMonthPartitions(db, 'late_timer')).toContain('late_timer_p203202');
  });

  it('drops months of alerts past the configured retention, never a month of the audit log', async () => {
    await maintainPartitions(db, new Date('2033-01-10T00:00:00Z'), settings);
    await insertAlert('2033-01-12T00:00:00Z');
    await insertAudit('2033-01-12T00:00:00Z');
    const pass = await maintainPartitions(db, new Date('2034-02-10T00:00:00Z'), {
      monthsAhead: 1,
      retentionMonths: { late_alert: 12 },
    });
    expect(pass.dropped).toContain('late_alert_p203301');
    expect(pass.dropped).not.toContain('late_alert_p203302'); // 12 months back from February 2034
    expect(pass.dropped.some((name) => name.startsWith('audit_log'))).toBe(false);
    expect(await countRows(db, 'audit_log_p203301')).toBe(1);
  });

  it('refuses a retention for the audit log or an unknown table in the configuration', () => {
    expect(loadConfig({ PARTITION_RETENTION: 'late_alert=36' }).partitions.retentionMonths).toEqual({
      late_alert: 36,
    });
    expect(() => loadConfig({ PARTITION_RETENTION: 'audit_log=12' })).toThrow(/PARTITION_RETENTION/);
    expect(() => loadConfig({ PARTITION_RETENTION: 'late_alert=0' })).toThrow(/PARTITION_RETENTION/);
  });
});
