/**
 * Loading a dossier for a late-work action: the row the person may see, its fold context and the gate, and
 * writing one logged entry (explain / apology_approved) with the dossier's new state under optimistic
 * concurrency, in the caller's transaction.
 */
import { applyAction, type DossierAction, type DossierState } from '../../../domain/dossiers/state.js';
import type { LateWorkActionType } from '../../../domain/dossiers/status.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { loadDossierContext } from '../dossiers/dossiers.context.js';
import * as dq from '../dossiers/dossiers.queries.js';
import { canReadDossier } from '../dossiers/dossier-scope.js';
import { openLateWorkGate } from './late-work.gate.js';

/** The dossier (visible to the signed-in official), its context and its late-work gate now. */
export async function loadLateDossier(ctx: RequestContext, dossierId: string) {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const { db } = ctx.deps.database;
  const row = await dq.findDossier(db, dossierId);
  if (!row || !(await canReadDossier(db, actor, row))) throw fail.notFound('Không tìm thấy hồ sơ.');
  const context = await loadDossierContext(db, row);
  const state = row.state as DossierState;
  const now = ctx.deps.clock.now();
  const gate = await openLateWorkGate(db, dossierId, state, context.calendar, now);
  return { actor, row, context, state, now, gate };
}

export type LateDossier = Awaited<ReturnType<typeof loadLateDossier>>;

/** Appends a late-work entry to the log and stores the new state, if the dossier is still at `version`. */
export async function appendLateWorkAction(
  trx: Executor,
  dossier: Pick<LateDossier, 'row' | 'context' | 'state'>,
  entry: {
    type: LateWorkActionType;
    at: Date;
    actorId: string;
    actorUnitId: string | null;
    payload: Record<string, unknown>;
  },
): Promise<{ action: DossierAction; next: DossierState }> {
  const { row, state, context } = dossier;
  const action: DossierAction = {
    seq: state.lastSeq + 1,
    type: entry.type,
    at: entry.at.getTime(),
    actorId: entry.actorId,
    payload: entry.payload,
  };
  const next = applyAction(state, action, context);
  if (!(await dq.updateDossierState(trx, row.id, row.version, next, entry.at))) {
    throw fail.conflict('Hồ sơ vừa được người khác xử lý. Vui lòng tải lại để xem trạng thái mới nhất.');
  }
  await dq.insertActions(trx, row.id, [{ action, actorUnitId: entry.actorUnitId, stepId: state.stepId }]);
  return { action, next };
}
