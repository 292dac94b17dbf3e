/**
 * Phones (issue #18): at 390 × 844 every public page, every page of the demo citizen (0912345678) and
 * every page of the inspector (thanhtra) fits the screen — no sideways scroll of the page — and the menu
 * opens from its button in a drawer. The routes come from the router (src/web/app/router.tsx): a route
 * added there must be placed in one of the lists below, or this journey fails. A screenshot of each
 * page is saved as test-results/screens/phone-*.png.
 */
import fs from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.use({ viewport: { width: 390, height: 844 } });

/** Pages anyone may open, without signing in. */
const PUBLIC_ROUTES = [
  '/login',
  '/register',
  '/thu-tuc',
  '/thu-tuc/:id',
  '/tinh-han',
  '/tra-cuu',
  '/phan-anh',
  '/minh-bach',
  '/minh-bach/don-vi/:unitId',
  '/quy-tac-ung-xu/:unitId',
  '/ket-qua-danh-gia',
  '/danh-gia/:token',
  '/xac-thuc/:id',
];
/** The citizen's own pages (their menu's entries are added to these when the journey runs). */
const CITIZEN_ROUTES = [
  '/',
  '/dossiers',
  '/dossiers/:id',
  '/dossiers/submit',
  '/danh-gia-cua-toi',
  '/kho-giay-to',
  '/profile',
];
/** The inspector's pages: inspections, findings, discipline plans and the code of conduct. */
const INSPECTOR_ROUTES = [
  '/',
  '/inspections',
  '/inspections/reports',
  '/inspections/:id',
  '/findings',
  '/findings/:id',
  '/discipline-plans',
  '/discipline-plans/:id',
  '/conduct',
  '/profile',
];
/**
 * Routes that are not phone pages: officials' desk screens (queues, intake, administration, evaluation),
 * the counter's rating kiosk (a tablet) and the one-stop hall's board (a wall screen).
 */
const DESK_ROUTES = [
  '/bang-tin/:unitId',
  '/kiosk/danh-gia',
  '/hai-long',
  '/phan-anh-xu-ly',
  '/doi-thoai',
  '/chi-tieu/cau-hinh',
  '/bang-dieu-hanh',
  '/units',
  '/users',
  '/audit',
  '/calendars',
  '/procedures',
  '/procedures/new',
  '/procedures/:id',
  '/tre-han',
  '/xin-loi',
  '/dossiers/new',
  '/evaluation',
  '/evaluation/periods/:id',
  '/evaluation/records/:id',
  '/evaluation/records/:id/report',
  '/evaluation/yearly',
  '/work-plans',
  '/chuyen-ho-so-giay',
  '/bao-cao-phi',
  '/dong-bo-cong-dvc',
];

