import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { appendAudit } from '../modules/audit/audit.queries.js';
import { verifyAuditLog } from '../modules/audit/audit.service.js';
import { verifyRollups } from '../modules/rollups/rollups.service.js';
import { openTestDatabase, type TestDatabase } from '../testing/harness.js';
import { assertCountsMatch, createBackup, readVerifiedManifest, restoreBackup } from './backup.js';
import { countRows } from './backup.queries.js';
import { openDatabase } from './connection.js';

const adminUrl = process.env.DATABASE_URL;
let source: TestDatabase & { migration: string | null };
let work: string;

beforeAll(async () => {
  source = await openTestDatabase();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-backup-'));
  await source.handle.db.transaction().execute((trx) =>
    appendAudit(trx, {
      at: new Date('2026-12-07T02:00:00Z'),
      actorId: null,
      actorUnitId: null,
      unitId: null,
      action: 'test.backup',
      targetType: 'system',
      targetId: null,
      summary: { note: 'một dòng để sao lưu' },
      requestId: null,
    }),
  );
  fs.mkdirSync(path.join(work, 'files-src', '2026'), { recursive: true });
  fs.writeFileSync(path.join(work, 'files-src', '2026', 'scan.pdf'), '%PDF-1.4 bản quét');
});
afterAll(async () => {
  await source.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

/** An empty target of the same kind as the source: a new PostgreSQL database, or a new PGlite folder. */
async function emptyTarget(): Promise<{ url: string | undefined; dataDir: string; drop(): Promise<void> }> {
  const dataDir = path.join(work, `data-${crypto.randomBytes(4).toString('hex')}`);
  if (!adminUrl) return { url: undefined, dataDir, drop: async () => undefined };
  const name = `kc_restore_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    async drop() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** The PostgreSQL URL of the harness's database (same server as DATABASE_URL, its own name). */
async function sourceUrl(): Promise<string | undefined> {
  if (!adminUrl) return undefined;
  const { name } = await source.handle.db
    .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name'))
    .executeTakeFirstOrThrow();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function backupSource(databaseUrl: string | undefined) {
  return {
    handle: source.handle,
    databaseUrl,
    ...(source.handle.dumpDataDir ? { dumpPglite: source.handle.dumpDataDir } : {}),
    filesDir: path.join(work, 'files-src'),
    migration: source.migration,
    now: new Date('2026-12-07T03:00:00Z'),
  };
}

describe('backup and restore', () => {
  it('restores the same rows and files into an empty target, and refuses a changed backup', async () => {
    const out = path.join(work, 'backup-1');
    const databaseUrl = await sourceUrl();
    const manifest = await createBackup(backupSource(databaseUrl), out);
    expect(manifest.counts.audit_log).toBeGreaterThanOrEqual(1);
    expect(Object.keys(manifest.files)).toContain(path.join('files', '2026', 'scan.pdf'));
    // a second backup into the same folder is refused: nothing is overwritten
    await expect(createBackup(backupSource(databaseUrl), out)).rejects.toThrow(/không trống/);

    const target = await emptyTarget();
    try {
      const filesDir = path.join(work, 'files-restored');
      await restoreBackup(out, {
        kind: source.handle.kind,
        databaseUrl: target.url,
        dataDir: target.dataDir,
        filesDir,
      });
      const restored = await openDatabase({ url: target.url, dataDir: target.dataDir });
      try {
        const counts = await countRows(restored);
        assertCountsMatch(manifest.counts, counts);
        expect(counts).toEqual(manifest.counts);
        const row = await restored.db
          .selectFrom('audit_log')
          .select('action')
          .where('action', '=', 'test.backup')
          .executeTakeFirst();
        expect(row?.action).toBe('test.backup');
        // the restored audit chain and roll-ups check out like the original's
        expect((await verifyAuditLog(restored.db)).ok).toBe(true);
        expect((await verifyRollups(restored.db, new ManualClock(new Date()))).mismatches).toEqual([]);
      } finally {
        await restored.close();
      }
      expect(fs.readFileSync(path.join(filesDir, '2026', 'scan.pdf'), 'utf8')).toBe('%PDF-1.4 bản quét');
    } finally {
      await target.drop();
    }

    // one changed byte in the stored file and the backup is refused before anything is restored
    fs.appendFileSync(path.join(out, 'files', '2026', 'scan.pdf'), ' ');
    expect(() => readVerifiedManifest(out)).toThrow(/đã bị thay đổi/);
    // a count that differs after a restore is reported, table by table
    expect(() => assertCountsMatch({ dossier: 2 }, { dossier: 1 })).toThrow(/dossier: 1 ≠ 2/);
  });
});
