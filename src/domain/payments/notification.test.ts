import { describe, expect, it } from 'vitest';
import {
  decideNotification,
  findNotificationReference,
  formatPaymentReference,
  PaymentNotification,
} from './notification.js';

const unpaid = { status: 'unpaid' as const, amount: 10000 };

describe('a verified payment notification', () => {
  it('pays an unpaid dossier when the amount matches', () => {
    expect(decideNotification({ alreadyReceived: false, payment: unpaid, amount: 10000 })).toBe('paid');
  });

  it('is a replay, with no effect, when its id was already received', () => {
    expect(decideNotification({ alreadyReceived: true, payment: unpaid, amount: 10000 })).toBe('replay');
  });

  it('refuses another amount, and never pays twice or after a refund', () => {
    expect(decideNotification({ alreadyReceived: false, payment: unpaid, amount: 9999 })).toBe(
      'amount_mismatch',
    );
    for (const status of ['paid', 'refunded'] as const) {
      expect(
        decideNotification({ alreadyReceived: false, payment: { status, amount: 10000 }, amount: 10000 }),
      ).toBe('already_settled');
    }
    expect(decideNotification({ alreadyReceived: false, payment: null, amount: 10000 })).toBe(
      'unknown_reference',
    );
  });

  it('finds the reference in the field or in the transfer description', () => {
    const base = PaymentNotification.parse({ notificationId: 'n', amount: 1 });
    expect(findNotificationReference({ ...base, reference: 'kc0123456789' })).toBe('KC0123456789');
    expect(findNotificationReference({ ...base, description: 'CK KC0123ABCDEF Le phi ho so' })).toBe(
      'KC0123ABCDEF',
    );
    expect(findNotificationReference({ ...base, description: 'Le phi ho so 000.00.01.H38' })).toBeNull();
  });

  it('formats references of 12 characters from the safe alphabet', () => {
    const reference = formatPaymentReference(Uint8Array.from({ length: 10 }, (_, i) => i * 29));
    expect(reference).toMatch(/^KC[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(formatPaymentReference(new Uint8Array(10))).toBe('KC0000000000');
  });
});
