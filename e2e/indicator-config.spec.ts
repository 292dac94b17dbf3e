/**
 * Indicator configuration (issue #8): the home-affairs administrator (noivu) moves two points from progress
 * (qd766.2.1, 20 → 18) to dossiers paid online (qd766.3.6, 6 → 8) with a new 50% target, sees the total stay
 * at 100, and publishes a version from this month; the public page of Phường Ba Đình for this month then
 * scores payment out of 8 with the new target, and the history lists the version.
 */
import { request } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { findBaDinhId } from './support/portal';
import { DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

test('home affairs publishes new points and targets; the portal scores with them', async ({
  page,
  baseURL,
}) => {
  await signIn(page, 'official', 'noivu', DEMO_PASSWORD);
  await page.getByTestId('nav-indicator-config').click();
  await expect(page.getByTestId('config-total')).toHaveText('Tổng: 100/100 điểm');
  const points = (code: string) => page.getByLabel(`${code} Điểm tối đa`);
  await points('qd766.2.1').fill('18');
  await expect(page.getByTestId('config-total')).toHaveText('Tổng: 98/100 điểm');
  await expect(page.getByTestId('config-publish')).toBeDisabled();
  await points('qd766.3.6').fill('8');
  await page.getByLabel('qd766.3.6 Mục tiêu (%)').fill('50');
  await expect(page.getByTestId('config-total')).toHaveText('Tổng: 100/100 điểm');
  await page.getByTestId('config-note').fill('Thử nghiệm theo hướng dẫn mới về chỉ số phục vụ');
  await page.getByTestId('config-publish').click();
  await expect(page.getByText(/Đã ban hành phiên bản \d+\./)).toBeVisible();
  await expect(page.getByTestId('config-history')).toContainText('qd766.3.6 8đ 50%');
  await screenshot(page, 'indicator-config');

  const api = await request.newContext({ baseURL });
  const baDinh = await findBaDinhId(api);
  // the version takes effect this month (the portal opens on the last complete one)
  const thisMonth = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  await page.goto(`/minh-bach/don-vi/${baDinh}?ky=${thisMonth}`);
  const row = page.getByTestId('indicators-qd766').locator('tr[data-row-key="qd766.3.6"]');
  await expect(row).toContainText('/ 8');
  await expect(row).toContainText('50,0%');
  await api.dispose();
});
