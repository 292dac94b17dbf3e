/** Account row → API shapes. */
import type { Actor } from '../../../domain/access/policy.js';
import type { CurrentUser } from '../../../contracts/auth.js';
import type { AccountRow } from './auth.queries.js';

/** The signed-in person as the API shows them; `provinceId` from `findProvinceId` (null without a unit). */
export function presentCurrentUser(account: AccountRow, provinceId: string | null): CurrentUser {
  return {
    id: account.id,
    username: account.username,
    kind: account.kind,
    fullName: account.full_name,
    unitId: account.unit_id,
    unitName: account.unit_name,
    provinceId,
    roles: account.roles,
    email: account.email,
    phone: account.phone,
    idNumber: account.id_number,
    locale: account.locale,
    mustChangePassword: account.must_change_password,
  };
}

/** The acting person as the pure policy functions see them. */
export function toActor(account: AccountRow): Actor {
  return {
    userId: account.id,
    kind: account.kind,
    unitId: account.unit_id,
    unitPath: account.unit_path,
    roles: account.kind === 'official' ? account.roles : [],
  };
}
