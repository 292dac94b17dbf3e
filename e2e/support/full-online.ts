/**
 * Pieces of the full online journey (e2e/full-online.spec.ts): its procedure (published by the test), the
 * portal figures it watches, a JPEG photo of a paper drawn by the browser, poppler's pdfsig, the phone-fit
 * check and the officials' part through the API.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot } from './fixtures';

const SOURCE = 'Cấp Giấy xác nhận tình trạng hôn nhân';
export const NAME = 'Cấp Giấy xác nhận tình trạng hôn nhân toàn trình';
export const TYPED = 'xac nhan tinh trang hon nhan toan trinh';
export const MEASURED = ['qd766.4.2', 'qd766.4.3', 'qd766.4.4', 'qd766.3.6'] as const;

export type Figures = Record<(typeof MEASURED)[number] | 'received', number>;

export async function json<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()} → ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The month the server counts today's dossiers in (Asia/Ho_Chi_Minh), as the portal names periods. */
export function thisMonth(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 7);
}

/**
 * Waits until the roll-up queue is empty (the server's own refresh, every 5 s, has applied every change so
 * far; read from /metrics, which answers the machine itself): figures read before then may still miss the
 * dossiers an earlier journey just received, and a later read would count them as this journey's.
 */
export async function rollupsSettled(api: APIRequestContext): Promise<void> {
  const queued = async () => {
    const response = await api.get('/metrics');
    expect(response.ok(), `/metrics → ${response.status()}`).toBe(true);
    const line = (await response.text()).split('\n').find((l) => l.startsWith('kc_rollup_queue_length '));
    return Number(line?.split(' ')[1] ?? Number.NaN);
  };
  await expect.poll(queued, { timeout: 60_000, intervals: [500, 1_000, 2_000] }).toBe(0);
}

/** The published numerators of the measured indicators of a unit for this month, and its dossiers received. */
export async function figures(api: APIRequestContext, unitId: string): Promise<Figures> {
  const report = await json<{
    indicators: { code: string; numerator: number | null; denominator: number | null }[];
  }>(await api.get(`/api/v1/transparency/units/${unitId}`, { params: { period: thisMonth() } }));
  const of = (code: string) => report.indicators.find((i) => i.code === code);
  const result = { received: of('qd766.4.2')?.denominator ?? 0 } as Figures;
  for (const code of MEASURED) result[code] = of(code)?.numerator ?? 0;
  return result;
}

/** Saves the page's screenshot and checks that it does not scroll sideways on the phone. */
export async function fitsPhone(page: Page, name: string) {
  await screenshot(page, `full-online-${name}`);
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect
    .soft(size.scroll, `${name}: ${size.scroll}px wide on a ${size.client}px screen`)
    .toBeLessThanOrEqual(size.client);
}

/** A photo of a paper form, as a phone camera would give it: a JPEG drawn by the browser. */
export async function photoOfPaper(page: Page): Promise<Buffer> {
  const data = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 800;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#d8d2c4';
    g.fillRect(0, 0, 600, 800);
    g.fillStyle = '#fbfaf6';
    g.fillRect(40, 40, 520, 720);
    g.fillStyle = '#222';
    g.font = 'bold 22px sans-serif';
    g.fillText('CĂN CƯỚC', 220, 110);
    g.font = '16px sans-serif';
    for (let line = 0; line < 18; line += 1) g.fillText(`Dòng ${line + 1}: ……………………………`, 70, 170 + line * 30);
    return canvas.toDataURL('image/jpeg', 0.8).split(',')[1]!;
  });
  return Buffer.from(data, 'base64');
}

