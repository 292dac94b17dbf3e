/** Messages of the own-account page. */
import { defineMessages } from '../../app/i18n/define';

export const profileMessages = defineMessages({
  'profile.title': { vi: 'Hồ sơ cá nhân', en: 'My profile' },
  'profile.citizenTitle': { vi: 'Tài khoản', en: 'Account' },
  'profile.account': { vi: 'Thông tin tài khoản', en: 'Account' },
  'profile.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'profile.kind': { vi: 'Loại tài khoản', en: 'Account type' },
  'profile.kind.official': { vi: 'Cán bộ, công chức', en: 'Official' },
  'profile.kind.citizen': { vi: 'Công dân', en: 'Citizen' },
  'profile.unit': { vi: 'Đơn vị', en: 'Unit' },
  'profile.roles': { vi: 'Vai trò', en: 'Roles' },
  'profile.idNumber': { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
  'profile.edit': { vi: 'Thông tin liên hệ', en: 'Contact details' },
  'profile.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'profile.email': { vi: 'Thư điện tử', en: 'Email' },
  'profile.phone': { vi: 'Số điện thoại', en: 'Phone' },
  'profile.phone.citizenHelp': {
    vi: 'Số điện thoại dùng để đăng nhập, không đổi được tại đây.',
    en: 'Your sign-in phone number cannot be changed here.',
  },
  'profile.locale': { vi: 'Ngôn ngữ giao diện', en: 'Interface language' },
  'profile.saved': { vi: 'Đã cập nhật hồ sơ cá nhân.', en: 'Profile updated.' },
});
