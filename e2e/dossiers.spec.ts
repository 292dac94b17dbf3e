/**
 * Journey of a dossier through Phường Ba Đình: the reception officer (tiepnhan) receives it at the counter
 * and prints the receipt slip; the specialist (chuyenvien) and the leader (lanhdao) process it, the leader
 * meeting a concurrent change (409) on the way; the officer returns the result; the citizen follows it by
 * code and PIN on the public tracking page. A citizen also submits a dossier online. Each step is checked
 * on the page and in what the server stored.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import {
  apiSignedIn,
  DEMO_PASSWORD,
  expect,
  SCREENS_DIR,
  screenshot,
  signIn,
  signOut,
  test,
} from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.describe.configure({ mode: 'serial' });

const PROCEDURE = 'Cấp Giấy xác nhận tình trạng hôn nhân';
const APPLICANT = 'Trần Thị Hồ Sơ';
/** The demo citizen's ID number, which passes the server's ID check. */
const ID_NUMBER = '001090012345';
const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

interface StoredDossier {
  id: string;
  code: string;
  status: string;
  version: number;
  holder: { id: string; name: string } | null;
  history: { type: string; label: string; actorName: string | null }[];
  periods: { task: string; outcome: string | null; endedAt: string | null }[];
  applicant: { fullName: string; phone?: string; idNumber?: string };
  channel: string;
}

/** What the journeys hand on to each other. */
const shared = { id: '', code: '', pin: '', phone: '' };

function randomPhone(): string {
  return `098${Array.from({ length: 7 }, () => Math.floor(Math.random() * 10)).join('')}`;
}

