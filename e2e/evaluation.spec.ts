/**
 * Journey of the demo's open month (issue #19): Phường Ba Đình's current month, opened by the demo with the
 * deputy already approved by the chairman, is completed through publication. The specialist (chuyenvien)
 * assesses herself on the page; the others who can sign in assess themselves; the leader (lanhdao) sees who
 * blocks the lock and what each must do, is refused the lock with that list, reviews with a comment, evaluates
 * the two officials who never sign in in place of a self-assessment (choosing the reason), approves as the
 * ward's head, locks and publishes; the public page shows the grades without signing in. The yearly page tells
 * a leader he may not see it; the administrator sees the demo month, the two-year flag and the HR case.
 * Each step is checked on the page and in what the server stored.
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

const shared = { periodId: '', ids: {} as Record<string, string> };

/** 80 points, grade B. */
const B = {
  'general.diligence': 10,
  'general.conduct': 10,
  'task.timeliness': 32,
  'task.work_plan': 16,
  'task.satisfaction': 8,
  'bonus.initiative': 4,
};
/** 45 points, grade D. */
const D = {
  'general.diligence': 6,
  'general.conduct': 8,
  'task.timeliness': 20,
  'task.work_plan': 5,
  'task.satisfaction': 6,
  'bonus.initiative': 0,
};

interface StoredEvaluation {
  id: string;
  version: number;
  status: string;
  score: number | null;
  grade: string | null;
  selfScores: Record<string, number> | null;
  reviewComment: string | null;
  absenceReason: string | null;
  events: { type: string }[];
}

