/**
 * Loads Vietnam's administrative units (34 provinces, 3,321 communes; two-level local government from
 * 2025-07-01) from `data-ref/vn-admin-units.json` (MIT, thanglequoc/vietnamese-provinces-database).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Executor } from '../db/types.js';
import { insertUnitRows } from '../modules/units/units.queries.js';
import { buildAgencyCode } from '../../domain/dossiers/code.js';

export const REFERENCE_UNITS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data-ref/vn-admin-units.json',
);

const AdminUnit = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  nameEn: z.string().nullable().optional(),
  unitType: z.string().nullable().optional(),
});
const ReferenceFile = z.object({
  source: z.string(),
  provinces: z.array(AdminUnit.extend({ communes: z.array(AdminUnit) })),
});
export type ReferenceFile = z.infer<typeof ReferenceFile>;

/**
 * Identifiers used in dossier codes, per province code. Only those confirmed are listed; the others are
 * left empty for an administrator to fill in (it is configuration, not a constant of the law).
 */
const PROVINCE_DOSSIER_IDS: Record<string, string> = { '01': 'H26' };

export function readReferenceUnits(file = REFERENCE_UNITS_FILE): ReferenceFile {
  return ReferenceFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/**
 * The agency code given to the `ordinal`-th commune (1-based, in administrative-code order) of a province
 * whose level-1 code is `level1`. A placeholder series until the province's official list is entered (the
 * province assigns these codes; domain.md §3 [verify]): level-2 blocks from 90 (kept clear of departments,
 * 01–89), 99 communes a block in level 3. A commune's 5-digit administrative code never goes into a slot.
 */
export function computeCommuneAgencyCode(level1: string, ordinal: number): string {
  return buildAgencyCode({
    level1,
    level2: 90 + Math.floor((ordinal - 1) / 99),
    level3: ((ordinal - 1) % 99) + 1,
    level4: 0,
  });
}

/** Inserts every province and commune (ids are generated here so paths can be written in one pass). */
export async function loadReferenceUnits(
  db: Executor,
  data: ReferenceFile,
): Promise<{ provinces: number; communes: number }> {
  const rows: Parameters<typeof insertUnitRows>[1] = [];
  let communes = 0;
  for (const province of data.provinces) {
    const provinceId = crypto.randomUUID();
    const provincePath = `/${provinceId}/`;
    const suffix = PROVINCE_DOSSIER_IDS[province.code];
    rows.push({
      id: provinceId,
      parent_id: null,
      path: provincePath,
      kind: 'province',
      code: province.code,
      name: province.name,
      full_name: province.fullName,
      name_en: province.nameEn ?? null,
      admin_type: province.unitType ?? null,
      dossier_code_id: suffix ? `000.00.00.${suffix}` : null,
    });
    const ordered = [...province.communes].sort((a, b) => a.code.localeCompare(b.code));
    for (const [index, commune] of ordered.entries()) {
      const id = crypto.randomUUID();
      communes += 1;
      rows.push({
        id,
        parent_id: provinceId,
        path: `${provincePath}${id}/`,
        kind: 'commune',
        code: commune.code,
        name: commune.name,
        full_name: commune.fullName,
        name_en: commune.nameEn ?? null,
        admin_type: commune.unitType ?? null,
        dossier_code_id: suffix ? computeCommuneAgencyCode(suffix, index + 1) : null,
      });
    }
  }
  await insertUnitRows(db, rows);
  return { provinces: data.provinces.length, communes };
}
