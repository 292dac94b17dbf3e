/**
 * Idempotency keys of intake: per person, bound to the request body, replayed with the same answer, and safe
 * under a race (20 parallel requests with one key: on PostgreSQL they really run at once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let reception: Session;
let head: Session;
let procedureId: string;
let oneStopId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  const admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  head = await signIn(t.app, 'truongmotcua');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.IDEMPOTENCY'));
});
afterAll(async () => {
  await t.close();
});

const intake = (session: Session, key: string, fullName = 'Phạm Văn Dân') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: { ...authHeaders(session), 'idempotency-key': key },
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel: 'counter',
      applicant: { fullName, idNumber: '001085001234' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
    },
  });

const countDossiers = async () => {
  const row = await t.deps.database.db
    .selectFrom('dossier')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('procedure_id', '=', procedureId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

describe('idempotency keys of intake', () => {
  it('refuses the same key with a different body (422) and creates nothing', async () => {
    const first = await intake(reception, 'key-mismatch-0001');
    expect(first.statusCode).toBe(201);
    const before = await countDossiers();
    const other = await intake(reception, 'key-mismatch-0001', 'Trần Thị Bình');
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_mismatch' });
    expect(await countDossiers()).toBe(before);
    const again = await intake(reception, 'key-mismatch-0001');
    expect(again.json()).toEqual(first.json());
  });

  it('keeps one person’s key apart from another’s equal key', async () => {
    const mine = await intake(reception, 'key-shared-00001');
    const theirs = await intake(head, 'key-shared-00001');
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().dossier.id).not.toBe(mine.json().dossier.id);
    expect(theirs.json().dossier.code).not.toBe(mine.json().dossier.code);
  });

  it('answers 20 parallel requests with one key with the same dossier, none 409 or 500', async () => {
    const before = await countDossiers();
    const answers = await Promise.all(Array.from({ length: 20 }, () => intake(reception, 'key-race-000001')));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
    const bodies = answers.map((a) => a.json<{ dossier: { id: string }; trackingPin: string }>());
    expect(new Set(bodies.map((b) => b.dossier.id)).size).toBe(1);
    expect(new Set(bodies.map((b) => b.trackingPin)).size).toBe(1);
    expect(bodies[0]!.trackingPin).toMatch(/^\d{6}$/);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    expect(await countDossiers()).toBe(before + 1);
  });
});
