import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { findUnitId } from '../../testing/fixtures.js';
import { authHeaders, createTestApp, sessionFrom, signIn, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const advanceSeconds = (seconds: number) => t.clock.setTo(new Date(t.clock.now().getTime() + seconds * 1000));

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

  it("makes a stranger's wrong passwords cost the real user seconds, growing, never a 15-minute lock", async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login('chuyenvien', 'bad', `10.0.1.${i + 10}`)).statusCode).toBe(401);
    const waiting = await login('chuyenvien', DEMO_PASSWORD, '10.0.1.2');
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().code).toBe('rate_limited');
    expect(waiting.headers['retry-after']).toBe('1');
    advanceSeconds(1);
    expect((await login('chuyenvien', 'bad', '10.0.1.20')).statusCode).toBe(401);
    const longer = await login('chuyenvien', DEMO_PASSWORD, '10.0.1.2');
    expect(longer.statusCode).toBe(429);
    expect(longer.headers['retry-after']).toBe('2');
    advanceSeconds(2);
    expect((await login('chuyenvien', DEMO_PASSWORD, '10.0.1.2')).statusCode).toBe(200);
    // the success cleared the failures: the next wrong password is answered at once
    expect((await login('chuyenvien', 'bad', '10.0.1.2')).statusCode).toBe(401);
  });

  it('counts parallel wrong passwords before checking them: only five are evaluated', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login('lanhdao', `wrong-${i}`, `10.0.3.${i + 1}`)),
    );
    const statuses = attempts.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(25);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    expect((await login('lanhdao', DEMO_PASSWORD, '10.0.3.99')).statusCode).toBe(429);
    advanceSeconds(1);
    expect((await login('lanhdao', DEMO_PASSWORD, '10.0.3.99')).statusCode).toBe(200);
  });

  it('answers an unknown login name like a known one, delays included', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login('khong.ton.tai', 'bad', `10.0.4.${i + 1}`)).statusCode).toBe(401);
    expect((await login('khong.ton.tai', 'bad', '10.0.4.9')).statusCode).toBe(429);
  });

  it('throttles a client address that keeps failing', async () => {
    for (let i = 0; i < 30; i += 1) await login(`nobody${i}`, 'bad', '10.0.9.9');
    const response = await login('truongmotcua', DEMO_PASSWORD, '10.0.9.9');
    expect(response.statusCode).toBe(429);
    expect(response.json().code).toBe('rate_limited');
    expect((await login('truongmotcua', DEMO_PASSWORD, '10.0.9.10')).statusCode).toBe(200);
  });

  it("leaves an account's count alone when the address is refused first", async () => {
    // the account already has 4 failures: one more counted would make the real user wait
    for (let i = 0; i < 4; i += 1) await login('noivu', 'bad', `10.0.8.${i + 1}`);
    for (let i = 0; i < 30; i += 1) await login(`nobody-b${i}`, 'bad', '10.0.8.100');
    for (let i = 0; i < 5; i += 1) {
      expect((await login('noivu', 'bad', '10.0.8.100')).statusCode).toBe(429);
    }
    expect((await login('noivu', DEMO_PASSWORD, '10.0.8.200')).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For from a client that is not a configured proxy', async () => {
    for (let i = 0; i < 30; i += 1) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: `spoof${i}`, password: 'bad' },
        remoteAddress: '10.0.8.8',
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
      });
      expect(response.statusCode).toBe(401);
    }
    const rotated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'spoof-last', password: 'bad' },
      remoteAddress: '10.0.8.8',
      headers: { 'x-forwarded-for': '203.0.113.200' },
    });
    expect(rotated.statusCode).toBe(429);
  });
});

