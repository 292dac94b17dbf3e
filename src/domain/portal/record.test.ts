import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES } from '../dossiers/status.js';
import { buildPortalRecord, formatPortalTime, portalIdempotencyKey } from './record.js';

const base = {
  dossierCode: '000.00.00.H38-260302-0001',
  procedureCode: '1.000001',
  unitCode: '000.00.00.H38',
  status: 'received' as const,
  channel: 'online' as const,
  receivedAt: new Date('2026-03-02T02:00:00Z'),
  dueAt: new Date('2026-03-05T10:00:00Z'),
  finishedAt: null,
  returnedAt: null,
};

describe('national portal record', () => {
  it('writes times at +07:00, crossing midnight into the Vietnamese day', () => {
    expect(formatPortalTime(new Date('2026-03-02T17:30:00Z'))).toBe('2026-03-03T00:30:00.000+07:00');
  });

  it('maps every status to the portal code list of domain.md §5', () => {
    const codes = Object.fromEntries(
      DOSSIER_STATUSES.map((status) => [
        status,
        buildPortalRecord({ ...base, status }, { seq: 1, at: new Date(0) }).statusCode,
      ]),
    );
    expect(codes).toEqual({
      submitted: 1,
      received: 2,
      not_received: 3,
      processing: 4,
      supplement_requested: 5,
      withdrawal_requested: 7,
      stopped: 8,
      processed: 9,
      returned: 10,
    });
  });

  it('carries the codes, channel and times of the change', () => {
    const record = buildPortalRecord(base, { seq: 3, at: new Date('2026-03-02T03:00:00Z') });
    expect(record).toEqual({
      dossierCode: '000.00.00.H38-260302-0001',
      procedureCode: '1.000001',
      unitCode: '000.00.00.H38',
      statusCode: 2,
      channelCode: 2,
      receivedAt: '2026-03-02T09:00:00.000+07:00',
      dueAt: '2026-03-05T17:00:00.000+07:00',
      finishedAt: null,
      returnedAt: null,
      changeSeq: 3,
      changedAt: '2026-03-02T10:00:00.000+07:00',
    });
    expect(buildPortalRecord({ ...base, channel: 'counter' }, { seq: 1, at: new Date(0) }).channelCode).toBe(
      1,
    );
    expect(buildPortalRecord({ ...base, channel: 'postal' }, { seq: 1, at: new Date(0) }).channelCode).toBe(
      3,
    );
  });

  it('gives one idempotency key per change', () => {
    expect(portalIdempotencyKey('d1', 2)).toBe('d1:2');
    expect(portalIdempotencyKey('d1', 3)).not.toBe(portalIdempotencyKey('d1', 2));
  });
});
