/** Commitments (cam kết) and emulation registrations (đăng ký thi đua): yearly, per unit or per official. */
import type { CreateCommitmentRequest } from '../../../contracts/conduct.js';
import { isUnitInScope } from '../../../domain/access/policy.js';
import { canReadConduct, canRegisterUnitCommitment } from '../../../domain/conduct/policy.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { requireOfficialActor } from '../inspections/findings.service.js';
import { getOfficialInfo, getUnitInfo } from '../inspections/unit-lookup.js';
import * as cq from './conduct.queries.js';

/**
 * Registers a commitment or an emulation registration: an official for themselves (no unitId/userId), or a
 * unit leader / home-affairs administrator for a unit (unitId) or for an official of their subtree (userId).
 */
export async function registerCommitment(ctx: RequestContext, input: CreateCommitmentRequest) {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  let unitId: string;
  let userId: string | null;
  if (input.userId && input.userId !== actor.userId) {
    const official = await getOfficialInfo(db, input.userId, 'userId');
    if (!canRegisterUnitCommitment(actor, official.unit_path))
      throw fail.forbidden('Bạn không được đăng ký thay cán bộ này.');
    [unitId, userId] = [official.unit_id, official.id];
  } else if (input.unitId && input.userId === null) {
    const unit = await getUnitInfo(db, input.unitId);
    if (!canRegisterUnitCommitment(actor, unit.path))
      throw fail.forbidden('Bạn không được đăng ký cho đơn vị này.');
    [unitId, userId] = [unit.id, null];
  } else {
    [unitId, userId] = [actor.unitId!, actor.userId];
  }
  const now = ctx.deps.clock.now();
  return db.transaction().execute(async (trx) => {
    const row = await cq.insertCommitment(trx, {
      kind: input.kind,
      year: input.year,
      unit_id: unitId,
      user_id: userId,
      text: input.text,
      signed_on: input.signedOn,
      created_by: actor.userId,
      created_at: now,
    });
    if (!row) throw fail.conflict('Đã đăng ký cho năm này.');
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `conduct.${input.kind}_registered`,
        targetType: 'commitment',
        targetId: row.id,
        unitId,
        summary: { year: input.year, userId },
      }),
    );
    return row.id;
  });
}

/** Commitments of a unit's subtree (default the actor's unit), optionally of one year. */
export async function listCommitments(ctx: RequestContext, query: { year?: number; unitId?: string }) {
  const actor = requireOfficialActor(ctx);
  const db = ctx.deps.database.readDb;
  const unit = await getUnitInfo(db, query.unitId ?? actor.unitId!);
  const own = isUnitInScope(actor, unit.path) || canReadConduct(actor, unit.path);
  if (!own) throw fail.forbidden('Bạn không được xem cam kết của đơn vị này.');
  const reader = canReadConduct(actor, unit.path);
  const rows = await cq.listCommitments(db, {
    scopePath: unit.path,
    year: query.year,
    ownUserId: reader ? null : actor.userId,
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    year: r.year,
    unitId: r.unit_id,
    unitName: r.unit_name,
    userId: r.user_id,
    userName: r.user_name,
    text: r.text,
    signedOn: r.signed_on,
  }));
}
