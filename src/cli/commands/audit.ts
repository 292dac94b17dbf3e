/** CLI: `audit verify [--checkpoint FILE]` and `audit checkpoint [--out FILE]`. */
import { appendFileSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseAuditCheckpoints } from '../../domain/audit/checkpoint.js';
import { systemClock } from '../../server/clock.js';
import {
  takeAuditCheckpoint,
  verifyAuditLog,
  verifyAuditLogAgainst,
} from '../../server/modules/audit/audit.service.js';
import { CheckFailed } from '../check-failed.js';
import { withDatabase } from '../database.js';

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Verifies the chain alone, or the chain and every checkpoint of a file; throws CheckFailed on any problem. */
async function runVerify(options: { checkpoint?: string }): Promise<void> {
  const text = options.checkpoint === undefined ? null : readFileSync(options.checkpoint, 'utf8');
  await withDatabase(async (handle, config) => {
    const lines = text === null ? null : parseAuditCheckpoints(text);
    const { check, problems } = lines
      ? await verifyAuditLogAgainst(handle.db, config.auditCheckpointKey, lines)
      : { check: await verifyAuditLog(handle.db), problems: [] };
    for (const problem of problems) {
      process.stderr.write(`checkpoint line ${problem.line}: ${problem.reason}: ${problem.message}\n`);
    }
    if (!check.ok) {
      throw new CheckFailed(
        `broken at audit row ${check.brokenId}: ${check.reason} (${check.count} rows before it are intact)`,
      );
    }
    if (lines && lines.length === 0) throw new CheckFailed(`no checkpoint in ${options.checkpoint}`);
    if (problems.length > 0) throw new CheckFailed(`${problems.length} checkpoints do not hold`);
    print(`ok: ${check.count} audit entries verified${lines ? `, ${lines.length} checkpoints hold` : ''}`);
  });
}

/** Registers the audit log commands. */
export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Audit log tools');
  audit
    .command('verify')
    .description(
      'Verify the hash chain of the audit log, and the signed checkpoints of a file; names the first problem, exits non-zero',
    )
    .option(
      '--checkpoint <file>',
      'checkpoint file written by `audit checkpoint --out` (every line is checked)',
    )
    .action(runVerify);
  audit
    .command('checkpoint')
    .description(
      'Verify the chain, then print a signed checkpoint (entries, head hash; AUDIT_CHECKPOINT_KEY) as one JSON line',
    )
    .option('--out <file>', 'also append the line to this file (keep it outside the database server)')
    .action(async (options: { out?: string }) => {
      await withDatabase(async (handle, config) => {
        const checkpoint = await takeAuditCheckpoint(handle.db, config.auditCheckpointKey, systemClock.now());
        const line = JSON.stringify(checkpoint);
        if (options.out !== undefined) appendFileSync(options.out, `${line}\n`);
        print(line);
      });
    });
}
