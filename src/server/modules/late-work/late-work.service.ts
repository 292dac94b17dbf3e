/**
 * Reading late work: a dossier's obligations, explanations, apologies, delay attribution and alerts; the
 * late-and-at-risk board of a unit; the leaders' approval queue; a person's alerts; the rules in force.
 */
import type { BoardResponse, DossierLateWork } from '../../../contracts/late-work.js';
import type { z } from 'zod';
import type { BoardQuery } from '../../../contracts/late-work.js';
import { addWorkingMinutes, workingMinutesBetween } from '../../../domain/calendar/index.js';
import { currentStep, type DossierState } from '../../../domain/dossiers/state.js';
import { assessLateWork } from '../../../domain/late-work/assessment.js';
import { attributeDelay, legalDueOf } from '../../../domain/late-work/delay.js';
import {
  canDecideApology,
  canDraftApology,
  canExplainStep,
  canViewLateBoard,
} from '../../../domain/late-work/policy.js';
import { labelReason, type LateWorkRules } from '../../../domain/late-work/rules.js';
import { fail } from '../../../domain/errors.js';
import type { RequestContext } from '../../context.js';
import { defaultCalendar, getWorkingCalendar } from '../calendars/calendars.service.js';
import * as aq from './apologies.queries.js';
import { listGateBlockers } from './late-work.gate.js';
import { getLateWorkRules } from './late-work.rules.js';
import { loadLateDossier } from './late-work.dossier.js';
import { listDossierAlerts } from './late-work.queries.js';
import { iso, presentApology } from './late-work.present.js';

const minutes = (ms: number) => Math.round(ms / 60_000);
const reasonsOf = (list: LateWorkRules['explanationReasons']) =>
  list.map((r) => ({ code: r.code, label: r.vi }));

function officialOf(ctx: RequestContext) {
  if (!ctx.actor) throw fail.unauthenticated();
  if (!canViewLateBoard(ctx.actor)) throw fail.forbidden();
  return ctx.actor;
}

/** Everything late work says about one dossier, for its page. */
export async function getDossierLateWork(ctx: RequestContext, dossierId: string): Promise<DossierLateWork> {
  officialOf(ctx);
  const dossier = await loadLateDossier(ctx, dossierId);
  const { actor, state, context, gate, now } = dossier;
  const { db } = ctx.deps.database;
  const rules = gate.rules.rules;
  const [explanations, apologies, alerts] = await Promise.all([
    aq.listExplanations(db, dossierId),
    aq.listApologies(db, dossierId),
    listDossierAlerts(db, dossierId),
  ]);
  const delay = attributeDelay(state, context, now.getTime());
  const names = new Map(explanations.map((e) => [e.user_id, e.user_name]));
  const overdue = gate.assessment.overdueStep;
  return {
    dossierId,
    rulesVersion: gate.rules.version,
    blockers: listGateBlockers(gate),
    overdueStep: overdue
      ? {
          periodIndex: overdue.periodIndex,
          stepId: overdue.period.stepId,
          dueAt: iso(overdue.period.dueAt)!,
          holderId: overdue.period.holderId,
        }
      : null,
    explanationRequired: gate.assessment.explanationRequired,
    dossierOverdue: gate.assessment.dossierOverdue,
    apologyRequired: gate.assessment.apologyRequired,
    apologyAllowed: gate.assessment.apologyAllowed && !gate.pendingApology,
    apologyAdvised: gate.assessment.apologyAdvised,
    apologyLatestAt: iso(gate.assessment.apologyLatestAt),
    apologyLateNow: gate.assessment.apologyLateNow,
    extensionsLeft: gate.assessment.extensionsLeft,
    legalDueAt: iso(legalDueOf(state)),
    canExplain:
      gate.assessment.explanationRequired &&
      canExplainStep(actor, overdue!.period.holderId, currentStep(state, context)?.role ?? null),
    canDraftApology:
      gate.assessment.apologyAllowed && !gate.pendingApology && canDraftApology(actor, state.holderId),
    explanationReasons: reasonsOf(rules.explanationReasons),
    apologyReasons: reasonsOf(rules.apologyReasons),
    explanations: explanations.map((e) => ({
      id: e.id,
      stepId: e.step_id,
      periodIndex: e.period_index,
      userId: e.user_id,
      userName: e.user_name,
      reasonCode: e.reason_code,
      reasonLabel: labelReason(rules.explanationReasons, e.reason_code),
      text: e.text,
      attachmentId: e.attachment_id,
      stepDueAt: iso(e.step_due_at)!,
      createdAt: iso(e.created_at)!,
    })),
    apologies: apologies.map((a) =>
      presentApology(a, rules, a.status === 'pending' && canDecideApology(actor, a.drafted_by), now),
    ),
    delay: {
      periods: delay.periods.map((p) => ({
        periodIndex: p.periodIndex,
        stepId: p.stepId,
        holderName: p.holderId ? (names.get(p.holderId) ?? dossier.row.holder_name ?? null) : null,
        outside: p.outside,
        allottedMinutes: minutes(p.allottedMs),
        usedMinutes: minutes(p.usedMs),
        overrunMinutes: minutes(p.overrunMs),
      })),
      insideOverrunMinutes: minutes(delay.insideOverrunMs),
      outsideOverrunMinutes: minutes(delay.outsideOverrunMs),
      lateByMinutes: minutes(delay.lateByMs),
    },
    alerts: alerts.map((a) => ({
      kind: a.kind,
      level: a.level,
      dueAt: iso(a.due_at)!,
      firedAt: iso(a.fired_at)!,
      recipients: a.recipient_ids.length,
    })),
  };
}