describe('behind a configured proxy (TRUST_PROXY)', () => {
  it('takes the client address from X-Forwarded-For only when the proxy is trusted', async () => {
    const proxied = await createTestApp({ env: { TRUST_PROXY: '10.0.7.1' } });
    try {
      let attempt = 0;
      const viaProxy = (client: string) =>
        proxied.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: `ai-do-${(attempt += 1)}`, password: 'bad' },
          remoteAddress: '10.0.7.1',
          headers: { 'x-forwarded-for': client },
        });
      for (let i = 0; i < 30; i += 1) expect((await viaProxy('198.51.100.1')).statusCode).toBe(401);
      expect((await viaProxy('198.51.100.1')).statusCode).toBe(429);
      // another client behind the same proxy is its own address
      expect((await viaProxy('198.51.100.2')).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
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
      password: 'Sen hồng nở sớm',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ kind: 'citizen', phone: '0987654321', roles: [] });
    expect((await login('0987654321', 'Sen hồng nở sớm', '10.0.2.1')).statusCode).toBe(200);
    expect((await login('001195012345', 'Sen hồng nở sớm', '10.0.2.1')).statusCode).toBe(200);
    const session = sessionFrom(response);
    const users = await t.app.inject({ url: '/api/v1/users', headers: authHeaders(session) });
    expect(users.statusCode).toBe(403);
  });

  it('refuses an invalid phone number, and a taken phone or ID number with one generic answer', async () => {
    const bad = await register({
      fullName: 'A B',
      phone: '0123',
      idNumber: '001195012346',
      password: 'Trời xanh mây trắng',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    const phoneTaken = await register({
      fullName: 'Nguyễn Văn An',
      phone: '0912345678',
      idNumber: '001090099999',
      password: 'Trời xanh mây trắng',
    });
    const idTaken = await register({
      fullName: 'Nguyễn Văn An',
      phone: '0977000111',
      idNumber: '001090012345',
      password: 'Trời xanh mây trắng',
    });
    expect(phoneTaken.statusCode).toBe(409);
    expect(idTaken.statusCode).toBe(409);
    const answer = (response: typeof idTaken) => {
      const { requestId: _ignored, ...rest } = response.json<Record<string, unknown>>();
      return rest;
    };
    expect(answer(idTaken)).toEqual(answer(phoneTaken));
    expect(phoneTaken.json()).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Không thể đăng ký với thông tin này'),
      details: null,
    });
  });

  it.each([
    ['MatKhau12', 'ít nhất 10 ký tự'],
    ['Password123!', 'quá phổ biến'],
    ['Ha0977123456', 'không được chứa'],
    ['HaSo001195099999', 'không được chứa'],
  ])('refuses the weak password %s', async (password, message) => {
    const response = await register({
      fullName: 'Lê Thị Yếu',
      phone: '0977123456',
      idNumber: '001195099999',
      password,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
  });

  it('limits refused registrations per client address', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        remoteAddress: '10.0.5.5',
        payload: {
          fullName: 'Người Dò',
          phone: '0912345678',
          idNumber: '001090012345',
          password: 'Trời xanh mây trắng',
        },
      });
    for (let i = 0; i < 10; i += 1) expect((await attempt()).statusCode).toBe(409);
    expect((await attempt()).statusCode).toBe(429);
  });

  it('refuses a weak new password when changing it, and counts wrong current passwords', async () => {
    const session = await signIn(t.app, '0912345678');
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/change-password',
        headers: authHeaders(session),
        payload: { currentPassword, newPassword },
      });
    const weak = await change(DEMO_PASSWORD, 'qwerty123456');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().message).toContain('quá phổ biến');
    for (let i = 0; i < 5; i += 1)
      expect((await change('doan-mo', 'Một mật khẩu mới dài')).statusCode).toBe(400);
    expect((await change(DEMO_PASSWORD, 'Một mật khẩu mới dài')).statusCode).toBe(429);
    advanceSeconds(1);
    expect((await login('0912345678', DEMO_PASSWORD, '10.0.2.3')).statusCode).toBe(200);
  });

  it('signs in the demo citizen by phone', async () => {
    const response = await login('0912345678', DEMO_PASSWORD, '10.0.2.2');
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      kind: 'citizen',
      fullName: 'Nguyễn Văn An',
      provinceId: null,
    });
  });

  it("names the province of an official's unit, where the portal opens", async () => {
    const response = await login('chuyenvien', DEMO_PASSWORD, '10.0.2.3');
    expect(response.json().user.provinceId).toBe(await findUnitId(t, '01'));
  });
});
