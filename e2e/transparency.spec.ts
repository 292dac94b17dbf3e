/**
 * The public transparency portal, without sign-in: by default Hà Nội's communes for the last complete
 * month, units without enough data listed apart; the provinces ranked on the service index ("hạng k/N"),
 * Hà Nội's page with its communes, Phường Ba Đình's index on the 100-point scale beside the points measured,
 * explained indicator by indicator (by tap, without raw codes), its TT 01 rating, a 390 px phone, and the
 * drill-down to one procedure — each figure on the page checked against what the API publishes. Every commune of the country
 * ranked on one group, searched by name, and a commune drilled down by field. Then the one-stop hall board,
 * and the leader's dashboard for lanhdao's subtree.
 */
import { request } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { findBaDinhId } from './support/portal';
import { DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.describe.configure({ mode: 'serial' });

interface Indicator {
  code: string;
  numerator: number | null;
  denominator: number | null;
}
interface Report {
  unit: { id: string; name: string };
  index: { score: number | null; points: number; maxMeasured: number; maximum: number };
  indicators: Indicator[];
  procedures: { procedureId: string; code: string; name: string; received: number }[];
}

const formatVi = (n: number, digits: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits });

test('the public portal shows a unit index and drills down to a procedure', async ({ page, baseURL }) => {
  const api = await request.newContext({ baseURL });
  await page.goto('/minh-bach');
  await expect(
    page.getByRole('heading', { name: 'Công khai chỉ số phục vụ người dân, doanh nghiệp' }),
  ).toBeVisible();
  // the default view: Hà Nội's communes; those without dossiers are listed apart, unranked
  await expect(page.getByRole('navigation')).toContainText('Hà Nội');
  await expect(page.getByTestId('portal-not-enough')).toContainText('Chưa đủ dữ liệu');
  // the units listed apart are their own list, counted and paged apart from the ranked ones
  await expect(page.getByTestId('portal-not-enough')).toContainText(/không xếp hạng \(\d+ đơn vị\)/);
  await expect(page.getByTestId('portal-table').getByTestId('rank-cell').first()).toHaveText(/^1\/\d+$/);

  // the provinces: Hà Nội is the only one with dossiers, ranked 1 of the 1 ranked
  await page.goto('/minh-bach?cap=tinh');
  const hanoiRow = page.getByTestId('portal-table').locator('tr', { has: page.getByTestId('unit-link-01') });
  await expect(hanoiRow.getByTestId('rank-cell')).toHaveText('1/1');
  await expect(page.getByTestId('portal-chart').locator('canvas')).toBeVisible();
  await page.getByTestId('unit-link-01').click();
  await expect(page.getByTestId('unit-title')).toContainText('Hà Nội');
  await page.getByTestId('children-table').getByTestId('unit-link-00004').click();
  await expect(page.getByTestId('unit-title')).toContainText('Ba Đình');

  const unitId = page.url().split('/don-vi/')[1]!.split('?')[0]!;
  const period = new URL(page.url()).searchParams.get('ky')!;
  const published = (await (
    await api.get(`/api/v1/transparency/units/${unitId}?period=${period}`)
  ).json()) as Report;
  expect(published.index.score).not.toBeNull();
  // "62,5 điểm; đo được 70/100": the decision's scale, never rescaled
  await expect(page.getByTestId('unit-index')).toContainText(`${formatVi(published.index.score!, 1)} điểm`);
  await expect(page.getByTestId('unit-index')).toContainText(
    `đo được ${formatVi(published.index.maxMeasured, 2)}/${published.index.maximum}`,
  );
  await expect(page.getByTestId('unit-rank')).toContainText(/Hạng \d+\/\d+ đơn vị được xếp hạng/);
  const progress = published.indicators.find((i) => i.code === 'qd766.2.1')!;
  const row = page.getByTestId('indicators-qd766').locator('tr[data-row-key="qd766.2.1"]');
  await expect(row).toContainText(formatVi(progress.numerator!, 2));
  await expect(row).toContainText(formatVi(progress.denominator!, 2));
  await expect(row).toContainText('Hồ sơ tiếp nhận trong kỳ');
  await page.getByTestId('explain-qd766.2.1').click();
  await expect(page.locator('.ant-popover:visible')).toContainText('Mẫu số: Hồ sơ tiếp nhận trong kỳ');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('indicators-qd766').locator('tr[data-row-key="qd766.4.1"]')).toContainText(
    'Chưa đo',
  );
  await expect(page.getByTestId('tt01-staff-band')).toContainText('Tối thiểu');
  // each official's TT 01 score: the unit's published months, linked to their public page
  const periods = (await (await api.get(`/api/v1/public/evaluation-periods?unitId=${unitId}`)).json()) as {
    items: { unitCode: string; month: string }[];
  };
  expect(periods.items.length).toBeGreaterThan(0);
  await expect(page.getByTestId('tt01-officials').getByRole('link').first()).toHaveAttribute(
    'href',
    `/ket-qua-danh-gia?don-vi=${periods.items[0]!.unitCode}&thang=${periods.items[0]!.month}`,
  );
  await page.getByTestId('tt01-officials').getByRole('link').first().click();
  await expect(page.getByTestId('ev-public-table').locator('tr.ant-table-row').first()).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('unit-title')).toContainText('Ba Đình');
  // no raw codes on a public page
  await expect(page.locator('main, #root').first()).not.toContainText('qd766.');
  await screenshot(page, 'transparency-unit');

  // a 390 px phone: the page does not scroll sideways
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('unit-index')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(390);
  await screenshot(page, 'transparency-unit-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  // drill down to the busiest procedure of the month
  const top = published.procedures[0]!;
  await page.getByTestId(`procedure-link-${top.code}`).click();
  await expect(page.getByTestId('procedure-filter')).toContainText(top.name);
  const drilled = (await (
    await api.get(`/api/v1/transparency/units/${unitId}?period=${period}&procedureId=${top.procedureId}`)
  ).json()) as Report;
  const received = drilled.indicators.find((i) => i.code === 'qd766.2.1')!;
  expect(received.denominator).toBe(top.received);
  await expect(page.getByTestId('indicators-qd766').locator('tr[data-row-key="qd766.2.1"]')).toContainText(
    formatVi(top.received, 2),
  );
  await screenshot(page, 'transparency-procedure');
  await api.dispose();
});

