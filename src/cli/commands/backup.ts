/**
 * CLI: `backup --out <folder>` and `restore --from <folder>` (database and stored files; see
 * `src/server/db/backup.ts`). On PGlite stop the server first (one process owns the data folder); restore
 * goes into an empty DATA_DIR / FILES_DIR, or an empty PostgreSQL database given by DATABASE_URL.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { assertCountsMatch, createBackup, restoreBackup } from '../../server/db/backup.js';
import { countRows } from '../../server/db/backup.queries.js';
import { openDatabase } from '../../server/db/connection.js';
import { withDatabase } from '../database.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'Back up the database and stored files into a new folder, with a manifest of hashes and counts',
    )
    .requiredOption('--out <folder>', 'new or empty folder to write')
    .action(async (options: { out: string }) => {
      await withDatabase(async (handle, config, migration) => {
        const manifest = await createBackup(
          {
            handle,
            databaseUrl: config.databaseUrl,
            ...(handle.dumpDataDir ? { dumpPglite: handle.dumpDataDir } : {}),
            filesDir: config.filesDir,
            migration: migration.latest,
            now: new Date(),
          },
          options.out,
        );
        print(`backup ${manifest.kind} at ${manifest.migration ?? '(none)'} → ${options.out}`);
        print(`files: ${Object.keys(manifest.files).length}; rows: ${JSON.stringify(manifest.counts)}`);
      });
    });

  program
    .command('restore')
    .description('Restore a backup folder into an empty database (DATA_DIR or DATABASE_URL) and FILES_DIR')
    .requiredOption('--from <folder>', 'folder written by `backup`')
    .action(async (options: { from: string }) => {
      const config = loadConfig();
      const manifest = await restoreBackup(options.from, {
        kind: config.databaseUrl ? 'postgres' : 'pglite',
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        filesDir: config.filesDir,
      });
      const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        assertCountsMatch(manifest.counts, await countRows(handle));
      } finally {
        await handle.close();
      }
      print(
        `restored ${manifest.kind} backup of ${manifest.createdAt} (${manifest.migration ?? 'no migration'})`,
      );
      print(`rows checked: ${JSON.stringify(manifest.counts)}`);
    });
}
