/**
 * The sweep's loop: one pass at start, then one a minute. Passes never overlap; a failed pass is logged
 * and the next one tries again (timers stay until a pass commits).
 */
import type { Clock } from '../../clock.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { scheduleMissingTimers } from './late-work.queries.js';
import { sweepLateWork } from './late-work.sweep.js';

export interface SweeperLogger {
  error(object: unknown, message: string): void;
}

/**
 * Starts the loop; `stop` waits for the pass in progress. `housekeeping` (unlinked uploads, stale attempt
 * counters) runs after each sweep; its failure is logged apart.
 */
export function startLateWorkSweeper(
  deps: {
    database: DatabaseHandle;
    clock: Clock;
    logger: SweeperLogger;
    housekeeping?: () => Promise<unknown>;
  },
  intervalMs = 60_000,
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const pass = () => {
    if (running || stopped) return;
    running = sweepLateWork(deps)
      .then(() => undefined)
      .catch((error: unknown) => deps.logger.error({ err: error }, 'late-work sweep failed'))
      .then(() => deps.housekeeping?.())
      .then(() => undefined)
      .catch((error: unknown) => deps.logger.error({ err: error }, 'housekeeping failed'))
      .finally(() => {
        running = null;
      });
  };
  pass();
  const timer = setInterval(pass, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** Gives open dossiers written in bulk (demo history, imports) the timers live actions would have added. */
export async function scheduleTimersForBulkDossiers(database: DatabaseHandle): Promise<number> {
  return scheduleMissingTimers(database.db);
}
