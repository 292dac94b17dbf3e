import { describe, expect, it } from 'vitest';
import { issueSurveyToken, verifySurveyToken } from './satisfaction.token.js';

const secret = 'a-test-secret-of-enough-length';
const dossierId = '0f8e2b9c-1d2a-4c3b-9e8f-7a6b5c4d3e2f';
const now = new Date('2026-03-02T02:00:00Z');

describe('survey tokens', () => {
  it('carry the dossier, the channel and the expiry, in a short link', () => {
    const { token, expiresAt } = issueSurveyToken(secret, { dossierId, channel: 'sms', now, ttlDays: 30 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{55}$/);
    expect(expiresAt.toISOString()).toBe('2026-04-01T02:00:00.000Z');
    expect(verifySurveyToken(secret, token, now)).toEqual({ dossierId, channel: 'sms', expiresAt });
  });

  it('differ for each issue and refuse any changed character or another key', () => {
    const a = issueSurveyToken(secret, { dossierId, channel: 'qr', now, ttlDays: 1 }).token;
    const b = issueSurveyToken(secret, { dossierId, channel: 'qr', now, ttlDays: 1 }).token;
    expect(a).not.toBe(b);
    for (let i = 0; i < a.length; i += 1) {
      const changed = `${a.slice(0, i)}${a[i] === 'A' ? 'B' : 'A'}${a.slice(i + 1)}`;
      expect(() => verifySurveyToken(secret, changed, now), `position ${i}`).toThrow(/không hợp lệ/);
    }
    expect(() => verifySurveyToken('another-secret-of-enough-length', a, now)).toThrow(/không hợp lệ/);
    expect(() => verifySurveyToken(secret, 'short', now)).toThrow(/không hợp lệ/);
  });

  it('expire at their expiry instant', () => {
    const { token, expiresAt } = issueSurveyToken(secret, { dossierId, channel: 'kiosk', now, ttlDays: 1 });
    expect(() => verifySurveyToken(secret, token, new Date(expiresAt.getTime() - 1000))).not.toThrow();
    expect(() => verifySurveyToken(secret, token, expiresAt)).toThrow(/hết hạn/);
  });
});