test('every commune of the country ranked on one group, found by name, drilled down by field', async ({
  page,
  baseURL,
}) => {
  const api = await request.newContext({ baseURL });
  await page.goto('/minh-bach');
  await page.getByTestId('portal-level').getByText('Tất cả xã, phường cả nước').click();
  await expect(page).toHaveURL(/cap=xa/);
  // rank on group 2 (on-time results): the table follows the group ranks the API publishes
  await expect(async () => {
    await page.getByTestId('portal-group').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('Nhóm 2: Tiến độ giải quyết', { exact: true })
      .click({ timeout: 2_000 });
    await expect(page).toHaveURL(/nhom=qd766\.2/, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  type Ranked = { units: { unit: { id: string; name: string } }[] };
  const period = new URL(page.url()).searchParams.get('ky') ?? undefined;
  const top = (await (
    await api.get(
      `/api/v1/transparency/units?level=commune&group=qd766.2&pageSize=1${period ? `&period=${period}` : ''}`,
    )
  ).json()) as Ranked;
  const first = top.units[0]!;
  await expect(page.getByTestId('portal-table').locator('tbody tr.ant-table-row').first()).toContainText(
    first.unit.name,
  );
  // without diacritics: "ngoc ha" finds Ngọc Hà
  await page.getByTestId('portal-search').locator('input').fill('ngoc ha');
  await expect(page.getByTestId('portal-table').locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(page.getByTestId('portal-search-all')).toContainText('Ngọc Hà');
  await screenshot(page, 'transparency-national-communes');
  await page.getByTestId('portal-table').getByTestId('unit-link-00008').click();
  await expect(page.getByTestId('unit-title')).toContainText('Ngọc Hà');
  await expect(page.getByTestId('group-rank-qd766.2')).toBeVisible();
  // drill down by field: the procedure table keeps only that field's procedures
  const fieldLink = page
    .getByTestId('procedure-table')
    .locator('tbody tr.ant-table-row')
    .first()
    .locator('td')
    .nth(1)
    .locator('a');
  const field = (await fieldLink.textContent())!;
  await fieldLink.click();
  await expect(page.getByTestId('field-filter')).toContainText(field);
  const fields = page.getByTestId('procedure-table').locator('tbody tr.ant-table-row td:nth-child(2)');
  await expect(fields.first()).toHaveText(field);
  for (const text of await fields.allTextContents()) expect(text).toBe(field);
  await screenshot(page, 'transparency-field');
  await api.dispose();
});

test('the hall board shows today and the month in large type', async ({ page, baseURL }) => {
  const api = await request.newContext({ baseURL });
  const baDinh = await findBaDinhId(api);
  await page.goto(`/bang-tin/${baDinh}`);
  const board = (await (await api.get(`/api/v1/transparency/board/${baDinh}`)).json()) as {
    dueToday: number;
    onTimeThisMonth: { numerator: number; denominator: number };
  };
  await expect(page.getByTestId('board-due-today')).toHaveText(String(board.dueToday));
  await expect(
    page.getByText(`(${board.onTimeThisMonth.numerator}/${board.onTimeThisMonth.denominator})`),
  ).toBeVisible();
  await screenshot(page, 'transparency-board');
  await api.dispose();
});

test('the leader sees late work of the subtree by holder', async ({ page }) => {
  await signIn(page, 'official', 'lanhdao', DEMO_PASSWORD);
  await page.getByTestId('nav-dashboards').click();
  await expect(page.getByTestId('dashboard-title')).toContainText('Ba Đình');
  await expect(page.getByTestId('dashboard-holders')).toBeVisible();
  await screenshot(page, 'transparency-leader-dashboard');
});
