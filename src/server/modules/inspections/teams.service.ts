/** Inspection teams (set up by home-affairs administrators for a unit subtree) and checklists (configuration). */
import type { CreateTeamRequest } from '../../../contracts/inspections.js';
import { canManageConduct, canReadConduct } from '../../../domain/conduct/policy.js';
import { fail } from '../../../domain/errors.js';
import { parseChecklistItems } from '../../../domain/inspections/checklist.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { requireOfficialActor } from './findings.service.js';
import * as iq from './inspections.queries.js';
import { getOfficialInfo, getUnitInfo } from './unit-lookup.js';

/** Teams the actor may see (their subtree; all for the system administrator), with members. */
export async function listTeams(ctx: RequestContext) {
  const actor = requireOfficialActor(ctx);
  const db = ctx.deps.database.readDb;
  const teams = await iq.listTeams(db, null);
  const allMembers = await iq.listTeamMembers(
    db,
    teams.map((t) => t.id),
  );
  // scope never flows upward: a team covering an ancestor unit is seen by its own members only
  const visible = teams.filter(
    (t) =>
      canReadConduct(actor, t.scope_path) ||
      allMembers.some((m) => m.team_id === t.id && m.user_id === actor.userId),
  );
  const members = allMembers.filter((m) => visible.some((t) => t.id === m.team_id));
  return visible.map((t) => ({
    id: t.id,
    name: t.name,
    scopeUnitId: t.scope_unit_id,
    scopeUnitName: t.scope_unit_name,
    scopeNote: t.scope_note,
    members: members
      .filter((m) => m.team_id === t.id)
      .map((m) => ({ userId: m.user_id, fullName: m.full_name, role: m.role })),
  }));
}

/** Sets up a team (home-affairs administrator of the scope unit's subtree). */
export async function createTeam(ctx: RequestContext, input: CreateTeamRequest): Promise<string> {
  const actor = requireOfficialActor(ctx);
  const { db } = ctx.deps.database;
  const scope = await getUnitInfo(db, input.scopeUnitId);
  if (!canManageConduct(actor, scope.path))
    throw fail.forbidden('Bạn không được lập đoàn kiểm tra cho đơn vị này.');
  for (const [index, member] of input.members.entries())
    await getOfficialInfo(db, member.userId, `members.${index}`);
  const now = ctx.deps.clock.now();
  return db.transaction().execute(async (trx) => {
    const team = await iq.insertTeam(trx, {
      name: input.name,
      scope_unit_id: scope.id,
      scope_note: input.scopeNote,
      created_by: actor.userId,
      created_at: now,
    });
    await iq.insertTeamMembers(
      trx,
      input.members.map((m) => ({ team_id: team.id, user_id: m.userId, role: m.role })),
    );
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'inspection.team_created',
        targetType: 'inspection_team',
        targetId: team.id,
        unitId: scope.id,
        summary: { name: input.name, members: input.members.length },
      }),
    );
    return team.id;
  });
}

/** The latest version of each checklist (any official). */
export async function listChecklists(ctx: RequestContext) {
  requireOfficialActor(ctx);
  const rows = await iq.listLatestChecklists(ctx.deps.database.readDb);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    version: r.version,
    name: r.name,
    items: parseChecklistItems(r.items),
  }));
}
