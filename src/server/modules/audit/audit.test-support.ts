/**
 * Tests only: writes audit entries and tampers with the log the way someone with database access could
 * (the append-only triggers switched off for the moment).
 */
import { sql } from 'kysely';
import { computeAuditHash, GENESIS_HASH } from '../../../domain/audit/chain.js';
import type { Db, Executor } from '../../db/types.js';
import { appendAudit, readAuditBatch, type AuditInput } from './audit.queries.js';

/** The n-th sample entry (n minutes after 2 March 2026 09:00 in Hà Nội). */
export function sampleAuditEntry(n: number): AuditInput {
  return {
    at: new Date(Date.UTC(2026, 2, 2, 2) + n * 60_000),
    actorId: null,
    actorUnitId: null,
    unitId: null,
    action: 'sample.entry',
    targetType: 'sample',
    targetId: null,
    summary: { n },
    requestId: null,
  };
}

/** Appends `count` sample entries, one transaction each. */
export async function appendSampleEntries(db: Db, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1) {
    await db.transaction().execute((trx) => appendAudit(trx, sampleAuditEntry(n)));
  }
}

async function withoutGuards(db: Executor, change: () => Promise<void>): Promise<void> {
  await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
  await change();
  await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
}

/** Deletes the newest entry: the chain that is left still verifies. */
export async function deleteLastAuditEntry(db: Executor): Promise<void> {
  await withoutGuards(db, async () => {
    await sql`delete from audit_log where id = (select max(id) from audit_log)`.execute(db);
  });
}

/** Changes the summary of the entry at `position` (1-based) and recomputes every hash from there on. */
export async function rewriteAuditChain(db: Executor, position: number): Promise<void> {
  const entries = await readAuditBatch(db, 0, 100_000);
  await withoutGuards(db, async () => {
    let prev = position === 1 ? GENESIS_HASH : entries[position - 2]!.hash;
    for (const entry of entries.slice(position - 1)) {
      const summary = entry.id === entries[position - 1]!.id ? { forged: true } : entry.summary;
      const hash = computeAuditHash({ ...entry, summary }, prev);
      await sql`update audit_log set summary = ${JSON.stringify(summary)}::jsonb, prev_hash = ${prev},
        hash = ${hash} where id = ${entry.id}`.execute(db);
      prev = hash;
    }
  });
}

/** Changes the summary of the entry at `position` without fixing any hash: the chain breaks there. */
export async function forgeAuditEntry(db: Executor, position: number): Promise<number> {
  const entry = (await readAuditBatch(db, 0, 100_000))[position - 1]!;
  await withoutGuards(db, async () => {
    await sql`update audit_log set summary = '{"forged":true}'::jsonb where id = ${entry.id}`.execute(db);
  });
  return entry.id;
}
