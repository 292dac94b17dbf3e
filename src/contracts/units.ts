/** Shapes of the units API. */
import { z } from 'zod';
import { UNIT_KINDS } from '../domain/access/roles.js';
import { isAgencyCode } from '../domain/dossiers/code.js';
import { pageOf, QueryBoolean } from './common.js';

export const Unit = z.object({
  id: z.string().uuid(),
  parentId: z.string().uuid().nullable(),
  kind: z.enum(UNIT_KINDS),
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  nameEn: z.string().nullable(),
  adminType: z.string().nullable(),
  dossierCodeId: z.string().nullable(),
  active: z.boolean(),
  childCount: z.number().int(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof Unit>;

export const UnitPage = pageOf(Unit);

export const UnitListQuery = z.object({
  parentId: z.string().uuid().optional(),
  roots: QueryBoolean.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

const DossierCodeId = z
  .string()
  .trim()
  .refine(
    isAgencyCode,
    'Mã định danh có dạng 000.00.00.H00 (cấp 4.cấp 3.cấp 2.cấp 1, đúng độ dài từng nhóm)',
  );

export const CreateUnitRequest = z.object({
  parentId: z.string().uuid().nullable(),
  kind: z.enum(UNIT_KINDS),
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  fullName: z.string().trim().min(1).max(300),
  nameEn: z.string().trim().max(200).nullable().optional(),
  dossierCodeId: DossierCodeId.nullable().optional(),
});
export type CreateUnitRequest = z.infer<typeof CreateUnitRequest>;

export const UpdateUnitRequest = z.object({
  version: z.number().int(),
  parentId: z.string().uuid().nullable().optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  fullName: z.string().trim().min(1).max(300).optional(),
  nameEn: z.string().trim().max(200).nullable().optional(),
  dossierCodeId: DossierCodeId.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateUnitRequest = z.infer<typeof UpdateUnitRequest>;
