/** Shapes of the user administration API. */
import { z } from 'zod';
import { ROLES } from '../domain/access/roles.js';
import { pageOf, QueryBoolean } from './common.js';

export const User = z.object({
  id: z.string().uuid(),
  username: z.string(),
  kind: z.enum(['official', 'citizen']),
  fullName: z.string(),
  unitId: z.string().uuid().nullable(),
  unitName: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  active: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const UserPage = pageOf(User);

export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.string().uuid().optional(),
  includeSubunits: QueryBoolean.default(true),
  active: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch');

export const CreateUserRequest = z.object({
  username: Username,
  fullName: z.string().trim().min(2).max(200),
  unitId: z.string().uuid(),
  title: z.string().trim().max(200).nullable().optional(),
  email: z.string().trim().email().nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  roles: z.array(z.enum(ROLES)).min(1, 'Chọn ít nhất một vai trò'),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z.object({
  version: z.number().int(),
  fullName: z.string().trim().min(2).max(200).optional(),
  unitId: z.string().uuid().optional(),
  title: z.string().trim().max(200).nullable().optional(),
  email: z.string().trim().email().nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  roles: z.array(z.enum(ROLES)).min(1).optional(),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const SetActiveRequest = z.object({ version: z.number().int(), active: z.boolean() });

/** The temporary password is shown once to the administrator who created or reset the account. */
export const UserWithPassword = z.object({ user: User, temporaryPassword: z.string() });
