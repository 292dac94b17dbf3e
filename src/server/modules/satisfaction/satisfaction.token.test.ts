import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueSurveyToken, verifySurveyToken } from './satisfaction.token.js';

const secret = 'a-test-secret-of-enough-length';
const dossierId = '0f8e2b9c-1d2a-4c3b-9e8f-7a6b5c4d3e2f';
const now = new Date('2026-03-02T02:00:00Z');
const DAY = 86_400_000;

/** A link of the first format (it carried its own expiry), signed with `key`, as any holder of a key could make. */
function firstFormatToken(key: string, expiresAt: Date): string {
  const body = Buffer.alloc(25);
  Buffer.from(dossierId.replaceAll('-', ''), 'hex').copy(body, 0);
  body.writeUInt8(1, 16);
  body.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 17);
  const mac = crypto.createHmac('sha256', key).update('kc-survey:').update(body).digest().subarray(0, 16);
  return Buffer.concat([body, mac]).toString('base64url');
}

describe('survey tokens', () => {
  it('carry the dossier, the channel and the expiry, in a short link', () => {
    const { token, expiresAt } = issueSurveyToken(secret, { dossierId, channel: 'sms', now, ttlDays: 30 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{55}$/);
    expect(expiresAt.toISOString()).toBe('2026-04-01T02:00:00.000Z');
    expect(verifySurveyToken(secret, token, now, 30)).toEqual({ dossierId, channel: 'sms', expiresAt });
  });

  it('differ for each issue and refuse any changed character or another key', () => {
    const a = issueSurveyToken(secret, { dossierId, channel: 'qr', now, ttlDays: 1 }).token;
    const b = issueSurveyToken(secret, { dossierId, channel: 'qr', now, ttlDays: 1 }).token;
    expect(a).not.toBe(b);
    for (let i = 0; i < a.length; i += 1) {
      const changed = `${a.slice(0, i)}${a[i] === 'A' ? 'B' : 'A'}${a.slice(i + 1)}`;
      expect(() => verifySurveyToken(secret, changed, now, 1), `position ${i}`).toThrow(/không hợp lệ/);
    }
    expect(() => verifySurveyToken('another-secret-of-enough-length', a, now, 1)).toThrow(/không hợp lệ/);
    expect(() => verifySurveyToken(secret, 'short', now, 1)).toThrow(/không hợp lệ/);
  });

  it('expire at their expiry instant', () => {
    const { token, expiresAt } = issueSurveyToken(secret, { dossierId, channel: 'kiosk', now, ttlDays: 1 });
    expect(() => verifySurveyToken(secret, token, new Date(expiresAt.getTime() - 1000), 1)).not.toThrow();
    expect(() => verifySurveyToken(secret, token, expiresAt, 1)).toThrow(/hết hạn/);
  });

  it('live no longer than the configured lifetime, even when issued under a longer one', () => {
    const { token } = issueSurveyToken(secret, { dossierId, channel: 'sms', now, ttlDays: 365 });
    const verified = verifySurveyToken(secret, token, now, 7);
    expect(verified.expiresAt.toISOString()).toBe('2026-03-09T02:00:00.000Z');
    expect(() => verifySurveyToken(secret, token, new Date(now.getTime() + 8 * DAY), 7)).toThrow(/hết hạn/);
  });

  it('refuse a link issued in the future', () => {
    const later = new Date(now.getTime() + 2 * DAY);
    const { token } = issueSurveyToken(secret, { dossierId, channel: 'sms', now: later, ttlDays: 30 });
    expect(() => verifySurveyToken(secret, token, now, 30)).toThrow(/không hợp lệ/);
  });

  it('honour a first-format link only while its expiry is within one lifetime', () => {
    // e.g. made with the published built-in development key: valid until 2100 before the lifetime bound
    const in2100 = firstFormatToken(secret, new Date('2100-01-01T00:00:00Z'));
    expect(() => verifySurveyToken(secret, in2100, now, 30)).toThrow(/không hợp lệ/);
    const within = new Date(now.getTime() + 10 * DAY);
    expect(verifySurveyToken(secret, firstFormatToken(secret, within), now, 30)).toEqual({
      dossierId,
      channel: 'qr',
      expiresAt: within,
    });
    expect(() => verifySurveyToken(secret, firstFormatToken(secret, within), within, 30)).toThrow(/hết hạn/);
  });
});
