/**
 * Satisfaction and feedback journeys at Phường Ba Đình, on the demo's generated year:
 * - the reception officer (tiepnhan) picks a returned dossier on the counter kiosk screen and hands out its
 *   QR link; the citizen opens the link on a phone (no sign-in), rates it, and the link is then spent;
 * - a citizen sends a complaint about a dossier on the public form; the leader (lanhdao) finds it in the
 *   handling queue, takes it and answers it; the citizen reads the answer with the code and PIN.
 * Each step is checked on the page and in what the server stored; the leader's dashboard is captured.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE } from './support/chromium';
import { apiSignedIn, DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/fixtures';

test.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
test.describe.configure({ mode: 'serial' });

interface Rateable {
  dossierId: string;
  /** Null for a dossier not received at the counter (rateable too, but the kiosk searches by code). */
  code: string | null;
}

/** Types into an Ant Design search box (the test id sits on the input or on its wrapper) and submits. */
async function search(page: Page, testId: string, text: string) {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.fill(text);
  await input.press('Enter');
}

/** A returned dossier of Ba Đình nobody rated yet (probing with links the officer may issue anyway). */
/** Receives a dossier at the counter through the API; its code and receipt PIN. */
async function receiveAtCounter(api: APIRequestContext): Promise<{ code: string; pin: string }> {
  const me = (await (await api.get('/api/v1/auth/me')).json()) as { user: { unitId: string } };
  const name = 'Cấp Giấy xác nhận tình trạng hôn nhân';
  const procedures = (await (
    await api.get('/api/v1/procedures', { params: { q: name, unitId: me.user.unitId } })
  ).json()) as { items: { id: string; name: string }[] };
  const procedure = procedures.items.find((p) => p.name === name);
  expect(procedure, name).toBeTruthy();
  const response = await api.post('/api/v1/dossiers', {
    data: {
      procedureId: procedure!.id,
      receivingUnitId: me.user.unitId,
      channel: 'counter',
      applicant: { fullName: 'Trần Văn Khiếu Nại', idNumber: '001090012345', phone: '0987000111' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to_tuy_than', provided: true },
      ],
      decision: 'accept',
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const created = (await response.json()) as { dossier: { code: string }; trackingPin: string };
  return { code: created.dossier.code, pin: created.trackingPin };
}

async function findUnratedDossier(api: APIRequestContext): Promise<Rateable & { code: string }> {
  const list = (await (await api.get('/api/v1/satisfaction/rateable')).json()) as Rateable[];
  for (const item of list) {
    if (item.code === null) continue;
    const link = (await (
      await api.post('/api/v1/satisfaction/invitations', {
        data: { dossierId: item.dossierId, channel: 'qr' },
      })
    ).json()) as { token: string };
    const survey = (await (await api.get(`/api/v1/public/surveys/${link.token}`)).json()) as {
      answered: boolean;
    };
    if (!survey.answered) return { ...item, code: item.code };
  }
  throw new Error('no unrated returned dossier in the demo');
}

test('a citizen rates a returned dossier through the QR link handed out at the counter', async ({
  page,
  browser,
  baseURL,
}) => {
  const reception = await apiSignedIn(baseURL ?? '', 'tiepnhan', DEMO_PASSWORD);
  const dossier = await findUnratedDossier(reception);

  await signIn(page, 'official', 'tiepnhan', DEMO_PASSWORD);
  await page.getByTestId('nav-kiosk').click();
  await expect(page.getByTestId('kiosk-title')).toHaveText('Đánh giá tại quầy');
  await search(page, 'kiosk-search', dossier.code);
  await page.getByTestId(`kiosk-link-${dossier.code}`).click();
  const url = (await page.getByTestId('invitation-url').first().innerText()).trim();
  expect(url).toMatch(/\/danh-gia\/[A-Za-z0-9_-]{55}$/);
  await expect(page.getByTestId('invitation-qr').locator('svg')).toBeVisible();
  await screenshot(page, 'satisfaction-kiosk-link');

  // the citizen's phone: no session, a small screen
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const mobile = await phone.newPage();
  await mobile.goto(new URL(url).pathname);
  await expect(mobile.getByTestId('survey-dossier')).toContainText(dossier.code);
  for (const [element, level] of [
    ['access', 5],
    ['procedure', 4],
    ['officials', 5],
    ['result', 4],
    ['feedback', 3],
  ] as const) {
    await mobile.getByTestId(`survey-${element}-${level}`).click();
  }
  await mobile.getByTestId('survey-q-comment').locator('textarea').fill('Cán bộ hướng dẫn rất tận tình.');
  await screenshot(mobile, 'satisfaction-survey-mobile');
  await mobile.getByTestId('survey-submit').click();
  await expect(mobile.getByTestId('survey-thanks')).toContainText('Cảm ơn');
  await mobile.reload();
  await expect(mobile.getByTestId('survey-answered')).toBeVisible();
  await phone.close();

  const leader = await apiSignedIn(baseURL ?? '', 'lanhdao', DEMO_PASSWORD);
  const responses = (await (await leader.get('/api/v1/satisfaction/responses?pageSize=100')).json()) as {
    items: {
      dossierCode: string | null;
      channel: string;
      scores: Record<string, number | null>;
      comment: string | null;
    }[];
  };
  expect(responses.items.find((item) => item.dossierCode === dossier.code)).toMatchObject({
    channel: 'qr',
    scores: { access: 5, procedure: 4, officials: 5, result: 4, feedback: 3 },
    comment: 'Cán bộ hướng dẫn rất tận tình.',
  });
  await reception.dispose();
  await leader.dispose();
});

test('a complaint is received, handled and answered, and the citizen reads the answer', async ({
  page,
  baseURL,
}) => {
  const reception = await apiSignedIn(baseURL ?? '', 'tiepnhan', DEMO_PASSWORD);
  // the PIN printed on the receipt slip proves the dossier (the phone's last digits no longer do)
  const dossier = await receiveAtCounter(reception);
  await reception.dispose();

  await page.goto('/phan-anh');
  await expect(page.getByTestId('fb-title')).toHaveText('Phản ánh, kiến nghị, khiếu nại');
  await page.getByTestId('fb-kind').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Khiếu nại', { exact: true }).click();
  await page.getByTestId('fb-topic').click();
  await page
    .locator('.ant-select-dropdown:visible')
    .getByTitle('Kết quả giải quyết', { exact: true })
    .click();
  await page.getByTestId('fb-content').fill('Kết quả giải quyết ghi sai năm sinh của tôi, đề nghị sửa lại.');
  await page.getByTestId('fb-dossier-code').fill(dossier.code);
  await page.getByTestId('fb-dossier-secret').fill(dossier.pin);
  await page.getByTestId('fb-name').fill('Trần Văn Khiếu Nại');
  await page.getByTestId('fb-submit').click();
  const sent = page.getByTestId('fb-sent');
  await expect(sent).toContainText('Đã tiếp nhận phản ánh PA-');
  const text = await sent.innerText();
  const code = /PA-\d{6}-[0-9A-F]{6}/.exec(text)?.[0] ?? '';
  const pin = /Mã tra cứu: (\d{6})/.exec(text)?.[1] ?? '';
  expect(code).not.toBe('');
  expect(pin).toMatch(/^\d{6}$/);
  await screenshot(page, 'feedback-sent');

  await signIn(page, 'official', 'lanhdao', DEMO_PASSWORD);
  await page.getByTestId('nav-feedback').click();
  await expect(page.getByTestId('fb-queue-title')).toBeVisible();
  await search(page, 'fb-search', code);
  await page.getByTestId('fb-row').filter({ hasText: code }).click();
  await expect(page.getByTestId('fb-detail-status')).toHaveText('Mới tiếp nhận');
  await page.getByTestId('fb-take').click();
  await expect(page.getByTestId('fb-detail-status')).toHaveText('Đang xử lý');
  await page
    .getByTestId('fb-answer')
    .fill('Đã đính chính năm sinh trên kết quả; mời Ông nhận lại bản đúng tại Bộ phận Một cửa.');
  await page.getByTestId('fb-upheld').click();
  await page.getByTestId('fb-answer-send').click();
  await expect(page.getByTestId('fb-detail-status')).toHaveText('Đã trả lời');
  await screenshot(page, 'feedback-queue');

  const leader = await apiSignedIn(baseURL ?? '', 'lanhdao', DEMO_PASSWORD);
  const stored = (await (await leader.get(`/api/v1/feedback?q=${code}`)).json()) as {
    items: { status: string; upheld: boolean; kind: string; timeliness: string }[];
  };
  expect(stored.items[0]).toMatchObject({
    status: 'answered',
    upheld: true,
    kind: 'complaint',
    timeliness: 'on_time',
  });
  await leader.dispose();

  await page.keyboard.press('Escape');
  await page.getByTestId('nav-satisfaction').click();
  await expect(page.getByTestId('sat-kpi-responses')).toBeVisible();
  await screenshot(page, 'satisfaction-dashboard');
  await page.getByTestId('logout-button').click();
  await page.goto('/phan-anh');
  await page.getByTestId('fb-lookup-code').fill(code);
  await page.getByTestId('fb-lookup-pin').fill(pin);
  await page.getByTestId('fb-lookup-submit').click();
  await expect(page.getByTestId('fb-lookup-status')).toHaveText('Đã trả lời');
  await expect(page.getByTestId('fb-lookup-answer')).toContainText('Đã đính chính năm sinh');
});
