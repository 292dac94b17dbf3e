/** User row → API shape (never the password hash). */
import type { User } from '../../../contracts/users.js';
import type { UserRow } from './users.queries.js';

export function presentUser(row: UserRow, now: Date): User {
  return {
    id: row.id,
    username: row.username,
    kind: row.kind,
    fullName: row.full_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    roles: row.roles,
    active: row.active,
    locked: row.locked_until !== null && row.locked_until > now,
    mustChangePassword: row.must_change_password,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}
