/**
 * Plausible Vietnamese applicants for generated dossiers: names drawn with the real frequency of family
 * names, 12-digit personal ID numbers (CCCD) whose province, century/sex and birth-year digits are
 * consistent, mobile numbers on real carrier prefixes, and Hà Nội street addresses. All invented.
 */
import type { Random } from './random.js';

/** The applicant object stored on a dossier (the API's `Applicant` shape plus `representative`). */
export interface GeneratedApplicant {
  kind: 'person';
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
  representative: null;
}

// family names with their approximate share of the population (per cent)
const FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 1],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Võ', 1],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.6],
  ['Trịnh', 0.5],
  ['Đào', 0.4],
  ['Mai', 0.3],
];
const FAMILY_WEIGHTS = FAMILY_NAMES.map(([, weight]) => weight);

const MIDDLE = {
  male: ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Tiến', 'Ngọc'],
  female: ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Bảo', 'Hồng', 'Kim'],
};
const GIVEN = {
  male: ['Anh', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hải', 'Hiếu', 'Huy', 'Khánh', 'Long', 'Minh', 'Nam'],
  female: ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngọc'],
};
const MORE_GIVEN = {
  male: ['Phúc', 'Quân', 'Sơn', 'Tuấn', 'Thắng', 'Trung', 'Việt', 'Đạt', 'Khoa', 'Thành', 'Tùng', 'Lâm'],
  female: ['Nhung', 'Phương', 'Quỳnh', 'Thảo', 'Trang', 'Vân', 'Yến', 'Hạnh', 'Thủy', 'Loan', 'Nga', 'Oanh'],
};

// CCCD province codes: mostly Hà Nội, then the provinces people most often move from
const PROVINCES: readonly [string, number][] = [
  ['001', 70],
  ['036', 3],
  ['034', 3],
  ['030', 3],
  ['033', 3],
  ['035', 2],
  ['037', 2],
  ['038', 3],
  ['040', 3],
  ['027', 2],
  ['026', 2],
  ['031', 2],
  ['079', 2],
];
const PROVINCE_WEIGHTS = PROVINCES.map(([, weight]) => weight);

// mobile prefixes of Viettel, Vinaphone, Mobifone, Vietnamobile and Gmobile
const MOBILE_PREFIXES = (
  '032 033 034 035 036 037 038 039 086 096 097 098 081 082 083 084 085 088 091 094 ' +
  '070 076 077 078 079 090 093 056 058 092'
).split(' ');

const STREETS = (
  'Đội Cấn|Kim Mã|Liễu Giai|Nguyễn Thái Học|Hoàng Hoa Thám|Quán Thánh|Phan Đình Phùng|Văn Cao|Ngọc Hà|' +
  'Đào Tấn|Giảng Võ|Núi Trúc|Vạn Phúc|Linh Lang|Đốc Ngữ'
).split('|');

/** A 12-digit CCCD number: province (3) + century/sex (1) + birth year (2) + serial (6). */
export function generateIdNumber(random: Random, sex: 'male' | 'female', birthYear: number): string {
  const province = PROVINCES[random.weighted(PROVINCE_WEIGHTS)]![0];
  const century = birthYear >= 2000 ? 2 : 0;
  const sexDigit = century + (sex === 'female' ? 1 : 0);
  return `${province}${sexDigit}${String(birthYear % 100).padStart(2, '0')}${random.digits(6)}`;
}

/** A 10-digit Vietnamese mobile number (0 + carrier prefix + 7 digits). */
export function generateMobilePhone(random: Random): string {
  return `${random.pick(MOBILE_PREFIXES)}${random.digits(7)}`;
}

/** An invented adult applicant living in `area` (e.g. "phường Ba Đình, Hà Nội"). */
export function generateApplicant(random: Random, area: string): GeneratedApplicant {
  const sex = random.chance(0.5) ? 'male' : 'female';
  const family = FAMILY_NAMES[random.weighted(FAMILY_WEIGHTS)]![0];
  const given = random.chance(0.6) ? random.pick(GIVEN[sex]) : random.pick(MORE_GIVEN[sex]);
  const birthYear = random.int(1950, 2006);
  return {
    kind: 'person',
    fullName: `${family} ${random.pick(MIDDLE[sex])} ${given}`,
    idNumber: generateIdNumber(random, sex, birthYear),
    phone: generateMobilePhone(random),
    address: `Số ${random.int(1, 199)} phố ${random.pick(STREETS)}, ${area}`,
    representative: null,
  };
}