/** Runs poppler's pdfsig on the bytes: its report (it exits non-zero on an invalid signature). */
export function pdfsig(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kc-e2e-sig-')), 'ket-qua.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    const failed = error as { stdout?: string; code?: string };
    if (failed.code === 'ENOENT') throw new Error('pdfsig is missing: apt-get install -y poppler-utils');
    return String(failed.stdout ?? '');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/**
 * Publishes the journey's procedure (as the system administrator) at Phường Ba Đình's one-stop: the demo
 * marital-status procedure with a declaration form, and its "earlier certificate" component accepting the
 * results of this very procedure.
 */
export async function publishProcedure(admin: APIRequestContext): Promise<{ id: string; code: string }> {
  const list = await json<{ items: { id: string; name: string }[] }>(
    await admin.get('/api/v1/procedures', { params: { q: SOURCE } }),
  );
  const source = await json<{
    definition: Record<string, unknown> & {
      documents: { id: string }[];
      workflows: { steps: { id: string }[] }[];
    };
  }>(await admin.get(`/api/v1/procedures/${list.items.find((p) => p.name === SOURCE)!.id}`));
  const code = `E2E.TOANTRINH.${Date.now().toString(36).toUpperCase()}`;
  const definition = {
    ...source.definition,
    code,
    name: NAME,
    variants: [],
    // signing is the last step: the signed electronic result is issued when the last step is signed (the
    // demo workflows end with a "return the result" step after the signature, which never issues one)
    workflows: source.definition.workflows.map((workflow) => ({
      ...workflow,
      steps: workflow.steps.filter((step) => step.id !== 'tra_ket_qua'),
    })),
    documents: source.definition.documents.map((doc) =>
      doc.id === 'giay_xac_nhan_cu' ? { ...doc, acceptsResultsOf: [code] } : doc,
    ),
    declaration: {
      documentId: 'to_khai',
      title: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
      fields: [
        {
          key: 'ho_ten',
          label: 'Họ, chữ đệm, tên người yêu cầu',
          type: 'text',
          required: true,
          prefill: 'fullName',
        },
        {
          key: 'so_dinh_danh',
          label: 'Số định danh cá nhân',
          type: 'id_number',
          required: true,
          prefill: 'idNumber',
        },
        {
          key: 'muc_dich',
          label: 'Mục đích sử dụng Giấy xác nhận',
          type: 'text',
          required: true,
          maxLength: 300,
        },
        {
          key: 'cam_doan',
          label: 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật',
          type: 'checkbox',
          required: true,
        },
      ],
    },
  };
  const units = async (q: string) =>
    (
      await json<{ items: { id: string; code: string }[] }>(
        await admin.get('/api/v1/units', { params: { q } }),
      )
    ).items;
  const hanoi = (await units('Hà Nội')).find((u) => u.code === '01')!.id;
  const oneStop = (await units('00004')).find((u) => u.code === '00004.MC')!.id;
  const created = await json<{ id: string }>(
    await admin.post('/api/v1/procedures', { data: { ownerUnitId: hanoi, definition } }),
  );
  const draft = await json<{ version: number }>(await admin.get(`/api/v1/procedures/${created.id}`));
  await json(
    await admin.post(`/api/v1/procedures/${created.id}/publish`, { data: { version: draft.version } }),
  );
  await json(
    await admin.put(`/api/v1/units/${oneStop}/procedures/${created.id}`, { data: { enabled: true } }),
  );
  return { id: created.id, code };
}

/** Fills the declaration's own fields (name and ID number come prefilled from the account). */
export async function fillDeclaration(page: Page, purpose: string) {
  const form = page.getByTestId('declaration-form');
  await expect(form.getByTestId('declaration-ho_ten')).toHaveValue('Nguyễn Văn An');
  await expect(form.getByTestId('declaration-so_dinh_danh')).toHaveValue('001090012345');
  await form.getByTestId('declaration-muc_dich').fill(purpose);
  await form.getByTestId('declaration-cam_doan').check();
}

export interface DossierView {
  id: string;
  code: string;
  version: number;
  documents: { documentId: string; provided: boolean; attachmentIds?: string[] }[];
}

/**
 * The officials' part, through the API: reception receives the dossier and digitises every provided
 * component from its scans (checked against the paper), the specialist forwards it, the leader signs (the
 * signed electronic result is made then) and reception returns the result online.
 */
export async function processToSignedResult(baseURL: string, dossierId: string) {
  const reception = await apiSignedIn(baseURL, 'tiepnhan', DEMO_PASSWORD);
  const specialist = await apiSignedIn(baseURL, 'chuyenvien', DEMO_PASSWORD);
  const leader = await apiSignedIn(baseURL, 'lanhdao', DEMO_PASSWORD);
  const act = async (api: APIRequestContext, version: number, data: Record<string, unknown>) =>
    (
      await json<{ version: number }>(
        await api.post(`/api/v1/dossiers/${dossierId}/actions`, { data: { version, ...data } }),
      )
    ).version;
  const submitted = await json<DossierView>(await reception.get(`/api/v1/dossiers/${dossierId}`));
  let version = await act(reception, submitted.version, { type: 'accept' });
  for (const doc of submitted.documents.filter((d) => d.provided)) {
    expect(doc.attachmentIds?.length, `scans of ${doc.documentId}`).toBeGreaterThan(0);
    await json(
      await reception.post(`/api/v1/dossiers/${dossierId}/digitisation`, {
        data: { documentId: doc.documentId, attachmentIds: doc.attachmentIds, pageCount: 1, verified: true },
      }),
    );
  }
  const users = await json<{ items: { id: string; username: string }[] }>(
    await leader.get('/api/v1/users', { params: { q: 'chuyenvien' } }),
  );
  const specialistId = users.items.find((u) => u.username === 'chuyenvien')!.id;
  version = await act(reception, version, { type: 'forward', toUserId: specialistId });
  version = await act(specialist, version, { type: 'forward' });
  version = await act(leader, version, { type: 'sign' });
  await act(reception, version, { type: 'return_result', method: 'online', citizenInformed: true });
  await Promise.all([reception.dispose(), specialist.dispose(), leader.dispose()]);
}
