import { describe, expect, it } from 'vitest';
import { checkReuse, entersStore, isStillValid, listReuseOffers, type StoreItemFacts } from './reuse.js';

const item: StoreItemFacts = {
  ownerIdNumber: '001090012345',
  ownerUserId: 'u-an',
  documentId: 'giay_to',
  kind: 'component',
  validUntil: '2026-12-31',
  shared: true,
  sourceProcedureCode: '1.004873',
};
const giayTo = { id: 'giay_to' };
const toKhai = { id: 'to_khai' };
/** A component that accepts the results of the procedure 1.004873 (a marital status certificate). */
const xacNhanCu = { id: 'xac_nhan_cu', acceptsResultsOf: ['1.004873'] };
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
    expect(checkReuse(item, giayTo, an, '2026-03-02')).toBeNull();
    expect(checkReuse(item, giayTo, counter, '2026-03-02')).toBeNull();
  });

  it('refuses another person: another ID number, or another account with the same applicant typed in', () => {
    expect(checkReuse(item, giayTo, { ...counter, applicantIdNumber: '001090099999' }, '2026-03-02')).toBe(
      'not_owner',
    );
    const other = {
      applicantIdNumber: '001090012345',
      citizen: { userId: 'u-binh', idNumber: '001090099999' },
    };
    expect(checkReuse(item, giayTo, other, '2026-03-02')).toBe('not_owner');
    expect(checkReuse(item, giayTo, { applicantIdNumber: null, citizen: null }, '2026-03-02')).toBe(
      'not_owner',
    );
  });

  it('refuses an expired item, an unshared one, a missing one and another component', () => {
    expect(checkReuse(item, giayTo, an, '2027-01-01')).toBe('expired');
    expect(checkReuse({ ...item, shared: false }, giayTo, an, '2026-03-02')).toBe('not_shared');
    expect(checkReuse(null, giayTo, an, '2026-03-02')).toBe('not_found');
    expect(checkReuse(item, toKhai, an, '2026-03-02')).toBe('wrong_document');
    expect(checkReuse(item, undefined, an, '2026-03-02')).toBe('wrong_document');
  });

  it('takes a past result only for a component that accepts results of its procedure', () => {
    const result = { ...item, kind: 'result' as const, documentId: 'result', validUntil: null };
    expect(checkReuse(result, xacNhanCu, an, '2026-03-02')).toBeNull();
    expect(checkReuse(result, toKhai, an, '2026-03-02')).toBe('wrong_document');
    expect(checkReuse({ ...result, sourceProcedureCode: '1.001193' }, xacNhanCu, an, '2026-03-02')).toBe(
      'wrong_document',
    );
    // a component item never stands for another component, even one accepting results
    expect(checkReuse(item, xacNhanCu, an, '2026-03-02')).toBe('wrong_document');
  });

  it('offers each item for the documents it can stand for, in the order of the documents', () => {
    const result = { ...item, kind: 'result' as const, documentId: 'result' };
    const birth = { ...result, sourceProcedureCode: '1.001193' };
    const offers = listReuseOffers([birth, result, item], [toKhai, xacNhanCu, giayTo]);
    expect(offers.map((o) => [o.item.sourceProcedureCode, o.item.kind, o.document.id])).toEqual([
      ['1.004873', 'result', 'xac_nhan_cu'],
      ['1.004873', 'component', 'giay_to'],
    ]);
    expect(listReuseOffers([item], [toKhai])).toEqual([]);
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
