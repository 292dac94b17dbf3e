/** Opens the configured database (migrated) for one CLI command and closes it afterwards. */
import { loadConfig, type AppConfig } from '../server/config.js';
import { openDatabase, type DatabaseHandle } from '../server/db/connection.js';
import { migrateToLatest, type MigrationResult } from '../server/db/migrator.js';

export async function withDatabase<T>(
  work: (handle: DatabaseHandle, config: AppConfig, migration: MigrationResult) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const migration = await migrateToLatest(handle);
    return await work(handle, config, migration);
  } finally {
    await handle.close();
  }
}
