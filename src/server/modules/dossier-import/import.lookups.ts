/**
 * The import's in-memory look-ups: receiving units by code (their agency code, authority, scope and the
 * calendar version in force, as live intake resolves them) and published procedures by national code with
 * the units offering them. Loaded once per import; a unit's calendar is resolved on first use.
 */
import type { ImportLookups, ImportProcedure, ImportUnit } from '../../../domain/dossiers/import-record.js';
import type { Db } from '../../db/types.js';
import { resolveUnitCalendarVersion } from '../calendars/calendars.service.js';
import * as q from './import.queries.js';

/** Loads the look-ups; `unitByCode` is synchronous, so calendars are resolved for every unit with a code id. */
export async function loadImportLookups(db: Db): Promise<ImportLookups> {
  const units = new Map<string, ImportUnit>();
  for (const row of await q.listImportUnits(db)) {
    const agencyCode = row.dossier_code_id ?? row.parent_dossier_code_id;
    if (!agencyCode) continue;
    // a one-stop unit belongs to its parent authority: the parent's subtree is the dossier's scope
    const oneStopOfParent = row.kind === 'one_stop' && row.parent_id !== null;
    units.set(row.code, {
      id: row.id,
      agencyCode,
      authorityId: oneStopOfParent ? row.parent_id! : row.id,
      scopePath: oneStopOfParent ? row.parent_path! : row.path,
      calendarVersionId: '',
    });
  }
  const procedures = new Map<string, ImportProcedure & { offeredBy: Set<string> }>();
  for (const row of await q.listImportProcedures(db)) {
    const procedure = procedures.get(row.code) ?? {
      id: row.id,
      versionId: row.current_version_id!,
      offeredBy: new Set<string>(),
    };
    if (row.unit_id) procedure.offeredBy.add(row.unit_id);
    procedures.set(row.code, procedure);
  }
  const offering = new Set([...procedures.values()].flatMap((p) => [...p.offeredBy]));
  for (const unit of units.values()) {
    if (offering.has(unit.id)) unit.calendarVersionId = await resolveUnitCalendarVersion(db, unit.id);
  }
  return {
    unitByCode: (code) => {
      const unit = units.get(code);
      return unit && unit.calendarVersionId !== '' ? unit : undefined;
    },
    procedureByCode: (code) => procedures.get(code),
  };
}
