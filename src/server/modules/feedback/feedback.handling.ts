/**
 * Handling feedback: take it, forward it to the responsible unit, answer it (published to the citizen,
 * with whether it proved justified), the citizen's reaction (a dissatisfied citizen reopens it with a new
 * deadline), handling-time policies and on-time statistics. Each change: one transaction with its audit
 * entry, guarded by the row version.
 */
import type { z } from 'zod';
import type {
  AnswerFeedbackRequest,
  FeedbackReactionRequest,
  FeedbackStatsQuery,
  ForwardFeedbackRequest,
  UpdateFeedbackPolicyRequest,
} from '../../../contracts/feedback.js';
import {
  addWorkingDays,
  computeLocalDayStart,
  computeLocalEpochDay,
  parseIsoDate,
  toEpochDay,
} from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import { applyFeedbackStep, computeOnTimeRate, type FeedbackStep } from '../../../domain/feedback/rules.js';
import {
  canEditInstrument,
  canHandleFeedback,
  canReadFeedback,
} from '../../../domain/satisfaction/policy.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Tx } from '../../db/types.js';
import type { FeedbackTable } from '../../db/schema.js';
import { appendAudit } from '../audit/audit.queries.js';
import { getWorkingCalendar, resolveUnitCalendarVersion } from '../calendars/calendars.service.js';
import { findUnitIdAndPath } from '../units/units.queries.js';
import * as q from './feedback.queries.js';
import { findPublicFeedback, getFeedback } from './feedback.service.js';

type Changes = Partial<{ [K in keyof FeedbackTable]: unknown }>;

async function writeStep(
  ctx: RequestContext,
  row: q.FeedbackRow,
  step: FeedbackStep,
  version: number,
  changes: Changes,
  summary: Record<string, unknown>,
): Promise<void> {
  const status = applyFeedbackStep(row.status, step);
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx: Tx) => {
    const updated = await q.updateFeedbackAtVersion(trx, row.id, version, {
      ...(changes as object),
      status,
      version: row.version + 1,
      updated_at: now,
    });
    if (!updated) throw fail.conflict();
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `feedback.${step}`,
        targetType: 'feedback',
        targetId: row.id,
        unitId: (changes.unit_id as string | undefined) ?? row.unit_id,
        summary: { code: row.code, from: row.status, to: status, ...summary },
      }),
    );
  });
}

async function getHandleable(ctx: RequestContext, id: string) {
  const row = await getFeedback(ctx, id);
  const actor = ctx.actor!;
  if (actor.kind !== 'official' || !canHandleFeedback(actor, row.unit_path)) throw fail.forbidden();
  return row;
}

/** The handler takes the item (status in progress). */
export async function takeFeedback(ctx: RequestContext, id: string, version: number) {
  const row = await getHandleable(ctx, id);
  await writeStep(ctx, row, 'take', version, { handler_id: ctx.actor!.userId }, {});
}

/** Forwards the item to another unit the handler reaches; the deadline stays. */
export async function forwardFeedback(
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof ForwardFeedbackRequest>,
) {
  const row = await getHandleable(ctx, id);
  const unit = await findUnitIdAndPath(ctx.deps.database.db, input.unitId);
  if (!unit) throw fail.validation('Không tìm thấy đơn vị.', [{ path: 'unitId' }]);
  await writeStep(
    ctx,
    row,
    'forward',
    input.version,
    { unit_id: unit.id, handler_id: null },
    { toUnitId: unit.id },
  );
}

/** Answers the item: the answer is published to the citizen; `upheld` records whether it was justified. */
export async function answerFeedback(
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof AnswerFeedbackRequest>,
) {
  const row = await getHandleable(ctx, id);
  const now = ctx.deps.clock.now();
  await writeStep(
    ctx,
    row,
    'answer',
    input.version,
    {
      answer: input.answer,
      upheld: input.upheld,
      answered_at: now,
      handler_id: ctx.actor!.userId,
      citizen_satisfied: null,
    },
    { upheld: input.upheld, late: now > row.due_at },
  );
}

