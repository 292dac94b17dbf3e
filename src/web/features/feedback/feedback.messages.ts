/** Messages of the feedback screens: the citizen's form and answer look-up, the handling queue. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const feedbackMessages = defineMessages({
  'fb.form.title': { vi: 'Phản ánh, kiến nghị, khiếu nại', en: 'Feedback and complaints' },
  'fb.form.intro': {
    vi: 'Phản ánh về hồ sơ, cán bộ (kể cả hành vi nhũng nhiễu, đòi chi phí ngoài quy định) hoặc quy định hành chính. Đơn vị có trách nhiệm trả lời trong thời hạn quy định.',
    en: 'Report about a dossier, an official (including harassment or requests for unofficial payments) or a rule. The responsible unit answers within the set time.',
  },
  'fb.kind': { vi: 'Loại', en: 'Kind' },
  'fb.topic': { vi: 'Nội dung phản ánh về', en: 'About' },
  'fb.content': { vi: 'Nội dung chi tiết', en: 'Details' },
  'fb.dossierCode': { vi: 'Mã hồ sơ (nếu có)', en: 'Dossier code (if any)' },
  'fb.dossierSecret': {
    vi: 'Mã tra cứu hồ sơ (6 số trên giấy tiếp nhận)',
    en: 'Dossier PIN (6 digits on the receipt slip)',
  },
  'fb.unit': { vi: 'Đơn vị (khi không gắn hồ sơ)', en: 'Unit (when no dossier)' },
  'fb.name': { vi: 'Họ và tên', en: 'Full name' },
  'fb.phone': { vi: 'Số điện thoại', en: 'Phone' },
  'fb.email': { vi: 'Email', en: 'Email' },
  'fb.send': { vi: 'Gửi phản ánh', en: 'Send' },
  'fb.sent': { vi: 'Đã tiếp nhận phản ánh {code}', en: 'Report {code} received' },
  'fb.sent.detail': {
    vi: 'Mã tra cứu: {pin} (chỉ hiển thị một lần, vui lòng ghi lại). Đơn vị xử lý: {unit}. Hạn trả lời: {due}.',
    en: 'PIN: {pin} (shown once, please note it). Handled by: {unit}. Answer due: {due}.',
  },
  'fb.lookup.title': { vi: 'Tra cứu kết quả xử lý', en: 'Look up the answer' },
  'fb.lookup.code': { vi: 'Mã phản ánh', en: 'Report code' },
  'fb.lookup.pin': { vi: 'Mã tra cứu', en: 'PIN' },
  'fb.lookup.submit': { vi: 'Tra cứu', en: 'Look up' },
  'fb.answer': { vi: 'Trả lời của cơ quan', en: 'Answer' },
  'fb.noAnswer': { vi: 'Chưa có trả lời.', en: 'Not answered yet.' },
  'fb.agree': { vi: 'Đồng ý với trả lời', en: 'I accept the answer' },
  'fb.disagree': { vi: 'Chưa đồng ý, đề nghị xem xét lại', en: 'I do not accept; please review' },
  'fb.queue.title': { vi: 'Xử lý phản ánh, kiến nghị', en: 'Feedback handling' },
  'fb.queue.followUp': {
    vi: 'Cần theo dõi (quá hạn, chưa đồng ý, lặp lại)',
    en: 'Follow-up (overdue, reopened, repeated)',
  },
  'fb.code': { vi: 'Mã', en: 'Code' },
  'fb.status': { vi: 'Trạng thái', en: 'Status' },
  'fb.receivedAt': { vi: 'Tiếp nhận', en: 'Received' },
  'fb.dueAt': { vi: 'Hạn xử lý', en: 'Due' },
  'fb.official': { vi: 'Cán bộ bị phản ánh', en: 'Official concerned' },
  'fb.repeats': { vi: 'Lặp lại', en: 'Repeats' },
  'fb.late': { vi: 'Quá hạn', en: 'Late' },
  'fb.onTime': { vi: 'Đúng hạn', en: 'On time' },
  'fb.open': { vi: 'Trong hạn', en: 'Open' },
  'fb.take': { vi: 'Nhận xử lý', en: 'Take' },
  'fb.answer.write': {
    vi: 'Nội dung trả lời (công khai cho người phản ánh)',
    en: 'Answer (published to the citizen)',
  },
  'fb.upheld': { vi: 'Phản ánh đúng (có căn cứ)', en: 'Justified' },
  'fb.answer.send': { vi: 'Trả lời', en: 'Answer' },
  'fb.reporter': { vi: 'Người phản ánh', en: 'Reported by' },
  'fb.stats.onTimeRate': { vi: 'Tỷ lệ trả lời đúng hạn', en: 'Answered on time' },
  'fb.stats.received': { vi: 'Tiếp nhận', en: 'Received' },
  'fb.stats.upheld': { vi: 'Có căn cứ', en: 'Justified' },
  'fb.stats.reopened': { vi: 'Chưa đồng ý', en: 'Reopened' },
  'fb.kind.feedback': { vi: 'Phản ánh, kiến nghị', en: 'Feedback' },
  'fb.kind.complaint': { vi: 'Khiếu nại', en: 'Complaint' },
  'fb.kind.misconduct': { vi: 'Phản ánh hành vi công chức', en: 'Misconduct' },
});

/** The language and a translate function that knows the feedback screens' messages. */
export function useFeedbackI18n() {
  return useFeatureI18n(feedbackMessages);
}
