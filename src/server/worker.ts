/**
 * Worker entry: configuration → database (PostgreSQL) → migrations → notification delivery, national portal
 * synchronisation, and the roll-up and audit-sealing jobs (singletons across instances through `job_lease`, see
 * `jobs/runner.ts`). SIGTERM/SIGINT stop it gracefully: the batch in progress finishes, then the process exits.
 * Several workers may run at once (outbox rows are claimed with SKIP LOCKED). With embedded PGlite the server
 * runs it all.
 */
import { pino } from 'pino';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { migrateToLatest } from './db/migrator.js';
import { startNotificationWorker } from './modules/notifications/notifications.worker.js';
import { startJobs } from './jobs/runner.js';
import { sharedJobs } from './jobs/periodic.js';
import { drainOnSignals } from './jobs/shutdown.js';
import { startPortalLoop } from './modules/portal/portal.delivery.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel, base: { process: 'notification-worker' } });
  if (!config.databaseUrl) {
    throw new Error(
      'Tiến trình gửi thông báo cần DATABASE_URL (PostgreSQL). Với PGlite, máy chủ tự chạy vòng gửi ' +
        '(the worker needs PostgreSQL; with PGlite the server runs the delivery loop in process).',
    );
  }
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database);
  const worker = startNotificationWorker({ config, database, clock: systemClock, logger });
  // roll-ups and audit sealing: the servers start the same jobs; the lease lets one instance run each
  const shutdown = { stopping: false };
  const jobs = startJobs(
    { db: database.db, logger },
    sharedJobs({ config, database, clock: systemClock, isStopping: () => shutdown.stopping }),
  );
  // dossier changes to the national portal (SKIP LOCKED: several workers share the queue)
  const portal = startPortalLoop({ config, db: database.db, clock: systemClock, logger });
  logger.info({ pollSeconds: config.notifications.pollSeconds }, 'notification worker started');
  drainOnSignals({
    state: shutdown,
    logger,
    graceMs: config.jobs.shutdownGraceSeconds * 1000,
    steps: [() => worker.stop(), () => portal?.stop(), () => jobs.stop()],
    finally: () => database.close(),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
