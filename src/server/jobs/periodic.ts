/**
 * The periodic jobs of the server and of the worker, each a named singleton across instances (see
 * `runner.ts`). Notification delivery is not here: its rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several dispatchers share the outbox safely and it keeps its own loop (`notifications.worker.ts`).
 * Reminders (discipline plans, dialogues) and survey link expiry are computed when read, so no job is
 * needed for them.
 */
import type { AppConfig } from '../config.js';
import type { Clock } from '../clock.js';
import type { DatabaseHandle } from '../db/connection.js';
import { runHousekeeping } from '../housekeeping.js';
import { sealAuditLog } from '../modules/audit/audit.sealer.js';
import { sweepLateWork } from '../modules/late-work/late-work.sweep.js';
import { maintainPartitions } from './partitions.js';
import { refreshRollups } from '../modules/rollups/rollups.service.js';
import type { JobDefinition } from './runner.js';

export interface PeriodicJobDeps {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  /** True once a graceful stop began: a job ends after the batch in progress. */
  isStopping(): boolean;
}

/**
 * Roll-up refresh (5 s), monthly partitions (hourly) and audit sealing (1 s; the whole log every 300th pass):
 * server and worker.
 */
export function sharedJobs(deps: PeriodicJobDeps): JobDefinition[] {
  let sealPasses = 0;
  return [
    {
      name: 'rollups-refresh',
      intervalMs: 5_000,
      run: () => refreshRollups(deps.database.db, deps.clock, undefined, deps.isStopping),
    },
    {
      // monthly partitions ahead of need, and retention (hourly: a new month is made months before it starts)
      name: 'partitions',
      intervalMs: 3_600_000,
      run: () => maintainPartitions(deps.database.db, deps.clock.now(), deps.config.partitions),
    },
    {
      name: 'audit-seal',
      intervalMs: 1_000,
      run: () => {
        const full = sealPasses % 300 === 0;
        sealPasses += 1;
        return sealAuditLog(deps.database.db, { full, wait: false, isStopping: deps.isStopping });
      },
    },
  ];
}

/**
 * The server's jobs: the shared ones, the late-work sweep (LATE_SWEEP_SECONDS, default a minute) and
 * housekeeping (unlinked uploads, stale attempt counters; every minute, as beside the sweep before).
 */
export function serverJobs(deps: PeriodicJobDeps): JobDefinition[] {
  return [
    ...sharedJobs(deps),
    {
      name: 'late-work-sweep',
      intervalMs: deps.config.jobs.lateSweepSeconds * 1000,
      run: () => sweepLateWork(deps, { isStopping: deps.isStopping }),
    },
    {
      name: 'housekeeping',
      intervalMs: 60_000,
      run: () => runHousekeeping(deps),
    },
  ];
}
