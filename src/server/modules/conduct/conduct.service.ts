/**
 * Codes of conduct (rules and principles for dealing with citizens), published per unit as immutable
 * versions and shown publicly; officials acknowledge the version in force for their unit (the nearest
 * unit up their tree that has one), with the date logged. Commitments and emulation registrations, yearly,
 * per unit or per official.
 */
import { canManageConduct, canReadConduct } from '../../../domain/conduct/policy.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { requireOfficialActor } from '../inspections/findings.service.js';
import { getUnitInfo } from '../inspections/unit-lookup.js';
import * as cq from './conduct.queries.js';

type CodeRow = Awaited<ReturnType<typeof cq.findLatestCode>>;

/** Code row → API shape. */
export function presentCode(row: NonNullable<CodeRow>) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    version: row.version,
    title: row.title,
    rules: row.rules,
    principles: row.principles,
    publishedAt: row.published_at.toISOString(),
  };
}

/** The public page of a unit's code: the current version and the list of versions; `not_found` if none. */
export async function getPublicCode(db: Executor, unitId: string) {
  const current = await cq.findLatestCode(db, unitId);
  if (!current) throw fail.notFound('Đơn vị chưa công bố quy tắc ứng xử.');
  const versions = await cq.listCodeVersions(db, unitId);
  return {
    current: presentCode(current),
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      publishedAt: v.published_at.toISOString(),
    })),
  };
}

/** Publishes a new version of a unit's code (home-affairs administrators of the unit's subtree). */
export async function publishCode(
  ctx: RequestContext,
  unitId: string,
  input: { title: string; rules: string; principles: string },
) {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const unit = await getUnitInfo(db, unitId);
  if (!canManageConduct(actor, unit.path))
    throw fail.forbidden('Bạn không được công bố quy tắc ứng xử cho đơn vị này.');
  const now = ctx.deps.clock.now();
  const id = await db.transaction().execute(async (trx) => {
    const latest = await cq.findLatestCode(trx, unitId);
    const row = await cq.insertCode(trx, {
      unit_id: unitId,
      version: (latest?.version ?? 0) + 1,
      ...input,
      published_at: now,
      published_by: actor.userId,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'conduct.code_published',
        targetType: 'conduct_code',
        targetId: row.id,
        unitId,
        summary: { version: (latest?.version ?? 0) + 1 },
      }),
    );
    return row.id;
  });
  return presentCode((await cq.findCode(db, id))!);
}

/** The code in force for the actor: the latest version of the nearest unit up their tree that has one. */
export async function findCodeForOfficial(db: Executor, unitPath: string) {
  const ids = unitPath.split('/').filter(Boolean).reverse();
  for (const id of ids) {
    const code = await cq.findLatestCode(db, id);
    if (code) return code;
  }
  return undefined;
}

/** The actor's code in force and when they acknowledged it (null when not yet). */
export async function getMyCode(ctx: RequestContext) {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const code = await findCodeForOfficial(db, actor.unitPath ?? '');
  if (!code) return { code: null, acknowledgedAt: null };
  const ack = await cq.findAcknowledgement(db, code.id, actor.userId);
  return { code: presentCode(code), acknowledgedAt: ack?.acknowledged_at.toISOString() ?? null };
}

/** Acknowledges a code: only the version in force for the actor's unit; a second time keeps the first date. */
export async function acknowledgeCode(ctx: RequestContext, codeId: string) {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const code = await findCodeForOfficial(db, actor.unitPath ?? '');
  if (!code || code.id !== codeId)
    throw fail.validation('Chỉ xác nhận phiên bản quy tắc ứng xử đang áp dụng cho đơn vị của bạn.', [
      { path: 'id' },
    ]);
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    const inserted = await cq.insertAcknowledgement(trx, {
      code_id: codeId,
      user_id: actor.userId,
      acknowledged_at: now,
    });
    if (!inserted) return;
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'conduct.code_acknowledged',
        targetType: 'conduct_code',
        targetId: codeId,
        unitId: actor.unitId,
        summary: { version: code.version },
      }),
    );
  });
  return getMyCode(ctx);
}

/** Who in the code's unit subtree has acknowledged this version, and when (readers of the unit). */
export async function listAcknowledgements(ctx: RequestContext, codeId: string) {
  const actor = requireOfficialActor(ctx);
  const db = ctx.deps.database.readDb;
  const code = await cq.findCodeWithUnitPath(db, codeId);
  if (!code || !canReadConduct(actor, code.unit_path)) throw fail.notFound('Không tìm thấy quy tắc ứng xử.');
  const rows = await cq.listOfficialAcknowledgements(db, codeId, code.unit_path);
  return {
    codeId,
    version: code.version,
    items: rows.map((r) => ({
      userId: r.id,
      fullName: r.full_name,
      unitName: r.unit_name,
      acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
    })),
  };
}
