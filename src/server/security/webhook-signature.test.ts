import { describe, expect, it } from 'vitest';
import { signPaymentNotification, verifyPaymentSignature } from './webhook-signature.js';

const secret = 'a-test-payment-webhook-secret-0123456789';
const now = Date.UTC(2026, 2, 2, 3, 0, 0);
const timestamp = now / 1000;
const body = JSON.stringify({ notificationId: 'n-1', reference: 'KC0123456789', amount: 10000 });

const check = (overrides: Partial<Parameters<typeof verifyPaymentSignature>[0]> = {}) =>
  verifyPaymentSignature({
    secret,
    rawBody: body,
    timestamp: String(timestamp),
    signature: signPaymentNotification(secret, timestamp, body),
    nowMs: now,
    toleranceSeconds: 300,
    ...overrides,
  });

describe('payment notification signatures', () => {
  it('accepts a body signed with the secret, within the window', () => {
    expect(check()).toEqual({ ok: true });
    expect(check({ nowMs: now + 299_000 })).toEqual({ ok: true });
  });

  it('refuses a body with one byte changed', () => {
    const tampered = body.replace('10000', '10001');
    expect(tampered).not.toBe(body);
    expect(check({ rawBody: tampered })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a signature made with another key or over another timestamp', () => {
    expect(check({ signature: signPaymentNotification('another-secret', timestamp, body) }).ok).toBe(false);
    // a replay with a fresh timestamp header but the old signature
    expect(check({ timestamp: String(timestamp + 60) })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a stale or future timestamp even when correctly signed', () => {
    const old = timestamp - 301;
    expect(check({ timestamp: String(old), signature: signPaymentNotification(secret, old, body) })).toEqual({
      ok: false,
      reason: 'stale',
    });
    const future = timestamp + 301;
    expect(
      check({ timestamp: String(future), signature: signPaymentNotification(secret, future, body) }),
    ).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses unsigned and malformed headers', () => {
    expect(check({ signature: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(check({ timestamp: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(check({ signature: 'not-hex' })).toEqual({ ok: false, reason: 'malformed' });
    expect(check({ timestamp: '2026-03-02' })).toEqual({ ok: false, reason: 'malformed' });
  });
});
