/** Server entry: configuration → database → migrations → demo seed (demo mode) → HTTP. */
import { loadConfig } from './config.js';
import { systemClock } from './clock.js';
import { buildApp } from './app.js';
import { startNotificationWorker } from './modules/notifications/notifications.worker.js';
import { openDatabase } from './db/connection.js';
import { migrateToLatest } from './db/migrator.js';
import { seedDemoIfEmpty } from './seed/demo.js';
import { seedDemoCatalogueIfEmpty } from './seed/demo-catalogue.js';
import { seedDemoHistoryIfEmpty } from './seed/demo-history.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
  });
  const migration = await migrateToLatest(database);
  if (config.demo) {
    await seedDemoIfEmpty(database.db, systemClock);
    await seedDemoCatalogueIfEmpty(database.db, systemClock);
    await seedDemoHistoryIfEmpty(database.db, systemClock);
  }
  const app = await buildApp({ config, database, clock: systemClock, migration: migration.latest });
  // PGlite lives in this process: deliver notifications here; on PostgreSQL run `npm run worker` beside it
  const notifier =
    database.kind === 'pglite'
      ? startNotificationWorker({ config, database, clock: systemClock, logger: app.log })
      : null;
  const close = async () => {
    await app.close();
    await notifier?.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `Kỷ Cương đang chạy tại ${config.publicUrl} (cơ sở dữ liệu: ${database.kind}${config.demo ? ', dữ liệu mẫu' : ''})`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
