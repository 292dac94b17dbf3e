/** Signing in over HTTP, as a browser would: the session cookie and the CSRF token for writes. */
import { DEMO_PASSWORD } from '../../src/server/seed/demo.js';

export interface BenchSession {
  headers: Record<string, string>;
}

/** Signs a demo account in; throws when the server refuses. */
export async function signInOverHttp(baseUrl: string, username: string): Promise<BenchSession> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('kc_session='));
  const body = (await response.json()) as { csrfToken: string };
  if (!cookie) throw new Error('no session cookie');
  return { headers: { cookie, 'x-csrf-token': body.csrfToken } };
}
