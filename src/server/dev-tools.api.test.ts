/** Without DEV_TOOLS (the default outside `npm start`) no development convenience answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SURVEY_TOKEN_SECRET } from './config.js';
import { issueSurveyToken } from './modules/satisfaction/satisfaction.token.js';
import { authHeaders, createTestApp, signIn, type TestApp } from './testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { DEV_TOOLS: '0' } });
});
afterAll(async () => {
  await t.close();
});

describe('without DEV_TOOLS', () => {
  it('offers no development identity provider', async () => {
    expect((await t.app.inject('/api/v1/auth/providers')).json()).toEqual({
      vneid: false,
      vneidIsDevelopment: false,
    });
    expect((await t.app.inject('/dev-oidc/.well-known/openid-configuration')).statusCode).toBe(404);
    expect((await t.app.inject('/dev-oidc/authorize')).statusCode).toBe(404);
    expect((await t.app.inject('/api/v1/auth/vneid/start')).statusCode).toBe(404);
  });

  it('has no development clock, even for a system administrator', async () => {
    const admin = await signIn(t.app, 'admin');
    const moved = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dev/clock',
      headers: authHeaders(admin),
      payload: { advanceMinutes: 60 },
    });
    expect(moved.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/dev/clock', headers: authHeaders(admin) })).statusCode).toBe(
      404,
    );
  });

  it('has no payment simulator, and the webhook refuses the simulator as a sender', async () => {
    const citizen = await signIn(t.app, '0912345678');
    const simulated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dev/payments/0f8e2b9c-1d2a-4c3b-9e8f-7a6b5c4d3e2f/simulate',
      headers: authHeaders(citizen),
    });
    expect(simulated.statusCode).toBe(404);
    const webhook = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/webhook/simulator',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(webhook.statusCode).toBe(404);
  });

  it('refuses survey links signed with the built-in development key', async () => {
    const { token } = issueSurveyToken(DEV_SURVEY_TOKEN_SECRET, {
      dossierId: '0f8e2b9c-1d2a-4c3b-9e8f-7a6b5c4d3e2f',
      channel: 'sms',
      now: t.clock.now(),
      ttlDays: 30,
    });
    const survey = await t.app.inject(`/api/v1/public/surveys/${token}`);
    expect(survey.statusCode).toBe(404);
    expect(survey.json().details).toEqual({ reason: 'invalid' });
  });
});
