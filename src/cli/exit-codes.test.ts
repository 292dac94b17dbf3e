/**
 * The CLI run as a child process on an embedded database in a temporary DATA_DIR: a failed check exits
 * non-zero (PGlite's close used to reset the exit code to 0), a passing one exits 0.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/connection.js';
import { migrateToLatest } from '../server/db/migrator.js';
import type { Db } from '../server/db/types.js';
import {
  appendSampleEntries,
  deleteLastAuditEntry,
  forgeAuditEntry,
} from '../server/modules/audit/audit.test-support.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Each run starts tsx and opens PGlite: seconds, more on a busy machine. */
const SLOW = { timeout: 180_000 };
let dataDir: string;
let checkpoints: string;

/** Runs `ky-cuong <args>` on the temporary database (never DATABASE_URL: this is about PGlite). */
function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  delete env.DATABASE_READ_URL;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Opens the temporary database in this process for a moment (PGlite allows one process at a time). */
async function withData(work: (db: Db) => Promise<void>): Promise<void> {
  const handle = await openDatabase({ dataDir });
  try {
    await migrateToLatest(handle);
    await work(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-cli-'));
  checkpoints = path.join(dataDir, 'audit-checkpoints.jsonl');
  await withData((db) => appendSampleEntries(db, 4));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('CLI exit codes', SLOW, () => {
  it('exits 0 when the audit log verifies, and writes a checkpoint', () => {
    const verified = cli('audit', 'verify');
    expect(verified).toMatchObject({ code: 0, stdout: 'ok: 4 audit entries verified\n' });
    const taken = cli('audit', 'checkpoint', '--out', checkpoints);
    expect(taken.code).toBe(0);
    expect(JSON.parse(taken.stdout)).toMatchObject({ v: 2, count: 4 });
    expect(cli('audit', 'verify', '--checkpoint', checkpoints)).toMatchObject({
      code: 0,
      stdout: 'ok: 4 audit entries verified, 1 checkpoints hold\n',
    });
  });

  it('exits non-zero when the last entry was deleted since the checkpoint', async () => {
    await withData(deleteLastAuditEntry);
    expect(cli('audit', 'verify').code).toBe(0); // the chain alone cannot tell
    const verified = cli('audit', 'verify', '--checkpoint', checkpoints);
    expect(verified.code).toBe(1);
    expect(verified.stderr).toContain('checkpoint line 1: truncated');
  });

  it('exits non-zero when the audit chain is broken', async () => {
    await withData(async (db) => void (await forgeAuditEntry(db, 2)));
    const verified = cli('audit', 'verify');
    expect(verified.code).toBe(1);
    expect(verified.stderr).toMatch(/^broken at audit row \d+: content does not match its hash/);
  });

  it('exits non-zero when a roll-up differs from the recount', async () => {
    await withData(async (db) => {
      await sql`insert into rollup_day (unit_id, procedure_id, day, finished_late)
        values (gen_random_uuid(), gen_random_uuid(), '2026-03-02', 1)`.execute(db);
    });
    const verified = cli('rollups', 'verify');
    expect(verified.code).toBe(1);
    expect(verified.stderr).toContain('figures differ from the recount');
  });
});
