/**
 * Journey of an online submission with scans and a declaration form on a phone (390×844): the demo citizen
 * finds "Đăng ký khai sinh" in the public catalogue, taps "Nộp trực tuyến" (signing in on the way), fills the
 * declaration (the name comes prefilled from the account), uploads a PNG photo for the birth certificate,
 * submits, and sees the dossier with its documents: the rendered declaration and the photo stored with it.
 */
import type { Page } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.use({ viewport: { width: 390, height: 844 } });

/** A valid 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function choose(page: Page, testId: string, title: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
}

test('a citizen submits a birth registration online with a declaration and a photo', async ({ page }) => {
  await page.goto('/thu-tuc');
  await page.getByTestId('procedure-search').locator('input').fill('khai sinh');
  await page.getByTestId('procedure-search').locator('input').press('Enter');
  await page
    .getByTestId('procedure-link')
    .filter({ hasText: /^Đăng ký khai sinh$/ })
    .first()
    .click();
  await expect(page.getByTestId('procedure-name')).toHaveText('Đăng ký khai sinh');
  await page.getByTestId('procedure-submit-online').click();

  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'citizen', '0912345678', DEMO_PASSWORD);
  await expect(page.getByTestId('submit-title')).toHaveText('Nộp hồ sơ trực tuyến');

  const declaration = page.getByTestId('declaration-form');
  await expect(declaration.getByTestId('declaration-nguoi_yeu_cau')).toHaveValue('Nguyễn Văn An');
  await expect(declaration.getByTestId('declaration-so_dinh_danh')).toHaveValue('001090012345');
  const units = page.getByTestId('unit-select');
  if ((await units.locator('.ant-select-selection-item').count()) === 0)
    await choose(page, 'unit-select', 'Trung tâm Phục vụ hành chính công phường Ba Đình');
  await declaration
    .getByTestId('declaration-noi_cu_tru')
    .fill('Số 1 phố Điện Biên Phủ, phường Ba Đình, Hà Nội');
  await choose(page, 'declaration-quan_he', 'Cha');
  await declaration.getByTestId('declaration-ten_tre').fill('Nguyễn Minh Khôi');
  await declaration.getByTestId('declaration-ngay_sinh').click();
  await page.keyboard.type('30/11/2026');
  await page.keyboard.press('Enter');
  await choose(page, 'declaration-gioi_tinh', 'Nam');
  await declaration.getByTestId('declaration-noi_sinh').fill('Bệnh viện Phụ sản Hà Nội');
  await declaration.getByTestId('declaration-cam_doan').check();

  const upload = page.getByTestId('upload-giay_chung_sinh');
  await upload
    .locator('input[type=file]:not([capture])')
    .first()
    .setInputFiles({ name: 'giay-chung-sinh.png', mimeType: 'image/png', buffer: PNG });
  await expect(upload.getByText('giay-chung-sinh.png')).toBeVisible();
  await expect(page.getByTestId('document-giay_chung_sinh')).toBeChecked();
  for (const id of ['giay_to_tuy_than']) await page.getByTestId(`document-${id}`).check();
  // the page fits the phone
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, '95-online-submission-form');

  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-result-title')).toHaveText('Đã nộp hồ sơ');
  const code = (await page.getByTestId('created-code').innerText()).trim();

  await page.goto('/dossiers');
  await page.getByTestId('dossier-table').getByRole('link', { name: code }).click();
  await expect(page.getByTestId('detail-code')).toHaveText(code);
  const documents = page.getByTestId('dossier-documents');
  await expect(documents).toContainText('Tờ khai đăng ký khai sinh');
  await expect(documents).toContainText('Giấy chứng sinh');
  await expect(page.getByTestId('dossier-file-to_khai')).toHaveCount(1);
  await expect(page.getByTestId('dossier-file-giay_chung_sinh')).toHaveCount(1);
  const pdf = await page.request.get(
    (await page.getByTestId('dossier-file-to_khai').getAttribute('href')) ?? '',
  );
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const photo = await page.request.get(
    (await page.getByTestId('dossier-file-giay_chung_sinh').getAttribute('href')) ?? '',
  );
  expect(photo.headers()['content-type']).toBe('image/png');
  await screenshot(page, '96-online-submission-dossier');
});
