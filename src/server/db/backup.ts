/**
 * Backup and restore of one installation: the database and the stored files, into a folder with a manifest.
 *
 * - PostgreSQL: `pg_dump --format=custom` (a consistent snapshot while the server runs) and `pg_restore` into
 *   an empty database in one transaction.
 * - PGlite: PGlite's own `dumpDataDir` (a gzipped tar of the data folder) and `loadDataDir` into an empty
 *   folder. PGlite has one owner: stop the server first.
 * - Files (attachments, generated documents): copied as they are into `files/`.
 *
 * The manifest records the kind, the migration, row counts of the tables that matter and the SHA-256 of every
 * file; a restore checks the hashes before touching anything and the counts after, and refuses a backup of
 * the other kind (a PGlite data folder is not a PostgreSQL dump).
 */
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { countRows } from './backup.queries.js';
import type { DatabaseHandle, DatabaseKind } from './connection.js';

export const BACKUP_FORMAT = 'ky-cuong-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  kind: DatabaseKind;
  createdAt: string;
  migration: string | null;
  counts: Record<string, number>;
  /** Relative path → SHA-256 (hex) of every file in the backup except the manifest. */
  files: Record<string, string>;
}

const MANIFEST = 'manifest.json';
const PGLITE_ARCHIVE = 'database.tar.gz';
const POSTGRES_ARCHIVE = 'database.dump';

function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function listFiles(root: string, under = ''): string[] {
  const folder = path.join(root, under);
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(under, entry.name);
    return entry.isDirectory() ? listFiles(root, relative) : [relative];
  });
}

/** Runs a PostgreSQL client tool; rejects with its error output when it fails. */
function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error) => reject(new Error(`${command}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} thất bại (exit ${code}): ${errors.trim()}`)),
    );
  });
}

function assertEmptyFolder(folder: string, what: string): void {
  if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
    throw new Error(`${what} ${folder} không trống (not empty): chọn thư mục mới hoặc làm trống trước.`);
  }
}

export interface BackupSource {
  handle: DatabaseHandle;
  /** PostgreSQL URL of the database (for pg_dump); absent on PGlite. */
  databaseUrl: string | undefined;
  /** PGlite's archive of its data folder; absent on PostgreSQL. */
  dumpPglite?: () => Promise<Blob>;
  filesDir: string;
  migration: string | null;
  now: Date;
}

/** Writes a backup into `outDir` (created; must be empty) and returns its manifest. */
export async function createBackup(source: BackupSource, outDir: string): Promise<BackupManifest> {
  assertEmptyFolder(outDir, 'Thư mục sao lưu');
  fs.mkdirSync(outDir, { recursive: true });
  const counts = await countRows(source.handle);
  if (source.handle.kind === 'postgres') {
    if (!source.databaseUrl) throw new Error('Thiếu DATABASE_URL để sao lưu PostgreSQL.');
    await runTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      `--file=${path.join(outDir, POSTGRES_ARCHIVE)}`,
      source.databaseUrl,
    ]);
  } else {
    if (!source.dumpPglite) throw new Error('Không đọc được thư mục dữ liệu PGlite.');
    const archive = await source.dumpPglite();
    fs.writeFileSync(path.join(outDir, PGLITE_ARCHIVE), Buffer.from(await archive.arrayBuffer()));
  }
  if (fs.existsSync(source.filesDir)) {
    fs.cpSync(source.filesDir, path.join(outDir, 'files'), { recursive: true });
  }
  const files = Object.fromEntries(
    listFiles(outDir).map((relative) => [relative, sha256File(path.join(outDir, relative))]),
  );
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    kind: source.handle.kind,
    createdAt: source.now.toISOString(),
    migration: source.migration,
    counts,
    files,
  };
  fs.writeFileSync(path.join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Reads a backup's manifest and checks every file against its hash; throws on any difference. */
export function readVerifiedManifest(fromDir: string): BackupManifest {
  const manifestPath = path.join(fromDir, MANIFEST);
  if (!fs.existsSync(manifestPath)) throw new Error(`Không có ${MANIFEST} trong ${fromDir}.`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`Định dạng sao lưu lạ: ${String(manifest.format)}.`);
  const present = new Set(listFiles(fromDir).filter((f) => f !== MANIFEST));
  for (const [relative, hash] of Object.entries(manifest.files)) {
    if (!present.delete(relative)) throw new Error(`Bản sao lưu thiếu tệp ${relative}.`);
    if (sha256File(path.join(fromDir, relative)) !== hash) {
      throw new Error(`Tệp ${relative} đã bị thay đổi (hash mismatch): không khôi phục.`);
    }
  }
  if (present.size > 0) throw new Error(`Bản sao lưu có tệp lạ: ${[...present].join(', ')}.`);
  return manifest;
}

export interface RestoreTarget {
  kind: DatabaseKind;
  /** An empty PostgreSQL database (pg_restore target). */
  databaseUrl: string | undefined;
  /** An empty or absent PGlite data folder. */
  dataDir: string;
  filesDir: string;
}

/**
 * Restores a verified backup into an empty target (database and files). The caller then opens the database
 * and compares `countRows` with the manifest's counts (`assertCountsMatch`).
 */
export async function restoreBackup(fromDir: string, target: RestoreTarget): Promise<BackupManifest> {
  const manifest = readVerifiedManifest(fromDir);
  if (manifest.kind !== target.kind) {
    throw new Error(
      `Bản sao lưu là ${manifest.kind}, đích là ${target.kind}: chỉ khôi phục vào cùng loại cơ sở dữ liệu.`,
    );
  }
  assertEmptyFolder(target.filesDir, 'Thư mục tệp');
  if (target.kind === 'postgres') {
    if (!target.databaseUrl) throw new Error('Thiếu DATABASE_URL của cơ sở dữ liệu đích.');
    await runTool('pg_restore', [
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${target.databaseUrl}`,
      path.join(fromDir, POSTGRES_ARCHIVE),
    ]);
  } else {
    assertEmptyFolder(target.dataDir, 'Thư mục dữ liệu');
    const archive = new Blob([fs.readFileSync(path.join(fromDir, PGLITE_ARCHIVE))]);
    fs.mkdirSync(target.dataDir, { recursive: true });
    const restored = await PGlite.create(target.dataDir, { loadDataDir: archive });
    await restored.close();
  }
  if (fs.existsSync(path.join(fromDir, 'files'))) {
    fs.cpSync(path.join(fromDir, 'files'), target.filesDir, { recursive: true });
  }
  return manifest;
}

/** Throws unless the restored database holds exactly the rows the backup counted. */
export function assertCountsMatch(expected: Record<string, number>, actual: Record<string, number>): void {
  const wrong = Object.entries(expected).filter(([table, n]) => actual[table] !== n);
  if (wrong.length > 0) {
    const detail = wrong.map(([table, n]) => `${table}: ${actual[table]} ≠ ${n}`).join('; ');
    throw new Error(`Số dòng sau khôi phục không khớp bản sao lưu: ${detail}.`);
  }
}
