/**
 * Journey of an inspection round and a discipline plan in the demo: the inspector (thanhtra), on a phone,
 * records an unannounced visit to Ba Đình's one-stop unit with a photographed violation by the reception
 * officer (tiepnhan); the officer explains before the deadline; the ward's leader (lanhdao) decides; the
 * officer's own findings page shows the evaluation deduction. The leader then reports a plan action and the
 * home-affairs officer (noivu) sees the matrix change. Each step is checked on the page and in stored data.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, signOut, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.describe.configure({ mode: 'serial' });

const DESCRIPTION = 'Không đeo thẻ công chức khi tiếp công dân tại quầy số 2 (kiểm tra e2e).';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
const shared = { findingId: '', before: 0 };

interface StoredFinding {
  id: string;
  description: string;
  status: string;
  decision: string | null;
  confirmed: boolean;
  deduction: number;
  photos: { takenAt: string }[];
  events: { type: string }[];
}

async function mine(api: APIRequestContext): Promise<{ items: StoredFinding[]; totalDeduction: number }> {
  const month = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .slice(0, 7);
  const response = await api.get(`/api/v1/inspections/findings?scope=mine&month=${month}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { items: StoredFinding[]; totalDeduction: number };
}

/** Signs in and waits for the officials' frame (a navigation right after the click would lose the session). */
async function signInAs(page: Page, login: string) {
  await signIn(page, 'official', login, DEMO_PASSWORD);
  await expect(page.getByTestId('logout-button')).toBeVisible();
}

