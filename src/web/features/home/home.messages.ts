/** Messages of the home pages. */
import { defineMessages } from '../../app/i18n/define';

export const homeMessages = defineMessages({
  'home.welcome': { vi: 'Xin chào, {name}', en: 'Hello, {name}' },
  'home.unit': { vi: 'Đơn vị', en: 'Unit' },
  'home.roles': { vi: 'Vai trò', en: 'Roles' },
  'home.noRole': { vi: 'Chưa được giao vai trò', en: 'No role assigned yet' },
  'home.quickLinks': { vi: 'Truy cập nhanh', en: 'Quick links' },
  'home.units.text': {
    vi: 'Cây đơn vị: tỉnh, xã, sở ngành và bộ phận Một cửa.',
    en: 'The unit tree: provinces, communes, departments and one-stop units.',
  },
  'home.users.text': {
    vi: 'Tài khoản cán bộ, vai trò và mật khẩu.',
    en: 'Official accounts, roles and passwords.',
  },
  'home.audit.text': { vi: 'Ai đã làm gì, lúc nào.', en: 'Who did what, and when.' },
  'home.profile.text': {
    vi: 'Thông tin liên hệ, ngôn ngữ và mật khẩu của bạn.',
    en: 'Your contact details, language and password.',
  },
  'home.dossiers.text': {
    vi: 'Hồ sơ của tôi, chưa phân công, đến hạn, quá hạn và chờ trả kết quả.',
    en: 'My dossiers, unassigned, due today, late and awaiting return.',
  },
  'home.intake.text': {
    vi: 'Tiếp nhận hồ sơ tại quầy và in giấy tiếp nhận, hẹn trả kết quả.',
    en: 'Receive a dossier at the counter and print the receipt slip.',
  },
  'citizen.welcome.text': {
    vi: 'Đây là tài khoản dịch vụ công của bạn trên Kỷ Cương.',
    en: 'This is your public-service account on Kỷ Cương.',
  },
  'citizen.account': { vi: 'Thông tin tài khoản', en: 'Account details' },
  'citizen.phone': { vi: 'Số điện thoại', en: 'Phone' },
  'citizen.idNumber': { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
  'citizen.services': { vi: 'Dịch vụ công', en: 'Public services' },
  'citizen.submit': { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit a dossier online' },
  'citizen.submit.text': {
    vi: 'Chọn thủ tục, nơi tiếp nhận và kê khai thành phần hồ sơ.',
    en: 'Choose a procedure and where to file it, and list your documents.',
  },
  'citizen.myDossiers': { vi: 'Hồ sơ của tôi', en: 'My dossiers' },
  'citizen.myDossiers.text': {
    vi: 'Tình trạng, hạn trả kết quả và quá trình giải quyết hồ sơ bạn đã nộp.',
    en: 'Status, due date and progress of the dossiers you filed.',
  },
  'citizen.track': { vi: 'Tra cứu tình trạng hồ sơ', en: 'Track a dossier' },
  'citizen.track.text': {
    vi: 'Tra cứu bằng mã hồ sơ và mã tra cứu trên giấy tiếp nhận, không cần đăng nhập.',
    en: 'With the dossier code and the PIN from the receipt slip, no sign-in needed.',
  },
  'citizen.feedback': { vi: 'Đánh giá mức độ hài lòng', en: 'Rate your satisfaction' },
  'citizen.feedback.text': {
    vi: 'Đánh giá việc giải quyết hồ sơ đã trả kết quả và xem các đánh giá bạn đã gửi.',
    en: 'Rate how your returned dossiers were handled and see the ratings you sent.',
  },
});
