/** Messages of the satisfaction screens: the survey, the kiosk, survey links and the dashboard. */
import { defineMessages } from '../../app/i18n/define';
import { useFeatureI18n } from '../../app/i18n/feature-i18n';

export const satisfactionMessages = defineMessages({
  'sat.survey.title': { vi: 'Đánh giá mức độ hài lòng', en: 'Rate our service' },
  'sat.survey.intro': {
    vi: 'Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn. Mỗi hồ sơ được đánh giá một lần.',
    en: 'Your opinion helps us serve you better. Each dossier can be rated once.',
  },
  'sat.survey.dossier': { vi: 'Hồ sơ', en: 'Dossier' },
  'sat.survey.unit': { vi: 'Nơi giải quyết', en: 'Handled by' },
  'sat.survey.returnedAt': { vi: 'Trả kết quả', en: 'Returned' },
  'sat.survey.elements': { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
  'sat.survey.aspects': { vi: 'Đánh giá thêm', en: 'More about your visit' },
  'sat.survey.yes': { vi: 'Có', en: 'Yes' },
  'sat.survey.no': { vi: 'Không', en: 'No' },
  'sat.survey.anonymous': {
    vi: 'Gửi ẩn danh (cán bộ không biết ai đánh giá)',
    en: 'Send anonymously (officials will not know who rated)',
  },
  'sat.survey.submit': { vi: 'Gửi đánh giá', en: 'Send' },
  'sat.survey.thanks': { vi: 'Cảm ơn Ông/Bà đã đánh giá!', en: 'Thank you for your rating!' },
  'sat.survey.answered': {
    vi: 'Hồ sơ này đã được đánh giá. Cảm ơn Ông/Bà.',
    en: 'This dossier has been rated already. Thank you.',
  },
  'sat.survey.invalid': { vi: 'Không mở được phiếu đánh giá', en: 'The survey cannot be opened' },
  'sat.survey.needOne': {
    vi: 'Vui lòng chọn mức hài lòng cho ít nhất một tiêu chí.',
    en: 'Please rate at least one element.',
  },
  'sat.kiosk.title': { vi: 'Đánh giá tại quầy', en: 'Counter rating kiosk' },
  'sat.kiosk.pick': {
    vi: 'Chọn hồ sơ vừa trả kết quả (hoặc không được tiếp nhận) để mời người dân đánh giá mức độ hài lòng',
    en: 'Pick the dossier just returned (or not received) to invite the citizen to rate it',
  },
  'sat.kiosk.applicant': { vi: 'Người nộp', en: 'Applicant' },
  'sat.kiosk.search': { vi: 'Tìm theo mã hồ sơ', en: 'Search by code' },
  'sat.kiosk.start': { vi: 'Mời đánh giá trên màn hình', en: 'Rate on this screen' },
  'sat.kiosk.link': { vi: 'Mã QR / đường dẫn', en: 'QR code / link' },
  'sat.kiosk.channel': { vi: 'Kênh', en: 'Channel' },
  'sat.kiosk.expires': { vi: 'Hiệu lực đến', en: 'Valid until' },
  'sat.kiosk.print': { vi: 'In phiếu mời đánh giá', en: 'Print the invitation slip' },
  'sat.kiosk.next': { vi: 'Người tiếp theo', en: 'Next citizen' },
  'sat.kiosk.exit': { vi: 'Thoát màn hình đánh giá', en: 'Leave the kiosk' },
  'sat.kiosk.slip': {
    vi: 'Quét mã để đánh giá chất lượng phục vụ (một lần cho hồ sơ này)',
    en: 'Scan to rate the service (once for this dossier)',
  },
  'sat.channel.kiosk': { vi: 'Thiết bị tại quầy', en: 'Counter kiosk' },
  'sat.channel.qr': { vi: 'Mã QR trên phiếu', en: 'QR code on the slip' },
  'sat.channel.sms': { vi: 'Tin nhắn SMS', en: 'SMS' },
  'sat.channel.zalo': { vi: 'Zalo', en: 'Zalo' },
  'sat.channel.online': { vi: 'Tài khoản trực tuyến', en: 'Online account' },
  'sat.mine.title': { vi: 'Đánh giá hồ sơ của tôi', en: 'Rate my dossiers' },
  'sat.mine.rate': { vi: 'Đánh giá', en: 'Rate' },
  'sat.mine.rated': { vi: 'Đã đánh giá', en: 'Rated' },
  'sat.mine.empty': { vi: 'Chưa có hồ sơ đã trả kết quả.', en: 'No returned dossier yet.' },
  'sat.dash.title': {
    vi: 'Đánh giá mức độ hài lòng của người dân (NĐ 61/2018, Điều 31)',
    en: 'Citizen evaluation of satisfaction (Decree 61/2018, art. 31)',
  },
  'sat.dash.period': {
    vi: 'Kỳ (theo ngày trả kết quả hoặc ngày không tiếp nhận)',
    en: 'Period (by return or non-receipt date)',
  },
  'sat.dash.responses': { vi: 'Số phiếu', en: 'Responses' },
  'sat.dash.returned': { vi: 'Hồ sơ đã trả / không tiếp nhận', en: 'Dossiers returned or not received' },
  'sat.dash.responseRate': { vi: 'Tỷ lệ phản hồi', en: 'Response rate' },
  'sat.dash.index': { vi: 'Mức độ hài lòng', en: 'Satisfaction level' },
  'sat.dash.overall': { vi: 'Tỷ lệ hài lòng chung', en: 'Overall satisfied' },
  'sat.dash.small': {
    vi: 'Mẫu nhỏ (dưới 30 phiếu): số liệu chỉ mang tính tham khảo.',
    en: 'Small sample (under 30 responses): read with care.',
  },
  'sat.dash.formula': { vi: 'Công thức', en: 'Formula' },
  'sat.dash.element': { vi: 'Yếu tố', en: 'Element' },
  'sat.dash.rate': { vi: 'Tỷ lệ hài lòng', en: 'Satisfied' },
  'sat.dash.valid': { vi: 'Câu trả lời hợp lệ', en: 'Valid answers' },
  'sat.dash.distribution': { vi: 'Phân bố (1→5)', en: 'Distribution (1→5)' },
  'sat.dash.byMonth': { vi: 'Theo tháng', en: 'By month' },
  'sat.dash.byChannel': { vi: 'Theo kênh', en: 'By channel' },
  'sat.dash.byOfficial': { vi: 'Theo cán bộ', en: 'By official' },
  'sat.dash.byProcedure': { vi: 'Theo thủ tục', en: 'By procedure' },
  'sat.dash.national': {
    vi: 'Đầu vào chỉ số 5.4 (QĐ 766): hồ sơ không hài lòng hoặc có khiếu nại',
    en: 'Inputs of indicator 5.4 (QĐ 766): dossiers disliked or complained about',
  },
  'sat.dash.responsesList': { vi: 'Phiếu đánh giá', en: 'Responses' },
  'sat.dash.anonymous': { vi: 'Ẩn danh', en: 'Anonymous' },
  'sat.dash.comment': { vi: 'Ý kiến', en: 'Comment' },
  'sat.dash.officials': { vi: 'Cán bộ', en: 'Officials' },
  'sat.dash.when': { vi: 'Thời gian', en: 'When' },
  'sat.nat.returned': { vi: 'Hồ sơ đã trả', en: 'Returned' },
  'sat.nat.rated': { vi: 'Được đánh giá', en: 'Rated' },
  'sat.nat.dislike': { vi: 'Không hài lòng', en: 'Disliked' },
  'sat.nat.withComplaint': { vi: 'Có khiếu nại, phản ánh', en: 'With a complaint' },
  'sat.nat.dislikeOrComplaint': {
    vi: 'Không hài lòng hoặc có khiếu nại',
    en: 'Disliked or complained about',
  },
  'sat.el.access': { vi: 'Tiếp cận dịch vụ', en: 'Access' },
  'sat.el.procedure': { vi: 'Thủ tục hành chính', en: 'Procedure' },
  'sat.el.officials': { vi: 'Công chức', en: 'Officials' },
  'sat.el.result': { vi: 'Kết quả', en: 'Result' },
  'sat.el.feedback': { vi: 'Tiếp nhận, xử lý phản ánh', en: 'Feedback handling' },
});

/** The language and a translate function that knows the satisfaction screens' messages. */
export function useSatisfactionI18n() {
  return useFeatureI18n(satisfactionMessages);
}
