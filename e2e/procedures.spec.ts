/**
 * Journeys of the procedure catalogue: anyone looks a procedure up without signing in and simulates its
 * deadline; the system administrator edits a demo procedure's workflow, meets the publication check, and
 * publishes a new version while the old one stays as it was; the head of a one-stop unit switches a
 * procedure off and on again at their counter.
 */
import type { APIRequestContext } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

interface Allotment {
  value: number;
  unit: string;
}

interface StoredDefinition {
  code: string;
  name: string;
  workflows: { id: string; steps: { id: string; allotted: Allotment }[] }[];
  declaration?: {
    documentId: string;
    fields: { key: string; label: string; type: string; options?: { value: string; label: string }[] }[];
  };
}

interface StoredProcedure {
  id: string;
  version: number;
  current: { number: number; status: string } | null;
  definition: StoredDefinition | null;
  draft: { info: { number: number }; definition: StoredDefinition } | null;
  offeredBy: { unitId: string; unitName: string }[];
}

interface Schedule {
  dueAt: string;
  steps: { dueAt: string }[];
}

const BIRTH = '1.001193.000.00.00.H26';
const HOUSE_NUMBER = '1.011652.000.00.00.H26';

/** dd/mm/yyyy HH:mm in Vietnam time, as the pages show instants. */
function vietnamTime(iso: string): string {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const part of format.formatToParts(new Date(iso))) parts[part.type] = part.value;
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

async function findProcedure(api: APIRequestContext, q: string, code: string): Promise<StoredProcedure> {
  const list = await api.get('/api/v1/procedures', { params: { q, includeDrafts: 'true' } });
  expect(list.ok()).toBe(true);
  const items = ((await list.json()) as { items: { id: string; code: string }[] }).items;
  const id = items.find((item) => item.code === code)?.id;
  expect(id, `procedure ${code}`).toBeDefined();
  return loadProcedure(api, id ?? '');
}

