/**
 * CLI: `import dossiers <file> [--format csv|jsonl] [--rejects <file>] [--batch <n>]`: bulk load of dossiers
 * with their logs from another system. A progress line on stderr (rows/s, accepted, rejected); the result
 * as JSON on stdout; refused lines (line number, dossier code, Vietnamese reason) in the rejects file as CSV.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { systemClock } from '../../server/clock.js';
import {
  importDossiers,
  type ImportFormat,
  type ImportProgress,
} from '../../server/modules/dossier-import/import.service.js';
import { withDatabase } from '../database.js';

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const describe = (p: ImportProgress) =>
  `\r${p.rowsPerSecond.toLocaleString('vi-VN')} dòng/giây · nhận ${p.accepted} · từ chối ${p.rejected}`;

/** Registers the import commands. */
export function registerImportCommands(program: Command): void {
  const imports = program.command('import').description('Bulk imports from other systems');
  imports
    .command('dossiers <file>')
    .description('Import dossiers with their actions (CSV or JSON lines in the national portal shape)')
    .option('--format <format>', 'csv or jsonl (default: from the file name)')
    .option('--rejects <file>', 'where to write refused lines', 'rejects.csv')
    .option('--batch <n>', 'records per transaction', '20000')
    .action(async (file: string, options: { format?: string; rejects: string; batch: string }) => {
      const format = (options.format ?? (file.endsWith('.csv') ? 'csv' : 'jsonl')) as ImportFormat;
      if (format !== 'csv' && format !== 'jsonl') throw new Error('--format phải là csv hoặc jsonl');
      const rejects = createWriteStream(options.rejects);
      rejects.write('dong,ma_ho_so,ly_do\n');
      try {
        await withDatabase(async (handle) => {
          const lines = () => createInterface({ input: createReadStream(file), crlfDelay: Infinity });
          const result = await importDossiers(handle, systemClock, lines, {
            format,
            source: file,
            batchSize: Number(options.batch),
            onReject: (r) => rejects.write(`${r.line},${csvField(r.code)},${csvField(r.reason)}\n`),
            onProgress: (p) => process.stderr.write(describe(p)),
          });
          process.stderr.write('\n');
          process.stdout.write(`${JSON.stringify({ ...result, rejects: options.rejects })}\n`);
        });
      } finally {
        rejects.end();
        await once(rejects, 'close');
      }
    });
}
