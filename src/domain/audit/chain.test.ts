import { describe, expect, it } from 'vitest';
import { canonicalJson, computeAuditHash, computeContentHash, GENESIS_HASH } from './chain.js';

const entry = {
  at: new Date(Date.UTC(2026, 0, 1, 0, 1)),
  actorId: 'user-1',
  actorUnitId: null,
  unitId: 'unit',
  action: 'user.update',
  targetType: 'user',
  targetId: 't-1',
  summary: { b: 1, a: [1, { z: 1, y: 2 }] },
  requestId: 'r-1',
};

describe('audit entry hashes', () => {
  it('orders keys so equal data gives equal text', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('hash the content alone, whatever the key order of the summary', () => {
    const hash = computeContentHash(entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(computeContentHash({ ...entry, summary: { a: [1, { y: 2, z: 1 }], b: 1 } })).toBe(hash);
    expect(computeContentHash({ ...entry, summary: { b: 2, a: [1, { z: 1, y: 2 }] } })).not.toBe(hash);
    expect(computeContentHash({ ...entry, at: new Date(entry.at.getTime() + 1) })).not.toBe(hash);
  });

  it('keep the old chained hash of entries written before the seals (content and previous hash)', () => {
    const first = computeAuditHash(entry, GENESIS_HASH);
    expect(computeAuditHash(entry, first)).not.toBe(first);
    expect(first).not.toBe(computeContentHash(entry));
  });
});
