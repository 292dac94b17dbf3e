/** Messages of the conduct screens: codes of conduct, acknowledgements and commitments. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const conductMessages = defineMessages({
  'cond.title': { vi: 'Quy tắc ứng xử và cam kết', en: 'Code of conduct and commitments' },
  'cond.code': { vi: 'Quy tắc ứng xử', en: 'Code of conduct' },
  'cond.rules': { vi: 'Quy tắc', en: 'Rules' },
  'cond.principles': { vi: 'Nguyên tắc ứng xử với người dân', en: 'Principles for dealing with citizens' },
  'cond.version': {
    vi: 'Phiên bản {version}, công bố ngày {date}',
    en: 'Version {version}, published {date}',
  },
  'cond.none': { vi: 'Đơn vị chưa công bố quy tắc ứng xử.', en: 'No code of conduct published yet.' },
  'cond.ack': { vi: 'Tôi đã đọc và cam kết thực hiện', en: 'I have read it and will comply' },
  'cond.acked': { vi: 'Đã xác nhận ngày {date}', en: 'Acknowledged on {date}' },
  'cond.publicLink': { vi: 'Trang công khai', en: 'Public page' },
  'cond.publish': { vi: 'Công bố phiên bản mới', en: 'Publish a new version' },
  'cond.published': { vi: 'Đã công bố.', en: 'Published.' },
  'cond.codeTitle': { vi: 'Tiêu đề', en: 'Title' },
  'cond.acks': { vi: 'Tình hình xác nhận', en: 'Acknowledgements' },
  'cond.ackAt': { vi: 'Ngày xác nhận', en: 'Acknowledged' },
  'cond.notAcked': { vi: 'Chưa xác nhận', en: 'Not yet' },
  'cond.person': { vi: 'Cán bộ', en: 'Official' },
  'cond.unit': { vi: 'Đơn vị', en: 'Unit' },
  'com.title': { vi: 'Cam kết, đăng ký thi đua', en: 'Commitments and emulation' },
  'com.kind.commitment': { vi: 'Cam kết', en: 'Commitment' },
  'com.kind.emulation': { vi: 'Đăng ký thi đua', en: 'Emulation registration' },
  'com.year': { vi: 'Năm', en: 'Year' },
  'com.who': { vi: 'Cá nhân / tập thể', en: 'Person / unit' },
  'com.unitItself': { vi: '(Tập thể)', en: '(Unit)' },
  'com.text': { vi: 'Nội dung', en: 'Text' },
  'com.signedOn': { vi: 'Ngày ký', en: 'Signed on' },
  'com.register': { vi: 'Đăng ký của tôi', en: 'Register mine' },
  'com.registered': { vi: 'Đã đăng ký.', en: 'Registered.' },
});

export function useConductI18n() {
  return useFeatureI18n(conductMessages);
}
