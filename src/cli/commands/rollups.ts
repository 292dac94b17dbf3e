/** CLI: `rollups refresh`, `rollups recompute` (rebuild from raw data) and `rollups verify` (recount and compare). */
import type { Command } from 'commander';
import { systemClock } from '../../server/clock.js';
import {
  recomputeRollups,
  refreshRollups,
  verifyRollups,
} from '../../server/modules/rollups/rollups.service.js';
import { CheckFailed } from '../check-failed.js';
import { withDatabase } from '../database.js';

const print = (value: unknown) =>
  process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value)}\n`);

/** Registers the roll-up commands. */
export function registerRollupCommands(program: Command): void {
  const rollups = program.command('rollups').description('Roll-ups of indicators (incremental statistics)');
  rollups
    .command('refresh')
    .description('Apply the queued changes to the roll-ups')
    .action(async () => {
      await withDatabase(async (handle) => {
        print({ applied: await refreshRollups(handle.db, systemClock) });
      });
    });
  rollups
    .command('recompute')
    .description('Rebuild every roll-up from the raw rows')
    .action(async () => {
      await withDatabase(async (handle) => {
        print(await recomputeRollups(handle.db, systemClock));
      });
    });
  rollups
    .command('verify')
    .description('Recount every figure from the raw rows and compare; exits non-zero on any difference')
    .action(async () => {
      await withDatabase(async (handle) => {
        const report = await verifyRollups(handle.db, systemClock);
        print(report);
        if (report.mismatches.length > 0) {
          throw new CheckFailed(`${report.mismatches.length} figures differ from the recount`);
        }
      });
    });
}
