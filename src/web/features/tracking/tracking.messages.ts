/** Messages of the public tracking page (/tra-cuu). */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const trackingMessages = defineMessages({
  'track.title': { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  'track.intro': {
    vi: 'Nhập mã hồ sơ và mã tra cứu in trên giấy tiếp nhận. Mất giấy tiếp nhận: đăng nhập để xem hồ sơ của mình, hoặc liên hệ bộ phận Một cửa.',
    en: 'Enter the dossier code and the tracking PIN printed on the receipt slip. Lost the slip? Sign in to see your dossiers, or ask the one-stop counter.',
  },
  'track.code': { vi: 'Mã hồ sơ', en: 'Dossier code' },
  'track.code.placeholder': {
    vi: 'Ví dụ: 000.01.90.H26-250115-0001',
    en: 'e.g. 000.01.90.H26-250115-0001',
  },
  'track.secret': { vi: 'Mã tra cứu', en: 'Tracking PIN' },
  'track.secret.help': {
    vi: '6 số in trên giấy tiếp nhận.',
    en: '6 digits printed on the receipt slip.',
  },
  'track.secret.invalid': {
    vi: 'Mã tra cứu gồm 6 chữ số.',
    en: 'The PIN has 6 digits.',
  },
  'track.submit': { vi: 'Tra cứu', en: 'Track' },
  'track.failed': { vi: 'Không tra cứu được hồ sơ', en: 'The dossier could not be found' },
  'track.status': { vi: 'Tình trạng', en: 'Status' },
  'track.procedure': { vi: 'Thủ tục', en: 'Procedure' },
  'track.receivedAt': { vi: 'Ngày tiếp nhận', en: 'Received' },
  'track.dueAt': { vi: 'Hẹn trả kết quả', en: 'Result due' },
  'track.step': { vi: 'Đang ở bước', en: 'Current step' },
  'track.returnedAt': { vi: 'Đã trả kết quả lúc', en: 'Result returned' },
  'track.payment': { vi: 'Phí, lệ phí', en: 'Fees' },
  'track.receipt': { vi: 'Tải biên lai điện tử (PDF)', en: 'Download the e-receipt (PDF)' },
  'track.history': { vi: 'Quá trình giải quyết', en: 'Progress' },
  'track.notYet': { vi: 'Chưa có', en: 'Not yet' },
});

/** The language and a translate function that knows the tracking page's messages. */
export function useTrackingI18n() {
  return useFeatureI18n(trackingMessages);
}
