/**
 * Signed electronic results through the API: the leader's signature produces a signed result (generated or
 * from the officer's PDF) in the same transaction, audited; the applicant downloads it, nobody else does;
 * tracking with the right PIN downloads it, a wrong PIN does not; the verification data and the upload check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { sampleDefinition } from '../../../domain/procedures/sample-definition.js';
import { findUserId, publishSampleProcedure } from '../../testing/fixtures.js';
import { renderFormPdf } from '../forms/forms.pdf.js';
import { readPdfSignature } from '../../signing/pdf-signature.js';

let t: TestApp;
let s: { reception: Session; specialist: Session; leader: Session; citizen: Session };
let procedureId: string;
let oneStopId: string;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  admin = await signIn(t.app, 'admin');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.SIGNED'));
  s = {
    reception: await signIn(t.app, 'tiepnhan'),
    specialist: await signIn(t.app, 'chuyenvien'),
    leader: await signIn(t.app, 'lanhdao'),
    citizen: await signIn(t.app, '0912345678'),
  };
});
afterAll(async () => {
  await t.close();
});

async function act(session: Session, id: string, version: number, type: string, extra = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${id}/actions`,
    headers: authHeaders(session),
    payload: { type, version, ...extra },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ id: string; version: number }>();
}

/** A dossier submitted by `who` (the demo citizen online, or the counter for someone else), up to the leader. */
async function dossierAtSignature(online: boolean, procedure = procedureId) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(online ? s.citizen : s.reception),
    payload: {
      procedureId: procedure,
      receivingUnitId: oneStopId,
      channel: online ? 'online' : 'counter',
      applicant: online
        ? { fullName: 'Nguyễn Văn An', idNumber: '001090012345', phone: '0912345678' }
        : { fullName: 'Trần Thị Khác', idNumber: '001085004321', phone: '0987000222' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: online ? 'submit' : 'accept',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json<{
    dossier: { id: string; version: number; code: string };
    trackingPin: string;
  }>();
  let d = body.dossier;
  if (online) d = { ...d, ...(await act(s.reception, d.id, d.version, 'accept')) };
  const specialistId = await findUserId(t, 'chuyenvien');
  let v = await act(s.reception, d.id, d.version, 'forward', { toUserId: specialistId });
  v = await act(s.specialist, d.id, v.version, 'forward');
  const code = (
    await t.deps.database.db
      .selectFrom('dossier')
      .select('code')
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow()
  ).code!;
  return { id: d.id, version: v.version, code, pin: body.trackingPin };
}

async function uploadPdf(session: Session, bytes: Buffer) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    headers: { ...authHeaders(session), 'content-type': 'application/pdf', 'x-file-name': 'quyet-dinh.pdf' },
    payload: bytes,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const download = (session: Session | null, dossierId: string) =>
  t.app.inject({
    url: `/api/v1/dossiers/${dossierId}/signed-result/file`,
    headers: session ? authHeaders(session) : {},
  });

describe('signed results', () => {
  it('signs a generated result on the signature step; the applicant downloads it, another person cannot', async () => {
    const d = await dossierAtSignature(true);
    expect((await download(s.citizen, d.id)).statusCode).toBe(404); // nothing before the signature
    await act(s.leader, d.id, d.version, 'sign');

    const mine = await download(s.citizen, d.id);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    const signature = readPdfSignature(mine.rawPayload);
    expect(signature).toMatchObject({ intact: true, coversWholeFile: true });
    expect(signature?.subject).toContain('Phường Ba Đình');

    const meta = await t.app.inject({
      url: `/api/v1/dossiers/${d.id}/signed-result`,
      headers: authHeaders(s.citizen),
    });
    const result = meta.json<{ id: string; hash: string; dossierCode: string }>();
    expect(result.dossierCode).toBe(d.code);

    const stored = await t.deps.database.db
      .selectFrom('signed_result as r')
      .innerJoin('attachment as a', 'a.id', 'r.attachment_id')
      .select(['a.is_result', 'a.dossier_id', 'r.hash', 'r.source_attachment_id'])
      .where('r.id', '=', result.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      is_result: true,
      dossier_id: d.id,
      hash: result.hash,
      source_attachment_id: null,
    });
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', d.id)
      .where('action', '=', 'dossier.result_signed')
      .execute();
    expect(audit).toHaveLength(1);

    const other = await dossierAtSignature(false);
    await act(s.leader, other.id, other.version, 'sign');
    expect((await download(s.leader, other.id)).statusCode).toBe(200);
    expect((await download(s.citizen, other.id)).statusCode).toBe(404);
    expect((await download(await signIn(t.app, 'noivu.ngocha'), other.id)).statusCode).toBe(404);
    expect((await download(null, other.id)).statusCode).toBe(401);
  });

  it('signs the PDF the officer attaches and downloads it by tracking code and PIN, not with a wrong PIN', async () => {
    const d = await dossierAtSignature(false);
    const upload = await renderFormPdf({
      title: 'Quyết định',
      fileName: 'qd',
      page: { size: 'A4', orientation: 'portrait' },
      blocks: [{ kind: 'title', text: 'QUYẾT ĐỊNH CẤP PHÉP' }],
    });
    const attachmentId = await uploadPdf(s.leader, upload);
    await act(s.leader, d.id, d.version, 'sign', { attachmentIds: [attachmentId] });

    const track = (secret: string) =>
      t.app.inject({
        url: `/api/v1/public/track/result?code=${encodeURIComponent(d.code)}&secret=${secret}`,
        remoteAddress: '10.9.0.1',
      });
    const wrong = d.pin === '000000' ? '000001' : '000000';
    const refused = await track(wrong);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).not.toBe('application/pdf');
    const right = await track(d.pin);
    expect(right.statusCode).toBe(200);
    const signed = right.rawPayload;
    expect(signed.length).toBeGreaterThan(upload.length);
    expect(readPdfSignature(signed)?.intact).toBe(true);
    const row = await t.deps.database.db
      .selectFrom('signed_result')
      .select('source_attachment_id')
      .where('dossier_id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(row.source_attachment_id).toBe(attachmentId);
  });

  it('verifies a result by id and an uploaded file by its signature and hash', async () => {
    const d = await dossierAtSignature(false);
    await act(s.leader, d.id, d.version, 'sign');
    const meta = (
      await t.app.inject({ url: `/api/v1/dossiers/${d.id}/signed-result`, headers: authHeaders(s.leader) })
    ).json<{ id: string }>();
    const verified = await t.app.inject({ url: `/api/v1/public/signed-results/${meta.id}` });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ id: meta.id, dossierCode: d.code, unchanged: true });
    expect(verified.json().signedAt).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);

    const file = (await download(s.leader, d.id)).rawPayload;
    const check = (bytes: Buffer) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/public/signed-results/check',
        headers: { 'content-type': 'application/pdf' },
        payload: bytes,
      });
    const same = (await check(file)).json();
    expect(same.issued?.id).toBe(meta.id);
    expect(same.signature).toMatchObject({ intact: true, coversWholeFile: true });
    const changed = Buffer.from(file);
    changed[200] = changed[200]! ^ 0x01;
    const tampered = (await check(changed)).json();
    expect(tampered.issued).toBeNull();
    expect(tampered.signature?.intact).toBe(false);
    expect(
      (await t.app.inject({ url: '/api/v1/public/signed-results/00000000-0000-4000-8000-000000000000' }))
        .statusCode,
    ).toBe(404);
  });

  it('signs the result when the leader signs, also when the one-stop still records and returns it after', async () => {
    // as in the demo procedures: the signature step is followed by "Vào sổ, trả kết quả" at the one-stop
    const definition = sampleDefinition('TEST.SIGNED.RETURN');
    const steps = definition.workflows[0]!.steps;
    // room for the last step in the legal time: the appraisal takes one working day instead of two
    steps[1]!.allotted = { value: 1, unit: 'working_days' };
    steps.push({
      ...steps[0]!,
      id: 'tra_ket_qua',
      task: 'Vào sổ, trả kết quả',
      result: 'Kết quả',
      actions: ['forward'],
    });
    const { procedureId: withReturn } = await publishSampleProcedure(
      t,
      admin,
      'TEST.SIGNED.RETURN',
      '00004.MC',
      definition,
    );
    const d = await dossierAtSignature(true, withReturn);
    const signed = await act(s.leader, d.id, d.version, 'sign');
    const row = await t.deps.database.db
      .selectFrom('dossier')
      .select(['status', 'finished_at'])
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'processing', finished_at: null });
    const mine = await download(s.citizen, d.id);
    expect(mine.statusCode).toBe(200);
    expect(readPdfSignature(mine.rawPayload)).toMatchObject({ intact: true });
    // the one-stop's last step finishes the dossier without signing a second result
    await act(s.reception, d.id, signed.version, 'forward');
    const results = await t.deps.database.db
      .selectFrom('signed_result')
      .select('id')
      .where('dossier_id', '=', d.id)
      .execute();
    expect(results).toHaveLength(1);
  });
});