async function pickOption(page: Page, testId: string, text: string | RegExp) {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

test('the inspector records an unannounced visit with a violation, on a phone', async ({ page, baseURL }) => {
  const officer = await apiSignedIn(baseURL ?? '', 'tiepnhan', DEMO_PASSWORD);
  shared.before = (await mine(officer)).totalDeduction;
  await page.setViewportSize({ width: 412, height: 915 });
  await signInAs(page, 'thanhtra');
  await page.goto('/inspections');
  await expect(page.getByTestId('insp-team')).toContainText('Tổ kiểm tra công vụ thành phố Hà Nội');
  await page.getByTestId('insp-unit').click();
  await page.getByTestId('insp-unit').locator('input').fill('00004.MC');
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: 'Trung tâm Phục vụ hành chính công phường Ba Đình' })
    .click();
  await page.getByTestId('insp-create').click();
  await expect(page.getByTestId('visit-title')).toHaveText(
    'Trung tâm Phục vụ hành chính công phường Ba Đình',
  );
  await expect(page.getByTestId('visit-status')).toHaveText('Đang kiểm tra');

  await page.getByTestId('check-badge').getByText('Vi phạm').click();
  await page.getByTestId('check-dress').getByText('Đạt').click();
  await page.getByTestId('check-save').click();
  await expect(page.getByText('Mục vi phạm chưa lập kết luận: badge')).toBeVisible();

  await pickOption(page, 'finding-item', 'Đeo thẻ công chức');
  await pickOption(page, 'finding-official', 'Lê Văn Cường');
  await pickOption(page, 'finding-severity', 'Trung bình');
  await page.getByTestId('finding-description').fill(DESCRIPTION);
  await page
    .getByTestId('finding-photo')
    .setInputFiles({ name: 'the-cong-chuc.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText(/the-cong-chuc\.png · Chụp lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)).toBeVisible();
  await page.getByTestId('finding-submit').click();
  await expect(page.getByTestId('visit-findings')).toContainText('Không đeo thẻ công chức');
  await expect(page.getByTestId('visit-findings')).toContainText('Chờ giải trình');
  await screenshot(page, 'inspection-visit-phone');

  const stored = (await mine(officer)).items.find((f) => f.description === DESCRIPTION);
  expect(stored).toMatchObject({ status: 'awaiting_explanation', confirmed: false, deduction: 0 });
  expect(stored!.photos).toHaveLength(1);
  shared.findingId = stored!.id;
  await officer.dispose();
  await signOut(page);
});

test('the official explains and the head decides; the deduction shows on the official’s page', async ({
  page,
  baseURL,
}) => {
  await signInAs(page, 'tiepnhan');
  await page.getByTestId('nav-findings').click();
  await page
    .getByTestId('findings-table')
    .getByRole('link', { name: 'Không đeo thẻ công chức' })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/findings/${shared.findingId}`));
  await expect(page.getByTestId('finding-status')).toHaveText('Chờ giải trình');
  await page
    .getByTestId('explain-text')
    .fill('Tôi để quên thẻ trong tủ, đã đeo lại ngay khi đoàn kiểm tra nhắc.');
  await page.getByTestId('explain-submit').click();
  await expect(page.getByTestId('finding-status')).toHaveText('Đã giải trình, chờ kết luận');
  await signOut(page);

  await signInAs(page, 'lanhdao');
  await page.goto(`/findings/${shared.findingId}`);
  await pickOption(page, 'decide-decision', 'Phê bình');
  await page.getByTestId('decide-note').fill('Phê bình trước tập thể Bộ phận Một cửa.');
  await page.getByTestId('decide-submit').click();
  await expect(page.getByTestId('finding-decision')).toHaveText('Phê bình');
  await expect(page.getByTestId('finding-detail-deduction')).toHaveText('−5');
  await screenshot(page, 'inspection-finding-decided');
  await signOut(page);

  await signInAs(page, 'tiepnhan');
  await page.getByTestId('nav-findings').click();
  await expect(page.getByTestId('findings-total')).toHaveText(`Tổng điểm trừ đánh giá: ${shared.before + 5}`);
  await expect(page.getByTestId('finding-deduction').filter({ hasText: '−5' })).toHaveCount(1);
  await screenshot(page, 'inspection-my-findings');

  const officer = await apiSignedIn(baseURL ?? '', 'tiepnhan', DEMO_PASSWORD);
  const after = await mine(officer);
  expect(after.totalDeduction).toBe(shared.before + 5);
  const stored = after.items.find((f) => f.id === shared.findingId);
  expect(stored).toMatchObject({ status: 'decided', decision: 'reprimanded', confirmed: true, deduction: 5 });
  expect(stored!.events.map((e) => e.type)).toEqual(['recorded', 'explained', 'decided']);
  await officer.dispose();
});

test('a unit reports a plan action and the matrix changes', async ({ page, baseURL }) => {
  await signInAs(page, 'lanhdao');
  await page.getByTestId('nav-plans').click();
  await page.getByTestId('plans-table').getByRole('link', { name: '69/KH-UBND' }).click();
  await expect(page.getByTestId('plan-title')).toContainText('69/KH-UBND');
  const matrix = page.getByTestId('plan-matrix');
  await expect(matrix.getByTestId('cell-missing-overdue').first()).toBeVisible();
  const doneBefore = await matrix.getByTestId('cell-done').count();
  // the one-stop unit has done all but the yearly report, which is not due yet: reporting it now is on time
  const oneStop = matrix.locator('tr', { hasText: 'Trung tâm Phục vụ hành chính công phường Ba Đình' });
  await expect(oneStop.getByRole('button', { name: 'Báo cáo hoàn thành' })).toHaveCount(1);
  await oneStop.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  await page.getByTestId('report-note').fill('Đã gửi báo cáo kết quả thực hiện Kế hoạch.');
  await page.getByTestId('report-submit').click();
  await expect(matrix.getByTestId('cell-done')).toHaveCount(doneBefore + 1);
  await signOut(page);

  await signInAs(page, 'noivu');
  const api = await apiSignedIn(baseURL ?? '', 'noivu', DEMO_PASSWORD);
  const plans = (await (await api.get('/api/v1/discipline-plans')).json()) as { items: { id: string }[] };
  await page.goto(`/discipline-plans/${plans.items[0]!.id}`);
  await expect(page.getByTestId('plan-matrix').getByTestId('cell-done')).toHaveCount(doneBefore + 1);
  await screenshot(page, 'discipline-plan-matrix');
  const detail = (await (await api.get(`/api/v1/discipline-plans/${plans.items[0]!.id}`)).json()) as {
    matrix: { totals: { done: number }[] };
  };
  expect(detail.matrix.totals.reduce((sum, t) => sum + t.done, 0)).toBe(doneBefore + 1);
  await api.dispose();
});
