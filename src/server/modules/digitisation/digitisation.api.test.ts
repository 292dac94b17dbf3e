/**
 * Digitisation and reuse: an officer of the receiving unit marks a component digitised with its scans (once;
 * others refused), verified components and returned results enter the applicant's personal store, the
 * citizen lists their own store, a submission reuses a store item (owner accepted and counted, another
 * person refused, an expired item refused), and QĐ 766 4.2 / 4.3 / 4.4 move with these facts.
 */
import { sql } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicator } from '../../../domain/indicators/compute.js';
import { INDICATOR_DEFINITIONS } from '../../../domain/indicators/index.js';
import type { MeasureTotals } from '../../../domain/indicators/measures.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUserId, publishSampleProcedure } from '../../testing/fixtures.js';
import type { StoreList } from '../../../contracts/digitisation.js';
import { listReuseOffers } from '../../../domain/digitisation/reuse.js';
import { sampleDefinition } from '../../../domain/procedures/sample-definition.js';
import { refreshRollups } from '../rollups/rollups.service.js';

let t: TestApp;
let reception: Session;
let specialist: Session;
let leader: Session;
let citizen: Session;
let target: { procedureId: string; oneStopId: string };
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-digitise-'));
const AN = { fullName: 'Nguyễn Văn An', idNumber: '001090012345' };
/** The result returned in 'the result' and shared into the citizen's store. */
let resultItemId = '';

/** Signs everyone in again (after the clock moves, sessions made at another time do not hold). */
const signInAll = async () => {
  reception = await signIn(t.app, 'tiepnhan');
  specialist = await signIn(t.app, 'chuyenvien');
  leader = await signIn(t.app, 'lanhdao');
  citizen = await signIn(t.app, '0912345678');
};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T02:00:00Z', env: { FILES_DIR: filesDir } });
  const admin = await signIn(t.app, 'admin');
  await signInAll();
  target = await publishSampleProcedure(t, admin, 'TEST.DIGI');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const db = () => t.deps.database.db;
const scanPdf = async (text: string) => {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText(text, { x: 20, y: 100 });
  return Buffer.from(await doc.save());
};
let uploads = 0;
const upload = async (session: Session) => {
  uploads += 1;
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    headers: { ...authHeaders(session), 'content-type': 'application/pdf', 'x-file-name': 'scan.pdf' },
    // a real one-page PDF: a scan may become the signed result, and signing reads the file
    payload: await scanPdf(`scan ${uploads}`),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
};

const intake = async (
  session: Session,
  documents: Record<string, unknown>[],
  options: { channel?: string; applicant?: Record<string, string> } = {},
) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(session),
    payload: {
      procedureId: target.procedureId,
      receivingUnitId: target.oneStopId,
      channel: options.channel ?? 'counter',
      applicant: options.applicant ?? AN,
      documents,
      decision: options.channel === 'online' ? 'submit' : 'accept',
    },
  });

const BOTH = [
  { documentId: 'to_khai', provided: true },
  { documentId: 'giay_to', provided: true },
];

const counterDossier = async () => {
  const response = await intake(reception, BOTH);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().dossier as { id: string; version: number };
};

