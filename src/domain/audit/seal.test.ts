import { describe, expect, it } from 'vitest';
import { computeAuditHash, computeContentHash, GENESIS_HASH } from './chain.js';
import { compareWithCheckpoint } from './checkpoint.js';
import {
  computeSealHash,
  requireAllSealed,
  sealEntries,
  SEAL_WALK_START,
  verifySeals,
  type SealedEntry,
  type StoredAuditEntry,
} from './seal.js';

function content(i: number) {
  return {
    at: new Date(Date.UTC(2026, 0, 1, 0, i)),
    actorId: `user-${i}`,
    actorUnitId: null,
    unitId: 'unit',
    action: 'user.update',
    targetType: 'user',
    targetId: `t-${i}`,
    summary: { b: i, a: [1, { z: 1, y: 2 }] },
    requestId: `r-${i}`,
  };
}

/** `legacy` old-kind entries (chained the old way), then `fresh` new-kind ones, sealed in id order. */
function sealedLog(legacy: number, fresh: number): SealedEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= legacy + fresh; i += 1) {
    const c = content(i);
    if (i <= legacy) {
      const hash = computeAuditHash(c, prev);
      entries.push({ ...c, id: i, contentHash: null, prevHash: prev, hash });
      prev = hash;
    } else entries.push({ ...c, id: i, contentHash: computeContentHash(c), prevHash: null, hash: null });
  }
  return sealEntries(null, entries).map((seal, i) => ({ ...seal, entry: entries[i]! }));
}

describe('audit seal chain', () => {
  it('accepts an intact chain of old and new entries, in runs', () => {
    const seals = sealedLog(3, 4);
    expect(verifySeals(seals).check).toEqual({ ok: true, count: 7 });
    const first = verifySeals(seals.slice(0, 2));
    expect(verifySeals(seals.slice(2), first.state).check).toEqual({ ok: true, count: 5 });
  });

  it('links each seal to the previous one over the entry digest and its position', () => {
    const [a, b] = sealedLog(0, 2);
    expect(a!.prevHash).toBe(GENESIS_HASH);
    expect(b!.prevHash).toBe(a!.hash);
    expect(b!.hash).toBe(computeSealHash(2, a!.hash, b!.entry!.contentHash!));
  });

  it('names the entry whose content changed', () => {
    const seals = sealedLog(2, 3);
    seals[3] = { ...seals[3]!, entry: { ...seals[3]!.entry!, summary: { forged: true } } };
    expect(verifySeals(seals).check).toEqual({
      ok: false,
      count: 3,
      brokenId: 4,
      reason: 'content does not match its hash',
    });
  });

  it('names an old entry whose content changed, even with its content hash field filled in', () => {
    const seals = sealedLog(3, 0);
    const forged = { ...seals[1]!.entry!, summary: { forged: true } };
    seals[1] = { ...seals[1]!, entry: forged };
    expect(verifySeals(seals).check).toMatchObject({ ok: false, brokenId: 2 });
    seals[1] = { ...seals[1]!, entry: { ...forged, contentHash: computeContentHash(forged) } };
    expect(verifySeals(seals).check).toMatchObject({
      ok: false,
      brokenId: 2,
      reason: 'seal hash does not match',
    });
  });

  it('finds a new content hash that was recomputed after a change', () => {
    const seals = sealedLog(0, 4);
    const forged = { ...seals[2]!.entry!, summary: { forged: true } };
    seals[2] = { ...seals[2]!, entry: { ...forged, contentHash: computeContentHash(forged) } };
    expect(verifySeals(seals).check).toMatchObject({
      ok: false,
      brokenId: 3,
      reason: 'seal hash does not match',
    });
  });

  it('names the seal of a deleted entry', () => {
    const seals = sealedLog(1, 3);
    seals[2] = { ...seals[2]!, entry: null };
    expect(verifySeals(seals).check).toMatchObject({
      ok: false,
      brokenId: 3,
      reason: 'the sealed entry was deleted',
    });
  });

  it('finds a removed seal and reordered seals', () => {
    const removed = sealedLog(0, 5);
    removed.splice(1, 1);
    expect(verifySeals(removed).check).toMatchObject({ ok: false, count: 1, brokenId: 3 });
    const seals = sealedLog(0, 4);
    const swapped = [seals[0]!, seals[2]!, seals[1]!, seals[3]!];
    expect(verifySeals(swapped).check).toMatchObject({ ok: false, count: 1, brokenId: 3 });
    const renumbered = swapped.map((s, i) => ({ ...s, seq: i + 1 }));
    expect(verifySeals(renumbered).check).toMatchObject({
      ok: false,
      brokenId: 3,
      reason: 'seal does not link to the previous seal',
    });
  });

  it('finds a broken link between old entries', () => {
    const seals = sealedLog(3, 1);
    const old = seals[1]!.entry!;
    const relinked = { ...old, prevHash: GENESIS_HASH, hash: computeAuditHash(old, GENESIS_HASH) };
    const rest = [relinked, ...seals.slice(2).map((s) => s.entry!)];
    const resealed = sealEntries({ seq: 1, hash: seals[0]!.hash }, rest);
    const tampered = [seals[0]!, ...resealed.map((s, i) => ({ ...s, entry: rest[i]! }))];
    expect(verifySeals(tampered).check).toMatchObject({
      ok: false,
      brokenId: 2,
      reason: 'previous hash does not match the preceding old entry',
    });
  });

  it('shows a truncated tail only against a checkpoint', () => {
    const seals = sealedLog(2, 4);
    const checkpoint = { count: 6, headId: 6, headHash: seals[5]!.hash, at: '2026-01-01T01:00:00.000Z' };
    const truncated = verifySeals(seals.slice(0, 4), SEAL_WALK_START);
    expect(truncated.check).toEqual({ ok: true, count: 4 });
    expect(compareWithCheckpoint(checkpoint, 4, undefined)).toMatchObject({ reason: 'truncated' });
    expect(compareWithCheckpoint(checkpoint, 6, seals[5]!.hash)).toBeNull();
  });

  it('shows a recomputed chain against a checkpoint', () => {
    const seals = sealedLog(0, 4);
    const checkpoint = { count: 4, headId: 4, headHash: seals[3]!.hash, at: '2026-01-01T01:00:00.000Z' };
    const entries = seals.map((s) => s.entry!);
    const forged = { ...entries[1]!, summary: { forged: true } };
    entries[1] = { ...forged, contentHash: computeContentHash(forged) };
    const recomputed = sealEntries(null, entries).map((s, i) => ({ ...s, entry: entries[i]! }));
    expect(verifySeals(recomputed).check).toEqual({ ok: true, count: 4 });
    expect(compareWithCheckpoint(checkpoint, 4, recomputed[3]!.hash)).toMatchObject({ reason: 'rewritten' });
  });

  it('fails a walk when an entry present before sealing is still unsealed', () => {
    expect(requireAllSealed({ ok: true, count: 3 }, [])).toEqual({ ok: true, count: 3 });
    expect(requireAllSealed({ ok: true, count: 3 }, [7, 9])).toEqual({
      ok: false,
      count: 3,
      brokenId: 7,
      reason: 'entry was never sealed',
    });
  });
});
