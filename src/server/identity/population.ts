/**
 * The national population database (Cơ sở dữ liệu quốc gia về dân cư, Đề án 06) behind a small interface:
 * reception fills an applicant's details from their ID number instead of retyping them. The development
 * registry answers for the demo citizen and derives a plausible person from any other valid ID number.
 */
import { createHash } from 'node:crypto';
import { checkIdNumber } from '../../domain/identity/validate.js';
import { DEMO_CITIZEN } from '../seed/demo.js';

export interface PersonRecord {
  idNumber: string;
  fullName: string;
  birthYear: number | null;
  sex: 'male' | 'female' | null;
  phone: string | null;
  address: string;
}

export interface PopulationRegistry {
  /** The person with this ID number, or null when the registry has none. */
  lookup(idNumber: string): Promise<PersonRecord | null>;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = { male: ['Văn', 'Đức', 'Minh', 'Quang'], female: ['Thị', 'Thu', 'Ngọc', 'Thanh'] };
const GIVEN = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Long', 'Nam', 'Sơn'],
  female: ['Anh', 'Hà', 'Hương', 'Lan', 'Mai', 'Ngọc', 'Thảo', 'Yến'],
};
const STREETS = ['Phố Đội Cấn', 'Phố Kim Mã', 'Phố Liễu Giai', 'Phố Quán Thánh', 'Phố Phan Đình Phùng'];

/** A deterministic stand-in for the population database, for development and tests only. */
export class DevPopulationRegistry implements PopulationRegistry {
  async lookup(idNumber: string): Promise<PersonRecord | null> {
    const check = checkIdNumber(idNumber);
    if (!check.ok || check.kind !== 'cccd') return null;
    if (idNumber === DEMO_CITIZEN.idNumber) {
      return {
        idNumber,
        fullName: DEMO_CITIZEN.fullName,
        birthYear: check.birthYear ?? null,
        sex: check.sex ?? null,
        phone: DEMO_CITIZEN.phone,
        address: 'Số 12 Phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
      };
    }
    const digest = createHash('sha256').update(idNumber).digest();
    const sex = check.sex ?? 'male';
    const pick = <T>(list: readonly T[], byte: number) => list[digest[byte]! % list.length]!;
    return {
      idNumber,
      fullName: `${pick(FAMILY, 0)} ${pick(MIDDLE[sex], 1)} ${pick(GIVEN[sex], 2)}`,
      birthYear: check.birthYear ?? null,
      sex,
      phone: null,
      address: `Số ${(digest[3]! % 150) + 1} ${pick(STREETS, 4)}, Phường Ba Đình, Thành phố Hà Nội`,
    };
  }
}
