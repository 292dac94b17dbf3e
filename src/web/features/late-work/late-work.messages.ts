/** Messages of late work: the dossier's "Trễ hạn" panel, the board, the approval queue and the apology notice. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const lateWorkMessages = defineMessages({
  // the dossier panel
  'panel.title': { vi: 'Trễ hạn', en: 'Late work' },
  'panel.onTime': {
    vi: 'Hồ sơ không có nghĩa vụ giải trình hay xin lỗi nào đang chờ.',
    en: 'Nothing to explain or apologise for on this dossier.',
  },
  'blockers.title': {
    vi: 'Hồ sơ đang bị chặn chuyển tiếp',
    en: 'The dossier cannot move on',
  },
  'blocker.explanation_required': {
    vi: 'Bước xử lý đã quá hạn: người được giao xử lý phải gửi giải trình (lý do, nội dung, tệp đính kèm nếu có) trước khi hồ sơ được chuyển tiếp.',
    en: 'This step is overdue: its holder must file an explanation (reason, text, optional attachment) before the dossier moves on.',
  },
  'blocker.apology_required': {
    vi: 'Hồ sơ đã quá hạn: cần lập phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) và được lãnh đạo phê duyệt trước khi chuyển tiếp.',
    en: 'The dossier is overdue: an apology with a new return date (form 04), approved by a leader, is required before it moves on.',
  },
  'blocker.apology_pending': {
    vi: 'Phiếu xin lỗi và hẹn lại ngày trả đang chờ lãnh đạo phê duyệt; hồ sơ chỉ được chuyển tiếp sau khi được duyệt.',
    en: 'The apology with a new return date awaits a leader’s approval; the dossier moves on once it is approved.',
  },
  'facts.stepDue': { vi: 'Hạn của bước quá hạn', en: 'Overdue step due' },
  'facts.legalDue': { vi: 'Hạn trả theo quy định', en: 'Legal due time' },
  'facts.extensionsLeft': { vi: 'Số lần được hẹn lại còn lại', en: 'New dates left' },
  'facts.latestAt': {
    vi: 'Hạn gửi phiếu xin lỗi (chậm nhất)',
    en: 'Apology due at the latest',
  },
  'facts.lateNow': {
    vi: 'Đã quá hạn gửi phiếu xin lỗi: phiếu duyệt lúc này được ghi nhận là xin lỗi muộn.',
    en: 'Past the latest moment for the apology: one approved now is recorded as late.',
  },
  'apology.late': { vi: 'Xin lỗi muộn', en: 'Late apology' },
  'apology.draftEarly': {
    vi: 'Lập phiếu xin lỗi và hẹn lại ngày trả',
    en: 'Draft an apology with a new date',
  },
  'decide.confirm.title': { vi: 'Phê duyệt ngày hẹn trả mới?', en: 'Approve the new return date?' },
  'decide.confirm.dates': {
    vi: 'Hạn hiện tại: {old}. Ngày hẹn trả mới: {new}. Người dân sẽ được thông báo ngày mới.',
    en: 'Current due: {old}. New return date: {new}. The applicant will be told the new date.',
  },
  'decide.confirm.late': {
    vi: 'Đã quá thời hạn gửi phiếu xin lỗi ({latest}): phiếu sẽ được ghi nhận là xin lỗi muộn.',
    en: 'Past the latest moment for the apology ({latest}): it will be recorded as late.',
  },
  'facts.lateBy': { vi: 'Thời gian trễ', en: 'Late by' },
  // explanation form
  'explain.title': { vi: 'Gửi giải trình', en: 'File an explanation' },
  'explain.reason': { vi: 'Lý do trễ hạn', en: 'Reason' },
  'explain.text': { vi: 'Nội dung giải trình', en: 'Explanation' },
  'explain.text.min': {
    vi: 'Nội dung giải trình cần ít nhất 10 ký tự.',
    en: 'The explanation needs at least 10 characters.',
  },
  'explain.attachment': { vi: 'Tệp đính kèm (không bắt buộc)', en: 'Attachment (optional)' },
  'explain.attachment.button': { vi: 'Chọn tệp PDF, JPEG, PNG', en: 'Choose a PDF, JPEG or PNG' },
  'explain.submit': { vi: 'Gửi giải trình', en: 'File explanation' },
  'explain.done': { vi: 'Đã gửi giải trình.', en: 'Explanation filed.' },
  'explain.list': { vi: 'Các giải trình', en: 'Explanations' },
  'explain.none': { vi: 'Chưa có giải trình.', en: 'No explanation yet.' },
  'explain.item': {
    vi: '{name} — {reason} (hạn bước: {due})',
    en: '{name} — {reason} (step due: {due})',
  },
  // apology form
  'apology.title': {
    vi: 'Lập phiếu xin lỗi và hẹn lại ngày trả (mẫu 04)',
    en: 'Draft the apology with a new return date (form 04)',
  },
  'apology.reason': { vi: 'Nhóm lý do', en: 'Reason' },
  'apology.text': { vi: 'Lý do gửi người dân', en: 'Reason told to the applicant' },
  'apology.text.min': { vi: 'Lý do cần ít nhất 10 ký tự.', en: 'The reason needs at least 10 characters.' },
  'apology.newDate': { vi: 'Ngày hẹn trả mới', en: 'New return date' },
  'apology.newDate.required': {
    vi: 'Vui lòng chọn ngày hẹn trả mới.',
    en: 'Please pick the new return date.',
  },
  'apology.newDate.help': {
    vi: 'Một ngày làm việc sau hạn hiện tại ({due}); kết quả được hẹn trả vào cuối ngày đó. Chỉ được hẹn lại một lần.',
    en: 'A working day after the current due time ({due}); the result is due at the end of that day. Only one new date is allowed.',
  },
  'apology.submit': { vi: 'Gửi lãnh đạo phê duyệt', en: 'Send for approval' },
  'apology.done': {
    vi: 'Đã lập phiếu xin lỗi; phiếu đang chờ lãnh đạo phê duyệt.',
    en: 'Apology drafted; it awaits a leader’s approval.',
  },
  'apology.history': { vi: 'Lịch sử xin lỗi và hẹn lại ngày trả', en: 'Apologies and new dates' },
  'apology.none': { vi: 'Chưa có phiếu xin lỗi.', en: 'No apology yet.' },
  'apology.status.pending': { vi: 'Chờ duyệt', en: 'Pending' },
  'apology.status.approved': { vi: 'Đã duyệt', en: 'Approved' },
  'apology.status.rejected': { vi: 'Không duyệt', en: 'Rejected' },
  'apology.drafter': { vi: 'Người lập', en: 'Drafted by' },
  'apology.decider': { vi: 'Người quyết định', en: 'Decided by' },
  'apology.comment': { vi: 'Ý kiến', en: 'Comment' },
  'apology.dates': { vi: 'Hạn cũ → hạn mới', en: 'Old due → new due' },
  'apology.createdAt': { vi: 'Ngày lập', en: 'Drafted' },
  'apology.decidedAt': { vi: 'Ngày quyết định', en: 'Decided' },
  'apology.dossier': { vi: 'Hồ sơ', en: 'Dossier' },
  'apology.procedure': { vi: 'Thủ tục', en: 'Procedure' },
  'apology.unit': { vi: 'Đơn vị', en: 'Unit' },
  'apology.reasonText': { vi: 'Lý do', en: 'Reason' },
  // decisions
  'decide.approve': { vi: 'Phê duyệt', en: 'Approve' },
  'decide.reject': { vi: 'Không duyệt', en: 'Reject' },
  'decide.reject.title': { vi: 'Không duyệt phiếu xin lỗi', en: 'Reject the apology' },
  'decide.comment': { vi: 'Lý do không duyệt', en: 'Why it is rejected' },
  'decide.comment.required': {
    vi: 'Vui lòng nêu lý do không duyệt.',
    en: 'Please say why it is rejected.',
  },
  'decide.approved': {
    vi: 'Đã phê duyệt; người dân được thông báo ngày hẹn trả mới.',
    en: 'Approved; the applicant is told the new date.',
  },
  'decide.rejected': { vi: 'Đã không duyệt phiếu xin lỗi.', en: 'The apology was rejected.' },
  'decide.readOnly': {
    vi: 'Chỉ lãnh đạo đơn vị (không phải người lập phiếu) được phê duyệt.',
    en: 'Only a unit leader other than the drafter may decide.',
  },
  'common.cancel': { vi: 'Hủy', en: 'Cancel' },
  // delay attribution and alerts
  'delay.title': { vi: 'Thời gian xử lý từng bước', en: 'Time per step' },
  'delay.step': { vi: 'Bước', en: 'Step' },
  'delay.holder': { vi: 'Người xử lý', en: 'Holder' },
  'delay.allotted': { vi: 'Thời gian được giao', en: 'Allotted' },
  'delay.used': { vi: 'Đã dùng', en: 'Used' },
  'delay.overrun': { vi: 'Vượt', en: 'Overrun' },
  'delay.outside': {
    vi: 'Ngoài cơ quan (chờ bổ sung, xin ý kiến…)',
    en: 'Outside (supplement, consultation…)',
  },
  'delay.summary': {
    vi: 'Trễ do cơ quan: {inside} · trễ ngoài cơ quan: {outside}',
    en: 'Late inside: {inside} · outside: {outside}',
  },
  'alerts.title': { vi: 'Cảnh báo đã gửi', en: 'Alerts sent' },
  'alerts.mine': { vi: 'Cảnh báo của tôi', en: 'My alerts' },
  'alerts.none': { vi: 'Không có cảnh báo.', en: 'No alerts.' },
  'alerts.recipients': { vi: '{count} người nhận', en: '{count} recipients' },
  'alerts.level': { vi: 'cấp {level}', en: 'level {level}' },
  'alert.step_due_soon': { vi: 'Bước xử lý sắp đến hạn', en: 'Step due soon' },
  'alert.step_overdue': { vi: 'Bước xử lý quá hạn', en: 'Step overdue' },
  'alert.dossier_due_soon': { vi: 'Hồ sơ sắp đến hạn trả', en: 'Dossier due soon' },
  'alert.dossier_overdue': { vi: 'Hồ sơ quá hạn trả', en: 'Dossier overdue' },
  'alert.step_escalation': { vi: 'Báo cáo cấp trên: bước quá hạn', en: 'Escalation: step overdue' },
  'alert.dossier_escalation': { vi: 'Báo cáo cấp trên: hồ sơ quá hạn', en: 'Escalation: dossier overdue' },
  'alert.apology_drafted': { vi: 'Có phiếu xin lỗi chờ duyệt', en: 'Apology awaiting approval' },
  'alert.extension_refused': {
    vi: 'Đề nghị hẹn lại lần thứ hai bị từ chối',
    en: 'A second new date was refused',
  },
  // durations (working time)
  'duration.days': { vi: '{n} ngày', en: '{n} d' },
  'duration.hours': { vi: '{n} giờ', en: '{n} h' },
  'duration.minutes': { vi: '{n} phút', en: '{n} min' },
  'duration.none': { vi: '0 phút', en: '0 min' },
  // the board
  'board.title': { vi: 'Hồ sơ trễ hạn và sắp đến hạn', en: 'Late and at-risk dossiers' },
  'board.subtitle': {
    vi: 'Hồ sơ trong phạm vi đơn vị của bạn đã quá hạn hoặc sẽ đến hạn trong một ngày làm việc.',
    en: 'Dossiers in your units that are late or due within one working day.',
  },
  'board.late': { vi: 'Quá hạn', en: 'Late' },
  'board.atRisk': { vi: 'Sắp đến hạn', en: 'At risk' },
  'board.total': { vi: 'Tổng số', en: 'Total' },
  'board.search': {
    vi: 'Tìm theo mã hồ sơ, thủ tục, người xử lý',
    en: 'Search by code, procedure or holder',
  },
  'board.sort': { vi: 'Sắp xếp theo', en: 'Sort by' },
  'board.sort.late': { vi: 'Thời gian trễ', en: 'Time late' },
  'board.sort.holder': { vi: 'Người xử lý', en: 'Holder' },
  'board.sort.procedure': { vi: 'Thủ tục', en: 'Procedure' },
  'board.code': { vi: 'Mã hồ sơ', en: 'Code' },
  'board.procedure': { vi: 'Thủ tục', en: 'Procedure' },
  'board.holder': { vi: 'Người xử lý', en: 'Holder' },
  'board.stepDue': { vi: 'Hạn bước', en: 'Step due' },
  'board.due': { vi: 'Hẹn trả', en: 'Due' },
  'board.lateBy': { vi: 'Trễ', en: 'Late by' },
  'board.state': { vi: 'Tình trạng', en: 'State' },
  'board.unassigned': { vi: 'Chưa phân công', en: 'Unassigned' },
  'discipline.title': {
    vi: 'Xin lỗi muộn và yêu cầu bổ sung sai quy định',
    en: 'Late apologies and faulty supplement requests',
  },
  'discipline.month': { vi: 'Tháng', en: 'Month' },
  'discipline.lateApologies': { vi: 'Phiếu xin lỗi gửi muộn', en: 'Late apologies' },
  'discipline.supplementFaults': {
    vi: 'Yêu cầu bổ sung sai quy định',
    en: 'Faulty supplement requests',
  },
  'discipline.hint': {
    vi: 'Xin lỗi muộn: phê duyệt sau thời hạn chậm nhất (01 ngày làm việc trước ngày hẹn trả). Yêu cầu bổ sung sai quy định: sau 03 ngày làm việc kể từ khi tiếp nhận hoặc yêu cầu lần thứ hai. Tính theo đơn vị và các đơn vị trực thuộc.',
    en: 'Late apology: approved after its latest moment (one working day before the due date). Faulty supplement request: after 3 working days from receipt, or a second one. Counted for the unit and the units under it.',
  },
  'discipline.unit': { vi: 'Đơn vị', en: 'Unit' },
  'discipline.own': { vi: '{name} (trực tiếp)', en: '{name} (itself)' },
  'board.empty': { vi: 'Không có hồ sơ trễ hạn hay sắp đến hạn.', en: 'Nothing late or at risk.' },
  'tag.late': { vi: 'Quá hạn', en: 'Late' },
  'tag.atRisk': { vi: 'Sắp đến hạn', en: 'At risk' },
  'tag.explain': { vi: 'Cần giải trình', en: 'Needs explanation' },
  'tag.apology': { vi: 'Cần xin lỗi', en: 'Needs apology' },
  'tag.apologyDue': { vi: 'Sắp hết hạn gửi xin lỗi', en: 'Apology due soon' },
  'tag.apologyLate': { vi: 'Xin lỗi muộn', en: 'Late apology' },
  'tag.pending': { vi: 'Chờ duyệt xin lỗi', en: 'Apology pending' },
  'tag.extended': { vi: 'Đã hẹn lại', en: 'New date given' },
  // the development clock
  'clock.title': {
    vi: 'Đồng hồ thử nghiệm (chỉ môi trường phát triển)',
    en: 'Test clock (development only)',
  },
  'clock.now': { vi: 'Giờ máy chủ: {now}', en: 'Server time: {now}' },
  'clock.offset': { vi: 'Lệch so với giờ thật: {offset}', en: 'Offset from real time: {offset}' },
  'clock.hour': { vi: '+1 giờ', en: '+1 hour' },
  'clock.day': { vi: '+1 ngày', en: '+1 day' },
  'clock.threeDays': { vi: '+3 ngày', en: '+3 days' },
  'clock.reset': { vi: 'Về giờ thật', en: 'Back to real time' },
  'clock.moved': { vi: 'Đã dời đồng hồ và quét trễ hạn.', en: 'Clock moved; late work swept.' },
  // the approval queue
  'queue.title': { vi: 'Phiếu xin lỗi chờ duyệt', en: 'Apologies awaiting approval' },
  'queue.subtitle': {
    vi: 'Lãnh đạo đơn vị phê duyệt hoặc không duyệt phiếu xin lỗi và hẹn lại ngày trả kết quả; người lập phiếu không tự duyệt.',
    en: 'Unit leaders approve or reject apologies with a new return date; nobody decides their own.',
  },
  'queue.empty': { vi: 'Không có phiếu chờ duyệt.', en: 'Nothing awaits approval.' },
  'queue.actions': { vi: 'Thao tác', en: 'Actions' },
  // the citizen's notice
  'notice.title': {
    vi: 'Xin lỗi và hẹn lại ngày trả kết quả',
    en: 'Apology and new return date',
  },
  'notice.body': {
    vi: '{unit} xin lỗi vì hồ sơ chưa được giải quyết đúng hạn.',
    en: '{unit} apologises that the dossier was not settled on time.',
  },
  'notice.bodyNoUnit': {
    vi: 'Cơ quan giải quyết xin lỗi vì hồ sơ chưa được giải quyết đúng hạn.',
    en: 'The authority apologises that the dossier was not settled on time.',
  },
  'notice.reason': { vi: 'Lý do', en: 'Reason' },
  'notice.previous': { vi: 'Hạn trả trước đây', en: 'Previous due date' },
  'notice.newDate': { vi: 'Ngày hẹn trả mới', en: 'New return date' },
  'notice.issued': { vi: 'Ngày thông báo', en: 'Notified on' },
});

export type LateWorkMessageKey = keyof typeof lateWorkMessages;

/** The language and a translate function that knows the late-work messages. */
export function useLateWorkI18n() {
  return useFeatureI18n(lateWorkMessages);
}
