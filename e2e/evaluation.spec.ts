/**
 * Journey of a monthly evaluation: the home-affairs administrator opens this month for Phòng Kinh tế of
 * Phường Ba Đình (evidence gathered from its dossiers); the specialist (chuyenvien) assesses herself on the
 * page; the leader (lanhdao) reviews with a comment, approves as the ward's head, locks and publishes; the
 * public page shows her grade without signing in. The demo's published month, yearly rating (two-year flag)
 * and HR case are on screen for the administrator. Each step is checked on the page and in what the server stored.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, signOut, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.describe.configure({ mode: 'serial' });

/** This month in Vietnam time, 'YYYY-MM', and as people read it. */
const local = new Date(Date.now() + 7 * 3_600_000);
const MONTH = `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
const MONTH_SHOWN = `${MONTH.slice(5)}/${MONTH.slice(0, 4)}`;
const SELF = {
  'general.diligence': 10,
  'general.conduct': 10,
  'task.timeliness': 36,
  'task.work_plan': 16,
  'task.satisfaction': 8,
  'bonus.initiative': 2,
};

const shared = { periodId: '', evaluationId: '' };

interface StoredEvaluation {
  status: string;
  score: number | null;
  grade: string | null;
  selfScores: Record<string, number> | null;
  reviewComment: string | null;
  events: { type: string }[];
}

async function stored(api: APIRequestContext, id: string): Promise<StoredEvaluation> {
  const response = await api.get(`/api/v1/evaluation/records/${id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as StoredEvaluation;
}

async function fillScores(page: Page, scores: Record<string, number>) {
  for (const [code, value] of Object.entries(scores)) {
    const input = page.getByTestId(`ev-score-${code}`);
    await input.fill(String(value));
  }
}

test('the administrator opens this month for one department; the evidence is gathered', async ({
  baseURL,
}) => {
  const noivu = await apiSignedIn(baseURL ?? '', 'noivu', DEMO_PASSWORD);
  const units = (await (await noivu.get('/api/v1/units', { params: { q: 'Kinh tế, Hạ tầng' } })).json()) as {
    items: { id: string; code: string }[];
  };
  const kt = units.items.find((u) => u.code === '00004.KT');
  expect(kt).toBeTruthy();
  const opened = await noivu.post('/api/v1/evaluation/periods', { data: { unitId: kt!.id, month: MONTH } });
  expect(opened.status()).toBe(201);
  shared.periodId = ((await opened.json()) as { id: string }).id;
  const list = (await (
    await noivu.get(`/api/v1/evaluation/periods/${shared.periodId}/evaluations`)
  ).json()) as {
    items: { id: string; officialName: string }[];
  };
  expect(list.items.map((i) => i.officialName)).toEqual(['Phạm Thị Dung']);
  shared.evaluationId = list.items[0]!.id;
  await noivu.dispose();
});

test('the specialist assesses herself against the evidence', async ({ page, baseURL }) => {
  await signIn(page, 'official', 'chuyenvien', DEMO_PASSWORD);
  await page.getByTestId('nav-evaluation').click();
  const mine = page.getByTestId('ev-mine');
  await expect(mine).toContainText(MONTH_SHOWN);
  await mine.getByRole('link', { name: MONTH_SHOWN }).click();
  await expect(page.getByTestId('ev-evidence')).toBeVisible();
  await expect(page.getByTestId('ev-status')).toHaveText('Chờ tự đánh giá');
  await fillScores(page, SELF);
  await expect(page.getByTestId('ev-form-total')).toHaveText('Tổng: 82');
  await page.getByTestId('ev-comment').fill('Hoàn thành nhiệm vụ, còn chậm một số hồ sơ.');
  await page.getByTestId('ev-submit-step').click();
  await expect(page.getByTestId('ev-status')).toHaveText('Đã tự đánh giá');
  await screenshot(page, 'evaluation-self-assessment');
  // her work plan: the demo's tasks of last month are there, done or not
  await page.getByTestId('nav-work-plans').click();
  await expect(page.getByTestId('wp-mine')).toContainText('Rà soát hồ sơ tồn đọng');
  await screenshot(page, 'work-plans');
  const api = await apiSignedIn(baseURL ?? '', 'chuyenvien', DEMO_PASSWORD);
  expect(await stored(api, shared.evaluationId)).toMatchObject({
    status: 'self_assessed',
    score: 82,
    grade: 'B',
    selfScores: SELF,
  });
  await api.dispose();
  await signOut(page);
});

