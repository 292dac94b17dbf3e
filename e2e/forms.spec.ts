/**
 * The seven printable forms of TT 03/2025/TT-VPCP in Phường Ba Đình: dossiers are set up through the API
 * (accepted, sent back for supplements, refused at the counter, stopped by the leader, one with a drafted
 * apology), then the reception officer opens each form's HTML page in the browser and the journey checks
 * its title and its number under the current circular, then the unit's tracking book.
 */
import type { APIRequestContext } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

const PROCEDURE = 'Cấp Giấy xác nhận tình trạng hôn nhân';
const DAY = 86_400_000;

interface Created {
  dossier: { id: string; code: string; version: number; dueAt: string | null };
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} → ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** Takes a dossier in at the counter as `reception`, with the given decision and extra fields. */
async function intake(reception: APIRequestContext, decision: string, extra: Record<string, unknown> = {}) {
  const me = await json<{ user: { unitId: string } }>(await reception.get('/api/v1/auth/me'));
  const procedures = await json<{ items: { id: string; name: string }[] }>(
    await reception.get('/api/v1/procedures', { params: { q: PROCEDURE, unitId: me.user.unitId } }),
  );
  const procedure = procedures.items.find((p) => p.name === PROCEDURE);
  expect(procedure, PROCEDURE).toBeTruthy();
  const created = await json<Created>(
    await reception.post('/api/v1/dossiers', {
      data: {
        procedureId: procedure!.id,
        receivingUnitId: me.user.unitId,
        channel: 'counter',
        applicant: { fullName: 'Đỗ Văn Mẫu', idNumber: '001090012345' },
        documents: [
          { documentId: 'to_khai', provided: true },
          { documentId: 'giay_to_tuy_than', provided: true },
        ],
        decision,
        ...extra,
      },
    }),
  );
  return { ...created.dossier, unitId: me.user.unitId };
}

test('the reception officer opens each of the seven forms of TT 03/2025', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const reception = await apiSignedIn(baseURL ?? '', 'tiepnhan', DEMO_PASSWORD);
  const leader = await apiSignedIn(baseURL ?? '', 'lanhdao', DEMO_PASSWORD);
  const specialist = await apiSignedIn(baseURL ?? '', 'chuyenvien', DEMO_PASSWORD);

  const accepted = await intake(reception, 'accept');
  const supplement = await intake(reception, 'request_supplement', {
    reason: 'Thiếu bản sao giấy tờ tùy thân',
    supplementItems: ['Bản sao căn cước'],
  });
  const refused = await intake(reception, 'reject', { reason: 'Không thuộc thẩm quyền giải quyết' });
  const stopped = await intake(reception, 'accept');
  await json(
    await leader.post(`/api/v1/dossiers/${stopped.id}/actions`, {
      data: { type: 'stop', version: stopped.version, reason: 'Người nộp đề nghị dừng giải quyết hồ sơ.' },
    }),
  );

  // the apology: the dossier goes to the specialist, who drafts one (officials print it as a draft)
  const users = await json<{ items: { id: string; username: string }[] }>(
    await leader.get('/api/v1/users', { params: { q: 'chuyenvien' } }),
  );
  const specialistId = users.items.find((u) => u.username === 'chuyenvien')?.id;
  expect(specialistId, 'chuyenvien').toBeTruthy();
  await json(
    await reception.post(`/api/v1/dossiers/${accepted.id}/actions`, {
      data: { type: 'forward', version: accepted.version, toUserId: specialistId },
    }),
  );
  // a working day some days after the due date (a day off is refused: try the next one)
  let drafted = false;
  for (let days = 7; days < 17 && !drafted; days += 1) {
    const proposed = new Date(new Date(accepted.dueAt!).getTime() + days * DAY + 7 * 3_600_000);
    const response = await specialist.post(`/api/v1/dossiers/${accepted.id}/apologies`, {
      data: {
        reasonCode: 'field_verification',
        reason: 'Phải xác minh thực địa, dự kiến không kịp hạn.',
        proposedDueDate: proposed.toISOString().slice(0, 10),
      },
    });
    drafted = response.ok();
  }
  expect(drafted, 'apology drafted').toBe(true);
  await Promise.all([reception.dispose(), leader.dispose(), specialist.dispose()]);

  await page.goto('/');
  await signIn(page, 'official', 'tiepnhan', DEMO_PASSWORD);
  await expect(page.getByTestId('welcome')).toBeVisible();
  const forms: [string, string, string, RegExp][] = [
    [accepted.id, 'receipt', '01', /^Giấy tiếp nhận hồ sơ và hẹn trả kết quả — /],
    [supplement.id, 'supplement', '02', /^Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — /],
    [refused.id, 'refusal', '03', /^Phiếu từ chối tiếp nhận giải quyết hồ sơ — /],
    [accepted.id, 'apology', '04', /^Phiếu xin lỗi và hẹn lại ngày trả kết quả — /],
    [stopped.id, 'stop', '05', /^Thông báo dừng xử lý hồ sơ — /],
    [accepted.id, 'control-sheet', '06', /^Phiếu kiểm soát quá trình giải quyết hồ sơ — /],
  ];
  for (const [id, form, number, title] of forms) {
    const response = await page.goto(`/api/v1/dossiers/${id}/forms/${form}.html`);
    expect(response?.status(), form).toBe(200);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('body')).toContainText(`Mẫu số ${number} — Thông tư 03/2025/TT-VPCP`);
  }
  const book = await page.goto(`/api/v1/units/${accepted.unitId}/tracking-book.html`);
  expect(book?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Sổ theo dõi hồ sơ — /);
  await expect(page.locator('body')).toContainText('Mẫu số 07 — Thông tư 03/2025/TT-VPCP');
  await expect(page.locator('body')).toContainText(accepted.code);
});