async function loadProcedure(api: APIRequestContext, id: string): Promise<StoredProcedure> {
  const response = await api.get(`/api/v1/procedures/${id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as StoredProcedure;
}

test('anyone finds "Đăng ký khai sinh" without signing in, reads it and simulates its deadline', async ({
  page,
  request,
}) => {
  await page.goto('/thu-tuc');
  await expect(page.getByRole('heading', { name: 'Thủ tục hành chính' })).toBeVisible();
  const table = page.getByTestId('catalogue-table');
  await expect(table).toContainText('Toàn trình');
  await expect(table).toContainText('ngày làm việc');
  await screenshot(page, '19-catalogue');

  const search = page.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã thủ tục' });
  await search.fill('khai sinh');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=khai\+sinh/);
  await expect(table.getByTestId('procedure-link')).toHaveText([
    'Đăng ký khai sinh',
    'Đăng ký lại khai sinh',
  ]);
  await expect(table).toContainText('Trong ngày');
  await expect(table).toContainText('Miễn phí');
  await table.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();

  await expect(page.getByTestId('procedure-name')).toHaveText('Đăng ký khai sinh');
  const facts = page.getByTestId('procedure-facts');
  await expect(facts).toContainText(BIRTH);
  await expect(facts).toContainText('Hộ tịch');
  await expect(facts).toContainText('Ủy ban nhân dân xã, phường');
  await expect(page.getByTestId('procedure-time')).toHaveText('Trong ngày');
  await expect(facts).toContainText('Luật Hộ tịch 2014');
  await expect(page.getByTestId('procedure-offered-by')).toContainText(
    'Trung tâm Phục vụ hành chính công phường Ba Đình',
  );
  const documents = page.getByTestId('procedure-documents');
  await expect(documents).toContainText('Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp');
  await expect(documents).toContainText('Bản sao chứng thực');
  await expect(documents).toContainText('Không bắt buộc');
  await expect(page.getByTestId('procedure-fees')).toContainText('Miễn phí');
  await expect(page.getByTestId('procedure-variants')).toContainText('Trẻ sinh ngoài cơ sở y tế');

  // The 4-rõ workflow: who, what, how long, which result, step by step.
  const steps = page.getByTestId('workflow-steps');
  await expect(steps.locator('tbody tr.ant-table-row')).toHaveCount(4);
  await expect(steps.locator('tbody tr.ant-table-row').nth(1)).toContainText('Văn phòng HĐND và UBND');
  await expect(steps.locator('tbody tr.ant-table-row').nth(1)).toContainText('Chuyên viên');
  await expect(steps.locator('tbody tr.ant-table-row').nth(1)).toContainText('4 giờ làm việc');
  await expect(steps.locator('tbody tr.ant-table-row').nth(2)).toContainText('Lãnh đạo đơn vị');
  await expect(page.getByTestId('workflow-total')).toHaveText('1 ngày làm việc');
  await expect(page.getByTestId('simulator-due')).toBeVisible();
  await screenshot(page, '20-procedure-public');

  // The simulator: received on a Friday afternoon, for the case without a birth certificate.
  const simulator = page.getByTestId('procedure-simulator');
  await expect(simulator.getByTestId('simulator-due')).toBeVisible();
  const receivedAt = '2026-04-24T15:00:00+07:00';
  const picker = simulator.getByTestId('simulator-received-at');
  await picker.click();
  await picker.fill('24/04/2026 15:00');
  await picker.press('Enter');
  await simulator.getByTestId('simulator-variant').click();
  await page.getByRole('option', { name: 'Trẻ sinh ngoài cơ sở y tế, không có Giấy chứng sinh' }).click();
  await simulator.getByTestId('simulator-run').click();

  const detail = await (await request.get('/api/v1/procedures', { params: { q: 'khai sinh' } })).json();
  const birthId = (detail as { items: { id: string; code: string }[] }).items.find(
    (p) => p.code === BIRTH,
  )?.id;
  const expected = (await (
    await request.post(`/api/v1/procedures/${birthId ?? ''}/simulate`, {
      data: { receivedAt, variantId: 'khong_co_giay_chung_sinh' },
    })
  ).json()) as Schedule;
  await expect(simulator.getByTestId('simulator-due')).toHaveText(vietnamTime(expected.dueAt));
  await expect(simulator.getByTestId('simulator-step-due')).toHaveText(
    expected.steps.map((step) => vietnamTime(step.dueAt)),
  );
  await expect(simulator.getByTestId('simulator-steps')).toContainText('24/04/2026 15:00');
  await expect(simulator.getByTestId('simulator-skipped')).toBeVisible();
  await simulator.scrollIntoViewIfNeeded();
  await screenshot(page, '21-procedure-simulator');
});

test('admin edits a demo procedure’s workflow, meets the time check, publishes, and version 1 stays', async ({
  page,
  adminApi,
}) => {
  // A long journey through a large form: give it room on a busy machine.
  test.setTimeout(150_000);
  const before = await findProcedure(adminApi, 'số nhà', HOUSE_NUMBER);
  const oldNumber = before.current?.number ?? 0;
  expect(oldNumber).toBeGreaterThan(0);
  const workflow = before.definition?.workflows[0];
  const surveyStep = workflow?.steps[1];
  expect(surveyStep?.allotted).toEqual({ value: 2.5, unit: 'working_days' });

  await page.goto('/');
  await signIn(page, 'official', 'admin', DEMO_PASSWORD);
  await page.getByTestId('nav-procedures').click();
  await expect(page.getByRole('heading', { name: 'Thủ tục hành chính' })).toBeVisible();
  const table = page.getByTestId('procedure-admin-table');
  await expect(table.getByTestId('procedure-current-version').first()).toBeVisible();
  await screenshot(page, '22-procedures-admin');

  const search = page.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã thủ tục' });
  await search.fill('số nhà');
  await search.press('Enter');
  await table.getByRole('link', { name: 'Cấp Giấy chứng nhận số nhà' }).click();
  await expect(page.getByTestId('procedure-title')).toHaveText('Cấp Giấy chứng nhận số nhà');
  await expect(page.getByTestId('procedure-current-version')).toContainText(`phiên bản ${oldNumber}`);
  await expect(page.getByTestId('allotment-total')).toContainText('Tổng thời gian các bước: 5 ngày làm việc');

  // Too long a step: the editor warns at once, and publication is refused with the exact path.
  const survey = page.getByTestId('step-row-1');
  const allotted = survey.getByRole('spinbutton', { name: 'Thời gian bước 2' });
  await allotted.fill('10');
  await expect(page.getByTestId('allotment-over')).toBeVisible();
  await page.getByTestId('procedure-publish').click();
  await page.getByTestId('publish-confirm').click();
  // Saving, reloading and the publication check take a few seconds on a busy machine.
  const issues = page.getByTestId('procedure-issues');
  await expect(issues).toContainText('definition.processingTime', { timeout: 30_000 });
  await expect(issues).toContainText('vượt thời hạn giải quyết');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, '23-procedure-issues');
  const stillOld = await loadProcedure(adminApi, before.id);
  expect(stillOld.current?.number).toBe(oldNumber);

  // A step that fits: 2 working days instead of 2.5; saved as a draft, then published.
  await allotted.fill('2');
  await expect(page.getByTestId('allotment-over')).toBeHidden();
  await expect(page.getByTestId('allotment-total')).toContainText('4,5 ngày làm việc');
  await page.getByTestId('procedure-save-draft').click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('procedure-has-draft')).toBeVisible();
  const drafted = await loadProcedure(adminApi, before.id);
  expect(drafted.current?.number).toBe(oldNumber);
  expect(drafted.draft?.definition.workflows[0]?.steps[1]?.allotted).toEqual({
    value: 2,
    unit: 'working_days',
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, '24-procedure-editor');

  await page.getByTestId('procedure-publish').click();
  await page.getByTestId('publish-confirm').click();
  const newNumber = drafted.draft?.info.number ?? 0;
  await expect(page.getByText(`Đã công bố phiên bản ${newNumber}.`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('procedure-has-draft')).toBeHidden();
  await expect(page.getByTestId('procedure-current-version')).toContainText(`phiên bản ${newNumber}`);

  // Stored: a new current version; the old version unchanged; the diff names the change.
  const after = await loadProcedure(adminApi, before.id);
  expect(after.current?.number).toBe(newNumber);
  expect(newNumber).toBeGreaterThan(oldNumber);
  expect(after.draft).toBeNull();
  expect(after.definition?.workflows[0]?.steps[1]?.allotted).toEqual({ value: 2, unit: 'working_days' });
  const old = (await (
    await adminApi.get(`/api/v1/procedures/${before.id}/versions/${oldNumber}`)
  ).json()) as {
    info: { status: string };
    definition: StoredDefinition;
  };
  expect(old.info.status).toBe('superseded');
  expect(old.definition).toEqual(before.definition);
  const diff = (await (
    await adminApi.get(`/api/v1/procedures/${before.id}/diff`, { params: { from: oldNumber, to: newNumber } })
  ).json()) as { changes: { path: string; kind: string; before: unknown; after: unknown }[] };
  const path = `workflows[${workflow?.id ?? ''}].steps[${surveyStep?.id ?? ''}].allotted.value`;
  expect(diff.changes).toEqual([{ path, kind: 'changed', before: 2.5, after: 2 }]);

  // The history shows both versions and the same change.
  await page.getByTestId('tab-versions').click();
  const versions = page.getByTestId('version-table');
  await expect(versions).toContainText('Đang áp dụng');
  await expect(versions).toContainText('Hết hiệu lực');
  await expect(versions).toContainText('Quản trị hệ thống');
  const changes = page.getByTestId('version-diff');
  await expect(changes).toContainText(path);
  await expect(changes).toContainText('Sửa');
  await expect(changes.getByTestId('diff-after')).toHaveText('2');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await screenshot(page, '25-procedure-versions');

  // The public page follows the new version.
  await page.goto(`/thu-tuc/${before.id}`);
  await expect(page.getByTestId('workflow-steps')).toContainText('2 ngày làm việc');
  await expect(page.getByTestId('procedure-facts')).toContainText(`Phiên bản ${newNumber}`);
});

test('the one-stop head switches a procedure off and on at their counter', async ({ page, baseURL }) => {
  const api = await apiSignedIn(baseURL ?? '', 'truongmotcua', DEMO_PASSWORD);
  try {
    const procedure = await findProcedure(api, 'khai tử', '1.000656.000.00.00.H26');
    const me = (await (await api.get('/api/v1/auth/me')).json()) as { user: { unitId: string } };
    const unitId = me.user.unitId;
    expect(procedure.offeredBy.map((unit) => unit.unitId)).toContain(unitId);

    await page.goto('/');
    await signIn(page, 'official', 'truongmotcua', DEMO_PASSWORD);
    await expect(page.getByTestId('welcome')).toHaveText('Xin chào, Vũ Thị Giang');
    await expect(page.getByTestId('nav-procedures')).toHaveCount(0);
    await page.goto(`/thu-tuc/${procedure.id}`);
    const offer = page.getByTestId('offer-switch');
    await expect(offer).toBeChecked();
    await offer.click();
    await expect(offer).not.toBeChecked();
    await expect(page.getByText('thôi tiếp nhận thủ tục này')).toBeVisible();
    await expect(page.getByTestId('procedure-offered-by')).not.toContainText(
      'Trung tâm Phục vụ hành chính công phường Ba Đình',
    );
    await screenshot(page, '26-procedure-offer');
    const withdrawn = await loadProcedure(api, procedure.id);
    expect(withdrawn.offeredBy.map((unit) => unit.unitId)).not.toContain(unitId);

    await offer.click();
    await expect(offer).toBeChecked();
    const restored = await loadProcedure(api, procedure.id);
    expect(restored.offeredBy.map((unit) => unit.unitId)).toContain(unitId);
  } finally {
    await api.dispose();
  }
});

test('noivu reads a procedure owned by Hà Nội but may not edit it', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'official', 'noivu', DEMO_PASSWORD);
  await expect(page.getByTestId('welcome')).toHaveText('Xin chào, Trần Thị Bình');
  await page.getByTestId('nav-procedures').click();
  const table = page.getByTestId('procedure-admin-table');
  await table.getByRole('link', { name: 'Đăng ký khai tử' }).click();
  await expect(page.getByTestId('procedure-title')).toHaveText('Đăng ký khai tử');
  await expect(page.getByText('Bạn chỉ được xem thủ tục này')).toBeVisible();
  await expect(page.getByTestId('procedure-save-draft')).toHaveCount(0);
  await expect(page.getByTestId('tab-versions')).toHaveCount(0);
  await expect(page.getByTestId('procedure-form').getByTestId('step-task').first()).toBeDisabled();
  // As a home-affairs administrator of the ward, noivu chooses what the ward itself receives.
  await expect(page.getByTestId('offer-switch')).toBeVisible();
});

test('admin starts a new procedure from a copy of another; it stays an unpublished draft', async ({
  page,
  adminApi,
}) => {
  test.setTimeout(120_000);
  const code = `E2E.${Date.now().toString(36)}`;
  await page.goto('/');
  await signIn(page, 'official', 'admin', DEMO_PASSWORD);
  await page.getByTestId('nav-procedures').click();
  await page.getByTestId('procedure-create').click();
  await expect(page.getByRole('heading', { name: 'Thêm thủ tục' })).toBeVisible();
  await page.getByText('Bản sao của thủ tục có sẵn').click();
  const source = page.getByTestId('procedure-copy-source');
  await source.click();
  await page.keyboard.type('khai tử');
  await page.locator('.ant-select-item-option').filter({ hasText: 'Đăng ký khai tử' }).click();
  const name = page.getByTestId('procedure-name-input');
  await expect(name).toHaveValue('Đăng ký khai tử');
  await expect(page.getByTestId('step-row-3')).toBeVisible();
  await page.getByTestId('procedure-code-input').fill(code);
  await name.fill('Đăng ký khai tử (thử nghiệm)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, '27-procedure-create');
  await page.getByTestId('procedure-create-submit').click();

  await expect(page.getByTestId('procedure-title')).toHaveText('Đăng ký khai tử (thử nghiệm)', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('procedure-unpublished')).toHaveText('Chưa công bố');
  await expect(page.getByTestId('draft-state')).toHaveText('Đang sửa bản nháp (phiên bản 1), chưa công bố');
  const created = await findProcedure(adminApi, 'thử nghiệm', code);
  expect(created.current).toBeNull();
  expect(created.draft?.info.number).toBe(1);
  expect(created.draft?.definition.workflows[0]?.steps).toHaveLength(4);
  const published = await adminApi.get('/api/v1/procedures', { params: { q: code } });
  expect(((await published.json()) as { total: number }).total).toBe(0);

  // the online declaration form, edited field by field: a list of choices added, saved with the draft
  const addDeclaration = page.getByTestId('declaration-add');
  await expect(addDeclaration.or(page.getByTestId('declaration-editor'))).toBeVisible();
  if (await addDeclaration.isVisible()) await addDeclaration.click();
  await expect(page.getByTestId('declaration-editor')).toBeVisible();
  await page.getByTestId('declaration-add-field').click();
  const field = page.getByTestId('declaration-field').last();
  await field.getByLabel('Nội dung trường').fill('Quan hệ với người chết');
  await field.getByLabel('Mã trường').fill('quan_he');
  await field.getByLabel('Kiểu trả lời').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Chọn trong danh sách' }).click();
  await field.getByLabel('Các lựa chọn').fill('vo_chong: Vợ, chồng\ncon: Con');
  await page.getByTestId('procedure-save-draft').click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible({ timeout: 20_000 });
  const saved = await findProcedure(adminApi, 'thử nghiệm', code);
  expect(saved.draft?.definition.declaration?.fields.at(-1)).toMatchObject({
    key: 'quan_he',
    label: 'Quan hệ với người chết',
    type: 'select',
    options: [
      { value: 'vo_chong', label: 'Vợ, chồng' },
      { value: 'con', label: 'Con' },
    ],
  });
});
