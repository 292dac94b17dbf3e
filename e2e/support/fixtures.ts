/**
 * Shared pieces of the journeys: the demo password, API contexts signed in as a given person (to check
 * what the server stored), sign-in through the page, and screenshots of the main screens.
 */
import { expect, request, test as base, type APIRequestContext, type Page } from '@playwright/test';

export { expect };

/** Password of every demo account (src/server/seed/demo.ts). */
export const DEMO_PASSWORD = 'KyCuong@2026';

/** Where the screenshots of the main screens go, for people to look at. */
export const SCREENS_DIR = 'test-results/screens';

function cookieValue(setCookies: string[], name: string): string | undefined {
  for (const header of setCookies) {
    const [pair] = header.split(';');
    const [key, ...value] = (pair ?? '').split('=');
    if (key?.trim() === name) return value.join('=');
  }
  return undefined;
}

/**
 * An API context signed in as this person. The session cookie is Secure, so it is carried explicitly
 * rather than trusted to the client's cookie jar on plain http; the CSRF header goes on every call.
 */
export async function apiSignedIn(
  baseURL: string,
  username: string,
  password: string,
): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  try {
    const response = await anonymous.post('/api/v1/auth/login', { data: { username, password } });
    expect(response.status(), `API sign-in of ${username}`).toBe(200);
    const body = (await response.json()) as { csrfToken: string };
    const setCookies = response
      .headersArray()
      .filter((header) => header.name.toLowerCase() === 'set-cookie')
      .map((header) => header.value);
    const session = cookieValue(setCookies, 'kc_session');
    expect(session, 'session cookie').toBeTruthy();
    return await request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: `kc_session=${session}`, 'x-csrf-token': body.csrfToken },
    });
  } finally {
    await anonymous.dispose();
  }
}

/** The journeys' test function, with `adminApi`: the API as the system administrator. */
export const test = base.extend<{ adminApi: APIRequestContext }>({
  adminApi: async ({ baseURL }, use) => {
    const api = await apiSignedIn(baseURL ?? '', 'admin', DEMO_PASSWORD);
    await use(api);
    await api.dispose();
  },
});

/** Signs in through the login page, on the officials' or the citizens' tab. */
export async function signIn(page: Page, audience: 'official' | 'citizen', login: string, password: string) {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByTestId(`login-tab-${audience}`).click();
  const form = page.getByTestId(`login-form-${audience}`);
  await form.getByTestId('login-username').fill(login);
  await form.getByTestId('login-password').fill(password);
  await form.getByTestId('login-submit').click();
}

/** Signs out through the header button and waits for the login page. */
export async function signOut(page: Page) {
  await page.getByTestId('logout-button').click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('login-submit').first()).toBeVisible();
}

/**
 * Saves a full-page screenshot of a main screen as test-results/screens/<name>.png, once the data has
 * arrived (no spinner left) and with transitions finished, so the picture shows the settled screen.
 */
export async function screenshot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png`, fullPage: true, animations: 'disabled' });
}
