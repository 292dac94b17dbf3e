/**
 * Queues a dossier change for the national portal inside the transaction that made it (so a change is sent
 * if and only if it committed). Called by intake and by the dossier action service after the state is written.
 */
import type { DossierStatus } from '../../../domain/dossiers/status.js';
import { buildPortalRecord, portalIdempotencyKey } from '../../../domain/portal/record.js';
import type { NationalPortalSettings } from '../../config.js';
import type { Tx } from '../../db/types.js';
import { insertPortalChange, selectPortalSnapshot } from './portal.queries.js';

/** Version of the stored payload (the record and its key); the adapter sends it as it is. */
export const PORTAL_PAYLOAD_VERSION = 1;

/**
 * Queues change `seq` (the action just logged) of the dossier, read as written in `trx`. Nothing when the
 * synchronisation is off (no portal and no stand-in) or the dossier has no code or status yet.
 */
export async function enqueuePortalChange(
  trx: Tx,
  settings: NationalPortalSettings,
  change: { dossierId: string; seq: number; now: Date },
): Promise<void> {
  if (!settings.endpoint) return;
  const row = await selectPortalSnapshot(trx, change.dossierId);
  if (!row.code || !row.status) return;
  const record = buildPortalRecord(
    {
      dossierCode: row.code,
      procedureCode: row.procedure_code,
      unitCode: row.unit_code,
      status: row.status as DossierStatus,
      channel: row.channel,
      receivedAt: row.received_at,
      dueAt: row.due_at,
      finishedAt: row.finished_at,
      returnedAt: row.returned_at,
    },
    { seq: change.seq, at: change.now },
  );
  await insertPortalChange(trx, {
    dossierId: change.dossierId,
    seq: change.seq,
    payload: { v: PORTAL_PAYLOAD_VERSION, record },
    idempotencyKey: portalIdempotencyKey(change.dossierId, change.seq),
    now: change.now,
  });
}
