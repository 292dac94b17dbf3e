/**
 * Journey of online fee payment on a phone (390×844): the demo citizen submits a dossier for a procedure
 * with a fee, sees it unpaid with the VietQR code and its payment reference, pays through the development
 * simulator (a signed notification through the real webhook), sees it paid and downloads the e-receipt.
 */
import type { Page } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.use({ viewport: { width: 390, height: 844 } });

async function choose(page: Page, testId: string, typed: string, title: string) {
  await page.getByTestId(testId).click();
  if (typed) await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
}

test('a citizen pays a fee online through the simulator and downloads the e-receipt', async ({
  page,
  baseURL,
}) => {
  await page.goto('/login?tab=citizen');
  await signIn(page, 'citizen', '0912345678', DEMO_PASSWORD);
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.goto('/dossiers/submit');
  await expect(page.getByTestId('submit-title')).toHaveText('Nộp hồ sơ trực tuyến');
  await choose(page, 'procedure-select', 'tinh trang hon nhan', 'Cấp Giấy xác nhận tình trạng hôn nhân');
  await choose(page, 'unit-select', '', 'Trung tâm Phục vụ hành chính công phường Ba Đình');
  for (const box of await page.getByTestId('document-checklist').getByRole('checkbox').all())
    await box.check();
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-result-title')).toHaveText('Đã nộp hồ sơ');
  const code = (await page.getByTestId('created-code').innerText()).trim();

  // on a phone the menu is folded away: open the list by its address
  await page.goto('/dossiers');
  await page.getByTestId('dossier-table').getByRole('link', { name: code }).click();
  await expect(page.getByTestId('detail-code')).toHaveText(code);
  const card = page.getByTestId('payment-card');
  await expect(card.getByTestId('payment-status')).toHaveText('Chưa nộp');
  await expect(card).toContainText('15.000 đồng');
  await expect(card.getByTestId('payment-qr')).toBeVisible();
  await expect(card).toContainText(/KC[0-9A-Z]{10}/);
  // the card fits the phone (the shared header is being made phone-friendly elsewhere)
  const box = await card.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(await card.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await screenshot(page, '90-payment-unpaid');

  await card.getByTestId('payment-simulate').click();
  await expect(card.getByTestId('payment-status')).toHaveText('Đã nộp');
  await expect(card).toContainText('Trực tuyến');
  await screenshot(page, '91-payment-paid');

  const download = page.waitForEvent('download');
  await card.getByTestId('payment-receipt-pdf').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bien-lai-BLDT-KC[0-9A-Z]{10}\.pdf$/);

  // What the server stored: paid online, with the notification received through the webhook.
  const citizen = await apiSignedIn(baseURL ?? '', '0912345678', DEMO_PASSWORD);
  const list = (await (await citizen.get('/api/v1/dossiers')).json()) as {
    items: { id: string; code: string }[];
  };
  const id = list.items.find((item) => item.code === code)!.id;
  const payment = (await (await citizen.get(`/api/v1/dossiers/${id}/payment`)).json()) as {
    status: string;
    method: string;
    receiptAvailable: boolean;
  };
  expect(payment).toMatchObject({ status: 'paid', method: 'online', receiptAvailable: true });
  await citizen.dispose();
});
