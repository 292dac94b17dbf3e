import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, setApiLocale, setCsrfToken, setUnauthenticatedHandler } from './http';

interface Sent {
  url: string;
  init: RequestInit;
}

function stubFetch(status: number, body: unknown): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  });
  return sent;
}

function headersOf(sent: Sent[]): Record<string, string> {
  return (sent[0]?.init.headers ?? {}) as Record<string, string>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setApiLocale('vi');
  setUnauthenticatedHandler(null);
});

describe('the API client', () => {
  it('sends the CSRF token on state-changing requests only', async () => {
    setCsrfToken('token-1');
    const sent = stubFetch(200, { ok: true });
    await api.post('/auth/logout', {});
    await api.get('/units', { roots: true, q: undefined });
    expect(headersOf(sent)['x-csrf-token']).toBe('token-1');
    expect((sent[1]?.init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect(sent[1]?.url).toBe('/api/v1/units?roots=true');
  });

  it('asks for messages in the chosen language', async () => {
    setApiLocale('en');
    const sent = stubFetch(200, {});
    await api.get('/auth/me');
    expect(headersOf(sent)['accept-language']).toBe('en');
  });

  it('turns the error shape into an ApiError carrying the server message', async () => {
    stubFetch(409, {
      code: 'conflict',
      message: 'Dữ liệu đã được người khác thay đổi.',
      details: null,
      requestId: 'r1',
    });
    const error = await api.patch('/units/x', { version: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', requestId: 'r1' });
    expect((error as ApiError).message).toBe('Dữ liệu đã được người khác thay đổi.');
  });

  it('reports an ended session, unless a 401 is an expected answer', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    stubFetch(401, {
      code: 'unauthenticated',
      message: 'Vui lòng đăng nhập.',
      details: null,
      requestId: 'r2',
    });
    await expect(api.get('/users')).rejects.toThrow('Vui lòng đăng nhập.');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(api.post('/auth/login', {}, { redirectOnUnauthenticated: false })).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('explains a network failure in the interface language', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(api.get('/units')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});