const mark = (session: Session, dossierId: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${dossierId}/digitisation`,
    headers: authHeaders(session),
    payload: body,
  });

const myStore = async () => {
  const response = await t.app.inject({ url: '/api/v1/personal-documents', headers: authHeaders(citizen) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StoreList>().items;
};

const auditOf = (dossierId: string, action: string) =>
  db()
    .selectFrom('audit_log')
    .select('summary')
    .where('target_id', '=', dossierId)
    .where('action', '=', action)
    .execute();

/** The digitisation measures of the test procedure, from the roll-ups after a refresh. */
const measures = async (): Promise<MeasureTotals> => {
  await refreshRollups(db(), t.clock);
  const r = await sql<{ received: number; digitised: number; reused: number; shared_to_store: number }>`
    select coalesce(sum(received), 0)::int as received, coalesce(sum(digitised), 0)::int as digitised,
      coalesce(sum(reused), 0)::int as reused, coalesce(sum(shared_to_store), 0)::int as shared_to_store
    from rollup_month where procedure_id = ${target.procedureId}`.execute(db());
  return r.rows[0]!;
};
const indicator = (code: string, totals: MeasureTotals) =>
  computeIndicator(
    INDICATOR_DEFINITIONS.find((d) => d.code === code)!,
    totals,
  );

let storeComponentId = '';

describe('marking components digitised', () => {
  it('records who, when and how many pages; verified components enter the store; once only', async () => {
    const d = await counterDossier();
    const scan = await upload(reception);
    const first = await mark(reception, d.id, {
      documentId: 'giay_to',
      attachmentIds: [scan],
      pageCount: 3,
      verified: true,
      validUntil: '2026-06-30',
    });
    expect(first.statusCode, first.body).toBe(200);
    const item = first.json().items[0];
    expect(item).toMatchObject({ kind: 'component', documentId: 'giay_to', pageCount: 3, verified: true });
    expect(item.digitisedBy).toBeTruthy();
    expect(item.digitisedAt).toBe('2026-03-02T02:00:00.000Z');
    expect(item.storeItemId).toBeTruthy();
    storeComponentId = item.storeItemId;
    const attachment = await db()
      .selectFrom('attachment')
      .select('dossier_id')
      .where('id', '=', scan)
      .executeTakeFirstOrThrow();
    expect(attachment.dossier_id).toBe(d.id);
    expect(await auditOf(d.id, 'dossier.digitise_component')).toHaveLength(1);

    const again = await mark(reception, d.id, {
      documentId: 'giay_to',
      attachmentIds: [await upload(reception)],
      pageCount: 1,
    });
    expect(again.statusCode).toBe(409);
    // an unverified component is marked but does not enter the store
    const tk = await mark(reception, d.id, {
      documentId: 'to_khai',
      attachmentIds: [await upload(reception)],
      pageCount: 1,
    });
    expect(tk.statusCode, tk.body).toBe(200);
    expect(
      tk.json().items.find((m: { documentId: string }) => m.documentId === 'to_khai').storeItemId,
    ).toBeNull();
  });

  it('refuses an officer without the one-stop role, a citizen, an unknown component and a foreign scan', async () => {
    const d = await counterDossier();
    const scan = await upload(reception);
    const bySpecialist = await mark(specialist, d.id, {
      documentId: 'to_khai',
      attachmentIds: [scan],
      pageCount: 1,
    });
    // the specialist's unit does not hold the receiving one-stop: out of scope, answered like a missing dossier
    expect(bySpecialist.statusCode).toBe(404);
    // the commune's leader sees the dossier but is not of the one-stop
    const byLeader = await mark(leader, d.id, { documentId: 'to_khai', attachmentIds: [scan], pageCount: 1 });
    expect(byLeader.statusCode).toBe(403);
    const byCitizen = await mark(citizen, d.id, {
      documentId: 'to_khai',
      attachmentIds: [scan],
      pageCount: 1,
    });
    expect(byCitizen.statusCode).toBe(404);
    const unknown = await mark(reception, d.id, {
      documentId: 'khong_co',
      attachmentIds: [scan],
      pageCount: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0].code).toBe('unknown_document');
    const foreign = await mark(reception, d.id, {
      documentId: 'to_khai',
      attachmentIds: [await upload(specialist)],
      pageCount: 1,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details[0].code).toBe('invalid_attachment');
    const badDay = await mark(reception, d.id, {
      documentId: 'to_khai',
      attachmentIds: [scan],
      pageCount: 1,
      validUntil: '2026-02-30',
    });
    expect(badDay.statusCode).toBe(400);
    expect(await auditOf(d.id, 'dossier.digitise_component')).toHaveLength(0);
  });
});

describe('the citizen store and reuse', () => {
  it('lists the citizen’s own items; another citizen’s account sees nothing of them', async () => {
    const items = await myStore();
    expect(items.map((i) => i.id)).toContain(storeComponentId);
    expect(items.find((i) => i.id === storeComponentId)).toMatchObject({
      documentId: 'giay_to',
      valid: true,
    });
    const officer = await t.app.inject({
      url: '/api/v1/personal-documents',
      headers: authHeaders(reception),
    });
    expect(officer.statusCode).toBe(403);
  });

  it('accepts a reuse by the owner and records it; refuses another person', async () => {
    const online = await intake(
      citizen,
      [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true, reuseStoreItemId: storeComponentId },
      ],
      { channel: 'online' },
    );
    expect(online.statusCode, online.body).toBe(201);
    const id = online.json().dossier.id;
    const reuse = await db()
      .selectFrom('dossier_document_reuse')
      .selectAll()
      .where('dossier_id', '=', id)
      .execute();
    expect(reuse).toMatchObject([{ document_id: 'giay_to', store_item_id: storeComponentId }]);
    expect(await auditOf(id, 'dossier.reuse_documents')).toHaveLength(1);
    // received by the one-stop: it now counts among the dossiers received (4.3's denominator and numerator)
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/actions`,
      headers: authHeaders(reception),
      payload: { type: 'accept', version: online.json().dossier.version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    // another person at the counter: the applicant's ID number is not the owner's
    const other = await intake(
      reception,
      [BOTH[0]!, { documentId: 'giay_to', provided: true, reuseStoreItemId: storeComponentId }],
      { applicant: { fullName: 'Trần Thị Bình', idNumber: '001090099999' } },
    );
    expect(other.statusCode).toBe(400);
    expect(other.json().details[0].code).toBe('reuse_not_owner');
    // the wrong component
    const wrong = await intake(reception, [
      { documentId: 'to_khai', provided: true, reuseStoreItemId: storeComponentId },
      BOTH[1]!,
    ]);
    expect(wrong.json().details[0].code).toBe('reuse_wrong_document');
  });

  it('refuses an item past its validity end (30/06/2026 → 01/07/2026 local)', async () => {
    t.clock.setTo('2026-06-30T16:59:00Z');
    await signInAll();
    expect((await myStore()).find((i) => i.id === storeComponentId)?.valid).toBe(true);
    t.clock.setTo('2026-06-30T17:00:00Z');
    await signInAll();
    expect((await myStore()).find((i) => i.id === storeComponentId)?.valid).toBe(false);
    const late = await intake(reception, [
      BOTH[0]!,
      { documentId: 'giay_to', provided: true, reuseStoreItemId: storeComponentId },
    ]);
    expect(late.statusCode).toBe(400);
    expect(late.json().details[0].code).toBe('reuse_expired');
    t.clock.setTo('2026-03-02T02:00:00Z');
    await signInAll();
  });
});

