import { describe, expect, it } from 'vitest';
import {
  DEV_AUDIT_CHECKPOINT_KEY,
  DEV_PAYMENT_WEBHOOK_SECRET,
  DEV_SURVEY_TOKEN_SECRET,
  loadConfig,
} from './config.js';

const secrets = {
  SURVEY_TOKEN_SECRET: 'a-production-survey-secret',
  AUDIT_CHECKPOINT_KEY: 'a-production-checkpoint-key',
  PAYMENT_WEBHOOK_SECRET: 'a-production-payment-webhook-secret-0123',
  RESULT_SIGNING: 'off',
};

describe('loadConfig', () => {
  it('keeps development conveniences off unless DEV_TOOLS says so', () => {
    expect(loadConfig({}).devTools).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).devTools).toBe(false);
    expect(loadConfig({ DEV_TOOLS: '1' }).devTools).toBe(true);
  });

  it('uses the built-in survey key only with DEV_TOOLS', () => {
    expect(loadConfig({ DEV_TOOLS: '1' }).survey.tokenSecret).toBe(DEV_SURVEY_TOKEN_SECRET);
    const plain = loadConfig({});
    expect(plain.survey.tokenSecret).not.toBe(DEV_SURVEY_TOKEN_SECRET);
    expect(plain.survey.tokenSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ SURVEY_TOKEN_SECRET: DEV_SURVEY_TOKEN_SECRET }).survey.tokenSecret).not.toBe(
      DEV_SURVEY_TOKEN_SECRET,
    );
    expect(loadConfig({ SURVEY_TOKEN_SECRET: secrets.SURVEY_TOKEN_SECRET }).survey.tokenSecret).toBe(
      secrets.SURVEY_TOKEN_SECRET,
    );
  });

  it('refuses to start production that would issue electronic results unsigned', () => {
    const { RESULT_SIGNING: _off, ...withoutChoice } = secrets;
    expect(() => loadConfig({ NODE_ENV: 'production', ...withoutChoice })).toThrow(/SIGNING_P12_PATH/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ...withoutChoice, SIGNING_P12_PATH: '/nonexistent/key.p12' }),
    ).toThrow(/no file at/);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).signing).toMatchObject({
      enabled: false,
      devIdentities: false,
    });
    expect(loadConfig({ NODE_ENV: 'test' }).signing).toMatchObject({ enabled: true, devIdentities: true });
  });

  it('refuses to start production with DEV_TOOLS on', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEV_TOOLS: '1', ...secrets })).toThrow(/DEV_TOOLS/);
  });

  it('refuses to start production without its own secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SURVEY_TOKEN_SECRET.*AUDIT_CHECKPOINT_KEY/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ...secrets, SURVEY_TOKEN_SECRET: DEV_SURVEY_TOKEN_SECRET }),
    ).toThrow(/SURVEY_TOKEN_SECRET/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ...secrets, AUDIT_CHECKPOINT_KEY: DEV_AUDIT_CHECKPOINT_KEY }),
    ).toThrow(/AUDIT_CHECKPOINT_KEY/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ...secrets, PAYMENT_WEBHOOK_SECRET: DEV_PAYMENT_WEBHOOK_SECRET }),
    ).toThrow(/PAYMENT_WEBHOOK_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, PAYMENT_WEBHOOK_SECRET: 'short' })).toThrow(
      /PAYMENT_WEBHOOK_SECRET/,
    );
    const production = loadConfig({ NODE_ENV: 'production', ...secrets });
    expect(production).toMatchObject({
      devTools: false,
      demo: false,
      survey: { tokenSecret: secrets.SURVEY_TOKEN_SECRET },
      auditCheckpointKey: secrets.AUDIT_CHECKPOINT_KEY,
      payment: { webhookSecret: secrets.PAYMENT_WEBHOOK_SECRET },
    });
  });
});
