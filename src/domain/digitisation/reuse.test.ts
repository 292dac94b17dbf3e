import { describe, expect, it } from 'vitest';
import { checkReuse, entersStore, isStillValid, type StoreItemFacts } from './reuse.js';

const item: StoreItemFacts = {
  ownerIdNumber: '001090012345',
  ownerUserId: 'u-an',
  documentId: 'giay_to',
  kind: 'component',
  validUntil: '2026-12-31',
  shared: true,
};
const an = { applicantIdNumber: '001090012345', citizen: { userId: 'u-an', idNumber: '001090012345' } };
const counter = { applicantIdNumber: '001090012345', citizen: null };

describe('validity', () => {
  it('counts the end day itself and nothing after it; no end means valid', () => {
    expect(isStillValid('2026-12-31', '2026-12-31')).toBe(true);
    expect(isStillValid('2026-12-31', '2027-01-01')).toBe(false);
    expect(isStillValid(null, '2099-01-01')).toBe(true);
  });
});

describe('reuse', () => {
  it('accepts the owner, online or at the counter for the same ID number', () => {
    expect(checkReuse(item, 'giay_to', an, '2026-03-02')).toBeNull();
    expect(checkReuse(item, 'giay_to', counter, '2026-03-02')).toBeNull();
  });

  it('refuses another person: another ID number, or another account with the same applicant typed in', () => {
    expect(checkReuse(item, 'giay_to', { ...counter, applicantIdNumber: '001090099999' }, '2026-03-02')).toBe(
      'not_owner',
    );
    const other = {
      applicantIdNumber: '001090012345',
      citizen: { userId: 'u-binh', idNumber: '001090099999' },
    };
    expect(checkReuse(item, 'giay_to', other, '2026-03-02')).toBe('not_owner');
    expect(checkReuse(item, 'giay_to', { applicantIdNumber: null, citizen: null }, '2026-03-02')).toBe(
      'not_owner',
    );
  });

  it('refuses an expired item, an unshared one, a missing one and another component', () => {
    expect(checkReuse(item, 'giay_to', an, '2027-01-01')).toBe('expired');
    expect(checkReuse({ ...item, shared: false }, 'giay_to', an, '2026-03-02')).toBe('not_shared');
    expect(checkReuse(null, 'giay_to', an, '2026-03-02')).toBe('not_found');
    expect(checkReuse(item, 'to_khai', an, '2026-03-02')).toBe('wrong_document');
    // a result may stand for any component the procedure asks for
    expect(
      checkReuse({ ...item, kind: 'result', documentId: 'result' }, 'to_khai', an, '2026-03-02'),
    ).toBeNull();
  });
});

describe('the personal store', () => {
  it('takes results and verified components of a known owner only', () => {
    expect(entersStore({ kind: 'result', verified: false }, '001090012345')).toBe(true);
    expect(entersStore({ kind: 'component', verified: true }, '001090012345')).toBe(true);
    expect(entersStore({ kind: 'component', verified: false }, '001090012345')).toBe(false);
    expect(entersStore({ kind: 'result', verified: true }, null)).toBe(false);
  });
});
