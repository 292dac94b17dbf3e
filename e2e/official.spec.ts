/**
 * Journey of a home-affairs administrator (noivu, Phường Ba Đình): creates a specialist in their unit,
 * sees the temporary password once, finds the account in the list and in the audit log; the new
 * official then signs in with it and is made to choose a password of their own.
 */
import type { APIRequestContext } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, signOut, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

interface ListedUser {
  username: string;
  fullName: string;
  unitName: string | null;
  roles: string[];
  active: boolean;
}

async function findUser(api: APIRequestContext, username: string): Promise<ListedUser | undefined> {
  const response = await api.get('/api/v1/users', { params: { q: username } });
  expect(response.ok()).toBe(true);
  const page = (await response.json()) as { items: ListedUser[] };
  return page.items.find((user) => user.username === username);
}

test('a wrong password is refused with the server’s message', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('tab', { name: 'Cán bộ' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Công dân' })).toBeVisible();
  await screenshot(page, '01-login');
  await signIn(page, 'official', 'noivu', 'sai-mat-khau-1');
  await expect(page.getByTestId('form-error')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await screenshot(page, '02-login-error');
});

test('noivu creates a specialist in Phường Ba Đình, who then signs in with the temporary password', async ({
  page,
  adminApi,
  baseURL,
}) => {
  const username = `cv.e2e.${Date.now().toString(36)}`;
  const fullName = 'Nguyễn Thị Kiểm Thử';

  await page.goto('/');
  await signIn(page, 'official', 'noivu', DEMO_PASSWORD);
  await expect(page.getByTestId('welcome')).toHaveText('Xin chào, Trần Thị Bình');
  await expect(page.getByTestId('header-unit')).toHaveText('Phường Ba Đình');
  await expect(page.getByTestId('home-roles')).toContainText('Quản trị Nội vụ');
  await expect(page.getByTestId('nav-units')).toBeVisible();
  await expect(page.getByTestId('nav-audit')).toBeVisible();
  await screenshot(page, '03-official-home');

  await page.getByTestId('nav-users').click();
  await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible();
  await expect(page.getByTestId('user-table')).toContainText('Lê Văn Cường');
  await screenshot(page, '04-users');

  await page.getByTestId('user-create').click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel('Tên đăng nhập').fill(username);
  await dialog.getByLabel('Họ và tên').fill(fullName);
  await expect(dialog.getByTestId('user-unit')).toContainText('Phường Ba Đình');
  await dialog.getByLabel('Chức danh').fill('Chuyên viên');
  // the option list animates in: retry until the role is really chosen (a click during the animation is lost)
  await expect(async () => {
    await dialog.getByLabel('Vai trò').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('Chuyên viên', { exact: true })
      .click({ timeout: 2_000 });
    await expect(dialog.locator('.ant-select-selection-item[title="Chuyên viên"]')).toHaveCount(1, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await dialog.getByLabel('Vai trò').press('Escape');
  await screenshot(page, '05-user-create');
  await page.getByTestId('user-form-submit').click();

  const passwordDialog = page.getByTestId('temporary-password-modal');
  await expect(passwordDialog).toContainText(username);
  const temporaryPassword = (await page.getByTestId('temporary-password').innerText()).trim();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
  await screenshot(page, '06-temporary-password');
  await page.getByTestId('temporary-password-close').click();
  await expect(passwordDialog).toBeHidden();

  await expect(page.getByTestId('user-table')).toContainText(username);
  const stored = await findUser(adminApi, username);
  expect(stored).toMatchObject({ fullName, unitName: 'Phường Ba Đình', roles: ['specialist'], active: true });

  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-table')).toContainText(`Tài khoản · ${username}`);
  await expect(page.getByTestId('audit-table')).toContainText('Tạo tài khoản');
  await screenshot(page, '07-audit');

  await page.getByTestId('nav-profile').click();
  await expect(page.getByTestId('profile-title')).toHaveText('Hồ sơ cá nhân');
  await screenshot(page, '08-profile');

  await signOut(page);

  const newPassword = 'MatKhauMoi2026';
  await signIn(page, 'official', username, temporaryPassword);
  const forced = page.getByRole('dialog', { name: 'Vui lòng đổi mật khẩu' });
  await expect(forced).toBeVisible();
  await screenshot(page, '09-forced-password-change');
  await forced.getByLabel('Mật khẩu hiện tại').fill(temporaryPassword);
  await forced.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
  await forced.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
  await forced.getByTestId('change-password-submit').click();
  await expect(forced).toBeHidden();
  await expect(page.getByTestId('welcome')).toHaveText(`Xin chào, ${fullName}`);
  await expect(page.getByTestId('home-roles')).toContainText('Chuyên viên');
  // A specialist has no administration menu.
  await expect(page.getByTestId('nav-users')).toHaveCount(0);

  const asNewUser = await apiSignedIn(baseURL ?? '', username, newPassword);
  const me = (await (await asNewUser.get('/api/v1/auth/me')).json()) as {
    user: { mustChangePassword: boolean };
  };
  expect(me.user.mustChangePassword).toBe(false);
  await asNewUser.dispose();
});
