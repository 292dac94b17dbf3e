import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../housekeeping.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let reception: Session;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-files-'));
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp({
    env: {
      FILES_DIR: filesDir,
      MAX_UPLOAD_MB: '0.01',
      UPLOAD_QUOTA_MB_PER_DAY: '0.025',
      UPLOAD_UNLINKED_MAX_HOURS: '48',
    },
  });
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

/** A distinct PDF-looking scan of `size` bytes. */
const scan = (size: number, tag: string) =>
  Buffer.concat([Buffer.from(`%PDF-${tag}`), Buffer.alloc(size - 5 - tag.length, tag)]);

const isStored = (hash: string) =>
  fs.readdirSync(filesDir, { recursive: true }).some((file) => String(file).endsWith(hash));

describe('upload limits', () => {
  it('refuses uploads past the daily quota per person (25 KB here), with 429 and Retry-After', async () => {
    const specialist = await signIn(t.app, 'chuyenvien');
    expect((await upload(specialist, scan(9000, 'a'))).statusCode).toBe(201);
    expect((await upload(specialist, scan(9000, 'b'))).statusCode).toBe(201);
    const over = await upload(specialist, scan(9000, 'c'));
    expect(over.statusCode).toBe(429);
    expect(over.json().message).toContain('hạn mức tải lên');
    expect(over.headers['retry-after']).toBeDefined();
    // another person has their own quota, and the day after the quota is back
    expect((await upload(reception, scan(9000, 'd'))).statusCode).toBe(201);
    t.clock.advanceMinutes(24 * 60 + 1);
    const nextDay = await signIn(t.app, 'chuyenvien');
    expect((await upload(nextDay, scan(9000, 'c'))).statusCode).toBe(201);
  });

  it('deletes uploads linked to nothing once older than the configured age, and their bytes', async () => {
    const inspector = await signIn(t.app, 'thanhtra');
    const old = (await upload(inspector, scan(500, 'old'))).json<{ id: string; hash: string }>();
    const linked = (await upload(inspector, scan(500, 'linked'))).json<{ id: string; hash: string }>();
    // a draft the uploader keeps names it: still in use
    const procedure = await t.deps.database.db.selectFrom('procedure').select('id').executeTakeFirstOrThrow();
    await t.deps.database.db
      .insertInto('dossier_draft')
      .values({
        user_id: inspector.userId,
        procedure_id: procedure.id,
        data: JSON.stringify({ documents: [{ attachmentIds: [linked.id] }] }),
        created_at: t.clock.now(),
        updated_at: t.clock.now(),
      })
      .execute();
    t.clock.advanceMinutes(47 * 60);
    const young = (await upload(await signIn(t.app, 'thanhtra'), scan(500, 'young'))).json<{
      id: string;
      hash: string;
    }>();
    t.clock.advanceMinutes(2 * 60);
    await runHousekeeping({ config: t.deps.config, database: t.deps.database, clock: t.clock });
    const left = await t.deps.database.db
      .selectFrom('attachment')
      .select('id')
      .where('id', 'in', [old.id, linked.id, young.id])
      .execute();
    expect(left.map((row) => row.id).sort()).toEqual([linked.id, young.id].sort());
    expect(isStored(old.hash)).toBe(false);
    expect(isStored(linked.hash)).toBe(true);
    expect(isStored(young.hash)).toBe(true);
  });
});