async function stored(api: APIRequestContext, id: string): Promise<StoredEvaluation> {
  const response = await api.get(`/api/v1/evaluation/records/${id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as StoredEvaluation;
}

/** Takes one step on an evaluation through the API as `username` (the steps the journey does not click). */
async function stepAs(
  baseURL: string,
  username: string,
  name: string,
  step: 'self-assessment' | 'review' | 'review-absent' | 'approve',
  extra: Record<string, unknown> = {},
) {
  const api = await apiSignedIn(baseURL, username, DEMO_PASSWORD);
  const id = shared.ids[name]!;
  const current = await stored(api, id);
  const response = await api.post(`/api/v1/evaluation/records/${id}/${step}`, {
    data: { version: current.version, ...extra },
  });
  expect(response.status(), `${username} ${step} ${name}`).toBe(200);
  await api.dispose();
}

async function fillScores(page: Page, scores: Record<string, number>) {
  for (const [code, value] of Object.entries(scores)) {
    const input = page.getByTestId(`ev-score-${code}`);
    await input.fill(String(value));
  }
}

test("the demo's open month is there: the deputy approved, everyone else still to do", async ({
  baseURL,
}) => {
  const noivu = await apiSignedIn(baseURL ?? '', 'noivu', DEMO_PASSWORD);
  const periods = (await (await noivu.get('/api/v1/evaluation/periods')).json()) as {
    items: { id: string; month: string; unitName: string; status: string; blockers: unknown[] }[];
  };
  const open = periods.items.find((p) => p.month === MONTH && p.unitName === 'Phường Ba Đình');
  expect(open).toMatchObject({ status: 'open' });
  expect(open!.blockers).toHaveLength(6);
  shared.periodId = open!.id;
  const list = (await (
    await noivu.get(`/api/v1/evaluation/periods/${shared.periodId}/evaluations`)
  ).json()) as { items: { id: string; officialName: string; status: string }[] };
  shared.ids = Object.fromEntries(list.items.map((i) => [i.officialName, i.id]));
  expect(list.items.find((i) => i.officialName === 'Hoàng Văn Em')?.status).toBe('approved');
  await noivu.dispose();
});

test('the specialist assesses herself against the evidence', async ({ page, baseURL }) => {
  await signIn(page, 'official', 'chuyenvien', DEMO_PASSWORD);
  await page.getByTestId('nav-evaluation').click();
  const mine = page.getByTestId('ev-mine');
  await expect(mine).toContainText(MONTH_SHOWN);
  await mine.getByRole('link', { name: MONTH_SHOWN }).click();
  await expect(page.getByTestId('ev-evidence')).toBeVisible();
  // the TT 01/2018 staff score of the month, with what was measured, or why it was not
  await expect(page.getByTestId('ev-tt01')).toHaveText(
    /^(\d+(,\d+)?\/10 điểm \(đo được \d+\/10\) — .+|Chưa đo được: .+)$/,
  );
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
  expect(await stored(api, shared.ids['Phạm Thị Dung']!)).toMatchObject({
    status: 'self_assessed',
    score: 82,
    grade: 'B',
    selfScores: SELF,
  });
  await api.dispose();
  await signOut(page);
});

test('the others who can sign in assess themselves', async ({ baseURL }) => {
  for (const [username, name] of [
    ['noivu', 'Trần Thị Bình'],
    ['tiepnhan', 'Lê Văn Cường'],
    ['truongmotcua', 'Vũ Thị Giang'],
  ] as const)
    await stepAs(baseURL ?? '', username, name, 'self-assessment', { scores: B });
});

test('the leader sees who blocks the lock, evaluates the absent ones, approves, locks and publishes', async ({
  page,
  baseURL,
}) => {
  test.slow(); // the whole month of a ward: a long journey on a shared machine
  await signIn(page, 'official', 'lanhdao', DEMO_PASSWORD);
  await page.getByTestId('nav-evaluation').click();
  await page.goto(`/evaluation/periods/${shared.periodId}`);
  const blockers = page.getByTestId('ev-blockers');
  await expect(blockers.getByRole('row', { name: /Đặng Văn Long/ })).toContainText(
    'hoặc lãnh đạo trực tiếp đánh giá thay',
  );
  await expect(blockers.getByRole('row', { name: /Phạm Thị Dung/ })).toContainText(
    'chờ lãnh đạo trực tiếp nhận xét, chấm điểm',
  );
  await expect(page.getByTestId('ev-quota-sentence')).toContainText(
    /^Tối đa \d+ người xếp loại A \(30% của \d+ người\)/,
  );
  await page.getByTestId('ev-period-lock').click();
  await expect(page.getByText(/Chưa khóa được kỳ đánh giá: còn 6 người/)).toBeVisible();
  await expect(page.getByTestId('ev-period-status')).toHaveText('Đang đánh giá');
  await screenshot(page, 'evaluation-period-blockers');

  // the specialist: reviewed on the page, a change needs a comment
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

  // Đặng Văn Long never signs in: the leader evaluates him in place of a self-assessment
  await page.goto(`/evaluation/periods/${shared.periodId}`);
  await page.getByTestId('ev-blockers').getByRole('link', { name: 'Đặng Văn Long' }).click();
  await expect(page.getByTestId('ev-status')).toHaveText('Chờ tự đánh giá');
  await fillScores(page, D);
  await expect(page.getByTestId('ev-submit-step')).toBeDisabled(); // the reason comes first
  await page.getByTestId('ev-absence-reason').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Chưa đăng nhập hệ thống').click();
  await page.getByTestId('ev-comment').fill('Không hoàn thành kế hoạch công tác của tháng.');
  await page.getByTestId('ev-submit-step').click();
  await expect(page.getByTestId('ev-status')).toHaveText('Lãnh đạo đã nhận xét');
  await expect(page.getByTestId('ev-absence')).toContainText('Chưa đăng nhập hệ thống');
  await screenshot(page, 'evaluation-review-absent');

  // the rest through the API: reviews (the chairman is on leave) and approvals
  const url = baseURL ?? '';
  await stepAs(url, 'lanhdao', 'Nguyễn Thị Hoa', 'review-absent', { scores: B, reason: 'on_leave' });
  await stepAs(url, 'lanhdao', 'Trần Thị Bình', 'review', { scores: B });
  await stepAs(url, 'lanhdao', 'Vũ Thị Giang', 'review', { scores: B });
  await stepAs(url, 'truongmotcua', 'Lê Văn Cường', 'review', { scores: B });
  for (const name of ['Đặng Văn Long', 'Nguyễn Thị Hoa', 'Trần Thị Bình', 'Vũ Thị Giang', 'Lê Văn Cường'])
    await stepAs(url, 'lanhdao', name, 'approve');

  await page.goto(`/evaluation/periods/${shared.periodId}`);
  await expect(page.getByText('Mọi phiếu đã được phê duyệt: có thể khóa kết quả.')).toBeVisible();
  await page.getByTestId('ev-period-lock').click();
  await expect(page.getByTestId('ev-period-status')).toHaveText('Đã khóa');
  await page.getByTestId('ev-period-publish').click();
  await expect(page.getByTestId('ev-period-status')).toHaveText('Đã công khai');
  await screenshot(page, 'evaluation-period-published');
  const api = await apiSignedIn(url, 'lanhdao', DEMO_PASSWORD);
  const record = await stored(api, shared.ids['Phạm Thị Dung']!);
  expect(record).toMatchObject({
    status: 'approved',
    score: 80,
    grade: 'B',
    reviewComment: 'Còn hai bước xử lý trễ hạn trong tháng.',
  });
  expect(record.events.map((e) => e.type)).toEqual(['self_assess', 'review', 'approve']);
  const absent = await stored(api, shared.ids['Đặng Văn Long']!);
  expect(absent).toMatchObject({
    status: 'approved',
    absenceReason: 'never_signed_in',
    score: 45,
    grade: 'D',
  });
  expect(absent.events.map((e) => e.type)).toEqual(['review_absent', 'approve']);
  await api.dispose();
  await signOut(page);
});

test('the yearly page tells a leader he may not see it', async ({ page }) => {
  await signIn(page, 'official', 'lanhdao', DEMO_PASSWORD);
  await page.getByTestId('nav-evaluation').click();
  await page.goto('/evaluation/yearly');
  await expect(page.getByTestId('ev-denied')).toContainText('Bạn không có quyền xem xếp loại năm của đơn vị');
  await expect(page.getByTestId('ev-yearly')).toHaveCount(0);
  await signOut(page);
});

test('the public page shows the published grade without signing in', async ({ page, request }) => {
  await page.goto('/ket-qua-danh-gia');
  await page.getByTestId('ev-public-choose').click();
  const option = `Phường Ba Đình — ${MONTH_SHOWN}`;
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  const table = page.getByTestId('ev-public-table');
  await expect(table.getByRole('row', { name: /Phạm Thị Dung/ })).toContainText('Loại B');
  await screenshot(page, 'evaluation-public');
  const response = await request.get('/api/v1/public/evaluations', {
    params: { unitCode: '00004', month: MONTH },
  });
  expect(response.ok()).toBe(true);
  const rows = ((await response.json()) as { rows: { officialName: string; grade: string }[] }).rows;
  expect(rows).toHaveLength(7);
  expect(rows).toContainEqual(
    expect.objectContaining({ officialName: 'Phạm Thị Dung', grade: 'B', score: 80 }),
  );
  expect(rows).toContainEqual(expect.objectContaining({ officialName: 'Đặng Văn Long', grade: 'D' }));
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
