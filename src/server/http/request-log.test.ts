import { describe, expect, it } from 'vitest';
import { redactLoggedUrl } from './request-log.js';

describe('logged request URLs', () => {
  it('blank the tracking PIN of the first receipt print and keep the rest', () => {
    expect(redactLoggedUrl('/api/v1/dossiers/d1/forms/receipt.html?pin=012345')).toBe(
      '/api/v1/dossiers/d1/forms/receipt.html?pin=[redacted]',
    );
    expect(redactLoggedUrl('/api/v1/dossiers/d1/forms/01.html?edition=tt03-2025&pin=012345')).toBe(
      '/api/v1/dossiers/d1/forms/01.html?edition=tt03-2025&pin=[redacted]',
    );
    expect(redactLoggedUrl('/api/v1/units/u1/tracking-book.html?from=2026-03-02')).toBe(
      '/api/v1/units/u1/tracking-book.html?from=2026-03-02',
    );
  });
});
