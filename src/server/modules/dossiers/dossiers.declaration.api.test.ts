import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclarationInput } from '../../../domain/procedures/definition.js';
import { sampleDefinition } from '../../../domain/procedures/sample-definition.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let citizen: Session;
let procedureId: string;
let oneStopId: string;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-declaration-'));

const declaration: DeclarationInput = {
  documentId: 'to_khai',
  title: 'Tờ khai xác nhận tình trạng hôn nhân',
  fields: [
    {
      key: 'ho_ten',
      label: 'Họ, chữ đệm, tên người yêu cầu',
      type: 'text',
      required: true,
      prefill: 'fullName',
    },
    { key: 'so_dinh_danh', label: 'Số định danh cá nhân', type: 'id_number', required: true },
    { key: 'ngay_sinh', label: 'Ngày, tháng, năm sinh', type: 'date', required: true },
    {
      key: 'muc_dich',
      label: 'Mục đích sử dụng',
      type: 'select',
      required: true,
      options: [
        { value: 'ket_hon', label: 'Đăng ký kết hôn' },
        { value: 'khac', label: 'Mục đích khác' },
      ],
    },
  ],
};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z', env: { FILES_DIR: filesDir } });
  const admin = await signIn(t.app, 'admin');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.DECLARATION', '00004.MC', {
    ...sampleDefinition('TEST.DECLARATION'),
    onlineLevel: 'full',
    declaration,
  }));
  citizen = await signIn(t.app, '0912345678');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const submit = (answers?: Record<string, unknown>, documents: unknown[] = []) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(citizen),
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel: 'online',
      applicant: { fullName: 'Nguyễn Thị Hoa', idNumber: '001190012345' },
      documents,
      decision: 'submit',
      ...(answers ? { declaration: answers } : {}),
    },
  });

const upload = (body: Buffer, type: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    headers: { ...authHeaders(citizen), 'content-type': type, 'x-file-name': encodeURIComponent('ảnh.png') },
    payload: body,
  });

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

describe('declaration form of an online submission', () => {
  it('requires the declaration from a citizen and checks every answer on the server', async () => {
    const missing = await submit();
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'validation_failed' });
    const wrong = await submit({ ho_ten: 'Nguyễn Thị Hoa', so_dinh_danh: '123', ngay_sinh: '2026-02-30' });
    expect(wrong.statusCode).toBe(400);
    const paths = (wrong.json().details as { path: string }[]).map((d) => d.path).sort();
    expect(paths).toEqual(['declaration.muc_dich', 'declaration.ngay_sinh', 'declaration.so_dinh_danh']);
    expect(wrong.json().message).toContain('Chưa điền "Mục đích sử dụng"');
  });

  it('renders the answers to a PDF stored as the declaration document of the dossier', async () => {
    const photo = await upload(PNG, 'image/png');
    expect(photo.statusCode).toBe(201);
    const response = await submit(
      {
        ho_ten: 'Nguyễn Thị Hoa',
        so_dinh_danh: '001190012345',
        ngay_sinh: '1990-05-17',
        muc_dich: 'ket_hon',
      },
      [{ documentId: 'giay_to', provided: true, attachmentIds: [photo.json().id] }],
    );
    expect(response.statusCode).toBe(201);
    const documents = response.json().dossier.documents as {
      documentId: string;
      provided: boolean;
      attachmentIds?: string[];
    }[];
    const form = documents.find((d) => d.documentId === 'to_khai');
    expect(form?.provided).toBe(true);
    expect(form?.attachmentIds).toHaveLength(1);
    const file = await t.app.inject({
      url: `/api/v1/attachments/${form!.attachmentIds![0]}`,
      headers: authHeaders(citizen),
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const reception = await signIn(t.app, 'tiepnhan');
    const seen = await t.app.inject({
      url: `/api/v1/attachments/${form!.attachmentIds![0]}`,
      headers: authHeaders(reception),
    });
    expect(seen.statusCode).toBe(200);
  });

  it('refuses answers to a procedure without a declaration form', async () => {
    const admin = await signIn(t.app, 'admin');
    const plain = await publishSampleProcedure(t, admin, 'TEST.NODECLARATION', '00004.MC', {
      ...sampleDefinition('TEST.NODECLARATION'),
      onlineLevel: 'full',
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: authHeaders(citizen),
      payload: {
        procedureId: plain.procedureId,
        receivingUnitId: plain.oneStopId,
        channel: 'online',
        applicant: { fullName: 'Nguyễn Thị Hoa' },
        decision: 'submit',
        declaration: { ho_ten: 'x' },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].path).toBe('declaration');
  });

  it('refuses a photo whose bytes are not the PNG it claims to be', async () => {
    const fake = await upload(Buffer.from('GIF89a not really a png'), 'image/png');
    expect(fake.statusCode).toBe(400);
    expect(fake.json()).toMatchObject({ code: 'validation_failed' });
  });
});
