/**
 * Tests only: writes audit entries and tampers with the log the way someone with database access could
 * (the append-only triggers switched off for the moment).
 */
import { sql } from 'kysely';
import { computeContentHash } from '../../../domain/audit/chain.js';
import { sealEntries, type SealedEntry } from '../../../domain/audit/seal.js';
import type { Db, Executor } from '../../db/types.js';
import { appendAudit, insertSeals, readSealBatch, type AuditInput } from './audit.queries.js';
import { sealAuditLog } from './audit.sealer.js';

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

/** Appends `count` sample entries, one transaction each, and seals them. */
export async function appendSealedSampleEntries(db: Db, count: number): Promise<void> {
  await appendSampleEntries(db, count);
  await sealAuditLog(db, { full: true, wait: true });
}

async function withoutGuards(db: Executor, change: () => Promise<void>): Promise<void> {
  // ALL: the append-only triggers and the foreign key from audit_seal
  await sql`alter table audit_seal disable trigger all`.execute(db);
  await sql`alter table audit_log disable trigger all`.execute(db);
  await change();
  await sql`alter table audit_log enable trigger all`.execute(db);
  await sql`alter table audit_seal enable trigger all`.execute(db);
}

async function sealAt(db: Executor, position: number): Promise<SealedEntry> {
  return (await readSealBatch(db, position - 1, 1))[0]!;
}

/** Deletes the newest entry and its seal: the chain that is left still verifies. */
export async function deleteLastAuditEntry(db: Executor): Promise<void> {
  await withoutGuards(db, async () => {
    const last = await sql<{ entry_id: number }>`delete from audit_seal
      where seq = (select max(seq) from audit_seal) returning entry_id`.execute(db);
    await sql`delete from audit_log where id = ${last.rows[0]!.entry_id}`.execute(db);
  });
}

/** Deletes the entry sealed at `position`, leaving its seal. Returns its id. */
export async function deleteSealedEntry(db: Executor, position: number): Promise<number> {
  const seal = await sealAt(db, position);
  await withoutGuards(db, async () => {
    await sql`delete from audit_log where id = ${seal.entryId}`.execute(db);
  });
  return seal.entryId;
}

/** Deletes the seal at `position` (its entry then looks new, and is sealed again at the end). */
export async function deleteSeal(db: Executor, position: number): Promise<number> {
  const seal = await sealAt(db, position);
  await withoutGuards(db, async () => {
    await sql`delete from audit_seal where seq = ${position}`.execute(db);
  });
  return seal.entryId;
}

/**
 * Changes the summary of the entry sealed at `position` (1-based), fixes its content hash and recomputes
 * every seal from there on: the chain verifies again, only a checkpoint shows it.
 */
export async function rewriteAuditChain(db: Executor, position: number): Promise<void> {
  const seals = await readSealBatch(db, 0, 100_000);
  const target = seals[position - 1]!.entry!;
  const contentHash = computeContentHash({ ...target, summary: { forged: true } });
  await withoutGuards(db, async () => {
    await sql`update audit_log set summary = '{"forged":true}'::jsonb, content_hash = ${contentHash}
      where id = ${target.id}`.execute(db);
    await sql`delete from audit_seal where seq >= ${position}`.execute(db);
    const rest = seals.slice(position - 1).map((s) => ({
      ...s.entry!,
      contentHash: s.entryId === target.id ? contentHash : s.entry!.contentHash,
    }));
    const head = position === 1 ? null : { seq: position - 1, hash: seals[position - 2]!.hash };
    await insertSeals(db, sealEntries(head, rest));
  });
}

/** Changes the summary of the entry sealed at `position` without fixing any hash. Returns its id. */
export async function forgeAuditEntry(db: Executor, position: number): Promise<number> {
  const seal = await sealAt(db, position);
  await withoutGuards(db, async () => {
    await sql`update audit_log set summary = '{"forged":true}'::jsonb where id = ${seal.entryId}`.execute(db);
  });
  return seal.entryId;
}
