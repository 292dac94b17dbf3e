/** Roles an official may hold, and their Vietnamese names. Citizens hold no role: their kind says it. */
export const ROLES = [
  'reception',
  'specialist',
  'unit_leader',
  'one_stop_head',
  'inspector',
  'home_affairs',
  'sysadmin',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  reception: { vi: 'Cán bộ tiếp nhận', en: 'Reception officer' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  unit_leader: { vi: 'Lãnh đạo đơn vị', en: 'Unit leader' },
  one_stop_head: { vi: 'Trưởng bộ phận Một cửa', en: 'One-stop head' },
  inspector: { vi: 'Kiểm tra công vụ', en: 'Inspector' },
  home_affairs: { vi: 'Quản trị Nội vụ', en: 'Home-affairs administrator' },
  sysadmin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
};

export const UNIT_KINDS = [
  'country',
  'province',
  'district',
  'commune',
  'department',
  'one_stop',
  'agency',
  'other',
] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, { vi: string; en: string }> = {
  country: { vi: 'Quốc gia', en: 'Country' },
  province: { vi: 'Tỉnh/Thành phố', en: 'Province' },
  district: { vi: 'Quận/Huyện', en: 'District' },
  commune: { vi: 'Xã/Phường/Đặc khu', en: 'Commune' },
  department: { vi: 'Sở, ban, ngành', en: 'Department' },
  one_stop: { vi: 'Bộ phận Một cửa', en: 'One-stop unit' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  other: { vi: 'Khác', en: 'Other' },
};