describe('the result', () => {
  it('is digitised at return_result and shared into the citizen’s store', async () => {
    let d = await counterDossier();
    const act = async (session: Session, type: string, extra: Record<string, unknown> = {}) => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${d.id}/actions`,
        headers: authHeaders(session),
        payload: { type, version: d.version, ...extra },
      });
      expect(response.statusCode, response.body).toBe(200);
      d = response.json();
    };
    await act(reception, 'forward', { toUserId: await findUserId(t, 'chuyenvien') });
    await act(specialist, 'forward');
    await act(leader, 'sign', { attachmentIds: [await upload(leader)] });
    expect(await auditOf(d.id, 'dossier.digitise_result')).toHaveLength(0);
    await act(reception, 'return_result', { method: 'counter', citizenInformed: true });
    const marks = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/digitisation`,
      headers: authHeaders(reception),
    });
    const result = marks.json().items.find((m: { kind: string }) => m.kind === 'result');
    expect(result).toMatchObject({ documentId: 'result', verified: true });
    expect(result.storeItemId).toBeTruthy();
    const store = await myStore();
    expect(store.find((i) => i.id === result.storeItemId)).toMatchObject({ kind: 'result', valid: true });
    expect(await auditOf(d.id, 'dossier.digitise_result')).toHaveLength(1);
    resultItemId = result.storeItemId;
  });

  it('takes the signed electronic result generated at the signature, with no file uploaded', async () => {
    let d = await counterDossier();
    const act = async (session: Session, type: string, extra: Record<string, unknown> = {}) => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${d.id}/actions`,
        headers: authHeaders(session),
        payload: { type, version: d.version, ...extra },
      });
      expect(response.statusCode, response.body).toBe(200);
      d = response.json();
    };
    await act(reception, 'forward', { toUserId: await findUserId(t, 'chuyenvien') });
    await act(specialist, 'forward');
    await act(leader, 'sign');
    const signed = await db()
      .selectFrom('signed_result')
      .select('attachment_id')
      .where('dossier_id', '=', d.id)
      .executeTakeFirstOrThrow();
    await act(reception, 'return_result', { method: 'counter', citizenInformed: true });
    const marks = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/digitisation`,
      headers: authHeaders(reception),
    });
    const result = marks.json().items.find((m: { kind: string }) => m.kind === 'result');
    expect(result).toMatchObject({ attachmentIds: [signed.attachment_id], verified: true });
    const item = (await myStore()).find((i) => i.id === result.storeItemId);
    expect(item).toMatchObject({ kind: 'result', attachmentIds: [signed.attachment_id] });
  });

  it('is offered and accepted for a component that accepts results of its procedure, refused elsewhere', async () => {
    const store = await myStore();
    const item = store.find((i) => i.id === resultItemId)!;
    expect(item.sourceDossier).toMatchObject({ procedureCode: 'TEST.DIGI' });
    // a procedure whose "earlier certificate" component takes the results of TEST.DIGI
    const definition = sampleDefinition('TEST.DIGI.LAI');
    definition.documents = [
      ...(definition.documents ?? []),
      {
        id: 'giay_xac_nhan_cu',
        name: 'Giấy xác nhận đã được cấp trước đây',
        form: 'original',
        count: 1,
        mandatory: true,
        acceptsResultsOf: ['TEST.DIGI'],
      },
    ];
    const again = await publishSampleProcedure(
      t,
      await signIn(t.app, 'admin'),
      'TEST.DIGI.LAI',
      '00004.MC',
      definition,
    );
    // what the submission screen offers: the result for that component only (the rule the server applies)
    const caseDocuments = definition.documents.map((d) => ({
      id: d.id,
      acceptsResultsOf: d.acceptsResultsOf,
    }));
    const offers = listReuseOffers(
      store.filter((i) => i.valid).map((i) => ({ ...i, sourceProcedureCode: i.sourceDossier.procedureCode })),
      caseDocuments,
    );
    expect(offers.filter((o) => o.item.id === resultItemId).map((o) => o.document.id)).toEqual([
      'giay_xac_nhan_cu',
    ]);

    const submit = (documentId: string, procedureId = again.procedureId) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: authHeaders(citizen),
        payload: {
          procedureId,
          receivingUnitId: again.oneStopId,
          channel: 'online',
          applicant: AN,
          documents: ['to_khai', 'giay_to', 'giay_xac_nhan_cu'].map((id) =>
            id === documentId
              ? { documentId: id, provided: true, reuseStoreItemId: resultItemId }
              : { documentId: id, provided: true },
          ),
          decision: 'submit',
        },
      });
    // the result stands for neither the declaration nor a component of a procedure that does not accept it
    const asDeclaration = await submit('to_khai');
    expect(asDeclaration.statusCode).toBe(400);
    expect(asDeclaration.json().details[0].code).toBe('reuse_wrong_document');
    const elsewhere = await submit('giay_to', target.procedureId);
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().details[0].code).toBe('reuse_wrong_document');

    const accepted = await submit('giay_xac_nhan_cu');
    expect(accepted.statusCode, accepted.body).toBe(201);
    const reuse = await db()
      .selectFrom('dossier_document_reuse')
      .select(['document_id', 'store_item_id'])
      .where('dossier_id', '=', accepted.json().dossier.id)
      .execute();
    expect(reuse).toEqual([{ document_id: 'giay_xac_nhan_cu', store_item_id: resultItemId }]);
  });
});

