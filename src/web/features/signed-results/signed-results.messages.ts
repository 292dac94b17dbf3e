/** Messages of the public verification page of signed results (/xac-thuc/:id) and the download links. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const signedResultMessages = defineMessages({
  'signed.title': { vi: 'Xác thực kết quả điện tử', en: 'Verify an electronic result' },
  'signed.intro': {
    vi: 'Kiểm tra văn bản kết quả giải quyết thủ tục hành chính có chữ ký số do hệ thống cấp.',
    en: 'Check a signed administrative result issued by the system.',
  },
  'signed.unchanged': { vi: 'Văn bản toàn vẹn, chữ ký số hợp lệ', en: 'Unchanged, signature valid' },
  'signed.changed': {
    vi: 'Tệp lưu trữ không khớp chữ ký số: văn bản đã bị thay đổi',
    en: 'The stored file does not match its signature',
  },
  'signed.notFound': { vi: 'Không tìm thấy kết quả với mã xác thực này', en: 'No result with this id' },
  'signed.code': { vi: 'Mã hồ sơ', en: 'Dossier code' },
  'signed.procedure': { vi: 'Thủ tục', en: 'Procedure' },
  'signed.unit': { vi: 'Đơn vị ký', en: 'Signing unit' },
  'signed.signedAt': { vi: 'Thời điểm ký', en: 'Signed at' },
  'signed.subject': { vi: 'Chứng thư số (chủ thể)', en: 'Certificate subject' },
  'signed.issuer': { vi: 'Tổ chức cấp chứng thư', en: 'Certificate issuer' },
  'signed.serial': { vi: 'Số hiệu chứng thư', en: 'Certificate serial' },
  'signed.hash': { vi: 'Mã băm SHA-256', en: 'SHA-256 hash' },
  'signed.check.title': { vi: 'Kiểm tra một tệp PDF', en: 'Check a PDF file' },
  'signed.check.hint': {
    vi: 'Chọn tệp kết quả bạn nhận được để kiểm tra chữ ký số và đối chiếu với bản hệ thống đã cấp.',
    en: 'Choose the result file you received to check its signature and compare it with the issued copy.',
  },
  'signed.check.pick': { vi: 'Chọn tệp PDF', en: 'Choose a PDF' },
  'signed.check.noSignature': { vi: 'Tệp không có chữ ký số đọc được', en: 'No readable signature' },
  'signed.check.valid': {
    vi: 'Chữ ký số hợp lệ, tệp không bị sửa đổi',
    en: 'Valid signature, file unchanged',
  },
  'signed.check.invalid': {
    vi: 'Chữ ký số không hợp lệ: tệp đã bị sửa đổi sau khi ký',
    en: 'Invalid signature: the file was changed after signing',
  },
  'signed.check.issued': {
    vi: 'Đúng là bản kết quả hệ thống đã cấp',
    en: 'This is exactly a result the system issued',
  },
  'signed.check.notIssued': {
    vi: 'Không trùng với bản kết quả nào hệ thống đã cấp',
    en: 'Not identical to any result the system issued',
  },
  'signed.check.failed': { vi: 'Không kiểm tra được tệp', en: 'The file could not be checked' },
  'signed.download': { vi: 'Tải kết quả điện tử (PDF có chữ ký số)', en: 'Download the signed result (PDF)' },
});

export function useSignedResultI18n() {
  return useFeatureI18n(signedResultMessages);
}