async function storedDossier(api: APIRequestContext, id: string): Promise<StoredDossier> {
  const response = await api.get(`/api/v1/dossiers/${id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as StoredDossier;
}

/** Id of an official found by login name through the users list (readable by a unit leader). */
async function officialId(api: APIRequestContext, username: string): Promise<string> {
  const response = await api.get('/api/v1/users', { params: { q: username } });
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { id: string; username: string }[] };
  const found = items.find((u) => u.username === username);
  expect(found, username).toBeTruthy();
  return found!.id;
}

/** Picks an option of an Ant Design select by typing part of it and clicking the option's title. */
async function choose(page: Page, testId: string, typed: string, title: string) {
  await page.getByTestId(testId).click();
  if (typed) await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
}

/** Signs in through the login page and waits for the home page. */
async function signInAs(page: Page, audience: 'official' | 'citizen', login: string) {
  await signIn(page, audience, login, DEMO_PASSWORD);
  await expect(page.getByTestId('welcome')).toBeVisible();
}

/** Opens the dossier from a queue tab by searching its code. */
async function openFromQueue(page: Page, tab: string, code: string) {
  await page.getByTestId('nav-dossiers').click();
  await expect(page.getByTestId('queue-title')).toHaveText('Hồ sơ');
  await page.getByRole('tab', { name: new RegExp(tab) }).click();
  await page.getByTestId('queue-search').locator('input').fill(code);
  await page.getByTestId('queue-search').locator('input').press('Enter');
  const link = page.getByTestId('dossier-table').getByRole('link', { name: code });
  await expect(link).toBeVisible();
  return link;
}

/** Performs an action through its button and dialog, and waits for the confirmation. */
async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await page.getByTestId('action-confirm').click();
  await expect(dialog).toBeHidden();
}

test('the reception officer receives a dossier at the counter and prints the receipt slip', async ({
  page,
  baseURL,
}) => {
  shared.phone = randomPhone();
  await page.goto('/');
  await signInAs(page, 'official', 'tiepnhan');
  await expect(page.getByTestId('nav-dossiers')).toBeVisible();
  await page.getByTestId('nav-intake').click();
  await expect(page.getByTestId('intake-title')).toHaveText('Tiếp nhận hồ sơ');

  await choose(page, 'procedure-select', 'xac nhan tinh trang hon nhan', PROCEDURE);
  await expect(page.getByTestId('procedure-time')).toHaveText('3 ngày làm việc');
  await expect(page.getByTestId('procedure-fees')).toContainText('15.000 đ');
  await expect(page.getByTestId('variant-select')).toContainText('Trường hợp thông thường');
  await page.getByTestId('applicant-fullName').fill(APPLICANT);
  await page.getByTestId('applicant-idNumber').fill(ID_NUMBER);
  await page.getByTestId('applicant-phone').fill(shared.phone);
  await page.getByTestId('applicant-address').fill('12 Phố Đội Cấn, phường Ba Đình, Hà Nội');
  const checklist = page.getByTestId('document-checklist');
  await checklist.getByRole('checkbox', { name: /^Tờ khai cấp Giấy xác nhận/ }).check();
  await expect(page.getByTestId('documents-status')).toContainText('Còn thiếu 1 giấy tờ bắt buộc');
  await screenshot(page, '60-intake');

  // Accepting without a mandatory document is refused by the server, with the missing document named.
  await page.getByTestId('intake-accept').click();
  await expect(page.getByTestId('intake-error')).toContainText(
    'Hồ sơ còn thiếu giấy tờ bắt buộc: Giấy tờ tùy thân',
  );
  await checklist.getByRole('checkbox', { name: /^Giấy tờ tùy thân/ }).check();
  await expect(page.getByTestId('documents-status')).toHaveText('Đủ giấy tờ bắt buộc.');
  await page.getByTestId('intake-accept').click();

  await expect(page.getByTestId('intake-result-title')).toHaveText('Đã tiếp nhận hồ sơ');
  shared.code = (await page.getByTestId('created-code').innerText()).trim();
  shared.pin = (await page.getByTestId('created-pin').innerText()).trim();
  expect(shared.code).toMatch(/^[0-9A-Z.]+-\d{6}-\d{4}$/);
  expect(shared.pin).toMatch(/^\d{6}$/);
  await expect(page.getByTestId('created-due')).toHaveText(DATE_TIME);
  await screenshot(page, '61-intake-result');

  const print = page.getByTestId('print-form');
  await expect(print).toHaveText(/In giấy tiếp nhận/);
  const href = (await print.getAttribute('href')) ?? '';
  // the slip printed now carries the PIN (known only at intake; the server checks it against its hash)
  const link = /\/api\/v1\/dossiers\/([0-9a-f-]{36})\/forms\/receipt\.html\?pin=(\d{6})$/.exec(href);
  shared.id = link?.[1] ?? '';
  expect(shared.id, `receipt link ${href}`).not.toBe('');
  expect(link?.[2]).toBe(shared.pin);

  // What the server stored: received by the officer, who holds it at the first step.
  const officer = await apiSignedIn(baseURL ?? '', 'tiepnhan', DEMO_PASSWORD);
  const stored = await storedDossier(officer, shared.id);
  expect(stored).toMatchObject({ code: shared.code, status: 'received', channel: 'counter' });
  expect(stored.applicant).toMatchObject({ fullName: APPLICANT, phone: shared.phone, idNumber: ID_NUMBER });
  expect(stored.holder?.name).toBe('Lê Văn Cường');
  await officer.dispose();

  // The slip opens in a new tab, for printing, and carries the dossier code. (The forms are another
  // module: while it is not served the journey checks the link alone and says so in the report.)
  const served = await page.request.get(href);
  if (served.status() === 404 && (await served.text()).includes('"not_found"')) {
    test.info().annotations.push({ type: 'forms route not available', description: `${href} → 404` });
    return;
  }
  expect(served.status()).toBe(200);
  const [slip] = await Promise.all([page.context().waitForEvent('page'), print.click()]);
  await slip.waitForLoadState();
  await expect(slip.locator('body')).toContainText(shared.code);
  await expect(slip.locator('body')).toContainText(`mã PIN tra cứu: ${shared.pin}`);
  await slip.screenshot({ path: `${SCREENS_DIR}/62-receipt-slip.png`, fullPage: true });
  await slip.close();
});

test('the officer forwards it; the specialist and the leader process it; the officer returns the result', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000);
  expect(shared.id, 'the dossier received by the previous journey').not.toBe('');
  await page.goto('/');
  await signInAs(page, 'official', 'tiepnhan');

  // The late queue: every row is marked late (the demo data may hold some, a fresh database none).
  await page.getByTestId('nav-dossiers').click();
  await page.getByRole('tab', { name: /Quá hạn/ }).click();
  await expect(page.getByTestId('dossier-table')).toBeVisible();
  await screenshot(page, '73-queue-late');
  for (const row of await page.getByTestId('dossier-table').locator('tr.ant-table-row').all()) {
    await expect(row.getByTestId('late-tag')).toBeVisible();
  }

  await (await openFromQueue(page, 'Của tôi', shared.code)).click();
  await expect(page.getByTestId('detail-code')).toHaveText(shared.code);
  await expect(page.getByTestId('status-tag')).toHaveText('Đã tiếp nhận');
  await expect(page.getByTestId('detail-holder')).toHaveText('Lê Văn Cường');
  await expect(page.getByTestId('form-receipt')).toHaveAttribute(
    'href',
    `/api/v1/dossiers/${shared.id}/forms/receipt.html`,
  );
  await expect(page.getByTestId('form-control-sheet')).toBeVisible();
  await screenshot(page, '63-dossier-received');

  // A reception officer may not list officials: the dossier goes to the next step for anyone in the role.
  await act(page, 'forward', async (dialog) => {
    await expect(dialog.getByTestId('next-step')).toContainText('Kiểm tra, tra cứu tình trạng hôn nhân');
    await expect(dialog.getByTestId('action-handler')).toHaveCount(0);
  });
  await expect(page.getByTestId('status-tag')).toHaveText('Đang xử lý');
  await expect(page.getByTestId('detail-holder')).toHaveText('Chưa phân công');
  await signOut(page);

  // The appraisal step belongs to Văn phòng HĐND và UBND: the specialist of Phòng Kinh tế does not see it
  // until the ward's leader assigns it to her (scope follows the step's unit or the holder, never sideways).
  const assigner = await apiSignedIn(baseURL ?? '', 'lanhdao', DEMO_PASSWORD);
  const specialistId = await officialId(assigner, 'chuyenvien');
  const atStep = await storedDossier(assigner, shared.id);
  const assigned = await assigner.post(`/api/v1/dossiers/${shared.id}/actions`, {
    data: { type: 'assign', version: atStep.version, userId: specialistId },
  });
  expect(assigned.status()).toBe(200);
  await assigner.dispose();

  await signInAs(page, 'official', 'chuyenvien');
  await screenshot(page, '64-specialist-home');
  await openFromQueue(page, 'Của tôi', shared.code);
  await screenshot(page, '65-queue-mine');
  await page.getByTestId('dossier-table').getByRole('link', { name: shared.code }).click();
  await expect(page.getByTestId('detail-step')).toContainText('Kiểm tra, tra cứu tình trạng hôn nhân');
  await expect(page.getByTestId('action-refuse')).toBeVisible();
  await act(page, 'forward', async (dialog) => {
    await expect(dialog.getByTestId('next-step')).toContainText('Ký Giấy xác nhận tình trạng hôn nhân');
    await dialog.getByTestId('action-note').fill('Đã tra cứu, đủ điều kiện cấp.');
  });
  await expect(page.getByTestId('no-actions')).toBeVisible();
  await signOut(page);

  await signInAs(page, 'official', 'lanhdao');
  await page.goto(`/dossiers/${shared.id}`);
  await expect(page.getByTestId('detail-step')).toContainText('Ký Giấy xác nhận tình trạng hôn nhân');
  await expect(page.getByTestId('action-sign')).toBeVisible();

  // Meanwhile the dossier changes (the leader assigns it in another tab): the page's version is stale.
  const leader = await apiSignedIn(baseURL ?? '', 'lanhdao', DEMO_PASSWORD);
  const me = (await (await leader.get('/api/v1/auth/me')).json()) as { user: { id: string } };
  const seen = await storedDossier(leader, shared.id);
  const assign = await leader.post(`/api/v1/dossiers/${shared.id}/actions`, {
    data: { type: 'assign', version: seen.version, userId: me.user.id },
  });
  expect(assign.status()).toBe(200);
  await act(page, 'sign');
  await expect(page.getByText('Hồ sơ vừa được người khác xử lý').first()).toBeVisible();
  await expect(page.getByTestId('detail-holder')).toHaveText('Hoàng Văn Em');

  // After the reload the leader signs and hands the result to the reception officer.
  await page.getByTestId('action-sign').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('next-step')).toContainText('Vào sổ, trả kết quả');
  await dialog.getByTestId('action-handler').click();
  await page.locator('.ant-select-dropdown:visible').getByText('Lê Văn Cường', { exact: false }).click();
  await screenshot(page, '66-leader-signs');
  await page.getByTestId('action-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('detail-holder')).toHaveText('Lê Văn Cường');
  await leader.dispose();
  await signOut(page);

  await signInAs(page, 'official', 'tiepnhan');
  await (await openFromQueue(page, 'Của tôi', shared.code)).click();
  await expect(page.getByTestId('action-forward')).toHaveText('Hoàn thành xử lý');
  await act(page, 'forward');
  await expect(page.getByTestId('status-tag')).toHaveText('Đã có kết quả, chờ trả');
  await act(page, 'return_result', async (d) => {
    await expect(d.getByTestId('action-method')).toContainText('Trực tiếp tại Bộ phận Một cửa');
    // Returned before the due time: the officer confirms the applicant was told.
    await d.getByRole('checkbox', { name: /Đã thông báo cho người nộp hồ sơ/ }).check();
  });
  await expect(page.getByTestId('status-tag')).toHaveText('Đã trả kết quả');
  await expect(page.getByTestId('control-sheet').locator('tr.ant-table-row')).toHaveCount(4);
  await expect(page.getByTestId('period-outcome')).toHaveCount(4);
  // accept, forward, assign (to the specialist), forward, assign (the leader to herself), sign, forward, return
  await expect(page.getByTestId('history-entry')).toHaveCount(8);
  await screenshot(page, '67-dossier-returned');

  // What the server stored: returned, every hand-over on the control sheet, the whole history.
  const officer = await apiSignedIn(baseURL ?? '', 'tiepnhan', DEMO_PASSWORD);
  const stored = await storedDossier(officer, shared.id);
  expect(stored.status).toBe('returned');
  expect(stored.history.length).toBeGreaterThanOrEqual(5);
  expect(stored.history.map((entry) => entry.type)).toEqual([
    'accept',
    'forward',
    'assign',
    'forward',
    'assign',
    'sign',
    'forward',
    'return_result',
  ]);
  expect(stored.periods).toHaveLength(4);
  expect(stored.periods.every((period) => period.endedAt !== null && period.outcome !== null)).toBe(true);
  await officer.dispose();
});

test('the citizen follows the dossier by code and PIN on the public tracking page', async ({
  browser,
  baseURL,
}) => {
  expect(shared.code, 'the dossier of the previous journeys').not.toBe('');
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto(`/tra-cuu?code=${encodeURIComponent(shared.code)}`);
  await expect(page.getByTestId('track-title')).toHaveText('Tra cứu hồ sơ');
  await expect(page.getByTestId('track-code-input')).toHaveValue(shared.code);

  await page.getByTestId('track-secret-input').fill(shared.pin === '111111' ? '222222' : '111111');
  await page.getByTestId('track-submit').click();
  await expect(page.getByTestId('track-error')).toContainText(
    'Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập.',
  );
  await screenshot(page, '68-tracking-wrong-pin');

  await page.getByTestId('track-secret-input').fill(shared.pin);
  await page.getByTestId('track-submit').click();
  await expect(page.getByTestId('track-status')).toHaveText('Đã trả kết quả');
  await expect(page.getByTestId('track-code')).toHaveText(shared.code);
  await expect(page.getByTestId('track-result')).toContainText(PROCEDURE);
  await expect(page.getByTestId('track-due')).toHaveText(DATE_TIME);
  await expect(page.getByTestId('track-history')).toContainText('Tiếp nhận hồ sơ');
  await expect(page.getByTestId('track-history')).toContainText('Trả kết quả');
  await screenshot(page, '69-tracking');

  // The last four digits of the applicant's phone no longer open it: only the receipt's PIN does.
  const byPhone = await page.request.get('/api/v1/public/track', {
    params: { code: shared.code, secret: shared.phone.slice(-4) },
  });
  expect(byPhone.status()).toBe(400);
  await context.close();
});

test('a citizen submits a dossier online and finds it under My dossiers', async ({ page, baseURL }) => {
  await page.goto('/login?tab=citizen');
  await signInAs(page, 'citizen', '0912345678');
  await page.getByTestId('home-submit').click();
  await expect(page.getByTestId('submit-title')).toHaveText('Nộp hồ sơ trực tuyến');
  await expect(page.getByTestId('applicant-fullName')).toHaveValue('Nguyễn Văn An');
  await expect(page.getByTestId('applicant-phone')).toHaveValue('0912345678');
  await choose(page, 'procedure-select', 'khai tu', 'Đăng ký khai tử');
  await choose(page, 'unit-select', '', 'Trung tâm Phục vụ hành chính công phường Ba Đình');
  for (const box of await page.getByTestId('document-checklist').getByRole('checkbox').all())
    await box.check();
  await screenshot(page, '70-citizen-submit');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-result-title')).toHaveText('Đã nộp hồ sơ');
  const code = (await page.getByTestId('created-code').innerText()).trim();

  await page.getByTestId('nav-my-dossiers').click();
  await expect(page.getByTestId('my-dossiers-title')).toHaveText('Hồ sơ của tôi');
  await expect(page.getByTestId('dossier-table')).toContainText(code);
  await expect(page.getByTestId('dossier-table')).toContainText('Mới nộp, chờ tiếp nhận');
  await screenshot(page, '71-citizen-dossiers');
  await page.getByTestId('dossier-table').getByRole('link', { name: code }).click();
  await expect(page.getByTestId('detail-code')).toHaveText(code);
  // The applicant may only ask to withdraw; the control sheet stays internal.
  await expect(page.getByTestId('dossier-actions').getByRole('button')).toHaveText(['Xin rút hồ sơ']);
  await expect(page.getByTestId('control-sheet')).toHaveCount(0);
  await screenshot(page, '72-citizen-dossier');

  const citizen = await apiSignedIn(baseURL ?? '', '0912345678', DEMO_PASSWORD);
  const list = (await (await citizen.get('/api/v1/dossiers')).json()) as {
    items: { code: string; status: string }[];
  };
  expect(list.items.find((item) => item.code === code)?.status).toBe('submitted');
  await citizen.dispose();
});
