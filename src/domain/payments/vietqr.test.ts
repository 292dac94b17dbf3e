import { describe, expect, it } from 'vitest';
import { buildVietQrPayload, computeCrc16, toTransferText } from './vietqr.js';

describe('VietQR', () => {
  it('computes CRC-16/CCITT-FALSE', () => {
    // the standard check value of CRC-16/CCITT-FALSE for "123456789"
    expect(computeCrc16('123456789')).toBe('29B1');
  });

  it('builds an EMVCo payload with the NAPAS transfer-to-account service', () => {
    const payload = buildVietQrPayload({
      bankBin: '970415',
      accountNumber: '113366668888',
      amount: 50000,
      description: 'Lệ phí hồ sơ 000.01.90.H26-260302-0001',
    });
    expect(payload.startsWith('000201010212')).toBe(true);
    expect(payload).toContain('0010A000000727');
    expect(payload).toContain('0006970415');
    expect(payload).toContain('0112113366668888');
    expect(payload).toContain('0208QRIBFTTA');
    expect(payload).toContain('5303704');
    expect(payload).toContain('540550000');
    expect(payload).toContain('5802VN');
    expect(payload).toContain('Le phi ho so 000.01.90.H26-260302-0001');
    expect(payload.slice(-8, -4)).toBe('6304');
    expect(payload.slice(-4)).toBe(computeCrc16(payload.slice(0, -4)));
  });

  it('strips Vietnamese diacritics from the transfer text', () => {
    expect(toTransferText('Đăng ký khai sinh — Nguyễn Văn Ân')).toBe('Dang ky khai sinh Nguyen Van An');
  });

  it('rejects malformed inputs', () => {
    expect(() => buildVietQrPayload({ bankBin: '97041', accountNumber: '1' })).toThrow(/BIN/);
    expect(() => buildVietQrPayload({ bankBin: '970415', accountNumber: '1', amount: 10.5 })).toThrow(
      /amount/,
    );
  });
});
