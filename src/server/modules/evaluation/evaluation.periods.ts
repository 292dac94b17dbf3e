/**
 * Monthly periods of a unit: opening gathers the month's evidence for every official of the unit's subtree
 * and stores each one's suggested scores (set-based, one transaction); refreshing does it again while the
 * period is open; locking refuses while anyone is not yet approved or the top grade is over its cap;
 * publishing opens the appeal window.
 */
import type { OpenPeriodRequest } from '../../../contracts/evaluation.js';
import type { Actor } from '../../../domain/access/policy.js';
import { fail, AppError } from '../../../domain/errors.js';
import { EVIDENCE_RULE_VERSION, type FrameworkDefinition } from '../../../domain/evaluation/framework.js';
import { suggestScores } from '../../../domain/evaluation/evidence.js';
import { monthRange } from '../../../domain/evaluation/month.js';
import { canAdministerEvaluation, canClosePeriod } from '../../../domain/evaluation/policy.js';
import { checkQuota, type QuotaCheck } from '../../../domain/evaluation/scoring.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor, Tx } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { findUnit } from '../units/units.queries.js';
import { gatherEvidence, insertEvidenceRows } from './evaluation.evidence.js';
import { getFramework, getLatestFramework } from './evaluation.frameworks.js';
import * as q from './evaluation.queries.js';
import { canSeePeriod } from './evaluation.period-views.js';
import { blockersError, listBlockers } from './evaluation.blockers.js';
import { presentEvidence } from './evaluation.present.js';

const PAGE = 5_000;
const DAY_MS = 86_400_000;

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor || ctx.actor.kind !== 'official') throw fail.forbidden();
  return ctx.actor;
}

/** Computes and stores every official's suggested scores from the period's evidence rows, page by page. */
async function storeSuggestions(trx: Executor, periodId: string, definition: FrameworkDefinition, now: Date) {
  let after: string | null = null;
  for (;;) {
    const rows = await q.readEvidencePage(trx, periodId, after, PAGE);
    if (rows.length === 0) return;
    await q.upsertSuggestions(
      trx,
      rows.map((row) => ({
        period_id: periodId,
        official_id: row.official_id,
        unit_id: row.unit_id,
        suggested: JSON.stringify(suggestScores(definition, presentEvidence(row))),
        updated_at: now,
      })),
    );
    after = rows.at(-1)!.official_id;
  }
}

/** Gathers the evidence and suggestions of a period inside the caller's transaction. */
export async function runEvidence(
  trx: Tx,
  period: { id: string; month: string; unitPath: string },
  definition: FrameworkDefinition,
  now: Date,
): Promise<{ officials: number; missing: string[] }> {
  const { from, to } = monthRange(period.month);
  const officials = await insertEvidenceRows(trx, period.id, period.unitPath);
  const missing = await gatherEvidence(trx, { periodId: period.id, from: new Date(from), to: new Date(to) });
  await storeSuggestions(trx, period.id, definition, now);
  await q.updatePeriod(trx, period.id, {
    evidence_at: now,
    missing_sources: missing,
    evidence_rule: EVIDENCE_RULE_VERSION,
  });
  return { officials, missing };
}

/** Opens a unit's month: evidence and suggestions for every official of its subtree. */
export async function openPeriod(ctx: RequestContext, input: OpenPeriodRequest): Promise<string> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const unit = await findUnit(db, input.unitId);
  if (!unit) throw fail.notFound('Không tìm thấy đơn vị.');
  if (!canAdministerEvaluation(actor, unit.path))
    throw fail.forbidden('Chỉ cán bộ Nội vụ của đơn vị mở kỳ đánh giá.');
  const now = ctx.deps.clock.now();
  if (monthRange(input.month).from > now.getTime()) {
    throw fail.validation('Không thể mở kỳ đánh giá cho tháng chưa bắt đầu.', [{ path: 'month' }]);
  }
  const framework = await getLatestFramework(db, input.frameworkCode, now);
  const existing = await q.findPeriodIdByUnitMonth(db, unit.id, input.month);
  if (existing)
    throw fail.conflict('Kỳ đánh giá của đơn vị cho tháng này đã được mở.', { periodId: existing.id });
  return db.transaction().execute(async (trx) => {
    const period = await q.insertPeriod(trx, {
      unit_id: unit.id,
      month: input.month,
      framework_id: framework.id,
      exceptional: input.exceptional,
      publish_scores: input.publishScores,
      appeal_days: input.appealDays,
      status: 'open',
      evidence_rule: EVIDENCE_RULE_VERSION,
      evidence_at: now,
      opened_by: actor.userId,
      opened_at: now,
    });
    const result = await runEvidence(
      trx,
      { id: period.id, month: input.month, unitPath: unit.path },
      framework.definition,
      now,
    );
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.period_open',
        targetType: 'evaluation_period',
        targetId: period.id,
        unitId: unit.id,
        summary: { month: input.month, framework: `${framework.code} v${framework.version}`, ...result },
      }),
    );
    return period.id;
  });
}