test('the leader reviews with a comment, approves as head, locks and publishes', async ({
  page,
  baseURL,
}) => {
  await signIn(page, 'official', 'lanhdao', DEMO_PASSWORD);
  await page.getByTestId('nav-evaluation').click();
  await page.goto(`/evaluation/periods/${shared.periodId}`);
  await page.getByTestId('ev-period-table').getByRole('link', { name: 'Phạm Thị Dung' }).click();
  await fillScores(page, { 'task.timeliness': 34 });
  await page.getByTestId('ev-submit-step').click();
  await expect(page.getByText('Điều chỉnh điểm so với phiếu tự đánh giá phải có nhận xét.')).toBeVisible();
  await page.getByTestId('ev-comment').fill('Còn hai bước xử lý trễ hạn trong tháng.');
  await page.getByTestId('ev-submit-step').click();
  await expect(page.getByTestId('ev-status')).toHaveText('Lãnh đạo đã nhận xét');
  await page.getByTestId('ev-approve').click();
  await expect(page.getByTestId('ev-status')).toHaveText('Thủ trưởng đã phê duyệt');
  await expect(page.getByTestId('ev-score')).toHaveText('80 — Loại B');
  await page.goto(`/evaluation/periods/${shared.periodId}`);
  await page.getByTestId('ev-period-lock').click();
  await expect(page.getByTestId('ev-period-status')).toHaveText('Đã khóa');
  await page.getByTestId('ev-period-publish').click();
  await expect(page.getByTestId('ev-period-status')).toHaveText('Đã công khai');
  await screenshot(page, 'evaluation-period-published');
  const api = await apiSignedIn(baseURL ?? '', 'lanhdao', DEMO_PASSWORD);
  const record = await stored(api, shared.evaluationId);
  expect(record).toMatchObject({
    status: 'approved',
    score: 80,
    grade: 'B',
    reviewComment: 'Còn hai bước xử lý trễ hạn trong tháng.',
  });
  expect(record.events.map((e) => e.type)).toEqual(['self_assess', 'review', 'approve']);
  await api.dispose();
  await signOut(page);
});

test('the public page shows the published grade without signing in', async ({ page, request }) => {
  await page.goto('/ket-qua-danh-gia');
  await page.getByTestId('ev-public-choose').click();
  const option = `Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình — ${MONTH_SHOWN}`;
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  const table = page.getByTestId('ev-public-table');
  await expect(table.getByRole('row', { name: /Phạm Thị Dung/ })).toContainText('Loại B');
  await screenshot(page, 'evaluation-public');
  const response = await request.get('/api/v1/public/evaluations', {
    params: { unitCode: '00004.KT', month: MONTH },
  });
  expect(response.ok()).toBe(true);
  expect(((await response.json()) as { rows: { grade: string; score: number | null }[] }).rows).toEqual([
    expect.objectContaining({ officialName: 'Phạm Thị Dung', grade: 'B', score: null }),
  ]);
});

test('the administrator sees the demo month, the two-year flag and the HR case', async ({ page }) => {
  await signIn(page, 'official', 'noivu', DEMO_PASSWORD);
  await page.getByTestId('nav-evaluation').click();
  await expect(page.getByTestId('ev-periods')).toContainText('Phường Ba Đình');
  await page.goto('/evaluation/yearly');
  await expect(
    page
      .getByTestId('ev-yearly')
      .getByRole('row', { name: /Đặng Văn Long/ })
      .getByTestId('ev-two-year-flag'),
  ).toBeVisible();
  await expect(page.getByTestId('ev-hr-cases')).toContainText('Đặng Văn Long');
  await screenshot(page, 'evaluation-yearly');
  // the demo month (last month) and its meeting report, drawn from the evidence
  const previous = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1));
  const shownPrevious = `${String(previous.getUTCMonth() + 1).padStart(2, '0')}/${previous.getUTCFullYear()}`;
  await page.getByTestId('nav-evaluation').click();
  await page
    .getByTestId('ev-periods')
    .getByRole('row', { name: /Phường Ba Đình/ })
    .getByRole('link', { name: shownPrevious })
    .click();
  await expect(page.getByTestId('ev-period-status')).toHaveText('Đã công khai');
  await page.getByTestId('ev-period-table').getByRole('link', { name: 'Đặng Văn Long' }).click();
  await page.getByTestId('ev-report-link').click();
  await expect(page.getByTestId('ev-report')).toContainText('BÁO CÁO KIỂM ĐIỂM CÔNG TÁC THÁNG');
  await expect(page.getByTestId('ev-report')).toContainText('Loại D');
  await screenshot(page, 'evaluation-report');
});
