/** Messages of the paper transfer screens: "Chuyển hồ sơ giấy", the slip list and the dossier's transfer card. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const paperTransferMessages = defineMessages({
  'page.title': { vi: 'Chuyển hồ sơ giấy', en: 'Paper dossier transfer' },
  'page.subtitle': {
    vi: 'Hồ sơ giấy tiếp nhận trước 15 giờ chuyển đến đơn vị xử lý trong ngày; sau 15 giờ chuyển vào đầu giờ ngày làm việc tiếp theo.',
    en: 'Paper dossiers received before 15:00 go to the processing unit the same day; after 15:00, the next working morning.',
  },
  'tab.awaiting': { vi: 'Chờ chuyển', en: 'Awaiting transfer' },
  'tab.batches': { vi: 'Phiếu chuyển', en: 'Transfer slips' },
  'tab.late': { vi: 'Chuyển trễ', en: 'Late transfers' },
  'col.code': { vi: 'Mã hồ sơ', en: 'Dossier code' },
  'col.procedure': { vi: 'Thủ tục', en: 'Procedure' },
  'col.applicant': { vi: 'Người nộp', en: 'Applicant' },
  'col.receivedAt': { vi: 'Tiếp nhận lúc', en: 'Received at' },
  'col.dueAt': { vi: 'Hạn chuyển', en: 'Transfer due' },
  'col.toUnit': { vi: 'Đơn vị nhận', en: 'Receiving unit' },
  'col.fromUnit': { vi: 'Đơn vị giao', en: 'Sending unit' },
  'col.status': { vi: 'Tình trạng', en: 'State' },
  'col.number': { vi: 'Số phiếu', en: 'Slip number' },
  'col.handed': { vi: 'Bàn giao', en: 'Handed over' },
  'col.received': { vi: 'Xác nhận nhận', en: 'Receipt confirmed' },
  'col.count': { vi: 'Số hồ sơ', en: 'Dossiers' },
  'status.pending': { vi: 'Chờ chuyển', en: 'Pending' },
  'status.overdue': { vi: 'Quá hạn chuyển', en: 'Overdue' },
  'status.on_time': { vi: 'Chuyển đúng hạn', en: 'On time' },
  'status.late': { vi: 'Chuyển trễ', en: 'Late' },
  'awaiting.empty': { vi: 'Không có hồ sơ giấy nào chờ chuyển.', en: 'No paper dossier awaits transfer.' },
  'awaiting.create': { vi: 'Lập phiếu chuyển ({count} hồ sơ)', en: 'Create transfer slip ({count})' },
  'awaiting.oneUnit': {
    vi: 'Mỗi phiếu chỉ gồm hồ sơ chuyển đến cùng một đơn vị nhận.',
    en: 'A slip holds dossiers going to one receiving unit.',
  },
  'awaiting.created': { vi: 'Đã lập phiếu chuyển số {number}.', en: 'Transfer slip {number} created.' },
  'batches.empty': { vi: 'Chưa có phiếu chuyển hồ sơ.', en: 'No transfer slip yet.' },
  'batches.notConfirmed': { vi: 'Chưa xác nhận', en: 'Not confirmed' },
  'batches.late': { vi: '{count} chuyển trễ', en: '{count} late' },
  'batches.confirm': { vi: 'Xác nhận đã nhận', en: 'Confirm receipt' },
  'batches.confirmed': { vi: 'Đã xác nhận nhận hồ sơ.', en: 'Receipt confirmed.' },
  'batches.print': { vi: 'In phiếu', en: 'Print slip' },
  'batches.pdf': { vi: 'Tải PDF', en: 'PDF' },
  'late.empty': { vi: 'Không có hồ sơ giấy chuyển trễ.', en: 'No late paper transfer.' },
  'dossier.title': { vi: 'Chuyển hồ sơ giấy', en: 'Paper transfer' },
  'dossier.to': { vi: 'Chuyển đến', en: 'To' },
  'dossier.batch': { vi: 'Phiếu chuyển', en: 'Transfer slip' },
  'dossier.batchNone': { vi: 'Chưa chuyển', en: 'Not yet handed over' },
});

export type PaperTransferMessageKey = keyof typeof paperTransferMessages;

/** The language and a translate function that knows the paper transfer messages. */
export function usePaperTransferI18n() {
  return useFeatureI18n(paperTransferMessages);
}
