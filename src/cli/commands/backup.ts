/**
 * CLI: `backup --out <folder>` and `restore --from <folder>` (database and stored files; see
 * `src/server/db/backup.ts`). On PGlite stop the server first (one process owns the data folder); restore
 * goes into an empty DATA_DIR / FILES_DIR, or an empty PostgreSQL database given by DATABASE_URL.
 */
import type { Command } from 'commander';
import { systemClock } from '../../server/clock.js';
import { loadConfig } from '../../server/config.js';
import { assertCountsMatch, createBackup, restoreBackup } from '../../server/db/backup.js';
import { countRows } from '../../server/db/backup.queries.js';
import { openDatabase } from '../../server/db/connection.js';
import { verifyAuditLog } from '../../server/modules/audit/audit.service.js';
import { verifyRollups } from '../../server/modules/rollups/rollups.service.js';
import { CheckFailed } from '../check-failed.js';
import { withDatabase } from '../database.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'Back up the database and stored files into a new folder, with a manifest of hashes and counts',
    )
    .argument('[target]', 'new or empty folder to write (same as --out)')
    .option('--out <folder>', 'new or empty folder to write')
    .action(async (target: string | undefined, options: { out?: string }) => {
      const out = target ?? options.out;
      if (!out)
        throw new Error('Cần chỉ định thư mục sao lưu: backup <thư mục> (a target folder is required).');
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
          out,
        );
        print(`backup ${manifest.kind} at ${manifest.migration ?? '(none)'} → ${out}`);
        print(`files: ${Object.keys(manifest.files).length}; rows: ${JSON.stringify(manifest.counts)}`);
      });
    });

  program
    .command('restore')
    .description('Restore a backup folder into an empty database (DATA_DIR or DATABASE_URL) and FILES_DIR')
    .argument('[source]', 'folder written by `backup` (same as --from)')
    .option('--from <folder>', 'folder written by `backup`')
    .action(async (source: string | undefined, options: { from?: string }) => {
      const from = source ?? options.from;
      if (!from)
        throw new Error('Cần chỉ định bản sao lưu: restore <thư mục> (a backup folder is required).');
      const config = loadConfig();
      const manifest = await restoreBackup(from, {
        kind: config.databaseUrl ? 'postgres' : 'pglite',
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        filesDir: config.filesDir,
      });
      const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        assertCountsMatch(manifest.counts, await countRows(handle));
        const audit = await verifyAuditLog(handle.db);
        if (!audit.ok)
          throw new CheckFailed(`Nhật ký kiểm toán sau khôi phục không toàn vẹn: ${JSON.stringify(audit)}`);
        const rollups = await verifyRollups(handle.db, systemClock);
        if (rollups.mismatches.length > 0) {
          throw new CheckFailed(`Số liệu tổng hợp sau khôi phục lệch ${rollups.mismatches.length} chỉ số.`);
        }
      } finally {
        await handle.close();
      }
      print(
        `restored ${manifest.kind} backup of ${manifest.createdAt} (${manifest.migration ?? 'no migration'})`,
      );
      print(`rows checked: ${JSON.stringify(manifest.counts)}; audit verify ok; rollups verify ok`);
    });
}
