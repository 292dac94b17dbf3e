import { afterEach, describe, expect, it } from 'vitest';
import type { CreateDossierRequest } from '../../../contracts/dossiers';
import { clearReuseChoices, setReuseChoice, withReuseChoices } from './digitisation.api';

const body = (channel: 'online' | 'counter'): CreateDossierRequest => ({
  procedureId: '00000000-0000-4000-8000-000000000001',
  receivingUnitId: '00000000-0000-4000-8000-000000000002',
  channel,
  applicant: { kind: 'person', fullName: 'Nguyễn Văn An' },
  documents: [
    { documentId: 'to_khai', provided: true },
    { documentId: 'giay_to', provided: false },
  ],
  decision: channel === 'online' ? 'submit' : 'accept',
  assisted: false,
});

afterEach(() => clearReuseChoices());

describe('reuse choices of the online submission', () => {
  it('mark the chosen documents as provided by a store item', () => {
    setReuseChoice('giay_to', '00000000-0000-4000-8000-0000000000aa');
    expect(withReuseChoices(body('online')).documents).toEqual([
      { documentId: 'to_khai', provided: true },
      { documentId: 'giay_to', provided: true, reuseStoreItemId: '00000000-0000-4000-8000-0000000000aa' },
    ]);
  });

  it('leave counter intakes and withdrawn choices alone', () => {
    setReuseChoice('giay_to', '00000000-0000-4000-8000-0000000000aa');
    expect(withReuseChoices(body('counter')).documents[1]).toEqual({
      documentId: 'giay_to',
      provided: false,
    });
    setReuseChoice('giay_to', null);
    expect(withReuseChoices(body('online')).documents[1]).toEqual({ documentId: 'giay_to', provided: false });
  });
});
