/**
 * The rest of user administration, as noivu (Phường Ba Đình): filter by a sub-unit, edit an official,
 * reset a password (shown once), deactivate and reactivate; every change is checked in the stored data.
 */
import type { APIRequestContext } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

interface StoredUser {
  username: string;
  title: string | null;
  active: boolean;
}

async function storedUser(api: APIRequestContext, username: string): Promise<StoredUser | undefined> {
  const response = await api.get('/api/v1/users', { params: { q: username } });
  const page = (await response.json()) as { items: StoredUser[] };
  return page.items.find((user) => user.username === username);
}

test('noivu filters by unit, edits, resets a password, deactivates and reactivates', async ({
  page,
  adminApi,
  baseURL,
}) => {
  await page.goto('/');
  await signIn(page, 'official', 'noivu', DEMO_PASSWORD);
  await page.getByTestId('nav-users').click();
  const table = page.getByTestId('user-table');
  await expect(table).toContainText('Phạm Thị Dung');

  // Filter by the one-stop unit under Phường Ba Đình (the picker loads sub-units on demand).
  await page.getByTestId('user-filter-unit').click();
  const popup = page.locator('.ant-select-dropdown:visible');
  await popup
    .locator('.ant-select-tree-treenode', { hasText: 'Phường Ba Đình' })
    .locator('.ant-select-tree-switcher')
    .click();
  await popup.getByTitle('Trung tâm Phục vụ hành chính công', { exact: true }).first().click();
  await expect(table).toContainText('Lê Văn Cường');
  await expect(table).not.toContainText('Phạm Thị Dung');
  await screenshot(page, '17-users-filtered');

  // Edit a title.
  await page.getByTestId('user-edit-tiepnhan').click();
  const edit = page.getByRole('dialog', { name: 'Sửa người dùng Lê Văn Cường' });
  await edit.getByLabel('Chức danh').fill('Cán bộ tiếp nhận và trả kết quả');
  await page.getByTestId('user-form-submit').click();
  await expect(edit).toBeHidden();
  await expect(table).toContainText('Cán bộ tiếp nhận và trả kết quả');
  expect((await storedUser(adminApi, 'tiepnhan'))?.title).toBe('Cán bộ tiếp nhận và trả kết quả');

  // Reset a password: confirm, then the temporary password is shown once and works.
  await page.getByTestId('user-reset-truongmotcua').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  const temporary = (await page.getByTestId('temporary-password').innerText()).trim();
  await page.getByTestId('temporary-password-close').click();
  // A separate API context: the page's own would take over the browser's session cookie.
  const asHead = await apiSignedIn(baseURL ?? '', 'truongmotcua', temporary);
  await asHead.dispose();

  // Deactivate, then reactivate.
  await page.getByTestId('user-deactivate-tiepnhan').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Khóa' }).click();
  await expect(page.getByTestId('user-activate-tiepnhan')).toBeVisible();
  await expect(table).toContainText('Ngừng hoạt động');
  expect((await storedUser(adminApi, 'tiepnhan'))?.active).toBe(false);
  await screenshot(page, '18-user-deactivated');
  await page.getByTestId('user-activate-tiepnhan').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mở khóa' }).click();
  await expect(page.getByTestId('user-deactivate-tiepnhan')).toBeVisible();
  expect((await storedUser(adminApi, 'tiepnhan'))?.active).toBe(true);
});
