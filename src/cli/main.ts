#!/usr/bin/env node
/**
 * Command-line entry: `npm run cli -- <command>`.
 * Each area registers its commands from `src/cli/commands/*`; only results go to stdout,
 * errors and failed checks go to stderr with a non-zero exit code.
 */
import { Command } from 'commander';
import { registerAuditCommands } from './commands/audit.js';
import { registerBackupCommands } from './commands/backup.js';
import { registerCalendarCommands } from './commands/calendar.js';
import { registerImportCommands } from './commands/import.js';
import { registerSystemCommands } from './commands/system.js';
import { registerRollupCommands } from './commands/rollups.js';

const program = new Command();
program.name('ky-cuong').description('Kỷ Cương command-line tools').showHelpAfterError();

registerSystemCommands(program);
registerAuditCommands(program);
registerCalendarCommands(program);
registerRollupCommands(program);
registerBackupCommands(program);
registerImportCommands(program);

/** Runs the command; 0 on success, 1 when it threw (a failed check, or an error). */
async function run(): Promise<number> {
  try {
    await program.parseAsync(process.argv);
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

// The exit code is set only here, after the command has closed its database: PGlite's close (an
// Emscripten exit) overwrites `process.exitCode`, so a code set inside a command was lost.
void run().then((code) => process.exit(code));
