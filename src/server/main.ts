/** Server entry: configuration → database → migrations → demo seed (demo mode) → HTTP. */
import { loadConfig } from './config.js';
import { OffsetClock, systemClock, type Clock } from './clock.js';
import { buildApp } from './app.js';
import { startNotificationWorker } from './modules/notifications/notifications.worker.js';
import { openDatabase } from './db/connection.js';
import { migrateToLatest } from './db/migrator.js';
import { seedDemoIfEmpty } from './seed/demo.js';
import { seedDemoCatalogueIfEmpty } from './seed/demo-catalogue.js';
import { seedDemoHistoryIfEmpty } from './seed/demo-history.js';
import { seedSatisfactionDemoIfEmpty } from './seed/satisfaction-demo.js';
import { seedConductDemoIfEmpty } from './seed/conduct-demo.js';
import { seedEvaluationDemoIfEmpty } from './seed/evaluation-demo.js';
import { refreshRollups } from './modules/rollups/rollups.service.js';
import { startJobs } from './jobs/runner.js';
import { serverJobs } from './jobs/periodic.js';
import { drainOnSignals } from './jobs/shutdown.js';
import { startPortalLoop, type PortalLoop } from './modules/portal/portal.delivery.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
  });
  const migration = await migrateToLatest(database);
  // with DEV_TOOLS the clock can be moved (a development control, sysadmins only) to watch late work happen
  const clock: Clock = config.devTools ? new OffsetClock() : systemClock;
  if (config.demo) {
    await seedDemoIfEmpty(database.db, clock);
    await seedDemoCatalogueIfEmpty(database.db, clock);
    await seedDemoHistoryIfEmpty(database.db, clock);
    await seedSatisfactionDemoIfEmpty(database.db, clock);
    await seedConductDemoIfEmpty(database.db, clock);
    // after every other demo source: the month's evaluation reads their evidence
    await seedEvaluationDemoIfEmpty(database, clock);
  }
  // roll-ups: apply what seeding (or a previous run) left queued, then keep them current
  await refreshRollups(database.db, clock);
  const app = await buildApp({ config, database, clock, migration: migration.latest });
  // PGlite lives in this process: deliver notifications here; on PostgreSQL run `npm run worker` beside it
  const notifier =
    database.kind === 'pglite' ? startNotificationWorker({ config, database, clock, logger: app.log }) : null;
  // dossier changes to the national portal: started once listening (the development stand-in is this server)
  let portal: PortalLoop | null = null;
  // late-work sweep, housekeeping, roll-ups, audit sealing: each runs on one instance at a time (job_lease)
  const shutdown = { stopping: false };
  const jobs = startJobs(
    { db: database.db, logger: app.log },
    serverJobs({ config, database, clock, isStopping: () => shutdown.stopping }),
  );
  // SIGTERM: stop accepting, let in-flight requests and each job's current batch finish, then exit
  drainOnSignals({
    state: shutdown,
    logger: app.log,
    graceMs: config.jobs.shutdownGraceSeconds * 1000,
    steps: [() => app.close(), () => jobs.stop(), () => notifier?.stop(), () => portal?.stop()],
    finally: () => database.close(),
  });
  await app.listen({ port: config.port, host: config.host });
  if (database.kind === 'pglite')
    portal = startPortalLoop({ config, db: database.db, clock, logger: app.log });
  app.log.info(
    `Kỷ Cương đang chạy tại ${config.publicUrl} (cơ sở dữ liệu: ${database.kind}${config.demo ? ', dữ liệu mẫu' : ''})`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
