import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { authHeaders, createTestApp, sessionFrom, signIn, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const login = (username: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });

describe('health and docs', () => {
  it('answers health with the database kind and latest migration', async () => {
    const response = await t.app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.database).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.migration).toMatch(/^\d{8}_\d{4}_/);
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.app.inject('/api/docs/json');
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toContain('/api/v1/auth/login');
  });

  it('answers unknown API paths with the error shape', async () => {
    const response = await t.app.inject('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found', requestId: expect.any(String) });
  });
});

describe('login', () => {
  it('sets a Secure, HttpOnly, SameSite session cookie', async () => {
    const response = await login('tiepnhan', DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'kc_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    expect(response.json().user).toMatchObject({ username: 'tiepnhan', roles: ['reception'] });
  });

  it('rejects a wrong password with a Vietnamese message', async () => {
    const response = await login('lanhdao', 'wrong-password', '10.0.0.2');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'unauthenticated',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
  });

  it('rejects a malformed body with validation_failed naming the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().message).toContain('password');
  });

  it('locks an account after five failures, even for the right password, until the lock ends', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login('chuyenvien', 'bad', '10.0.1.1')).statusCode).toBe(401);
    const locked = await login('chuyenvien', DEMO_PASSWORD, '10.0.1.2');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('account_locked');
    t.clock.advanceMinutes(16);
    expect((await login('chuyenvien', DEMO_PASSWORD, '10.0.1.2')).statusCode).toBe(200);
  });

  it('throttles a client address that keeps failing', async () => {
    for (let i = 0; i < 30; i += 1) await login(`nobody${i}`, 'bad', '10.0.9.9');
    const response = await login('truongmotcua', DEMO_PASSWORD, '10.0.9.9');
    expect(response.statusCode).toBe(429);
    expect(response.json().code).toBe('rate_limited');
    expect((await login('truongmotcua', DEMO_PASSWORD, '10.0.9.10')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('expires a session left idle longer than the idle limit', async () => {
    const session = await signIn(t.app, 'thanhtra');
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: authHeaders(session) })).statusCode).toBe(
      200,
    );
    t.clock.advanceMinutes(61);
    const response = await t.app.inject({ url: '/api/v1/auth/me', headers: authHeaders(session) });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
  });

  it('expires a session at its absolute lifetime even when active', async () => {
    const session = await signIn(t.app, 'thanhtra');
    for (let hour = 0; hour < 8; hour += 1) {
      t.clock.advanceMinutes(59);
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: authHeaders(session) })).statusCode).toBe(
        200,
      );
    }
    t.clock.advanceMinutes(10);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: authHeaders(session) })).statusCode).toBe(
      401,
    );
  });

  it('ends the session at logout', async () => {
    const session = await signIn(t.app, 'lanhdao');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: authHeaders(session),
    });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: authHeaders(session) })).statusCode).toBe(
      401,
    );
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the CSRF token, and with a wrong one', async () => {
    const session = await signIn(t.app, 'lanhdao');
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
      payload: { fullName: 'Người lạ' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf_failed');
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
      payload: { fullName: 'Người lạ' },
    });
    expect(wrong.statusCode).toBe(403);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: authHeaders(session) });
    expect(me.json().user.fullName).toBe('Hoàng Văn Em');
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: authHeaders(session),
      payload: { fullName: 'Hoàng Văn Em', locale: 'en' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.locale).toBe('en');
  });

  it('refuses a cross-site logout', async () => {
    const session = await signIn(t.app, 'lanhdao');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(out.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: authHeaders(session) })).statusCode).toBe(
      200,
    );
  });
});

describe('citizens', () => {
  const register = (payload: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });

  it('registers with phone and ID number, then signs in with either', async () => {
    const response = await register({
      fullName: 'Trịnh Thu Hà',
      phone: '+84 987 654 321',
      idNumber: '001195012345',
      password: 'MatKhau123',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ kind: 'citizen', phone: '0987654321', roles: [] });
    expect((await login('0987654321', 'MatKhau123', '10.0.2.1')).statusCode).toBe(200);
    expect((await login('001195012345', 'MatKhau123', '10.0.2.1')).statusCode).toBe(200);
    const session = sessionFrom(response);
    const users = await t.app.inject({ url: '/api/v1/users', headers: authHeaders(session) });
    expect(users.statusCode).toBe(403);
  });

  it('refuses an invalid phone number and a duplicate registration', async () => {
    const bad = await register({
      fullName: 'A B',
      phone: '0123',
      idNumber: '001195012346',
      password: 'MatKhau123',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    const duplicate = await register({
      fullName: 'Nguyễn Văn An',
      phone: '0912345678',
      idNumber: '001090099999',
      password: 'MatKhau123',
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('signs in the demo citizen by phone', async () => {
    const response = await login('0912345678', DEMO_PASSWORD, '10.0.2.2');
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ kind: 'citizen', fullName: 'Nguyễn Văn An' });
  });
});
