/** Messages of the unit tree screen. */
import { defineMessages } from '../../app/i18n/define';

export const unitMessages = defineMessages({
  'units.title': { vi: 'Đơn vị', en: 'Units' },
  'units.tree': { vi: 'Cây đơn vị', en: 'Unit tree' },
  'units.search.placeholder': { vi: 'Tìm theo tên hoặc mã đơn vị', en: 'Search by unit name or code' },
  'units.search.results': { vi: 'Kết quả tìm kiếm', en: 'Search results' },
  'units.search.clear': { vi: 'Quay lại cây đơn vị', en: 'Back to the tree' },
  'units.search.none': { vi: 'Không có đơn vị phù hợp.', en: 'No matching unit.' },
  'units.select': {
    vi: 'Chọn một đơn vị trên cây để xem chi tiết.',
    en: 'Select a unit in the tree to see its details.',
  },
  'units.inactive': { vi: 'Ngừng hoạt động', en: 'Inactive' },
  'units.children': { vi: '{count} đơn vị trực thuộc', en: '{count} sub-units' },
  'units.field.name': { vi: 'Tên ngắn', en: 'Short name' },
  'units.field.fullName': { vi: 'Tên đầy đủ', en: 'Full name' },
  'units.field.nameEn': { vi: 'Tên tiếng Anh', en: 'English name' },
  'units.field.kind': { vi: 'Loại đơn vị', en: 'Unit kind' },
  'units.field.code': { vi: 'Mã đơn vị', en: 'Unit code' },
  'units.field.code.help': { vi: 'Mã đơn vị không sửa được.', en: 'The unit code cannot be changed.' },
  'units.field.dossierCodeId': {
    vi: 'Mã định danh (dùng trong mã hồ sơ)',
    en: 'Identifier (used in dossier codes)',
  },
  'units.field.dossierCodeId.help': {
    vi: 'Mã định danh điện tử của cơ quan (QĐ 20/2020/QĐ-TTg): 000.00.00.H26 — cấp 4 (3 số), cấp 3 (2 số), cấp 2 (2 số), cấp 1.',
    en: "The agency's electronic identifier (QĐ 20/2020/QĐ-TTg): 000.00.00.H26 — level 4 (3 digits), level 3 (2), level 2 (2), level 1.",
  },
  'units.field.dossierCodeId.invalid': {
    vi: 'Mã định danh có dạng 000.00.00.H26, đúng độ dài từng nhóm.',
    en: 'The identifier has the form 000.00.00.H26, each group at its fixed width.',
  },
  'units.field.active': { vi: 'Đang hoạt động', en: 'Active' },
  'units.field.parent': { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
  'units.field.childCount': { vi: 'Số đơn vị trực thuộc', en: 'Sub-units' },
  'units.edit.title': { vi: 'Thông tin đơn vị', en: 'Unit details' },
  'units.edit.saved': { vi: 'Đã lưu thông tin đơn vị.', en: 'Unit saved.' },
  'units.conflict.title': { vi: 'Dữ liệu đã thay đổi', en: 'The data has changed' },
  'units.conflict.text': {
    vi: 'Đơn vị này vừa được người khác sửa. Thông tin mới nhất đã được tải lại; vui lòng kiểm tra rồi sửa lại nếu cần.',
    en: 'Someone else just changed this unit. The latest data has been reloaded; check it and edit again if needed.',
  },
  'units.create': { vi: 'Thêm đơn vị trực thuộc', en: 'Add sub-unit' },
  'units.create.title': { vi: 'Thêm đơn vị trực thuộc {parent}', en: 'Add a sub-unit to {parent}' },
  'units.create.done': { vi: 'Đã tạo đơn vị {name}.', en: 'Unit {name} created.' },
  'units.create.code.help': {
    vi: 'Mã duy nhất trong toàn hệ thống, ví dụ 00004.TP.',
    en: 'Unique in the whole system, e.g. 00004.TP.',
  },
  'units.picker.placeholder': { vi: 'Chọn đơn vị', en: 'Select a unit' },
});
