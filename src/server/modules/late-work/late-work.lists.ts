/** The leaders' approval queue, a person's late-work alerts, and the versioned rules (read and publish). */
import type { z } from 'zod';
import type { PublishRulesRequest } from '../../../contracts/late-work.js';
import { parseInstant } from '../../../domain/calendar/index.js';
import {
  canDecideApology,
  canManageLateWorkRules,
  canViewLateBoard,
} from '../../../domain/late-work/policy.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { listPendingApologies } from './apologies.queries.js';
import { findMaxRuleVersion, insertRules, listAlertsFor } from './late-work.queries.js';
import { iso, presentApology } from './late-work.present.js';
import { getLateWorkRules } from './late-work.rules.js';

function officialOf(ctx: RequestContext) {
  if (!ctx.actor) throw fail.unauthenticated();
  if (!canViewLateBoard(ctx.actor)) throw fail.forbidden();
  return ctx.actor;
}

/** Pending apologies in the official's scope; `canDecide` marks those this person may decide. */
export async function listApprovalQueue(ctx: RequestContext) {
  const actor = officialOf(ctx);
  const { db } = ctx.deps.database;
  const scope = actor.roles.includes('sysadmin') ? null : (actor.unitPath ?? '/none/');
  const now = ctx.deps.clock.now();
  const { rules } = await getLateWorkRules(db, now);
  const rows = await listPendingApologies(db, scope);
  return {
    items: rows.map((row) => presentApology(row, rules, canDecideApology(actor, row.drafted_by), now)),
  };
}

/** The signed-in official's late-work alerts, newest first. */
export async function listMyAlerts(ctx: RequestContext) {
  const actor = officialOf(ctx);
  const rows = await listAlertsFor(ctx.deps.database.db, actor.userId, 50);
  return {
    items: rows.map((row) => ({
      id: String(row.id),
      dossierId: row.dossier_id,
      code: row.code,
      procedureName: row.procedure_name,
      kind: row.kind,
      level: row.level,
      dueAt: iso(row.due_at)!,
      firedAt: iso(row.fired_at)!,
    })),
  };
}

/** The rules in force now. */
export async function readLateWorkRules(ctx: RequestContext) {
  officialOf(ctx);
  const current = await getLateWorkRules(ctx.deps.database.db, ctx.deps.clock.now());
  return { version: current.version, effectiveFrom: iso(current.effectiveFrom), rules: current.rules };
}

/** Publishes a new version of the rules (from now, or a later effective time); earlier versions stay. */
export async function publishLateWorkRules(ctx: RequestContext, input: z.infer<typeof PublishRulesRequest>) {
  const actor = officialOf(ctx);
  if (!canManageLateWorkRules(actor)) throw fail.forbidden();
  const now = ctx.deps.clock.now();
  const effectiveFrom = input.effectiveFrom ? new Date(parseInstant(input.effectiveFrom)) : now;
  const { db } = ctx.deps.database;
  await db.transaction().execute(async (trx) => {
    const version = (await findMaxRuleVersion(trx)) + 1;
    await insertRules(trx, { version, effectiveFrom, rules: input.rules, createdBy: actor.userId, now });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'late_work.rules_publish',
        targetType: 'late_work_rule',
        targetId: String(version),
        unitId: null,
        summary: { version, effectiveFrom: iso(effectiveFrom) },
      }),
    );
  });
  return readLateWorkRules(ctx);
}
