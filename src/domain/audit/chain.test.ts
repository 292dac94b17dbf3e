import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeAuditHash,
  GENESIS_HASH,
  verifyAuditChain,
  type StoredAuditEntry,
} from './chain.js';

function chainOf(count: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= count; i += 1) {
    const content = {
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
    const hash = computeAuditHash(content, prev);
    entries.push({ ...content, id: i, prevHash: prev, hash });
    prev = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('orders keys so equal data gives equal text', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('accepts an intact chain', () => {
    expect(verifyAuditChain(chainOf(5))).toEqual({ ok: true, count: 5 });
  });

  it('names the first row whose content changed', () => {
    const entries = chainOf(5);
    entries[2] = { ...entries[2]!, summary: { forged: true } };
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, brokenId: 3, count: 2 });
  });

  it('names the row after a removed one', () => {
    const entries = chainOf(5);
    entries.splice(1, 1);
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, brokenId: 3 });
  });
});
