import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness.js';
import { SWAGGER_UI_CSP } from './security-headers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SERVE_WEB: 'true' } });
});
afterAll(async () => {
  await t.close();
});

function expectSecurityHeaders(headers: Record<string, unknown>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
}

describe('security headers', () => {
  it('go with API responses and errors', async () => {
    for (const url of ['/api/health', '/api/v1/auth/me', '/api/v1/nothing-here']) {
      const response = await t.app.inject(url);
      expectSecurityHeaders(response.headers);
      expect(response.headers['content-security-policy'], url).toContain("default-src 'self'");
    }
  });

  it('give the web app a policy that allows its own scripts only, and Ant Design its inline styles', async () => {
    // the page itself when the web app is built, otherwise the not-found answer of the same route
    const page = await t.app.inject('/tre-han');
    expectSecurityHeaders(page.headers);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('give the API documentation its own policy', async () => {
    for (const url of ['/api/docs/', '/api/docs/static/swagger-ui-bundle.js']) {
      const docs = await t.app.inject(url);
      expect(docs.statusCode, url).toBe(200);
      expectSecurityHeaders(docs.headers);
      expect(docs.headers['content-security-policy'], url).toBe(SWAGGER_UI_CSP);
    }
  });
});
