import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAuditCheckpoints, type SignedAuditCheckpoint } from '../../../domain/audit/checkpoint.js';
import type { Tx } from '../../db/types.js';
import { openTestDatabase, type TestDatabase } from '../../testing/harness.js';
import {
  appendSampleEntries,
  deleteLastAuditEntry,
  deleteSeal,
  deleteSealedEntry,
  sampleAuditEntry,
  forgeAuditEntry,
  rewriteAuditChain,
} from './audit.test-support.js';
import { appendAudit } from './audit.queries.js';
import { takeAuditCheckpoint, verifyAuditLog, verifyAuditLogAgainst } from './audit.service.js';

const KEY = 'a-test-checkpoint-key-of-length';
const now = new Date('2026-03-02T03:00:00Z');
let database: TestDatabase;
let checkpoint: SignedAuditCheckpoint;
const db = () => database.handle.db;
const fileOf = (...checkpoints: SignedAuditCheckpoint[]) =>
  parseAuditCheckpoints(checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(''));

/** Tampers inside a transaction that is rolled back, so every test starts from the same log. */
async function tampered<T>(tamper: (trx: Tx) => Promise<void>, look: (trx: Tx) => Promise<T>) {
  let seen: T | undefined;
  await db()
    .transaction()
    .execute(async (trx) => {
      await tamper(trx);
      seen = await look(trx);
      throw new Error('rollback');
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.message === 'rollback')) throw error;
    });
  return seen!;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await appendSampleEntries(db(), 6);
  checkpoint = await takeAuditCheckpoint(db(), KEY, now);
});
afterAll(async () => {
  await database.drop();
});

describe('audit checkpoints', () => {
  it('sign the length and the head of the verified chain', async () => {
    expect(checkpoint).toMatchObject({ v: 2, count: 6, at: '2026-03-02T03:00:00.000Z' });
    expect(checkpoint.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditLogAgainst(db(), KEY, fileOf(checkpoint))).toEqual({
      check: { ok: true, count: 6 },
      problems: [],
    });
  });

  it('still hold when entries are added after them', async () => {
    const result = await tampered(
      (trx) => appendAudit(trx, sampleAuditEntry(7)),
      (trx) => verifyAuditLogAgainst(trx, KEY, fileOf(checkpoint)),
    );
    expect(result).toEqual({ check: { ok: true, count: 7 }, problems: [] });
  });

  it('find the last entry deleted, which the chain alone does not', async () => {
    const result = await tampered(deleteLastAuditEntry, async (trx) => ({
      chain: await verifyAuditLog(trx),
      against: await verifyAuditLogAgainst(trx, KEY, fileOf(checkpoint)),
    }));
    expect(result.chain).toEqual({ ok: true, count: 5 });
    expect(result.against.problems).toMatchObject([{ line: 1, reason: 'truncated' }]);
  });

  it('find a changed entry whose following hashes were all recomputed', async () => {
    const result = await tampered(
      (trx) => rewriteAuditChain(trx, 3),
      async (trx) => ({
        chain: await verifyAuditLog(trx),
        against: await verifyAuditLogAgainst(trx, KEY, fileOf(checkpoint)),
      }),
    );
    expect(result.chain).toEqual({ ok: true, count: 6 });
    expect(result.against.problems).toMatchObject([{ line: 1, reason: 'rewritten' }]);
  });

  it('refuse a checkpoint changed by hand or signed with another key', async () => {
    const lowered = { ...checkpoint, count: 5 };
    const result = await verifyAuditLogAgainst(db(), KEY, [
      ...fileOf(lowered),
      { line: 2, problem: 'not a checkpoint' },
    ]);
    expect(result.problems.map((p) => p.reason)).toEqual(['invalid', 'invalid']);
    const other = await verifyAuditLogAgainst(db(), 'another-key-of-enough-length', fileOf(checkpoint));
    expect(other.problems).toMatchObject([{ reason: 'invalid' }]);
  });

  it('find an entry changed without fixing its hash', async () => {
    const result = await tampered(
      async (trx) => void (await forgeAuditEntry(trx, 4)),
      (trx) => verifyAuditLog(trx),
    );
    expect(result).toMatchObject({ ok: false, count: 3, reason: 'content does not match its hash' });
  });

  it('find an entry deleted from the middle, and a seal removed from it', async () => {
    const deleted = await tampered(
      async (trx) => void (await deleteSealedEntry(trx, 2)),
      (trx) => verifyAuditLog(trx),
    );
    expect(deleted).toMatchObject({ ok: false, count: 1, reason: 'the sealed entry was deleted' });
    const unsealed = await tampered(
      async (trx) => void (await deleteSeal(trx, 3)),
      (trx) => verifyAuditLog(trx),
    );
    expect(unsealed).toMatchObject({ ok: false, count: 2, reason: 'seal 3 is missing (next is 4)' });
  });

  it('are not taken over a broken chain', async () => {
    await expect(
      tampered(
        async (trx) => void (await forgeAuditEntry(trx, 2)),
        (trx) => takeAuditCheckpoint(trx, KEY, now),
      ),
    ).rejects.toThrow(/hỏng/);
  });
});
