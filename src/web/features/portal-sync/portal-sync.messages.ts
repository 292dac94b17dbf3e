/** Messages of the national portal synchronisation screen ("Đồng bộ Cổng Dịch vụ công quốc gia"). */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const portalSyncMessages = defineMessages({
  'page.title': { vi: 'Đồng bộ Cổng Dịch vụ công quốc gia', en: 'National portal synchronisation' },
  'page.subtitle': {
    vi: 'Mỗi thay đổi của hồ sơ được xếp hàng gửi lên Cổng Dịch vụ công quốc gia; lỗi được gửi lại tự động với thời gian chờ tăng dần.',
    en: 'Every dossier change is queued for the national public-service portal; failures are retried automatically with growing waits.',
  },
  'state.off': {
    vi: 'Chưa cấu hình NATIONAL_PORTAL_URL: không đồng bộ.',
    en: 'NATIONAL_PORTAL_URL is not set: synchronisation is off.',
  },
  'state.standIn': {
    vi: 'Đang gửi đến cổng thử nghiệm (/dev/national-portal), không phải cổng thật.',
    en: 'Sending to the development stand-in (/dev/national-portal), not the real portal.',
  },
  'stat.backlog': { vi: 'Thay đổi chờ gửi', en: 'Changes waiting' },
  'stat.oldest': { vi: 'Chờ lâu nhất', en: 'Oldest waiting' },
  'stat.failed': { vi: 'Lỗi, sẽ gửi lại', en: 'Failed, will retry' },
  'stat.dead': { vi: 'Đã ngừng gửi', en: 'Given up' },
  'stat.synced': { vi: 'Hồ sơ đã đồng bộ', en: 'Dossiers synchronised' },
  'age.none': { vi: 'Không có', en: 'None' },
  'age.minutes': { vi: '{n} phút', en: '{n} min' },
  'age.hours': { vi: '{h} giờ {m} phút', en: '{h} h {m} min' },
  'age.days': { vi: '{d} ngày {h} giờ', en: '{d} d {h} h' },
  'failures.title': { vi: 'Thay đổi gửi lỗi', en: 'Failed changes' },
  'failures.empty': { vi: 'Không có thay đổi nào gửi lỗi.', en: 'No failed changes.' },
  'col.code': { vi: 'Mã hồ sơ', en: 'Dossier code' },
  'col.seq': { vi: 'Thay đổi số', en: 'Change no.' },
  'col.status': { vi: 'Trạng thái', en: 'State' },
  'col.attempts': { vi: 'Số lần gửi', en: 'Attempts' },
  'col.next': { vi: 'Gửi lại lúc', en: 'Next attempt' },
  'col.error': { vi: 'Lỗi gần nhất', en: 'Last error' },
  'status.failed': { vi: 'Sẽ gửi lại', en: 'Will retry' },
  'status.dead': { vi: 'Đã ngừng', en: 'Given up' },
  'retry.button': { vi: 'Gửi lại', en: 'Retry now' },
  'retry.done': { vi: 'Đã xếp {n} thay đổi để gửi lại ngay.', en: '{n} changes queued to be sent now.' },
  'load.error': { vi: 'Không tải được tình trạng đồng bộ.', en: 'Could not load the synchronisation state.' },
});

/** The language and a translate function that knows the synchronisation messages. */
export function usePortalSyncI18n() {
  return useFeatureI18n(portalSyncMessages);
}
