/**
 * Journeys of working time: the system administrator reads 2026 in "Lịch làm việc" (Tết as days off), makes
 * a weekday a day off and saves the year as a new version, meets a concurrent edit (409), then restores the
 * generated default; anyone computes a due time across Tết on the public calculator; a citizen signs in
 * with VNeID through the development provider.
 */
import fs from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

interface StoredCalendar {
  id: string;
  code: string;
  version: number;
  currentVersionNumber: number;
  current: {
    sessions: string;
    officialSchedules: { year: number; daysOff: { date: string; name: string }[] }[];
  };
}

interface StoredYear {
  source: 'official' | 'generated';
  days: { date: string; kind: string; name: string | null }[];
}

const TET_2026 = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];
/** A Wednesday, an ordinary working day in 2026. */
const TEST_DAY = '2026-03-04';

async function readNationalCalendar(api: APIRequestContext): Promise<StoredCalendar> {
  const list = (await (await api.get('/api/v1/calendars')).json()) as { items: StoredCalendar[] };
  const national = list.items.find((calendar) => calendar.code === 'vn-default');
  expect(national, 'the national default calendar').toBeDefined();
  return (await (await api.get(`/api/v1/calendars/${national?.id}`)).json()) as StoredCalendar;
}

async function readYear(api: APIRequestContext, id: string): Promise<StoredYear> {
  return (await (await api.get(`/api/v1/calendars/${id}/years/2026`)).json()) as StoredYear;
}

/** Shows 2026 through the year picker, whatever year it is today. */
async function showYear2026(page: Page) {
  const picker = page.getByLabel('Chọn năm');
  await picker.click();
  await picker.fill('2026');
  await picker.press('Enter');
  await expect(page.getByTestId('year-view').locator('.ant-card-head-title')).toContainText('Lịch năm 2026');
}

