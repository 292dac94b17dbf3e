/**
 * Demo data for the one-command start (never in production mode): Vietnam's real units, a few Hà Nội
 * agencies and one-stop units, and one account per role. Password of every demo account: KyCuong@2026.
 */
import { sql } from 'kysely';
import type { Role } from '../../domain/access/roles.js';
import type { Clock } from '../clock.js';
import type { Db, Tx } from '../db/types.js';
import { appendAudit } from '../modules/audit/audit.queries.js';
import { findUnitByCode, insertUnit, insertUnitFormerName } from '../modules/units/units.queries.js';
import { hashPassword } from '../security/password.js';
import { loadReferenceUnits, readReferenceUnits } from './reference-units.js';

export const DEMO_PASSWORD = 'KyCuong@2026';

interface DemoUnit {
  parentCode: string;
  kind: string;
  code: string;
  name: string;
  fullName: string;
  dossierCodeId?: string;
  /** The name the unit had until a date (the commune one-stops before 1 July 2025). */
  formerName?: { name: string; fullName: string; validUntil: string };
}

/** The one-stop of a commune from 1 July 2025 (ND 118/2025), with its earlier name kept as data. */
function communeOneStop(parentCode: string, communeName: string): DemoUnit {
  return {
    parentCode,
    kind: 'one_stop',
    code: `${parentCode}.MC`,
    name: 'Trung tâm Phục vụ hành chính công',
    fullName: `Trung tâm Phục vụ hành chính công ${communeName}`,
    formerName: {
      name: 'Bộ phận Một cửa',
      fullName: `Bộ phận Một cửa ${communeName}`,
      validUntil: '2025-06-30',
    },
  };
}

/** Hà Nội agencies and the one-stop units of Phường Ba Đình (code 00004) and Phường Ngọc Hà (00008). */
export const DEMO_UNITS: DemoUnit[] = [
  {
    parentCode: '01',
    kind: 'department',
    code: '01.SNV',
    name: 'Sở Nội vụ',
    fullName: 'Sở Nội vụ thành phố Hà Nội',
  },
  {
    parentCode: '01',
    kind: 'department',
    code: '01.STP',
    name: 'Sở Tư pháp',
    fullName: 'Sở Tư pháp thành phố Hà Nội',
    dossierCodeId: '000.00.12.H26',
  },
  {
    parentCode: '01',
    kind: 'department',
    code: '01.SXD',
    name: 'Sở Xây dựng',
    fullName: 'Sở Xây dựng thành phố Hà Nội',
    dossierCodeId: '000.00.15.H26',
  },
  {
    parentCode: '01',
    kind: 'one_stop',
    code: '01.TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công',
    fullName: 'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
    dossierCodeId: '000.00.01.H26',
  },
  communeOneStop('00004', 'phường Ba Đình'),
  {
    parentCode: '00004',
    kind: 'department',
    code: '00004.VP',
    name: 'Văn phòng HĐND và UBND',
    fullName: 'Văn phòng HĐND và UBND phường Ba Đình',
  },
  {
    parentCode: '00004',
    kind: 'department',
    code: '00004.KT',
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    fullName: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình',
  },
  {
    parentCode: '00004',
    kind: 'department',
    code: '00004.VHXH',
    name: 'Phòng Văn hóa - Xã hội',
    fullName: 'Phòng Văn hóa - Xã hội phường Ba Đình',
  },
  communeOneStop('00008', 'phường Ngọc Hà'),
];

interface DemoAccount {
  username: string;
  fullName: string;
  unitCode: string;
  title: string;
  roles: Role[];
}

