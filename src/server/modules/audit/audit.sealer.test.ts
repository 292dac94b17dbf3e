import { readFileSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAuditHash, GENESIS_HASH } from '../../../domain/audit/chain.js';
import type { Database } from '../../db/schema.js';
import type { Tx } from '../../db/types.js';
import { openTestDatabase, type TestDatabase } from '../../testing/harness.js';
import { appendAudit } from './audit.queries.js';
import { sealAuditLog } from './audit.sealer.js';
import { verifyAuditLog } from './audit.service.js';
import { appendSampleEntries, sampleAuditEntry } from './audit.test-support.js';

let database: TestDatabase;
// PGlite has one connection: two transactions are never open at once there
const onPostgres = Boolean(process.env.DATABASE_URL);
const db = () => database.handle.db;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const sealCount = async () =>
  Number((await sql<{ n: number }>`select count(*) as n from audit_seal`.execute(db())).rows[0]!.n);

describe('audit sealer', () => {
  it('carries entries of the old chain over in migration 0037, and still checks their links', async () => {
    // entries as written before 0037, with the seals the migration would have found no row for
    const migration = readFileSync('migrations/20261207_0037_audit_seal.sql', 'utf8');
    const sealExisting = migration.slice(migration.indexOf('DO $$'));
    let prev = GENESIS_HASH;
    await sql`alter table audit_log disable trigger all`.execute(db());
    for (let n = 1; n <= 3; n += 1) {
      const entry = sampleAuditEntry(n);
      const hash = computeAuditHash(entry, prev);
      await sql`insert into audit_log (at, action, target_type, summary, prev_hash, hash)
        values (${entry.at}, ${entry.action}, ${entry.targetType}, ${JSON.stringify(entry.summary)}::jsonb,
        ${prev}, ${hash})`.execute(db());
      prev = hash;
    }
    await sql`alter table audit_log enable trigger all`.execute(db());
    await sql.raw(sealExisting).execute(db());
    expect(await sealCount()).toBe(3);
    await appendSampleEntries(db(), 2);
    expect(await verifyAuditLog(db())).toEqual({ ok: true, count: 5 });
  });

  it.skipIf(!onPostgres)(
    'seals an entry committed late with a lower id in a later batch, after higher ids',
    async () => {
      const early = startTransaction(db(), 'late.entry');
      await early.appended;
      await appendSampleEntries(db(), 1);
      await sealAuditLog(db(), { full: false, wait: false });
      early.commit();
      await early.done;
      await sealAuditLog(db(), { full: false, wait: false });
      const lastTwo = await sql<{ action: string }>`select a.action from audit_seal s
      join audit_log a on a.id = s.entry_id order by s.seq desc limit 2`.execute(db());
      expect(lastTwo.rows.map((r) => r.action)).toEqual(['late.entry', 'sample.entry']);
      expect((await verifyAuditLog(db())).ok).toBe(true);
    },
  );

  it.skipIf(!onPostgres)('lets 20 transactions append at once without waiting on each other', async () => {
    const name = (await sql<{ name: string }>`select current_database() as name`.execute(db())).rows[0]!;
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name.name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 25 });
    const wide = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      const before = await sealCount();
      // every transaction appends, then waits until all 20 have appended before committing: with a lock
      // held from append to commit the second would wait on the first forever (the race times out)
      const writers = Array.from({ length: 20 }, (_, i) => startTransaction(wide, `concurrent.${i}`));
      try {
        await withTimeout(Promise.all(writers.map((w) => w.appended)), 10_000);
      } finally {
        writers.forEach((w) => w.commit());
        await Promise.all(writers.map((w) => w.done));
      }
      expect(await sealAuditLog(db(), { full: false, wait: true })).toBe(20);
      expect(await sealCount()).toBe(before + 20);
      expect(await verifyAuditLog(db())).toEqual({ ok: true, count: before + 20 });
    } finally {
      await wide.destroy();
    }
  });

  it.skipIf(!onPostgres)('skips a pass while another sealer holds the lock', async () => {
    await appendSampleEntries(db(), 1);
    const holder = startTransaction(db(), 'holder', (trx) =>
      sql`select pg_advisory_xact_lock(74210002)`.execute(trx),
    );
    await holder.appended;
    expect(await sealAuditLog(db(), { full: false, wait: false })).toBe(0);
    holder.commit();
    await holder.done;
    expect(await sealAuditLog(db(), { full: false, wait: false })).toBe(2);
  });
});

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/** Opens a transaction that appends one entry (and runs `also`), then stays open until `commit()`. */
function startTransaction(on: Kysely<Database>, action: string, also?: (trx: Tx) => Promise<unknown>) {
  let commit: () => void = () => undefined;
  let appended: () => void = () => undefined;
  const release = new Promise<void>((resolve) => (commit = resolve));
  const reached = new Promise<void>((resolve) => (appended = resolve));
  const done = on.transaction().execute(async (trx) => {
    await appendAudit(trx, { ...sampleAuditEntry(100), action });
    await also?.(trx);
    appended();
    await release;
  });
  return { appended: reached, commit: () => commit(), done };
}