test('admin reads Tết 2026 in Lịch làm việc, makes a weekday a day off and saves a new version', async ({
  page,
  adminApi,
}) => {
  const before = await readNationalCalendar(adminApi);

  await page.goto('/');
  await signIn(page, 'official', 'admin', DEMO_PASSWORD);
  await expect(page.getByTestId('nav-deadline')).toHaveAttribute('href', '/tinh-han');
  await page.getByTestId('nav-calendars').click();
  await expect(page.getByTestId('calendar-title')).toContainText('Lịch làm việc mặc định');
  await expect(page.getByTestId('calendar-current-version')).toHaveText(String(before.currentVersionNumber));
  await expect(page.getByTestId('sessions-input')).toHaveValue(before.current.sessions);
  await showYear2026(page);

  // Tết Nguyên đán: Monday 16 to Friday 20 February 2026, days off with their name; 17/02 is lunar 1/1.
  for (const date of TET_2026) {
    const day = page.getByTestId(`day-${date}`);
    await expect(day).toHaveAttribute('data-kind', 'day_off');
    await expect(day).toHaveAttribute('aria-label', /Tết Nguyên đán/);
  }
  await expect(page.getByTestId('day-2026-02-17')).toContainText('1/1');
  await expect(page.getByTestId('day-2026-02-21')).toHaveAttribute('data-kind', 'weekend');
  await page.getByTestId('day-2026-02-17').hover();
  await expect(page.getByRole('tooltip')).toContainText('Tết Nguyên đán');
  await expect(page.getByRole('tooltip')).toContainText('Âm lịch: 1/1/2026');
  await screenshot(page, '40-calendar-year');

  // A working Wednesday becomes a day off with a name, then the year is saved as a new version.
  const testDay = page.getByTestId(`day-${TEST_DAY}`);
  await expect(testDay).toHaveAttribute('data-kind', 'working');
  await testDay.click();
  const naming = page.getByRole('dialog').filter({ hasText: 'Ngày nghỉ 04/03/2026' });
  await expect(naming.getByLabel('Tên ngày nghỉ')).toHaveValue('Nghỉ');
  await naming.getByLabel('Tên ngày nghỉ').fill('Nghỉ thử nghiệm');
  await naming.getByRole('button', { name: 'Đánh dấu ngày nghỉ' }).click();
  await expect(testDay).toHaveAttribute('data-kind', 'day_off');
  await expect(page.getByTestId('year-changed')).toHaveText('1 ngày đã sửa, chưa lưu');
  await page.getByTestId('day-2026-03-07').click();
  await expect(page.getByTestId('day-2026-03-07')).toHaveAttribute('data-kind', 'extra_working');
  await page.getByTestId('day-2026-03-07').click();
  await expect(page.getByTestId('day-2026-03-07')).toHaveAttribute('data-kind', 'weekend');
  await expect(page.getByTestId('year-changed')).toHaveText('1 ngày đã sửa, chưa lưu');
  await screenshot(page, '41-calendar-edit');

  const saved = before.currentVersionNumber + 1;
  await page.getByTestId('year-save').click();
  await expect(page.getByText(`Đã lưu lịch năm 2026 (phiên bản ${saved}).`)).toBeVisible();
  await expect(page.getByTestId('calendar-current-version')).toHaveText(String(saved));
  await expect(page.getByTestId('year-source')).toHaveText('Lịch chính thức');
  await expect(page.getByTestId('year-changed')).toHaveCount(0);

  // What the server stored: a new version whose 2026 schedule has the day off, Tết still in it.
  const after = await readNationalCalendar(adminApi);
  expect(after.currentVersionNumber).toBe(saved);
  const schedule = after.current.officialSchedules.find((s) => s.year === 2026);
  expect(schedule?.daysOff).toContainEqual({ date: TEST_DAY, name: 'Nghỉ thử nghiệm' });
  expect(schedule?.daysOff.filter((d) => d.name === 'Tết Nguyên đán').map((d) => d.date)).toEqual(TET_2026);
  const year = await readYear(adminApi, after.id);
  expect(year.source).toBe('official');
  expect(year.days.find((d) => d.date === TEST_DAY)).toMatchObject({
    kind: 'day_off',
    name: 'Nghỉ thử nghiệm',
  });

  // Someone else edits the calendar first: saving answers 409, the screen says so and reloads.
  const other = await adminApi.put(`/api/v1/calendars/${after.id}/sessions`, {
    data: { version: after.version, sessions: after.current.sessions },
  });
  expect(other.status()).toBe(200);
  await testDay.click();
  await expect(testDay).toHaveAttribute('data-kind', 'working');
  await page.getByTestId('year-save').click();
  const conflict = page.getByRole('dialog').filter({ hasText: 'Lịch đã thay đổi' });
  await expect(conflict).toContainText('vừa được người khác sửa');
  await screenshot(page, '42-calendar-conflict');
  await conflict.getByRole('button').last().click();
  await expect(page.getByTestId('calendar-current-version')).toHaveText(String(saved + 1));
  await expect(testDay).toHaveAttribute('data-kind', 'day_off');

  // Back to the default generated from the law (the other journeys count time on the national calendar).
  await page.getByTestId('year-reset').click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('year-source')).toHaveText('Tạo tự động theo Bộ luật Lao động');
  await expect(testDay).toHaveAttribute('data-kind', 'working');
  expect((await readYear(adminApi, after.id)).source).toBe('generated');
});

test('admin imports 2027 from a file, sees a bad file refused by line, exports and restores the year', async ({
  page,
  adminApi,
}) => {
  await page.goto('/');
  await signIn(page, 'official', 'admin', DEMO_PASSWORD);
  await page.getByTestId('nav-calendars').click();
  await showYear2026(page);
  await page.getByTestId('year-next').click();
  await expect(page.getByTestId('day-2027-01-04')).toHaveAttribute('data-kind', 'working');
  const upload = page.getByTestId('year-view').locator('input[type=file]');

  await upload.setInputFiles({
    name: 'hong.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from('BEGIN:VCALENDAR\r\nKHONG HOP LE\r\n'),
  });
  const error = page.getByTestId('calendar-error');
  await expect(error).toContainText('Không nhập được tệp hong.ics');
  await expect(error).toContainText('dòng 2');

  const schedule = {
    year: 2027,
    daysOff: [
      { date: '2027-01-01', name: 'Tết Dương lịch' },
      { date: '2027-01-04', name: 'Nghỉ bù thử nghiệm' },
    ],
    extraWorkingDays: ['2027-01-09'],
  };
  await upload.setInputFiles({
    name: 'lich-2027.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(schedule)),
  });
  await expect(page.getByText(/Đã nhập lịch năm 2027 \(phiên bản \d+\)\./)).toBeVisible();
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('day-2027-01-04')).toHaveAttribute('data-kind', 'day_off');
  await expect(page.getByTestId('day-2027-01-09')).toHaveAttribute('data-kind', 'extra_working');
  await expect(page.getByTestId('year-source')).toHaveText('Lịch chính thức');
  await screenshot(page, '46-calendar-import');

  // The JSON export of the year is the imported schedule; the version list says where it came from.
  const download = page.waitForEvent('download');
  await page.getByTestId('year-export-json').click();
  const exported = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8')) as unknown;
  expect(exported).toEqual(schedule);
  await expect(page.getByTestId('calendar-versions')).toContainText('Nhập lịch từ tệp lich-2027.json');

  await page.getByTestId('year-reset').click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('year-source')).toHaveText('Tạo tự động theo Bộ luật Lao động');
  const calendar = await readNationalCalendar(adminApi);
  expect(calendar.current.officialSchedules.map((s) => s.year)).not.toContain(2027);
});

