import { describe, expect, it } from 'vitest';
import { buildResultDocument, buildVerificationPage, verificationUrl } from './result-document.js';

const input = {
  unitName: 'UBND Phường Ba Đình',
  authorityName: 'UBND Thành phố Hà Nội',
  dossierCode: '000.01.90.H26-260302-0001',
  procedureName: 'Chứng thực bản sao',
  applicantName: 'Lê Thị Đánh Giá',
  signedAt: Date.UTC(2026, 2, 2, 17, 30), // 00:30 on 03/03 in Hà Nội
  verifyUrl: 'https://kycuong.example/xac-thuc/abc',
};

describe('result documents', () => {
  it('builds the verification address without doubled slashes', () => {
    expect(verificationUrl('https://kycuong.example/', 'abc')).toBe('https://kycuong.example/xac-thuc/abc');
  });

  it('prints the verification address as a line and a QR code, with the local date', () => {
    for (const doc of [buildResultDocument(input), buildVerificationPage(input)]) {
      const text = JSON.stringify(doc.blocks);
      expect(text).toContain('Xác thực văn bản tại: ');
      expect(doc.blocks).toContainEqual(expect.objectContaining({ kind: 'qr', url: input.verifyUrl }));
      expect(text).toContain('03/03/2026');
      expect(text).toContain(input.dossierCode);
    }
  });

  it('names the applicant and the procedure on the generated result', () => {
    const text = JSON.stringify(buildResultDocument(input).blocks);
    expect(text).toContain('Lê Thị Đánh Giá');
    expect(text).toContain('Chứng thực bản sao');
  });
});
