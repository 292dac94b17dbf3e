/**
 * Housekeeping, run every minute by the `housekeeping` job (`jobs/periodic.ts`): uploads nobody linked,
 * past their age,
 * and attempt counters untouched for a day.
 */
import type { AppConfig } from './config.js';
import type { Clock } from './clock.js';
import type { DatabaseHandle } from './db/connection.js';
import { purgeStaleAttempts } from './http/attempts.queries.js';
import { cleanUpUnlinkedAttachments } from './modules/attachments/attachments.cleanup.js';
import type { FileStore } from './storage/file-store.js';

/** One housekeeping pass; returns what it removed. */
export async function runHousekeeping(deps: {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  files?: FileStore;
}): Promise<{ files: number; attemptCounters: number }> {
  const now = deps.clock.now();
  const files = await cleanUpUnlinkedAttachments(deps);
  const attemptCounters = await purgeStaleAttempts(
    deps.database.db,
    new Date(now.getTime() - 24 * 3600_000),
    now,
  );
  return { files, attemptCounters };
}