describe('QĐ 766 digitisation sub-indicators', () => {
  it('4.2, 4.3 and 4.4 count the facts over the dossiers received', async () => {
    const before = await measures();
    // a dossier with both components digitised counts for 4.2
    const d = await counterDossier();
    for (const documentId of ['to_khai', 'giay_to']) {
      const r = await mark(reception, d.id, {
        documentId,
        attachmentIds: [await upload(reception)],
        pageCount: 2,
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    // a dossier with one of two components digitised does not
    const half = await counterDossier();
    await mark(reception, half.id, {
      documentId: 'to_khai',
      attachmentIds: [await upload(reception)],
      pageCount: 1,
    });
    const after = await measures();
    expect(after.received).toBe(before.received! + 2);
    expect(after.digitised).toBe(before.digitised! + 1);
    expect(after.reused).toBe(before.reused);
    expect(after.shared_to_store).toBe(before.shared_to_store);
    // 4.2 = dossiers digitised / dossiers received (numerator and denominator as the roll-ups hold them)
    const r42 = indicator('qd766.4.2', after);
    expect(r42.numerator).toBe(after.digitised);
    expect(r42.denominator).toBe(after.received);
    expect(r42.value).toBeCloseTo(after.digitised! / after.received!, 9);
    // one reuse (the online submission), two results in the store (the returned dossiers: an uploaded result
    // signed, a generated one)
    expect(after.reused).toBe(1);
    expect(after.shared_to_store).toBe(2);
    expect(indicator('qd766.4.3', after)).toMatchObject({ numerator: 1, denominator: after.received });
    expect(indicator('qd766.4.4', after)).toMatchObject({ numerator: 2, denominator: after.received });
  });
});
