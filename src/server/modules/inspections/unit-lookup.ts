/** Small look-ups the inspection, conduct and plan services share: units and officials by id. */
import { fail } from '../../../domain/errors.js';
import type { Executor } from '../../db/types.js';
import { listUserNames } from '../users/users.queries.js';
import * as iq from './inspections.queries.js';

export interface UnitInfo {
  id: string;
  path: string;
  kind: string;
  name: string;
}

/** A unit's id, path, kind and full name; `not_found` when unknown. */
export async function getUnitInfo(db: Executor, id: string): Promise<UnitInfo> {
  const row = await iq.findUnit(db, id);
  if (!row) throw fail.notFound('Không tìm thấy đơn vị.');
  return row;
}

/** An active official with their unit; `validation_failed` on `path` when unknown or not an official. */
export async function getOfficialInfo(db: Executor, id: string, path = 'officialId') {
  const row = await iq.findActiveOfficial(db, id);
  if (!row) throw fail.validation('Không tìm thấy cán bộ, công chức.', [{ path }]);
  return { ...row, unit_id: row.unit_id! };
}

/** Full names by id, for presenting rows. */
export async function findNames(db: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await listUserNames(db, wanted);
  return new Map(rows.map((r) => [r.id, r.full_name]));
}
