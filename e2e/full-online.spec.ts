/**
 * Done-when journey of issue #18, on a 390 × 844 phone: the demo citizen finds a procedure typing its name
 * without diacritics, taps "Nộp trực tuyến", fills the declaration, uploads a JPEG photo of a paper, submits
 * and pays through the development simulator; the officials (through the API, as the other journeys do)
 * receive it, digitise its components, process and sign it and return the result; the citizen downloads the
 * signed result from their account and verifies it on the public page; `pdfsig` accepts the file and refuses
 * a copy with one changed byte; a second submission reuses the digitised photo and the past result from the
 * personal store instead of uploading; the public portal's digitisation (QĐ 766 4.2, 4.3, 4.4) and online
 * payment (3.6) figures of Phường Ba Đình move by exactly these dossiers once the roll-ups refresh (the
 * server's own job, every 5 s); the one-stop head's fee report shows the first paid online, the second
 * unpaid. Each page visited must fit the phone; screenshots: test-results/screens/full-online-*.
 *
 * The procedure is published by the test (a copy of the demo "Cấp Giấy xác nhận tình trạng hôn nhân" with
 * a declaration form, a component accepting its own past results and the signature as its last step), so
 * the journey does not depend on what other journeys did to the demo catalogue.
 */
import fs from 'node:fs';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';
import {
  figures,
  fillDeclaration,
  fitsPhone,
  json,
  NAME,
  pdfsig,
  photoOfPaper,
  processToSignedResult,
  publishProcedure,
  rollupsSettled,
  thisMonth,
  TYPED,
  type DossierView,
} from './support/full-online';
import { findBaDinhId } from './support/portal';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.use({ viewport: { width: 390, height: 844 } });