/** The citizen's reaction to the answer; a dissatisfied citizen reopens the item with a new deadline. */
export async function reactToFeedback(ctx: RequestContext, input: z.infer<typeof FeedbackReactionRequest>) {
  const row = await findPublicFeedback(ctx, input.code, input.pin);
  if (row.status !== 'answered') throw fail.validation('Phản ánh chưa được trả lời.');
  if (input.satisfied) {
    await ctx.deps.database.db.transaction().execute(async (trx) => {
      await q.markCitizenSatisfied(trx, row.id, ctx.deps.clock.now());
      await appendAudit(
        trx,
        auditFrom(ctx, {
          action: 'feedback.accept_answer',
          targetType: 'feedback',
          targetId: row.id,
          unitId: row.unit_id,
          summary: { code: row.code },
        }),
      );
    });
    return;
  }
  const { db } = ctx.deps.database;
  const policy = await q.findHandlingDays(db, row.kind);
  const calendar = await getWorkingCalendar(db, await resolveUnitCalendarVersion(db, row.unit_id));
  const now = ctx.deps.clock.now();
  const content = input.comment
    ? `${row.content}\n\n[Ý kiến của công dân sau trả lời] ${input.comment}`
    : row.content;
  // a reopened item is answered again: the first answer and its time move to history (the audit log)
  await writeStep(
    ctx,
    row,
    'reopen',
    row.version,
    {
      citizen_satisfied: false,
      content,
      answered_at: null,
      due_at: new Date(addWorkingDays(calendar, now.getTime(), policy.handling_days)),
    },
    { previousAnswer: row.answer, previousAnsweredAt: row.answered_at },
  );
}

/** On-time statistics of a unit subtree over received dates (default: the last 12 months). */
export async function getFeedbackStats(ctx: RequestContext, query: z.infer<typeof FeedbackStatsQuery>) {
  const actor = ctx.actor;
  if (actor?.kind !== 'official') throw fail.forbidden();
  const db = ctx.deps.database.readDb;
  const unitId = query.unitId ?? actor.unitId;
  const unit = unitId ? await findUnitIdAndPath(db, unitId) : undefined;
  if (!unit || !canReadFeedback(actor, unit.path)) throw fail.notFound('Không tìm thấy đơn vị.');
  const now = ctx.deps.clock.now();
  const toDay = query.to ? toEpochDay(parseIsoDate(query.to)) : computeLocalEpochDay(now.getTime());
  const fromDay = query.from ? toEpochDay(parseIsoDate(query.from)) : toDay - 364;
  const rows = await q.countFeedbackStats(
    db,
    unit.path,
    new Date(computeLocalDayStart(fromDay)),
    new Date(computeLocalDayStart(toDay + 1)),
    now,
  );
  const sum = (key: 'received' | 'answered' | 'onTime' | 'late' | 'open' | 'upheld' | 'reopened') =>
    rows.reduce((total, row) => total + row[key], 0);
  return {
    received: sum('received'),
    answered: sum('answered'),
    onTime: sum('onTime'),
    late: sum('late'),
    open: sum('open'),
    onTimeRate: computeOnTimeRate(sum('onTime'), sum('late')),
    upheld: sum('upheld'),
    reopened: sum('reopened'),
    byKind: rows.map((row) => ({ kind: row.kind, received: row.received, upheld: row.upheld })),
  };
}

/** Sets a kind's handling days (system and home-affairs administrators). */
export async function updateFeedbackPolicy(
  ctx: RequestContext,
  kind: string,
  input: z.infer<typeof UpdateFeedbackPolicyRequest>,
) {
  const actor = ctx.actor;
  if (!actor || !canEditInstrument(actor)) throw fail.forbidden();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    await q.updatePolicy(trx, kind, input.handlingDays, input.legalBasis, ctx.deps.clock.now());
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'feedback.policy',
        targetType: 'feedback_policy',
        targetId: null,
        unitId: null,
        summary: { kind, handlingDays: input.handlingDays },
      }),
    );
  });
}
