/**
 * Paper transfer by the 15:00 rule: the reception officer takes a paper dossier in at the counter (API),
 * finds it on "Chuyển hồ sơ giấy" with its transfer due time, selects it, creates a transfer slip and prints
 * it; the stored dossier then names the slip it went in.
 */
import type { APIRequestContext } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

const PROCEDURE = 'Cấp Giấy xác nhận tình trạng hôn nhân';

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} → ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

test('the reception officer hands a paper dossier over and prints the transfer slip', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const reception = await apiSignedIn(baseURL ?? '', 'tiepnhan', DEMO_PASSWORD);
  const me = await json<{ user: { unitId: string } }>(await reception.get('/api/v1/auth/me'));
  const procedures = await json<{ items: { id: string; name: string }[] }>(
    await reception.get('/api/v1/procedures', { params: { q: PROCEDURE, unitId: me.user.unitId } }),
  );
  const procedure = procedures.items.find((p) => p.name === PROCEDURE);
  expect(procedure, PROCEDURE).toBeTruthy();
  const { dossier } = await json<{ dossier: { id: string; code: string } }>(
    await reception.post('/api/v1/dossiers', {
      data: {
        procedureId: procedure!.id,
        receivingUnitId: me.user.unitId,
        channel: 'counter',
        applicant: { fullName: 'Lê Thị Chuyển', idNumber: '001090012345' },
        documents: [
          { documentId: 'to_khai', provided: true },
          { documentId: 'giay_to_tuy_than', provided: true },
        ],
        decision: 'accept',
      },
    }),
  );
  const owed = await json<{ transfer: { dueAt: string; batch: null } | null }>(
    await reception.get(`/api/v1/dossiers/${dossier.id}/paper-transfer`),
  );
  expect(owed.transfer, 'a paper dossier received at the counter owes a transfer').not.toBeNull();

  await page.goto('/');
  await signIn(page, 'official', 'tiepnhan', DEMO_PASSWORD);
  await page.getByTestId('nav-paper-transfers').click();
  await expect(page.getByTestId('paper-transfers-title')).toHaveText('Chuyển hồ sơ giấy');
  const row = page.getByTestId('paper-transfer-awaiting').locator('tr', { hasText: dossier.code });
  await expect(row).toBeVisible();
  await row.getByRole('checkbox').check();
  await expect(page.getByTestId('create-batch')).toContainText('Lập phiếu chuyển (1 hồ sơ)');
  await page.getByTestId('create-batch').click();
  const created = page.getByTestId('batch-created');
  await expect(created).toContainText('Đã lập phiếu chuyển số');
  await expect(
    page.getByTestId('paper-transfer-awaiting').locator('tr', { hasText: dossier.code }),
  ).toHaveCount(0);
  await screenshot(page, 'paper-transfer-created');

  const stored = await json<{ transfer: { batch: { id: string; number: string } | null } }>(
    await reception.get(`/api/v1/dossiers/${dossier.id}/paper-transfer`),
  );
  expect(stored.transfer.batch).not.toBeNull();
  await expect(created).toContainText(stored.transfer.batch!.number);

  const [slip] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('created-print').click()]);
  await slip.waitForLoadState();
  await expect(slip.getByText('PHIẾU CHUYỂN HỒ SƠ')).toBeVisible();
  await expect(slip.getByText(dossier.code)).toBeVisible();
  await expect(slip.getByText('Lê Thị Chuyển')).toBeVisible();
  await screenshot(slip, 'paper-transfer-slip');
});
