/** Messages of digitisation: the "Số hóa" control, the citizen's store and the reuse choice. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const digitisationMessages = defineMessages({
  'digitise.title': { vi: 'Số hóa thành phần hồ sơ', en: 'Digitised components' },
  'digitise.button': { vi: 'Số hóa', en: 'Digitise' },
  'digitise.done': { vi: 'Đã số hóa', en: 'Digitised' },
  'digitise.pending': { vi: 'Chưa số hóa', en: 'Not digitised' },
  'digitise.result': { vi: 'Kết quả đã số hóa', en: 'Result digitised' },
  'digitise.pages': { vi: 'Số trang', en: 'Pages' },
  'digitise.pagesOf': { vi: '{n} trang', en: '{n} pages' },
  'digitise.by': { vi: '{name}, {at}', en: '{name}, {at}' },
  'digitise.scans': { vi: 'Bản quét (PDF, JPEG, PNG)', en: 'Scans (PDF, JPEG, PNG)' },
  'digitise.pick': { vi: 'Chọn tệp', en: 'Choose files' },
  'digitise.verified': {
    vi: 'Đã đối chiếu với bản giấy (đưa vào kho dữ liệu cá nhân của công dân)',
    en: "Checked against the paper (goes into the citizen's store)",
  },
  'digitise.validUntil': { vi: 'Hiệu lực đến (nếu có)', en: 'Valid until (if any)' },
  'digitise.save': { vi: 'Ghi nhận đã số hóa', en: 'Record as digitised' },
  'digitise.saved': { vi: 'Đã ghi nhận số hóa.', en: 'Recorded as digitised.' },
  'digitise.needScan': { vi: 'Cần ít nhất một bản quét.', en: 'At least one scan is needed.' },
  'digitise.needPages': { vi: 'Nhập số trang (từ 1).', en: 'Enter the page count (1 or more).' },
  'digitise.stored': { vi: 'Trong kho công dân', en: "In the citizen's store" },
  'store.title': { vi: 'Kho giấy tờ của tôi', en: 'My documents' },
  'store.subtitle': {
    vi: 'Giấy tờ đã được số hóa, đối chiếu và kết quả giải quyết của bạn. Khi nộp hồ sơ mới, bạn có thể dùng lại giấy tờ còn hiệu lực thay vì tải lên lại.',
    en: 'Your digitised, verified documents and results. A new submission can reuse a still-valid one instead of uploading it again.',
  },
  'store.empty': { vi: 'Kho chưa có giấy tờ nào.', en: 'No documents yet.' },
  'store.error': { vi: 'Không tải được kho giấy tờ.', en: 'Could not load your documents.' },
  'store.kind.component': { vi: 'Giấy tờ', en: 'Document' },
  'store.kind.result': { vi: 'Kết quả', en: 'Result' },
  'store.valid': { vi: 'Còn hiệu lực', en: 'Valid' },
  'store.expired': { vi: 'Hết hiệu lực', en: 'Expired' },
  'store.validUntil': { vi: 'Hiệu lực đến {day}', en: 'Valid until {day}' },
  'store.noEnd': { vi: 'Không thời hạn', en: 'No end date' },
  'store.source': { vi: 'Từ hồ sơ {code}', en: 'From dossier {code}' },
  'store.addedAt': { vi: 'Đưa vào kho {day}', en: 'Added {day}' },
  'reuse.title': { vi: 'Dùng lại giấy tờ đã số hóa', en: 'Reuse digitised documents' },
  'reuse.hint': {
    vi: 'Chọn giấy tờ hoặc kết quả còn hiệu lực trong kho của bạn để dùng cho thành phần hồ sơ mà thủ tục chấp nhận: không cần nộp lại bản giấy hay tải lên lại.',
    en: 'Pick a still-valid document or result from your store for a component the procedure accepts it for: no need to hand in or upload it again.',
  },
  'reuse.use': { vi: 'Dùng lại', en: 'Reuse' },
  'reuse.for': { vi: 'Dùng cho: {name}', en: 'For: {name}' },
  'reuse.none': { vi: 'Không dùng lại', en: 'Do not reuse' },
  'nav.store': { vi: 'Kho giấy tờ', en: 'My documents' },
});

export type DigitisationMessageKey = keyof typeof digitisationMessages;

/** The language and a translate function that knows the digitisation messages. */
export function useDigitisationI18n() {
  return useFeatureI18n(digitisationMessages);
}
