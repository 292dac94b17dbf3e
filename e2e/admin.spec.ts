/**
 * Journey of the system administrator: browses the unit tree from the provinces down to Phường Ba Đình,
 * opens its details, edits it, and meets a concurrent change (409) with a clear message and a reload.
 */
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

interface StoredUnit {
  id: string;
  code: string;
  nameEn: string | null;
  dossierCodeId: string | null;
  version: number;
}

test('admin opens Hà Nội in the unit tree, then Phường Ba Đình, and edits it', async ({ page, adminApi }) => {
  // The server runs on the database this run asked for: its own PostgreSQL database, or PGlite.
  const health = (await (await adminApi.get('/api/health')).json()) as { database: string };
  expect(health.database).toBe(process.env.KC_E2E_DATABASE ? 'postgres' : 'pglite');

  await page.goto('/');
  await signIn(page, 'official', 'admin', DEMO_PASSWORD);
  await expect(page.getByTestId('welcome')).toHaveText('Xin chào, Quản trị hệ thống');

  await page.getByTestId('nav-units').click();
  const hanoi = page.getByRole('treeitem').filter({ has: page.getByTestId('unit-node-01') });
  await expect(hanoi).toContainText('Thành phố Hà Nội');
  await hanoi.locator('.ant-tree-switcher').click();
  const baDinh = page.getByTestId('unit-node-00004');
  await expect(baDinh).toHaveText('Phường Ba Đình');
  await baDinh.click();

  const detail = page.getByTestId('unit-detail');
  await expect(page.getByTestId('unit-detail-title')).toHaveText('Phường Ba Đình');
  await expect(detail.getByTestId('unit-code')).toHaveValue('00004');
  await expect(detail.getByTestId('unit-code')).toHaveAttribute('readonly', '');
  await screenshot(page, '13-units');

  const found = await adminApi.get('/api/v1/units', { params: { q: '00004' } });
  const stored = ((await found.json()) as { items: StoredUnit[] }).items.find(
    (unit) => unit.code === '00004',
  );
  expect(stored).toBeDefined();
  const unitId = stored?.id ?? '';
  await expect(page).toHaveURL(new RegExp(`unit=${unitId}`));

  // An edit through the form is stored.
  await detail.getByLabel('Tên tiếng Anh').fill('Ba Dinh Ward');
  await detail.getByTestId('unit-save').click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.')).toBeVisible();
  const afterEdit = (await (await adminApi.get(`/api/v1/units/${unitId}`)).json()) as StoredUnit;
  expect(afterEdit.nameEn).toBe('Ba Dinh Ward');

  // Someone else saves first: the form's version is stale, the server answers 409 and the form reloads.
  const other = await adminApi.patch(`/api/v1/units/${unitId}`, {
    data: { version: afterEdit.version, dossierCodeId: '000.00.04.H26' },
  });
  expect(other.status()).toBe(200);
  await detail.getByLabel('Tên tiếng Anh').fill('Ba Dinh');
  await detail.getByTestId('unit-save').click();
  const conflict = page.getByRole('dialog').filter({ hasText: 'Dữ liệu đã thay đổi' });
  await expect(conflict).toContainText('vừa được người khác sửa');
  await screenshot(page, '14-unit-conflict');
  await conflict.getByRole('button').last().click();
  await expect(detail.getByLabel('Mã định danh (dùng trong mã hồ sơ)')).toHaveValue('000.00.04.H26');
  await expect(detail.getByLabel('Tên tiếng Anh')).toHaveValue('Ba Dinh Ward');

  // A sub-unit created from the detail panel appears in the tree under its parent and is stored.
  await detail.getByTestId('unit-create-child').click();
  const create = page.getByRole('dialog', { name: 'Thêm đơn vị trực thuộc Phường Ba Đình' });
  await create.getByLabel('Mã đơn vị').fill('00004.TP');
  await create.getByLabel('Tên ngắn').fill('Tổ Tư pháp');
  await create.getByLabel('Tên đầy đủ').fill('Tổ Tư pháp phường Ba Đình');
  await screenshot(page, '15-unit-create');
  await create.getByRole('button', { name: 'Tạo mới' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByTestId('unit-detail-title')).toHaveText('Tổ Tư pháp phường Ba Đình');
  await expect(page.getByTestId('unit-tree').getByTestId('unit-node-00004.TP')).toContainText('Tổ Tư pháp');
  const children = await adminApi.get('/api/v1/units', { params: { parentId: unitId } });
  const created = ((await children.json()) as { items: StoredUnit[] }).items.find(
    (u) => u.code === '00004.TP',
  );
  expect(created).toBeDefined();

  // The search box finds units by name.
  const search = page.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã đơn vị' });
  await search.fill('Ba Đình');
  await search.press('Enter');
  await expect(page.getByTestId('unit-search-results')).toContainText('Trung tâm Phục vụ hành chính công');

  // The interface speaks English on request, and Vietnamese again.
  await page.getByTestId('language-switch').getByText('EN').click();
  await expect(page.getByTestId('nav-units')).toHaveText('Units');
  await expect(page.getByRole('heading', { name: 'Units' })).toBeVisible();
  await screenshot(page, '16-units-english');
  await page.getByTestId('language-switch').getByText('VI').click();
  await expect(page.getByTestId('nav-units')).toHaveText('Đơn vị');
});
