/** Messages of the public deadline calculator (Tính thời hạn). */
import { defineMessages } from '../../app/i18n/define';
import { dateNameMessages } from '../calendars/date-names.messages';

const calculatorMessages = defineMessages({
  'deadline.title': { vi: 'Tính thời hạn giải quyết', en: 'Deadline calculator' },
  'deadline.intro': {
    vi: 'Tính hạn trả kết quả theo ngày, giờ làm việc của cơ quan nhà nước: không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết; hồ sơ nộp ngoài giờ làm việc được tính từ giờ làm việc kế tiếp.',
    en: 'Computes when a result is due in the working time of state offices: Saturdays, Sundays and public holidays do not count; a dossier filed outside office hours counts from the next opening.',
  },
  'deadline.question': { vi: 'Thông tin hồ sơ', en: 'The dossier' },
  'deadline.start': { vi: 'Thời điểm tiếp nhận', en: 'Received at' },
  'deadline.start.help': { vi: 'Giờ Việt Nam (GMT+7).', en: 'Vietnam time (GMT+7).' },
  'deadline.duration': { vi: 'Thời hạn giải quyết', en: 'Time allowed' },
  'deadline.amount': { vi: 'Số lượng', en: 'Amount' },
  'deadline.unit': { vi: 'Đơn vị', en: 'Unit' },
  'deadline.unit.d': { vi: 'ngày làm việc', en: 'working days' },
  'deadline.unit.h': { vi: 'giờ làm việc', en: 'working hours' },
  'deadline.unit.m': { vi: 'phút làm việc', en: 'working minutes' },
  'deadline.unit.cd': { vi: 'ngày lịch', en: 'calendar days' },
  'deadline.unit.same-day': { vi: 'trong ngày', en: 'same day' },
  'deadline.sameDay.help': {
    vi: 'Hồ sơ giải quyết trong ngày: nhận sau 15:00 thì trả trong ngày làm việc kế tiếp.',
    en: 'Same-day procedures: received after 15:00, returned the next working day.',
  },
  'deadline.calendarDays.help': {
    vi: 'Ngày lịch: nếu ngày hết hạn là ngày nghỉ thì hạn chuyển sang ngày làm việc kế tiếp.',
    en: 'Calendar days: a due date on a day off moves to the next working day.',
  },
  'deadline.amount.invalid': { vi: 'Vui lòng nhập số lớn hơn 0.', en: 'Enter a number greater than 0.' },
  'deadline.submit': { vi: 'Tính hạn', en: 'Compute' },
  'deadline.result': { vi: 'Kết quả', en: 'Result' },
  'deadline.result.empty': {
    vi: 'Nhập thời điểm tiếp nhận và thời hạn rồi bấm "Tính hạn".',
    en: 'Enter when the dossier was received and the time allowed, then click "Compute".',
  },
  'deadline.due': { vi: 'Hạn giải quyết', en: 'Due' },
  'deadline.countingFrom': { vi: 'Tính từ', en: 'Counted from' },
  'deadline.countingFrom.help': {
    vi: 'Thời điểm tiếp nhận nằm ngoài giờ làm việc, nên thời hạn được tính từ giờ làm việc kế tiếp.',
    en: 'The dossier arrived outside office hours, so time counts from the next opening.',
  },
  'deadline.workingTime': { vi: 'Thời gian làm việc', en: 'Working time' },
  'deadline.hours': { vi: '{hours} giờ', en: '{hours} h' },
  'deadline.hoursMinutes': { vi: '{hours} giờ {minutes} phút', en: '{hours} h {minutes} min' },
  'deadline.calendar': { vi: 'Theo lịch', en: 'Calendar' },
  'deadline.calendar.value': { vi: '{name}, phiên bản {number}', en: '{name}, version {number}' },
  'deadline.skipped': { vi: 'Các ngày không tính ({count})', en: 'Days not counted ({count})' },
  'deadline.skipped.title': { vi: 'Các ngày không tính', en: 'Days not counted' },
  'deadline.skipped.none': {
    vi: 'Không có ngày nghỉ nào xen giữa.',
    en: 'No day off in between.',
  },
  'deadline.skipped.date': { vi: 'Ngày', en: 'Date' },
  'deadline.skipped.reason': { vi: 'Lý do', en: 'Reason' },
  'deadline.weeklyRest': { vi: 'Nghỉ hằng tuần', en: 'Weekly rest day' },
  'deadline.error': { vi: 'Không tính được thời hạn', en: 'Could not compute the deadline' },
});

export const deadlineMessages = { ...calculatorMessages, ...dateNameMessages };
