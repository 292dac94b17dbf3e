/**
 * The one job mechanism (issue #21 items 2 and 5): every periodic job is a name, an interval and a pass.
 * Several instances (servers and workers) may start the same jobs; a pass runs only on the instance that
 * holds the job's lease (`job_lease`, taken when free or expired, renewed before each pass), so each job
 * runs once across instances and a dead holder is replaced when its lease runs out. Passes of one job
 * never overlap in a process; a failing pass is counted and logged and the next one tries again. `stop`
 * lets the pass in progress finish, then gives the leases up so another instance takes over at once.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/types.js';
import { recordJobLeaseFailure, recordJobPass, recordJobSkip } from './stats.js';
import { recordLeasePass, releaseLease, tryTakeLease } from './jobs.queries.js';

export interface JobDefinition {
  /** Stable name, the lease's key: lower-case words joined by dashes. */
  name: string;
  /** Time between the end of one pass and the start of the next. */
  intervalMs: number;
  /**
   * How long a lease lasts without renewal (default: three intervals, at least a minute). A pass must end
   * within it, or another instance may start the job beside it.
   */
  leaseMs?: number;
  /** One pass (one batch or a few); it must be safe to repeat after a failure. */
  run(): Promise<unknown>;
}

export interface JobLogger {
  error(details: object, message: string): void;
  info?(details: object, message: string): void;
}

export interface JobRunner {
  /** The lease holder's name of this process. */
  holder: string;
  /** Lets each pass in progress finish, then releases the leases. */
  stop(): Promise<void>;
}

function leaseOf(job: JobDefinition): number {
  return job.leaseMs ?? Math.max(3 * job.intervalMs, 60_000);
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/** One pass of `job` if this process holds (or can take) its lease; returns whether it ran. */
export async function runJobOnce(db: Db, job: JobDefinition, holder: string, logger: JobLogger) {
  const started = Date.now();
  let leased: boolean;
  try {
    leased = await tryTakeLease(db, job.name, holder, leaseOf(job));
  } catch (error) {
    recordJobLeaseFailure(job.name, messageOf(error));
    logger.error({ err: error, job: job.name }, 'job: lease could not be taken');
    return false;
  }
  if (!leased) {
    recordJobSkip(job.name);
    return false;
  }
  let failure: string | null = null;
  try {
    await job.run();
  } catch (error) {
    failure = messageOf(error);
    logger.error({ err: error, job: job.name }, 'job: pass failed');
  }
  recordJobPass(job.name, { startedAt: started, error: failure });
  await recordLeasePass(db, job.name, holder, failure).catch((error: unknown) =>
    logger.error({ err: error, job: job.name }, 'job: pass could not be recorded'),
  );
  return true;
}

/** Starts each job's loop (first pass at once) under a holder name unique to this process. */
export function startJobs(deps: { db: Db; logger: JobLogger; holder?: string }, jobs: JobDefinition[]) {
  const holder = deps.holder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let stopped = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const current = new Map<string, Promise<void>>();
  const loop = (job: JobDefinition) => {
    const pass = runJobOnce(deps.db, job, holder, deps.logger).then(() => {
      if (stopped) return;
      const timer = setTimeout(() => loop(job), job.intervalMs);
      timer.unref();
      timers.set(job.name, timer);
    });
    current.set(job.name, pass);
  };
  jobs.forEach(loop);
  const runner: JobRunner = {
    holder,
    async stop() {
      stopped = true;
      timers.forEach((timer) => clearTimeout(timer));
      await Promise.all(current.values());
      await Promise.all(
        jobs.map((job) =>
          releaseLease(deps.db, job.name, holder).catch((error: unknown) =>
            deps.logger.error({ err: error, job: job.name }, 'job: lease could not be released'),
          ),
        ),
      );
    },
  };
  return runner;
}