/** Every path the router declares (`path="…"`, `['/…', <Page />]` lists, and the index route as "/"). */
function routerPaths(): string[] {
  const source = fs.readFileSync('src/web/app/router.tsx', 'utf8');
  const paths = new Set<string>();
  for (const match of source.matchAll(/path="([^"]+)"/g)) paths.add(match[1]!);
  for (const match of source.matchAll(/\['(\/[^']*)',\s*</g)) paths.add(match[1]!);
  if (/<Route index /.test(source)) paths.add('/');
  paths.delete('*');
  return [...paths].sort();
}

/** Same-origin paths the page links to. */
async function linkedPaths(page: Page): Promise<string[]> {
  return page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/**
 * Resolves a route's parameters: from `known` values (unit id, survey token), else from a link seen on an
 * earlier page that fits the route's shape. Undefined when the demo data has no such item.
 */
function resolve(route: string, seen: Set<string>, known: Record<string, string>): string | undefined {
  if (!route.includes(':')) return route;
  const filled = route.replace(/:(\w+)/g, (whole, name: string) => known[name] ?? whole);
  if (!filled.includes(':')) return filled;
  const shape = new RegExp(`^${filled.replace(/:\w+/g, '[^/]+')}$`);
  const statics = new Set([...PUBLIC_ROUTES, ...CITIZEN_ROUTES, ...INSPECTOR_ROUTES, ...DESK_ROUTES]);
  return [...seen].find((path) => shape.test(path) && !statics.has(path));
}

/**
 * Opens each route in turn, checks that the page is no wider than the screen, saves its screenshot and
 * remembers its links (for the routes with parameters further down the list).
 */
async function visitAll(page: Page, who: string, routes: string[], known: Record<string, string> = {}) {
  const seen = new Set<string>();
  const visited: string[] = [];
  for (const route of routes) {
    const path = resolve(route, seen, known);
    if (!path) {
      test
        .info()
        .annotations.push({ type: 'skipped route', description: `${who} ${route}: no item in the demo` });
      continue;
    }
    await page.goto(path);
    await expect(page.locator('main, .ant-layout-content, form').first()).toBeVisible();
    const name = `phone-${who}-${route.replace(/[/:]+/g, '-').replace(/^-|-$/g, '') || 'home'}`;
    await screenshot(page, name);
    const size = await page.evaluate(() => {
      const client = document.documentElement.clientWidth;
      // the innermost elements reaching past the right edge, to name the culprit in the failure
      const clipped = (el: Element): boolean => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') return true;
        }
        return false;
      };
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > client && !clipped(el))
        .filter((el) => ![...el.children].some((child) => child.getBoundingClientRect().right > client))
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${el.getBoundingClientRect().right.toFixed(1)})`,
        );
      return { scroll: document.documentElement.scrollWidth, client, wide };
    });
    expect
      .soft(
        size.scroll,
        `${who} ${path} is ${size.scroll}px wide on a ${size.client}px screen: ${size.wide.join(' | ')}`,
      )
      .toBeLessThanOrEqual(size.client);
    for (const link of await linkedPaths(page)) seen.add(link);
    visited.push(route);
  }
  return visited;
}

/** Opens the menu from its button and returns the paths of its entries; the drawer closes again. */
async function drawerPaths(page: Page): Promise<string[]> {
  await expect(page.getByTestId('side-menu')).toHaveCount(0);
  await page.getByTestId('menu-button').click();
  const menu = page.getByTestId('nav-drawer-menu');
  await expect(menu).toBeVisible();
  const paths = await menu
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(paths.length).toBeGreaterThan(2);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  return paths;
}

/** A survey link of a returned dossier of the demo (an invitation made by the reception officer). */
async function surveyToken(baseURL: string): Promise<string | undefined> {
  const api: APIRequestContext = await apiSignedIn(baseURL, 'tiepnhan', DEMO_PASSWORD);
  try {
    const rateable = (await (await api.get('/api/v1/satisfaction/rateable')).json()) as {
      dossierId: string;
    }[];
    const first = rateable[0];
    if (!first) return undefined;
    const response = await api.post('/api/v1/satisfaction/invitations', {
      data: { dossierId: first.dossierId, channel: 'qr' },
    });
    return ((await response.json()) as { token?: string }).token;
  } finally {
    await api.dispose();
  }
}

test('every route of the router is either a phone page or a desk screen', () => {
  const listed = new Set([...PUBLIC_ROUTES, ...CITIZEN_ROUTES, ...INSPECTOR_ROUTES, ...DESK_ROUTES]);
  expect(routerPaths().filter((path) => !listed.has(path))).toEqual([]);
  expect([...listed].filter((path) => !routerPaths().includes(path))).toEqual([]);
});

test('public pages fit a 390 px phone and their menu opens in a drawer', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  await page.goto('/thu-tuc');
  const menu = await drawerPaths(page);
  expect(menu).toEqual(expect.arrayContaining(['/thu-tuc', '/tinh-han', '/tra-cuu', '/minh-bach', '/login']));
  await page.goto('/minh-bach');
  await expect(page.locator('a[href^="/minh-bach/don-vi/"]').first()).toBeVisible();
  const unitPath = (await linkedPaths(page)).find((path) => path.startsWith('/minh-bach/don-vi/'));
  const token = await surveyToken(baseURL ?? '');
  const known: Record<string, string> = { unitId: unitPath?.split('/').pop() ?? '' };
  if (token) known.token = token;
  const visited = await visitAll(page, 'public', PUBLIC_ROUTES, known);
  expect(visited).toEqual(
    expect.arrayContaining(['/thu-tuc/:id', '/minh-bach/don-vi/:unitId', '/danh-gia/:token']),
  );
});

test('the citizen’s pages fit a 390 px phone, with the name shortened and the menu in a drawer', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, 'citizen', '0912345678', DEMO_PASSWORD);
  await expect(page.getByTestId('welcome')).toBeVisible();
  await expect(page.getByTestId('coming-soon')).toHaveCount(0);
  const name = page.getByTestId('header-user-name');
  await expect(name).toBeVisible();
  // the header is one line: the person shows as initials, not a name one letter per line
  expect((await name.boundingBox())!.height).toBeLessThan(48);
  const menu = await drawerPaths(page);
  expect(menu).toEqual(expect.arrayContaining(['/', '/dossiers', '/dossiers/submit', '/profile']));
  const routes = [...new Set([...CITIZEN_ROUTES, ...menu])];
  await visitAll(page, 'citizen', routes);

  // on public pages a signed-in citizen is recognised: their name, not "Đăng nhập"
  await page.goto('/thu-tuc');
  await expect(page.getByTestId('public-account-avatar')).toBeVisible();
  await page.getByTestId('menu-button').click();
  await expect(page.getByTestId('nav-drawer-menu').getByTestId('nav-public-account')).toBeVisible();
  await expect(page.getByTestId('nav-drawer-menu').getByTestId('nav-public-login')).toHaveCount(0);
});

test('the inspector’s pages fit a 390 px phone and their menu opens in a drawer', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'official', 'thanhtra', DEMO_PASSWORD);
  await expect(page.getByTestId('logout-button')).toBeVisible();
  const menu = await drawerPaths(page);
  expect(menu).toEqual(expect.arrayContaining(['/', '/inspections', '/profile']));
  const routes = [...new Set([...INSPECTOR_ROUTES, ...menu])];
  await visitAll(page, 'inspector', routes);
});
