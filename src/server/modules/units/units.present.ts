/** Unit row → API shape. */
import type { Unit } from '../../../contracts/units.js';
import type { UnitKind } from '../../../domain/access/roles.js';
import type { UnitRow } from './units.queries.js';

export function presentUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind as UnitKind,
    code: row.code,
    name: row.name,
    fullName: row.full_name,
    nameEn: row.name_en,
    adminType: row.admin_type,
    dossierCodeId: row.dossier_code_id,
    active: row.active,
    childCount: Number(row.child_count),
    version: row.version,
  };
}
