/**
 * Journey of a citizen: registers with a mobile number and a 12-digit ID number, lands signed in, signs
 * out, and signs in again with the phone number and password.
 */
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, expect, screenshot, signIn, signOut, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);

function digits(count: number): string {
  return Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');
}

test('a citizen registers, signs out and signs in again with phone and password', async ({
  page,
  adminApi,
  baseURL,
}) => {
  const phone = `098${digits(7)}`; // 098: always a valid mobile prefix (0992 is not)
  // 001 Hà Nội, century digit 0 (male, 1900s), birth year 85, six random digits
  const idNumber = `001085${digits(6)}`;
  const fullName = 'Phạm Văn Công Dân';
  const password = 'SenVang#Pho2026'; // 10+ characters, not a common password (the server refuses those)

  await page.goto('/login?tab=citizen');
  await page.getByTestId('register-link').click();
  await expect(page.getByText('Đăng ký tài khoản công dân').first()).toBeVisible();
  await page.getByLabel('Họ và tên').fill(fullName);
  await page.getByLabel('Số điện thoại di động').fill(phone);
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill(idNumber);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu').fill(password);
  await screenshot(page, '10-register');
  await page.getByTestId('register-submit').click();

  await expect(page.getByTestId('welcome')).toHaveText(`Xin chào, ${fullName}`);
  await expect(page.getByTestId('header-unit')).toHaveText('Công dân');
  await expect(page.getByTestId('nav-account')).toBeVisible();
  await expect(page.getByTestId('side-menu')).toHaveCount(0);
  await screenshot(page, '11-citizen-home');

  // What the server stored: the session's own account, and the registration in the audit log.
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as {
    user: { id: string; kind: string; phone: string; idNumber: string; fullName: string };
  };
  expect(me.user).toMatchObject({ kind: 'citizen', phone, idNumber, fullName });
  const audit = await adminApi.get('/api/v1/audit', { params: { action: 'citizen.register' } });
  const entries = ((await audit.json()) as { items: { targetId: string }[] }).items;
  expect(entries.map((entry) => entry.targetId)).toContain(me.user.id);

  await page.getByTestId('nav-account').click();
  await expect(page.getByTestId('profile-title')).toHaveText('Tài khoản');
  await expect(page.getByTestId('profile-facts')).toContainText(idNumber);
  await screenshot(page, '12-citizen-account');

  await signOut(page);
  await expect(page.getByRole('tab', { name: 'Công dân' })).toHaveAttribute('aria-selected', 'true');
  await signIn(page, 'citizen', phone, password);
  await expect(page.getByTestId('welcome')).toHaveText(`Xin chào, ${fullName}`);

  // The ID number is a login too.
  const byIdNumber = await apiSignedIn(baseURL ?? '', idNumber, password);
  await byIdNumber.dispose();
});