test('anyone computes a due time across Tết at /tinh-han without signing in', async ({ page }) => {
  await page.goto('/tinh-han');
  await expect(page.getByRole('heading', { name: 'Tính thời hạn giải quyết' })).toBeVisible();
  const start = page.getByLabel('Thời điểm tiếp nhận');
  await start.click();
  await start.fill('13/02/2026 10:00');
  await start.press('Enter');
  await page.getByLabel('Số lượng').fill('3');
  await expect(page.getByTestId('deadline-form')).toContainText('ngày làm việc');
  await page.getByTestId('deadline-submit').click();

  await expect(page.getByTestId('deadline-due')).toHaveText('Thứ Tư, 25/02/2026 10:00');
  await expect(page.getByTestId('deadline-working-time')).toHaveText('24 giờ');
  await expect(page.getByTestId('deadline-counting-from')).toHaveCount(0);
  const skipped = page.getByTestId('deadline-skipped');
  for (const date of ['16/02/2026', '17/02/2026', '18/02/2026', '19/02/2026', '20/02/2026']) {
    await expect(skipped.getByRole('row').filter({ hasText: date })).toContainText('Tết Nguyên đán');
  }
  await expect(skipped.getByRole('row').filter({ hasText: '14/02/2026' })).toContainText('Nghỉ hằng tuần');
  await screenshot(page, '43-deadline-calculator');

  // Received on a Saturday evening: counting starts on the next working morning, which is shown.
  await start.click();
  await start.fill('21/02/2026 18:00');
  await start.press('Enter');
  await page.getByLabel('Số lượng').fill('4');
  await page.getByLabel('Đơn vị').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('giờ làm việc', { exact: true }).click();
  await page.getByTestId('deadline-submit').click();
  await expect(page.getByTestId('deadline-counting-from')).toHaveText('Thứ Hai, 23/02/2026 07:30');
  await expect(page.getByTestId('deadline-due')).toHaveText('Thứ Hai, 23/02/2026 11:30');
});

test('a citizen signs in with VNeID through the development provider', async ({ page }) => {
  await page.goto('/login?tab=citizen');
  const vneid = page.getByTestId('login-vneid');
  await expect(vneid).toHaveText('Đăng nhập bằng VNeID (thử nghiệm)');
  await screenshot(page, '44-login-vneid');
  await expect(page.getByTestId('login-tab-official')).toBeVisible();
  await page.getByTestId('login-tab-official').click();
  await expect(page.getByTestId('login-vneid')).toBeHidden();
  await page.getByTestId('login-tab-citizen').click();

  await page.getByTestId('login-vneid').click();
  await expect(page).toHaveURL(/\/dev-oidc\/authorize/);
  await page.getByRole('button', { name: 'Xác nhận đăng nhập' }).click();
  await expect(page.getByTestId('welcome')).toHaveText('Xin chào, Nguyễn Văn An');
  await expect(page.getByTestId('header-unit')).toHaveText('Công dân');
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as {
    user: { kind: string; phone: string | null };
  };
  expect(me.user).toMatchObject({ kind: 'citizen', phone: '0912345678' });
  await screenshot(page, '45-vneid-signed-in');
});
