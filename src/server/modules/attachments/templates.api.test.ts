import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../housekeeping.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let admin: Session;
let procedureId: string;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-templates-'));
const pdf = Buffer.from('%PDF-1.4\n% mẫu tờ khai\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp({
    now: '2026-03-02T01:00:00Z',
    env: { FILES_DIR: filesDir, UPLOAD_QUOTA_MB_PER_DAY: '0.001', UPLOAD_UNLINKED_MAX_HOURS: '1' },
  });
  admin = await signIn(t.app, 'admin');
  ({ procedureId } = await publishSampleProcedure(t, admin, 'TEST.TEMPLATES'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const uploadTemplate = (session: Session, body: Buffer, type = 'application/pdf') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/procedures/${procedureId}/templates`,
    headers: {
      ...authHeaders(session),
      'content-type': type,
      'x-file-name': encodeURIComponent('Mẫu tờ khai.pdf'),
    },
    payload: body,
  });

describe('form templates of a procedure', () => {
  it('lets an editor upload a template that anyone then downloads, even after the cleanup', async () => {
    const uploaded = await uploadTemplate(admin, pdf);
    expect(uploaded.statusCode).toBe(201);
    const id = uploaded.json().id as string;
    t.clock.setTo('2026-03-02T04:00:00Z');
    await runHousekeeping(t.deps);
    admin = await signIn(t.app, 'admin'); // the earlier session has idled out
    const download = await t.app.inject({ url: `/api/v1/public/templates/${id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('refuses a template from someone who may not edit the procedure, and a fake-typed one', async () => {
    const reception = await signIn(t.app, 'tiepnhan');
    expect((await uploadTemplate(reception, pdf)).statusCode).toBe(403);
    const fake = await uploadTemplate(admin, Buffer.from('<html>not a pdf</html>'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().code).toBe('validation_failed');
  });

  it('never serves a private scan through the public address', async () => {
    const citizen = await signIn(t.app, '0912345678');
    const scan = await t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...authHeaders(citizen), 'content-type': 'application/pdf', 'x-file-name': 'scan.pdf' },
      payload: pdf,
    });
    expect(scan.statusCode).toBe(201);
    const leaked = await t.app.inject({ url: `/api/v1/public/templates/${scan.json().id}` });
    expect(leaked.statusCode).toBe(404);
  });

  it("counts templates in the uploader's daily quota", async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1100, 0x20)]);
    const over = await uploadTemplate(admin, big);
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ code: 'rate_limited' });
    expect(over.json().message).toContain('hạn mức tải lên');
  });
});
