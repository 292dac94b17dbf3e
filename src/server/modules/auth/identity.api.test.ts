import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Follows the redirect chain of a VNeID sign-in through the development provider. */
async function signInWithVneid(identity: { identity_number: string; name: string; phone_number?: string }) {
  const start = await t.app.inject('/api/v1/auth/vneid/start');
  expect(start.statusCode).toBe(302);
  const authorize = new URL(start.headers.location as string);
  expect(authorize.pathname).toBe('/dev-oidc/authorize');
  const page = await t.app.inject(`${authorize.pathname}${authorize.search}`);
  expect(page.body).toContain('Số định danh cá nhân');
  const approve = new URLSearchParams({
    redirect_uri: authorize.searchParams.get('redirect_uri')!,
    state: authorize.searchParams.get('state')!,
    nonce: authorize.searchParams.get('nonce')!,
    code_challenge: authorize.searchParams.get('code_challenge')!,
    ...identity,
  });
  const approved = await t.app.inject(`/dev-oidc/approve?${approve}`);
  expect(approved.statusCode).toBe(302);
  const callback = new URL(approved.headers.location as string);
  return t.app.inject(`${callback.pathname}${callback.search}`);
}

describe('sign-in with VNeID (development provider)', () => {
  it('creates a citizen account from the asserted identity and signs it in', async () => {
    const callback = await signInWithVneid({
      identity_number: '038201000123',
      name: 'Lý Thị Mai',
      phone_number: '0901234567',
    });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/');
    const cookie = callback.cookies.find((c) => c.name === 'kc_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `kc_session=${cookie!.value}` },
    });
    expect(me.json().user).toMatchObject({
      kind: 'citizen',
      fullName: 'Lý Thị Mai',
      idNumber: '038201000123',
      phone: '0901234567',
    });
  });

  it('links the identity to an existing citizen with the same ID number', async () => {
    const callback = await signInWithVneid({ identity_number: '001090012345', name: 'Nguyễn Văn An' });
    const cookie = callback.cookies.find((c) => c.name === 'kc_session');
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `kc_session=${cookie!.value}` },
    });
    expect(me.json().user.username).toBe('0912345678');
    const again = await signInWithVneid({ identity_number: '001090012345', name: 'Nguyễn Văn An' });
    expect(again.statusCode).toBe(302);
    const citizens = await t.deps.database.db
      .selectFrom('app_user')
      .select('id')
      .where('id_number', '=', '001090012345')
      .execute();
    expect(citizens).toHaveLength(1);
  });

  it('refuses a callback with an unknown or replayed state', async () => {
    const response = await t.app.inject('/api/v1/auth/vneid/callback?code=x&state=forged');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
  });
});