/** The unit's late and at-risk dossiers (within the official's scope), sorted as asked. */
export async function listLateBoard(
  ctx: RequestContext,
  query: z.infer<typeof BoardQuery>,
): Promise<BoardResponse> {
  const actor = officialOf(ctx);
  const { readDb, db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const horizon = addWorkingMinutes(await defaultCalendar(db), now.getTime(), query.horizonHours * 60);
  const scope = actor.roles.includes('sysadmin') ? null : (actor.unitPath ?? '/none/');
  const rows = await aq.listBoard(readDb, scope, new Date(horizon), 500);
  const { rules } = await getLateWorkRules(db, now);
  const items = await Promise.all(
    rows.map(async (row) => {
      const state = row.state as DossierState;
      const calendar = await getWorkingCalendar(db, row.calendar_version_id);
      const assessment = assessLateWork(state, now.getTime(), rules, calendar);
      const lateBy = (due: number | null) =>
        due !== null && due < now.getTime() ? workingMinutesBetween(calendar, due, now.getTime()) : 0;
      const stepLate = lateBy(state.stepDueAt);
      const dossierLate = lateBy(legalDueOf(state));
      return {
        id: row.id,
        code: row.code,
        procedureName: row.procedure_name,
        holder: row.current_holder_id ? { id: row.current_holder_id, name: row.holder_name ?? '' } : null,
        stepDueAt: iso(state.stepDueAt),
        dueAt: iso(state.dueAt),
        legalDueAt: iso(legalDueOf(state)),
        stepLateMinutes: stepLate,
        dossierLateMinutes: dossierLate,
        state:
          (state.stepDueAt ?? Infinity) < now.getTime() || (state.dueAt ?? Infinity) < now.getTime()
            ? ('late' as const)
            : ('at_risk' as const),
        explanationRequired: assessment.explanationRequired,
        apologyRequired: assessment.apologyRequired,
        apologyPending: row.apology_pending,
        apologyAdvised: assessment.apologyAdvised,
        apologyLatestAt: iso(assessment.apologyLatestAt),
        apologyLate: row.apology_late || assessment.apologyLateNow,
        extensions: state.extensions ?? 0,
      };
    }),
  );
  const byLate = (a: (typeof items)[number], b: (typeof items)[number]) =>
    Math.max(b.stepLateMinutes, b.dossierLateMinutes) - Math.max(a.stepLateMinutes, a.dossierLateMinutes);
  const compare = {
    late: byLate,
    holder: (a: (typeof items)[number], b: (typeof items)[number]) =>
      (a.holder?.name ?? '~').localeCompare(b.holder?.name ?? '~', 'vi') || byLate(a, b),
    procedure: (a: (typeof items)[number], b: (typeof items)[number]) =>
      a.procedureName.localeCompare(b.procedureName, 'vi') || byLate(a, b),
  }[query.sort];
  items.sort(compare);
  const late = items.filter((i) => i.state === 'late').length;
  return { items, total: items.length, late, atRisk: items.length - late };
}
