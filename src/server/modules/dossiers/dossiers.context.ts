/** Loads what the pure dossier fold needs for a stored dossier: its procedure version, case and calendar. */
import type { DossierContext } from '../../../domain/dossiers/state.js';
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import type { Executor } from '../../db/types.js';
import { getWorkingCalendar } from '../calendars/calendars.service.js';

export async function loadDossierContext(
  db: Executor,
  row: { definition: unknown; variant_id: string | null; calendar_version_id: string },
): Promise<DossierContext> {
  return {
    definition: row.definition as ProcedureDefinition,
    variantId: row.variant_id,
    calendar: await getWorkingCalendar(db, row.calendar_version_id),
  };
}
