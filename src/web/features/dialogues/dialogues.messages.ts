/** Messages of the dialogues-with-citizens screen. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const dialogueMessages = defineMessages({
  'dlg.title': { vi: 'Đối thoại với người dân', en: 'Dialogues with citizens' },
  'dlg.due': {
    vi: 'Đơn vị đến hạn đối thoại (6 tháng/lần)',
    en: 'Units due for a dialogue (every 6 months)',
  },
  'dlg.due.never': { vi: 'chưa tổ chức lần nào', en: 'never held' },
  'dlg.due.by': { vi: 'hạn {date}', en: 'due {date}' },
  'dlg.due.none': { vi: 'Không có đơn vị quá hạn.', en: 'No unit is overdue.' },
  'dlg.new': { vi: 'Ghi nhận buổi đối thoại', en: 'Record a dialogue' },
  'dlg.name': { vi: 'Tên buổi đối thoại', en: 'Title' },
  'dlg.heldAt': { vi: 'Thời gian', en: 'Held at' },
  'dlg.location': { vi: 'Địa điểm', en: 'Place' },
  'dlg.participants': { vi: 'Số người dân tham dự', en: 'Citizens attending' },
  'dlg.status': { vi: 'Trạng thái', en: 'Status' },
  'dlg.status.planned': { vi: 'Kế hoạch', en: 'Planned' },
  'dlg.status.held': { vi: 'Đã tổ chức', en: 'Held' },
  'dlg.items': { vi: 'Câu hỏi, trả lời và cam kết', en: 'Questions, answers and commitments' },
  'dlg.question': { vi: 'Câu hỏi', en: 'Question' },
  'dlg.askedBy': { vi: 'Người hỏi', en: 'Asked by' },
  'dlg.answer': { vi: 'Trả lời', en: 'Answer' },
  'dlg.commitment': { vi: 'Cam kết', en: 'Commitment' },
  'dlg.addItem': { vi: 'Thêm câu hỏi', en: 'Add a question' },
  'dlg.save': { vi: 'Lưu', en: 'Save' },
  'dlg.publish': { vi: 'Công khai biên bản', en: 'Publish the minutes' },
  'dlg.minutes': { vi: 'Biên bản', en: 'Minutes' },
});

/** The language and a translate function that knows the dialogues screen's messages. */
export function useDialogueI18n() {
  return useFeatureI18n(dialogueMessages);
}