test('a citizen completes a procedure fully online on a phone, and the portal’s figures move with it', async ({
  page,
  baseURL,
  adminApi,
  browser,
}) => {
  test.setTimeout(300_000);
  const base = baseURL ?? '';
  const procedure = await publishProcedure(adminApi);
  const portal = await apiSignedIn(base, 'admin', DEMO_PASSWORD);
  const baDinh = await findBaDinhId(portal);
  // the journey before this one may have received dossiers in Phường Ba Đình a moment ago
  await rollupsSettled(portal);
  const before = await figures(portal, baDinh);

  // 1. the catalogue, typed without diacritics
  await page.goto('/thu-tuc');
  await page.getByTestId('procedure-search').locator('input').fill(TYPED);
  await page.getByTestId('procedure-search').locator('input').press('Enter');
  const link = page.getByTestId('procedure-link').filter({ hasText: NAME });
  await expect(link).toHaveCount(1);
  await fitsPhone(page, '01-catalogue');
  await link.click();
  await expect(page.getByTestId('procedure-name')).toHaveText(NAME);
  await fitsPhone(page, '02-procedure');
  await page.getByTestId('procedure-submit-online').click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'citizen', '0912345678', DEMO_PASSWORD);

  // 2. the declaration and a photo of the identity paper
  await expect(page.getByTestId('submit-title')).toHaveText('Nộp hồ sơ trực tuyến');
  await fillDeclaration(page, 'Để đăng ký kết hôn');
  const upload = page.getByTestId('upload-giay_to_tuy_than');
  await upload
    .locator('input[type=file]:not([capture])')
    .first()
    .setInputFiles({ name: 'can-cuoc.jpg', mimeType: 'image/jpeg', buffer: await photoOfPaper(page) });
  await expect(upload.getByText('can-cuoc.jpg')).toBeVisible();
  await expect(page.getByTestId('document-giay_to_tuy_than')).toBeChecked();
  await expect(page.getByTestId('document-to_khai')).toBeChecked();
  await fitsPhone(page, '03-submit');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-result-title')).toHaveText('Đã nộp hồ sơ');
  const code = (await page.getByTestId('created-code').innerText()).trim();

  // 3. pay through the development simulator (a signed notification through the real webhook)
  await page.goto('/dossiers');
  await page.getByTestId('dossier-table').getByRole('link', { name: code }).click();
  await expect(page.getByTestId('detail-code')).toHaveText(code);
  const dossierId = page.url().split('/dossiers/')[1]!.split(/[?#]/)[0]!;
  const card = page.getByTestId('payment-card');
  await expect(card.getByTestId('payment-status')).toHaveText('Chưa nộp');
  await fitsPhone(page, '04-unpaid');
  await card.getByTestId('payment-simulate').click();
  await expect(card.getByTestId('payment-status')).toHaveText('Đã nộp');
  await expect(card).toContainText('Trực tuyến');

  // 4. the officials receive, digitise, process, sign and return it
  await processToSignedResult(base, dossierId);

  // 5. the signed result in the citizen's account: download it, pdfsig checks it
  await page.reload();
  const result = page.getByTestId('signed-result');
  await expect(result).toBeVisible();
  await fitsPhone(page, '05-signed-result');
  const download = page.waitForEvent('download');
  await result.getByRole('link', { name: 'Tải kết quả điện tử (PDF có chữ ký số)' }).click();
  const file = await download;
  const signed = fs.readFileSync(await file.path());
  expect(signed.subarray(0, 5).toString()).toBe('%PDF-');
  const report = pdfsig(signed);
  expect(report).toContain('Signature Validation: Signature is Valid.');
  expect(report).toContain('Total document signed');
  const changed = Buffer.from(signed);
  changed[7] = changed[7]! ^ 0x01; // the header's version digit: inside the signed range, still a PDF
  const refused = pdfsig(changed);
  expect(refused).not.toContain('Signature is Valid.');
  expect(refused).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);

  // 6. the public verification page, signed out as anyone who scans the QR code would be
  const verifyPath = await result.locator('a[href^="/xac-thuc/"]').getAttribute('href');
  const visitor = await browser.newContext({
    baseURL: base,
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
  });
  const anonymous = await visitor.newPage();
  await anonymous.goto(verifyPath ?? '');
  await expect(anonymous.getByTestId('verify-status')).toHaveText('Văn bản toàn vẹn, chữ ký số hợp lệ');
  await expect(anonymous.locator('main, #root').first()).toContainText(code);
  await expect(anonymous.locator('main, #root').first()).toContainText('Phường Ba Đình');
  // the file the citizen holds, checked on the same page: the downloaded one is the one issued, the changed
  // copy is not
  const pick = anonymous.locator('input[type=file][accept="application/pdf"]');
  await pick.setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: signed });
  const check = anonymous.getByTestId('check-result');
  await expect(check).toContainText('Chữ ký số hợp lệ, tệp không bị sửa đổi');
  await expect(check).toContainText('Đúng là bản kết quả hệ thống đã cấp');
  await fitsPhone(anonymous, '06-verify');
  await pick.setInputFiles({ name: 'ket-qua-sua.pdf', mimeType: 'application/pdf', buffer: changed });
  await expect(check).toContainText('Không trùng với bản kết quả nào hệ thống đã cấp');
  await expect(check).not.toContainText('Chữ ký số hợp lệ, tệp không bị sửa đổi');
  await visitor.close();

  // 7. a second submission reuses the digitised photo and the past result from the personal store
  const citizen = await apiSignedIn(base, '0912345678', DEMO_PASSWORD);
  const store = await json<{
    items: {
      id: string;
      kind: string;
      documentId: string;
      valid: boolean;
      sourceDossier: { code: string | null };
    }[];
  }>(await citizen.get('/api/v1/personal-documents'));
  const ofFirst = store.items.filter((item) => item.sourceDossier.code === code && item.valid);
  const photo = ofFirst.find((item) => item.kind === 'component' && item.documentId === 'giay_to_tuy_than')!;
  const pastResult = ofFirst.find((item) => item.kind === 'result')!;
  expect(photo, 'the digitised photo in the store').toBeDefined();
  expect(pastResult, 'the signed result in the store').toBeDefined();
  await page.goto('/kho-giay-to');
  await expect(page.locator('main, #root').first()).toContainText(code);
  await fitsPhone(page, '07-store');
  await page.goto(`/dossiers/submit?procedureId=${procedure.id}`);
  await expect(page.getByTestId('submit-title')).toHaveText('Nộp hồ sơ trực tuyến');
  await fillDeclaration(page, 'Để bổ sung hồ sơ đăng ký kết hôn');
  const picker = page.getByTestId('reuse-picker');
  await expect(
    picker.getByTestId('reuse-offer-giay_to_tuy_than').getByTestId(`reuse-${photo.id}`),
  ).toBeVisible();
  await expect(
    picker.getByTestId('reuse-offer-giay_xac_nhan_cu').getByTestId(`reuse-${pastResult.id}`),
  ).toBeVisible();
  // the declaration is filled in again, never reused
  await expect(picker.getByTestId('reuse-offer-to_khai')).toHaveCount(0);
  await picker.getByTestId(`reuse-${photo.id}`).click();
  await picker.getByTestId(`reuse-${pastResult.id}`).click();
  // given from the store: handed in without an upload
  await expect(page.getByTestId('document-giay_to_tuy_than')).toBeChecked();
  await expect(page.getByTestId('document-giay_xac_nhan_cu')).toBeChecked();
  await expect(page.getByTestId('upload-giay_to_tuy_than').getByText('can-cuoc.jpg')).toHaveCount(0);
  await fitsPhone(page, '08-reuse');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-result-title')).toHaveText('Đã nộp hồ sơ');
  const secondCode = (await page.getByTestId('created-code').innerText()).trim();
  const mine = await json<{ items: { id: string; code: string }[] }>(await citizen.get('/api/v1/dossiers'));
  const second = await json<DossierView>(
    await citizen.get(`/api/v1/dossiers/${mine.items.find((d) => d.code === secondCode)!.id}`),
  );
  const given = new Map(second.documents.map((d) => [d.documentId, d]));
  expect(given.get('giay_to_tuy_than')).toMatchObject({ provided: true });
  expect(given.get('giay_to_tuy_than')?.attachmentIds ?? []).toEqual([]);
  expect(given.get('giay_xac_nhan_cu')).toMatchObject({ provided: true });
  await citizen.dispose();
  // received at the one-stop: from then on it counts among the dossiers received (and reusing)
  const reception = await apiSignedIn(base, 'tiepnhan', DEMO_PASSWORD);
  await json(
    await reception.post(`/api/v1/dossiers/${second.id}/actions`, {
      data: { type: 'accept', version: second.version },
    }),
  );
  await reception.dispose();

  // 8. the portal: two more dossiers received; one digitised, one reusing, one result shared, one paid online
  await expect
    .poll(() => figures(portal, baDinh), { timeout: 60_000, intervals: [1_000, 2_000, 5_000] })
    .toEqual({
      received: before.received + 2,
      'qd766.4.2': before['qd766.4.2'] + 1,
      'qd766.4.3': before['qd766.4.3'] + 1,
      'qd766.4.4': before['qd766.4.4'] + 1,
      'qd766.3.6': before['qd766.3.6'] + 1,
    });
  const after = await figures(portal, baDinh);
  await portal.dispose();
  await page.goto(`/minh-bach/don-vi/${baDinh}?ky=${thisMonth()}`);
  const formatVi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  for (const code of ['qd766.4.2', 'qd766.3.6'] as const) {
    await expect(page.getByTestId('indicators-qd766').locator(`tr[data-row-key="${code}"]`)).toContainText(
      formatVi(after[code]),
    );
  }
  await fitsPhone(page, '09-portal');

  // 9. the one-stop head's fee report (a desk screen): the first dossier paid online, the second unpaid
  const desk = await browser.newContext({
    baseURL: base,
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
  });
  const head = await desk.newPage();
  await head.goto('/login');
  await signIn(head, 'official', 'truongmotcua', DEMO_PASSWORD);
  await head.getByTestId('nav-fee-report').click();
  await expect(head.getByTestId('fee-report-title')).toHaveText('Báo cáo thu phí, lệ phí');
  const row = (dossierCode: string) =>
    head
      .getByTestId('fee-report-table')
      .locator('tr', { has: head.getByRole('link', { name: dossierCode }) });
  await expect(row(code).getByTestId('fee-report-status')).toHaveText('Đã nộp');
  await expect(row(code)).toContainText('Trực tuyến');
  await expect(row(secondCode).getByTestId('fee-report-status')).toHaveText('Chưa nộp');
  await screenshot(head, 'full-online-10-fee-report');
  await head.getByTestId('fee-report-filter').getByText('Chưa nộp').click();
  await expect(row(secondCode)).toBeVisible();
  await expect(row(code)).toHaveCount(0);
  await desk.close();
});
