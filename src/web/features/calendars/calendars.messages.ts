/** Messages of the working-calendar screen (Lịch làm việc). */
import { defineMessages } from '../../app/i18n/define';
import { dateNameMessages } from './date-names.messages';

const screenMessages = defineMessages({
  'calendars.title': { vi: 'Lịch làm việc', en: 'Working calendars' },
  'calendars.intro': {
    vi: 'Ngày làm việc, ngày nghỉ lễ, Tết và giờ làm việc dùng để tính hạn giải quyết hồ sơ. Mỗi lần sửa tạo một phiên bản mới của lịch.',
    en: 'Working days, public holidays and office hours used to compute the due times of dossiers. Every edit makes a new version of the calendar.',
  },
  'calendars.list': { vi: 'Danh sách lịch', en: 'Calendars' },
  'calendars.none': { vi: 'Chưa có lịch làm việc nào.', en: 'No calendar yet.' },
  'calendars.nationalDefault': { vi: 'Mặc định quốc gia', en: 'National default' },
  'calendars.inactive': { vi: 'Ngừng sử dụng', en: 'Not in use' },
  'calendars.versionTag': { vi: 'Phiên bản {number}', en: 'Version {number}' },
  'calendars.readOnly': {
    vi: 'Bạn chỉ được xem lịch này.',
    en: 'You may only view this calendar.',
  },
  'calendars.readOnly.default': {
    vi: 'Lịch mặc định quốc gia chỉ quản trị hệ thống được sửa. Có thể tạo lịch mới sao chép từ lịch này rồi sửa lịch mới.',
    en: 'Only the system administrator edits the national default calendar. You can create a new calendar copied from it and edit that one.',
  },
  'calendars.readOnly.otherUnit': {
    vi: 'Lịch này thuộc {unit}: chỉ quản trị Nội vụ của đơn vị đó (hoặc cấp trên) được sửa. Có thể tạo lịch mới sao chép từ lịch này.',
    en: 'This calendar belongs to {unit}: only home-affairs administrators of that unit (or above) edit it. You can create a new calendar copied from it.',
  },
  'calendars.field.code': { vi: 'Mã lịch', en: 'Code' },
  'calendars.field.owner': { vi: 'Đơn vị quản lý', en: 'Owner unit' },
  'calendars.owner.system': { vi: 'Hệ thống (toàn quốc)', en: 'System (national)' },
  'calendars.field.currentVersion': { vi: 'Phiên bản hiện hành', en: 'Current version' },
  'calendars.field.updatedAt': { vi: 'Cập nhật lúc', en: 'Updated at' },
  'calendars.field.workingDay': { vi: 'Một ngày làm việc', en: 'One working day' },
  'calendars.workingDay.value': {
    vi: '{hours} giờ ({minutes} phút)',
    en: '{hours} hours ({minutes} minutes)',
  },
  'calendars.sessions': { vi: 'Giờ làm việc', en: 'Office hours' },
  'calendars.sessions.help': {
    vi: 'Ví dụ 07:30-11:30,13:00-17:00 (thứ Hai – thứ Sáu), hoặc theo ngày: mon-thu=07:30-11:30,13:00-17:00;fri=07:30-11:30',
    en: 'e.g. 07:30-11:30,13:00-17:00 (Monday–Friday), or per day: mon-thu=07:30-11:30,13:00-17:00;fri=07:30-11:30',
  },
  'calendars.minutesPerDay': { vi: 'Số phút một ngày làm việc', en: 'Minutes in one working day' },
  'calendars.minutesPerDay.help': {
    vi: 'Để trống: bằng tổng thời gian các buổi làm việc.',
    en: 'Empty: the total length of the office sessions.',
  },
  'calendars.sessions.save': { vi: 'Lưu giờ làm việc', en: 'Save office hours' },
  'calendars.sessions.saved': {
    vi: 'Đã lưu giờ làm việc (phiên bản {version}).',
    en: 'Office hours saved (version {version}).',
  },
  'calendars.versions': { vi: 'Các phiên bản', en: 'Versions' },
  'calendars.version.number': { vi: 'Phiên bản', en: 'Version' },
  'calendars.version.note': { vi: 'Nội dung thay đổi', en: 'Change' },
  'calendars.version.createdAt': { vi: 'Tạo lúc', en: 'Created at' },
  'calendars.version.createdBy': { vi: 'Người tạo', en: 'Created by' },
  'calendars.version.system': { vi: 'Hệ thống', en: 'System' },
  'calendars.version.current': { vi: 'Hiện hành', en: 'Current' },
  'calendars.version.view': { vi: 'Xem lịch năm', en: 'View year' },
  'calendars.version.viewing': { vi: 'Đang xem', en: 'Viewing' },
  'calendars.oldVersion': {
    vi: 'Đang xem phiên bản {number}, không phải phiên bản hiện hành: chỉ xem, không sửa được.',
    en: 'Viewing version {number}, not the current one: read only.',
  },
  'calendars.oldVersion.back': { vi: 'Về phiên bản hiện hành', en: 'Back to the current version' },
  'calendars.create': { vi: 'Tạo lịch mới', en: 'New calendar' },
  'calendars.create.title': { vi: 'Tạo lịch làm việc mới', en: 'New working calendar' },
  'calendars.create.code.help': {
    vi: 'Chữ thường không dấu, số, dấu chấm và gạch nối, ví dụ ha-noi.',
    en: 'Lower-case letters, digits, dots and hyphens, e.g. ha-noi.',
  },
  'calendars.create.name': { vi: 'Tên lịch', en: 'Name' },
  'calendars.create.copyFrom': { vi: 'Sao chép từ lịch', en: 'Copy from' },
  'calendars.create.done': { vi: 'Đã tạo lịch {name}.', en: 'Calendar {name} created.' },
  'calendars.year.title': { vi: 'Lịch năm {year}', en: 'Year {year}' },
  'calendars.year.pick': { vi: 'Chọn năm', en: 'Choose a year' },
  'calendars.year.prev': { vi: 'Năm trước', en: 'Previous year' },
  'calendars.year.next': { vi: 'Năm sau', en: 'Next year' },
  'calendars.source.official': { vi: 'Lịch chính thức', en: 'Official schedule' },
  'calendars.source.generated': {
    vi: 'Tạo tự động theo Bộ luật Lao động',
    en: 'Generated from the Labour Code',
  },
  'calendars.year.hint': {
    vi: 'Bấm vào một ngày để đổi: ngày làm việc ↔ ngày nghỉ; ngày nghỉ hằng tuần ↔ ngày làm bù. Sau đó bấm "Lưu lịch năm".',
    en: 'Click a day to change it: working day ↔ day off; weekly rest day ↔ extra working day. Then click "Save year".',
  },
  'calendars.year.save': { vi: 'Lưu lịch năm', en: 'Save year' },
  'calendars.year.saved': {
    vi: 'Đã lưu lịch năm {year} (phiên bản {version}).',
    en: 'Year {year} saved (version {version}).',
  },
  'calendars.year.discard': { vi: 'Bỏ thay đổi', en: 'Discard changes' },
  'calendars.year.discard.confirm': {
    vi: 'Bỏ {count} ngày đã sửa mà chưa lưu?',
    en: 'Discard {count} changed days that are not saved?',
  },
  'calendars.year.changed': { vi: '{count} ngày đã sửa, chưa lưu', en: '{count} days changed, not saved' },
  'calendars.year.reset': { vi: 'Khôi phục mặc định', en: 'Restore default' },
  'calendars.year.reset.confirm': {
    vi: 'Bỏ lịch chính thức năm {year} và dùng lại lịch tạo tự động theo Bộ luật Lao động?',
    en: 'Drop the official schedule of {year} and use the one generated from the Labour Code again?',
  },
  'calendars.year.reset.done': {
    vi: 'Đã khôi phục lịch mặc định năm {year} (phiên bản {version}).',
    en: 'Default schedule of {year} restored (version {version}).',
  },
  'calendars.conflict.title': { vi: 'Lịch đã thay đổi', en: 'The calendar has changed' },
  'calendars.conflict.text': {
    vi: 'Lịch này vừa được người khác sửa. Phiên bản mới nhất đã được tải lại và các thay đổi chưa lưu của bạn đã bị bỏ; vui lòng kiểm tra rồi sửa lại nếu cần.',
    en: 'Someone else just changed this calendar. The latest version has been reloaded and your unsaved changes were dropped; check it and edit again if needed.',
  },
  'calendars.error.title': { vi: 'Máy chủ không chấp nhận yêu cầu', en: 'The server refused the request' },
  'calendars.error.network': {
    vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    en: 'Cannot reach the server. Check your connection and try again.',
  },
  'calendars.error.unexpected': {
    vi: 'Máy chủ trả về phản hồi không hợp lệ.',
    en: 'Unexpected server response.',
  },
  'calendars.import': { vi: 'Nhập từ tệp (.json, .ics)', en: 'Import a file (.json, .ics)' },
  'calendars.import.done': {
    vi: 'Đã nhập lịch năm {years} (phiên bản {version}).',
    en: 'Imported the schedule of {years} (version {version}).',
  },
  'calendars.import.failed': { vi: 'Không nhập được tệp {file}', en: 'Could not import {file}' },
  'calendars.import.badJson': {
    vi: 'Tệp không phải JSON hợp lệ: {reason}',
    en: 'The file is not valid JSON: {reason}',
  },
  'calendars.export.json': { vi: 'Tải JSON', en: 'Download JSON' },
  'calendars.export.ics': { vi: 'Tải iCalendar', en: 'Download iCalendar' },
  'calendars.kind.working': { vi: 'Ngày làm việc', en: 'Working day' },
  'calendars.kind.weekend': { vi: 'Ngày nghỉ hằng tuần', en: 'Weekly rest day' },
  'calendars.kind.day_off': { vi: 'Ngày nghỉ lễ, Tết, nghỉ bù', en: 'Holiday or day off' },
  'calendars.kind.extra_working': { vi: 'Ngày làm bù', en: 'Extra working day' },
  'calendars.legend.changed': { vi: 'Đã sửa, chưa lưu', en: 'Changed, not saved' },
  'calendars.legend.today': { vi: 'Hôm nay', en: 'Today' },
  'calendars.day.lunar': { vi: 'Âm lịch: {text}', en: 'Lunar date: {text}' },
  'calendars.day.leap': { vi: '(tháng nhuận)', en: '(leap month)' },
  'calendars.dayOff.title': { vi: 'Ngày nghỉ {date}', en: 'Day off on {date}' },
  'calendars.dayOff.name': { vi: 'Tên ngày nghỉ', en: 'Name of the day off' },
  'calendars.dayOff.ok': { vi: 'Đánh dấu ngày nghỉ', en: 'Mark as day off' },
});

export const calendarMessages = { ...screenMessages, ...dateNameMessages };
