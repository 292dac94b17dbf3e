#!/usr/bin/env node
/**
 * Command-line entry: `npm run cli -- <command>`.
 * Each area registers its commands from `src/cli/commands/*`; only results go to stdout,
 * errors go to stderr with a non-zero exit code.
 */
import { Command } from 'commander';
import { registerCalendarCommands } from './commands/calendar.js';
import { registerSystemCommands } from './commands/system.js';
import { registerRollupCommands } from './commands/rollups.js';

const program = new Command();
program.name('ky-cuong').description('Kỷ Cương command-line tools').showHelpAfterError();

registerSystemCommands(program);
registerCalendarCommands(program);
registerRollupCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
