/** What `/metrics` reads from the database at each scrape: backlogs and lags, in one round trip. */
import { sql } from 'kysely';
import type { Executor } from '../db/types.js';

export interface BacklogFigures {
  /** Notifications waiting to be sent or retried. */
  outboxBacklog: number;
  /** Age in seconds of the oldest notification still waiting (0 when none). */
  outboxOldestSeconds: number;
  /** Dossiers and feedback items queued for the roll-up refresh. */
  rollupQueue: number;
  /** How long the oldest late-work timer has been due without being fired (0 when none). */
  sweepLagSeconds: number;
  /** Audit entries after the last sealed one (an index range, not a scan): the sealer's backlog. */
  auditUnsealed: number;
}

/** The backlog figures at `now` (the application's clock, which the development tools may move). */
export async function readBacklogFigures(db: Executor, now: Date): Promise<BacklogFigures> {
  const result = await sql<{
    outbox_backlog: number;
    outbox_oldest: Date | null;
    rollup_queue: number;
    oldest_timer: Date | null;
    audit_unsealed: number;
  }>`
    select
      (select count(*)::int from notification_outbox where status in ('pending', 'failed')) as outbox_backlog,
      (select min(created_at) from notification_outbox where status in ('pending', 'failed')) as outbox_oldest,
      ((select count(*) from rollup_dirty) + (select count(*) from rollup_dirty_feedback))::int as rollup_queue,
      (select min(fire_at) from late_timer where fire_at <= ${now}) as oldest_timer,
      (select count(*)::int from audit_log
        where id > (select coalesce(max(entry_id), 0) from audit_seal)) as audit_unsealed
  `.execute(db);
  const row = result.rows[0]!;
  const age = (at: Date | null) => (at ? Math.max(0, (now.getTime() - new Date(at).getTime()) / 1000) : 0);
  return {
    outboxBacklog: row.outbox_backlog,
    outboxOldestSeconds: age(row.outbox_oldest),
    rollupQueue: row.rollup_queue,
    sweepLagSeconds: age(row.oldest_timer),
    auditUnsealed: row.audit_unsealed,
  };
}