/**
 * Loads a period to change it: `not_found` when the actor cannot see it, `forbidden` when `permitted` refuses,
 * and only then `conflict` on a stale version (a refused actor learns nothing from the version).
 */
async function loadForChange(
  ctx: RequestContext,
  id: string,
  version: number,
  permitted: (actor: Actor, periodUnitPath: string) => boolean,
) {
  const actor = actorOf(ctx);
  const period = await q.findPeriod(ctx.deps.database.db, id);
  if (!period || !(await canSeePeriod(ctx.deps.database.db, actor, period)))
    throw fail.notFound('Không tìm thấy kỳ đánh giá.');
  if (!permitted(actor, period.unit_path)) throw fail.forbidden();
  if (period.version !== version) throw fail.conflict('Kỳ đánh giá vừa được thay đổi, vui lòng tải lại.');
  return { actor, period };
}

async function bumpPeriod(trx: Tx, id: string, version: number, set: q.PeriodChanges) {
  const result = await q.updatePeriodAtVersion(trx, id, version, set);
  if (Number(result.numUpdatedRows) !== 1)
    throw fail.conflict('Kỳ đánh giá vừa được thay đổi, vui lòng tải lại.');
}

/** Gathers the evidence again (new dossiers, late explanations, …) while the period is open. */
export async function refreshPeriod(ctx: RequestContext, id: string, version: number): Promise<void> {
  const { period } = await loadForChange(ctx, id, version, canAdministerEvaluation);
  if (period.status !== 'open')
    throw new AppError('invalid_transition', 'Kỳ đánh giá đã khóa, không cập nhật minh chứng được.');
  const framework = await getFramework(ctx.deps.database.db, period.framework_id);
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    await bumpPeriod(trx, id, version, {});
    const result = await runEvidence(
      trx,
      { id, month: period.month, unitPath: period.unit_path },
      framework.definition,
      now,
    );
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.period_refresh',
        targetType: 'evaluation_period',
        targetId: id,
        unitId: period.unit_id,
        summary: result,
      }),
    );
  });
}

/** The quota refusal, saying by how many the top grade is over its cap. */
export function quotaError(quota: QuotaCheck, gradeLabel: string): AppError {
  const percent = Math.round(quota.share * 100);
  return new AppError(
    'conflict',
    `Vượt tỷ lệ "${gradeLabel}": có ${quota.count} người, tối đa ${quota.cap} người (${percent}% của ${quota.base} người) — cần giảm ${quota.excess} người.`,
    quota,
    `Too many "${gradeLabel}": ${quota.count}, at most ${quota.cap} (${percent}% of ${quota.base}); reduce by ${quota.excess}.`,
  );
}

/** Locks the period: everyone approved (else refused with who blocks and what each must do) and the top grade within its cap. */
export async function lockPeriod(ctx: RequestContext, id: string, version: number): Promise<void> {
  const { period } = await loadForChange(ctx, id, version, canClosePeriod);
  if (period.status !== 'open') throw new AppError('invalid_transition', 'Kỳ đánh giá đã được khóa.');
  const { db } = ctx.deps.database;
  const blockers = await listBlockers(db, id);
  if (blockers.length > 0) throw blockersError(blockers);
  const framework = await getFramework(db, period.framework_id);
  const quota = checkQuota(framework.definition, await q.listGrades(db, id), period.exceptional);
  const label = framework.definition.grades.find((g) => g.code === quota.grade)?.label ?? quota.grade;
  if (!quota.ok) throw quotaError(quota, label);
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    await bumpPeriod(trx, id, version, { status: 'locked', locked_at: now });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.period_lock',
        targetType: 'evaluation_period',
        targetId: id,
        unitId: period.unit_id,
        summary: { month: period.month, quota },
      }),
    );
  });
}

/** Publishes a locked period (the public page shows it) and opens the appeal window. */
export async function publishPeriod(ctx: RequestContext, id: string, version: number): Promise<void> {
  const { period } = await loadForChange(ctx, id, version, canClosePeriod);
  if (period.status !== 'locked')
    throw new AppError('invalid_transition', 'Chỉ công khai kỳ đánh giá đã khóa.');
  const now = ctx.deps.clock.now();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    await bumpPeriod(trx, id, version, {
      status: 'published',
      published_at: now,
      appeal_until: new Date(now.getTime() + period.appeal_days * DAY_MS),
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'evaluation.period_publish',
        targetType: 'evaluation_period',
        targetId: id,
        unitId: period.unit_id,
        summary: { month: period.month },
      }),
    );
  });
}
