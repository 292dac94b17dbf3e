/**
 * Loads what the generator needs from the database: the receiving units with their authority, code prefix,
 * calendar version (the one in force for the unit, as live intake stores it) and the current published
 * version of every procedure they offer, plus the demo officials who act at the units that have them.
 */
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import type { Executor } from '../../db/types.js';
import { getWorkingCalendar, resolveUnitCalendarVersion } from '../../modules/calendars/calendars.service.js';
import type { HistoryUnit } from './generate.js';
import * as q from './history.queries.js';
import type { UnitActors } from './simulate.js';

/** A receiving unit to generate dossiers for. */
export interface HistoryUnitSpec {
  code: string;
  weight: number;
  onlineShare: number;
  /** Usernames acting for each role (absent: actions are logged without a named official). */
  actors?: Partial<Record<keyof UnitActors, string>>;
  /** Username of a registered citizen who submits a few of the unit's online dossiers. */
  citizen?: string;
}

/** What was loaded: the units ready for the generator and each actor's unit (for `actor_unit_id`). */
export interface HistoryContext {
  units: HistoryUnit[];
  actorUnits: Map<string, string>;
}

function areaOf(row: { kind: string; full_name: string; parent_name: string | null }): string {
  const place = row.kind === 'one_stop' ? (row.parent_name ?? row.full_name) : row.full_name;
  if (place.includes('Hà Nội')) return place.replace('Thành phố', 'thành phố');
  return `${place.charAt(0).toLowerCase()}${place.slice(1)}, Hà Nội`;
}

/** Loads the units of `specs` that exist (unknown codes are skipped) with their procedures and actors. */
export async function loadHistoryContext(
  db: Executor,
  specs: readonly HistoryUnitSpec[],
): Promise<HistoryContext> {
  const rows = await q.listHistoryUnits(
    db,
    specs.map((s) => s.code),
  );
  const usernames = specs.flatMap((s) => [
    ...Object.values(s.actors ?? {}),
    ...(s.citizen ? [s.citizen] : []),
  ]);
  const users = new Map((await q.listUsersByUsername(db, usernames)).map((u) => [u.username, u]));
  const actorUnits = new Map(
    [...users.values()].flatMap((u) => (u.unit_id ? [[u.id, u.unit_id] as const] : [])),
  );
  const units: HistoryUnit[] = [];
  for (const spec of specs) {
    const row = rows.find((r) => r.code === spec.code);
    const codeId = row?.dossier_code_id ?? row?.parent_dossier_code_id;
    if (!row || !codeId) continue;
    const oneStopOfParent = row.kind === 'one_stop' && row.parent_id !== null;
    const calendarVersionId = await resolveUnitCalendarVersion(db, row.id);
    const procedures = (await q.listOfferedProcedures(db, row.id)).map((p) => ({
      id: p.id,
      versionId: p.version_id,
      definition: p.definition as ProcedureDefinition,
    }));
    const userOf = (name: string | undefined) => (name ? (users.get(name)?.id ?? null) : null);
    const citizen = spec.citizen ? users.get(spec.citizen) : undefined;
    units.push({
      id: row.id,
      code: row.code,
      codeId,
      authorityId: oneStopOfParent ? row.parent_id! : row.id,
      scopePath: oneStopOfParent ? row.parent_path! : row.path,
      area: areaOf(row),
      onlineShare: spec.onlineShare,
      weight: spec.weight,
      calendarVersionId,
      calendar: await getWorkingCalendar(db, calendarVersionId),
      actors: {
        reception: userOf(spec.actors?.reception),
        specialist: userOf(spec.actors?.specialist),
        unit_leader: userOf(spec.actors?.unit_leader),
        one_stop_head: userOf(spec.actors?.one_stop_head),
      },
      procedures,
      citizen:
        citizen?.phone && citizen.id_number
          ? { id: citizen.id, fullName: citizen.full_name, idNumber: citizen.id_number, phone: citizen.phone }
          : null,
    });
  }
  return { units, actorUnits };
}