/** One official per role (the README lists them), plus a second commune's official for scope checks. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    unitCode: '01',
    title: 'Quản trị viên',
    roles: ['sysadmin'],
  },
  {
    username: 'noivu',
    fullName: 'Trần Thị Bình',
    unitCode: '00004',
    title: 'Công chức Nội vụ',
    roles: ['home_affairs'],
  },
  {
    username: 'tiepnhan',
    fullName: 'Lê Văn Cường',
    unitCode: '00004.MC',
    title: 'Cán bộ tiếp nhận',
    roles: ['reception'],
  },
  {
    username: 'chuyenvien',
    fullName: 'Phạm Thị Dung',
    unitCode: '00004.KT',
    title: 'Chuyên viên',
    roles: ['specialist'],
  },
  {
    username: 'lanhdao',
    fullName: 'Hoàng Văn Em',
    unitCode: '00004',
    title: 'Phó Chủ tịch UBND phường',
    roles: ['unit_leader'],
  },
  {
    username: 'truongmotcua',
    fullName: 'Vũ Thị Giang',
    unitCode: '00004.MC',
    title: 'Trưởng Bộ phận Một cửa',
    roles: ['one_stop_head'],
  },
  {
    username: 'thanhtra',
    fullName: 'Đỗ Văn Hải',
    unitCode: '01',
    title: 'Thành viên Tổ kiểm tra công vụ',
    roles: ['inspector'],
  },
  {
    username: 'noivu.ngocha',
    fullName: 'Ngô Thị Khánh',
    unitCode: '00008',
    title: 'Công chức Nội vụ',
    roles: ['home_affairs'],
  },
];

export const DEMO_CITIZEN = {
  username: '0912345678',
  phone: '0912345678',
  idNumber: '001090012345',
  fullName: 'Nguyễn Văn An',
};

async function insertDemoUnits(trx: Tx, now: Date): Promise<void> {
  for (const unit of DEMO_UNITS) {
    const parent = await findUnitByCode(trx, unit.parentCode);
    if (!parent) throw new Error(`Demo seed: parent unit ${unit.parentCode} is missing`);
    const unitId = await insertUnit(trx, {
      parentId: parent.id,
      parentPath: parent.path,
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
      fullName: unit.fullName,
      nameEn: null,
      adminType: null,
      dossierCodeId: unit.dossierCodeId ?? null,
      now,
    });
    if (unit.formerName) await insertUnitFormerName(trx, unitId, unit.formerName);
  }
}

async function insertDemoAccounts(trx: Tx, passwordHash: string, now: Date): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const unit = await findUnitByCode(trx, account.unitCode);
    if (!unit) throw new Error(`Demo seed: unit ${account.unitCode} is missing`);
    const user = await trx
      .insertInto('app_user')
      .values({
        username: account.username,
        kind: 'official',
        full_name: account.fullName,
        unit_id: unit.id,
        title: account.title,
        password_hash: passwordHash,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('user_role')
      .values(account.roles.map((role) => ({ user_id: user.id, role })))
      .execute();
  }
  await trx
    .insertInto('app_user')
    .values({
      username: DEMO_CITIZEN.username,
      kind: 'citizen',
      full_name: DEMO_CITIZEN.fullName,
      phone: DEMO_CITIZEN.phone,
      id_number: DEMO_CITIZEN.idNumber,
      // the demo citizen showed their ID card at the counter, so VNeID sign-in finds this account
      id_verified_at: now,
      id_verified_by: 'counter',
      password_hash: passwordHash,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Seeds the reference units when there are none, then the demo agencies and accounts when there are no users. */
export async function seedDemoIfEmpty(db: Db, clock: Clock): Promise<boolean> {
  const users = await db
    .selectFrom('app_user')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  if (users.n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const units = await trx
      .selectFrom('unit')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    if (units.n === 0) await loadReferenceUnits(trx, readReferenceUnits());
    await insertDemoUnits(trx, now);
    await insertDemoAccounts(trx, passwordHash, now);
    await appendAudit(trx, {
      at: now,
      actorId: null,
      actorUnitId: null,
      unitId: null,
      action: 'system.seed_demo',
      targetType: 'system',
      targetId: null,
      summary: { accounts: DEMO_ACCOUNTS.length + 1, units: DEMO_UNITS.length },
      requestId: null,
    });
  });
  return true;
}
