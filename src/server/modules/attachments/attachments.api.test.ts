import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let reception: Session;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-files-'));
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp({ env: { FILES_DIR: filesDir, MAX_UPLOAD_MB: '0.01' } });
  reception = await signIn(t.app, 'tiepnhan');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const upload = (session: Session, body: Buffer, type = 'application/pdf', name = 'Tờ khai.pdf') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    headers: { ...authHeaders(session), 'content-type': type, 'x-file-name': encodeURIComponent(name) },
    payload: body,
  });

describe('attachments', () => {
  it('stores a scan by content hash once and serves it back to its uploader only', async () => {
    const first = await upload(reception, pdf);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      name: 'Tờ khai.pdf',
      size: pdf.length,
      contentType: 'application/pdf',
    });
    const second = await upload(reception, pdf);
    expect(second.json().hash).toBe(first.json().hash);
    const stored = fs
      .readdirSync(filesDir, { recursive: true })
      .filter((f) => String(f).endsWith(first.json().hash));
    expect(stored).toHaveLength(1);
    const read = await t.app.inject({
      url: `/api/v1/attachments/${first.json().id}`,
      headers: authHeaders(reception),
    });
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.equals(pdf)).toBe(true);
    const other = await signIn(t.app, 'noivu.ngocha');
    expect(
      (await t.app.inject({ url: `/api/v1/attachments/${first.json().id}`, headers: authHeaders(other) }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses other types, content that does not match its type, and files over the limit', async () => {
    const text = await upload(reception, Buffer.from('hello'), 'text/plain');
    expect(text.statusCode).toBe(400);
    expect(text.json().message).toContain('PDF, JPEG hoặc PNG');
    const fake = await upload(reception, Buffer.from('not a pdf at all'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().message).toContain('không đúng định dạng');
    const big = Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(20_000)]);
    expect((await upload(reception, big)).statusCode).toBe(413);
  });
});
