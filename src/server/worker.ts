/**
 * Worker entry: configuration → database (PostgreSQL) → migrations → the loops of notification delivery,
 * national portal synchronisation, roll-ups and audit sealing.
 * SIGTERM/SIGINT stop it gracefully: the pass in progress finishes, then the process exits. Several workers
 * may run at once (rows are claimed with SKIP LOCKED). With embedded PGlite the server runs the loop itself.
 */
import { pino } from 'pino';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { migrateToLatest } from './db/migrator.js';
import { startNotificationWorker } from './modules/notifications/notifications.worker.js';
import { startRollupLoop } from './modules/rollups/rollups.service.js';
import { startAuditSealer } from './modules/audit/audit.sealer.js';
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
  // roll-ups too (the server runs the same loop; an advisory lock lets only one apply a batch at a time)
  const rollups = startRollupLoop({ db: database.db, clock: systemClock, logger });
  // dossier changes to the national portal (SKIP LOCKED: several workers share the queue)
  const portal = startPortalLoop({ config, db: database.db, clock: systemClock, logger });
  // and the audit sealer (beside the server's: an advisory lock lets one seal at a time, the other skips)
  const sealer = startAuditSealer({ db: database.db, logger });
  logger.info({ pollSeconds: config.notifications.pollSeconds }, 'notification worker started');
  const stop = async (signal: string) => {
    logger.info({ signal }, 'notification worker stopping');
    await worker.stop();
    await portal?.stop();
    await rollups.stop();
    await sealer.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
