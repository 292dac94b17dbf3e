/** Shapes of the authentication API. */
import { z } from 'zod';
import { ROLES } from '../domain/access/roles.js';
import { isPassphrase, MIN_PASSWORD_LENGTH } from '../domain/identity/password.js';

export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/**
 * A new password: 10 characters or a passphrase of 4 words (checked here); the server also refuses common
 * passwords and ones containing the person's identifiers (`domain/identity/password.ts`).
 */
export const Password = z
  .string()
  .max(200)
  .refine((value) => value.length >= MIN_PASSWORD_LENGTH || isPassphrase(value), {
    message: 'Mật khẩu cần ít nhất 10 ký tự, hoặc là một cụm từ gồm 4 từ trở lên',
  });

export const CurrentUser = z.object({
  id: z.string().uuid(),
  username: z.string(),
  kind: z.enum(['official', 'citizen']),
  fullName: z.string(),
  unitId: z.string().uuid().nullable(),
  unitName: z.string().nullable(),
  /** The province the official's unit lies in (the portal opens on its communes); null for citizens. */
  provinceId: z.string().uuid().nullable(),
  roles: z.array(z.enum(ROLES)),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  locale: z.enum(['vi', 'en']),
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const SessionResponse = z.object({ user: CurrentUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const RegisterCitizenRequest = z.object({
  fullName: z.string().trim().min(2).max(200),
  phone: z.string().trim().min(9).max(20),
  idNumber: z
    .string()
    .trim()
    .regex(/^([0-9]{9}|[0-9]{12})$/, 'Số định danh gồm 12 chữ số (hoặc CMND 9 chữ số)'),
  password: Password,
});
export type RegisterCitizenRequest = z.infer<typeof RegisterCitizenRequest>;

export const ChangePasswordRequest = z.object({ currentPassword: z.string().min(1), newPassword: Password });

export const UpdateProfileRequest = z.object({
  fullName: z.string().trim().min(2).max(200).optional(),
  email: z.string().trim().email().nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  locale: z.enum(['vi', 'en']).optional(),
});
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequest>;

/** Which sign-in methods the server offers (the login page shows the VNeID button only when available). */
export const AuthProviders = z.object({ vneid: z.boolean(), vneidIsDevelopment: z.boolean() });

/** A one-stop officer's check of a citizen's ID card: the number on the card and the account's login phone. */
export const VerifyCitizenIdRequest = z.object({
  idNumber: z
    .string()
    .trim()
    .regex(/^([0-9]{9}|[0-9]{12})$/, 'Số định danh gồm 12 chữ số (hoặc CMND 9 chữ số)'),
  phone: z.string().trim().min(9).max(20),
});
export type VerifyCitizenIdRequest = z.infer<typeof VerifyCitizenIdRequest>;

/** The account whose ID number is now proven, and how. */
export const VerifyCitizenIdResponse = z.object({
  userId: z.string().uuid(),
  verifiedBy: z.enum(['vneid', 'counter']),
});
export type VerifyCitizenIdResponse = z.infer<typeof VerifyCitizenIdResponse>;
