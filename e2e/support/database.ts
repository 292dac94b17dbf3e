/**
 * The run's own PostgreSQL database (only when DATABASE_URL is set): playwright.config.ts names it
 * (KC_E2E_DATABASE) and keeps the given URL (KC_E2E_ADMIN_DATABASE_URL) to create and drop it.
 */
import pg from 'pg';

/** The run's database name, or null on PGlite; the name is checked before it reaches SQL. */
export function runDatabase(): { adminUrl: string; name: string } | null {
  const adminUrl = process.env.KC_E2E_ADMIN_DATABASE_URL;
  const name = process.env.KC_E2E_DATABASE;
  if (!adminUrl || !name) return null;
  if (!/^kc_e2e_[a-f0-9]+$/.test(name)) throw new Error(`Unexpected e2e database name: ${name}`);
  return { adminUrl, name };
}

async function withAdminClient(adminUrl: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the run's empty database. */
export async function createRunDatabase(): Promise<void> {
  const run = runDatabase();
  if (!run) return;
  await withAdminClient(run.adminUrl, async (client) => {
    await client.query(`create database "${run.name}"`);
  });
}

/** Drops the run's database, ending the server's connections if it still runs (PostgreSQL 13+). */
export async function dropRunDatabase(): Promise<void> {
  const run = runDatabase();
  if (!run) return;
  await withAdminClient(run.adminUrl, async (client) => {
    await client.query(`drop database if exists "${run.name}" with (force)`);
  });
}
