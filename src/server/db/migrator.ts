/**
 * Forward-only SQL migrations from `migrations/*.sql`, applied in name order at start, each in its own
 * transaction together with its bookkeeping row. Applied files are never edited; a new change is a new file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './connection.js';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);

export interface MigrationResult {
  applied: string[];
  latest: string | null;
}

/** Lists migration file names (without `.sql`) in the order they apply. */
export function listMigrations(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => file.slice(0, -'.sql'.length));
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Applies every pending migration; safe to call from several instances at once. */
export async function migrateToLatest(
  handle: DatabaseHandle,
  dir = MIGRATIONS_DIR,
): Promise<MigrationResult> {
  return handle.withScriptSession(async (run) => {
    await run(
      'create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now())',
    );
    const rows = await run('select name from schema_migration');
    const done = new Set(rows.map((row) => String(row.name)));
    const applied: string[] = [];
    for (const name of listMigrations(dir)) {
      if (done.has(name)) continue;
      const script = fs.readFileSync(path.join(dir, `${name}.sql`), 'utf8');
      await run(
        `begin;\n${script}\n;insert into schema_migration (name) values (${quoteLiteral(name)});\ncommit;`,
      ).catch(async (error: unknown) => {
        await run('rollback').catch(() => undefined);
        throw new Error(
          `Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      applied.push(name);
    }
    const latestRows = await run('select max(name) as latest from schema_migration');
    return { applied, latest: (latestRows[0]?.latest as string | null | undefined) ?? null };
  });
}
