/**
 * What stands behind an evaluation: the list of a period's evaluations for its viewer, the evidence records
 * of one official's month (each linked to its dossier or task), and the printable meeting report.
 */
import type { z } from 'zod';
import type { EvidenceItem, EvaluationListQuery, MeetingReport } from '../../../contracts/evaluation.js';
import type { Actor } from '../../../domain/access/policy.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import { monthRange } from '../../../domain/evaluation/month.js';
import { canClosePeriod, canAdministerEvaluation } from '../../../domain/evaluation/policy.js';
import { describeEvidence } from '../../../domain/evaluation/report.js';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { getFramework } from './evaluation.frameworks.js';
import { canSeePeriod } from './evaluation.period-views.js';
import * as q from './evaluation.queries.js';
import { presentEvidence, presentSummary, scoresOf, toNumber } from './evaluation.present.js';
import { loadReadable } from './evaluation.records.js';
import { findMissingTables } from './evaluation.evidence.js';
import {
  listApologyItems,
  listComplaintItems,
  listExplanationItems,
  listHeldStepItems,
  listSatisfactionItems,
  listTaskItems,
  listViolationItems,
  type EvidenceItemRow,
} from './evaluation.evidence.queries.js';
import { listLateApologyItems, listSupplementFaultItems } from './evaluation.late-work.queries.js';

type Item = z.infer<typeof EvidenceItem>;

function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor || ctx.actor.kind !== 'official') throw fail.forbidden();
  return ctx.actor;
}

/**
 * A period's evaluations as its viewer may see them: all for its administrator and head, those of their
 * subtree for a reviewing leader, only their own for anyone else.
 */
export async function listPeriodEvaluations(
  ctx: RequestContext,
  periodId: string,
  query: z.infer<typeof EvaluationListQuery>,
) {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const period = await q.findPeriod(db, periodId);
  if (!period || !(await canSeePeriod(db, actor, period))) throw fail.notFound('Không tìm thấy kỳ đánh giá.');
  const everyone =
    canClosePeriod(actor, period.unit_path) || canAdministerEvaluation(actor, period.unit_path);
  const leads = actor.roles.includes('unit_leader') || actor.roles.includes('one_stop_head');
  const filter = everyone
    ? { periodId }
    : leads
      ? { periodId, underPath: actor.unitPath ?? '-' }
      : { periodId, officialId: actor.userId };
  const { rows, total } = await q.listEvaluations(
    db,
    { ...filter, status: query.status },
    {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    },
  );
  const framework = await getFramework(db, period.framework_id);
  return {
    items: rows.map((row) => presentSummary(row, framework.definition)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const at = (value: Date | null) => (value ? formatInstant(value.getTime()) : null);
const OUTCOME = { early: 'trước hạn', on_time: 'đúng hạn', late: 'trễ hạn' } as Record<string, string>;

async function listStepItems(db: Executor, officialId: string, from: Date, to: Date): Promise<Item[]> {
  const rows = await listHeldStepItems(db, officialId, from, to);
  return rows.map((r) => ({
    source: 'step',
    id: `${r.id}:${r.step_id}:${r.ended}`,
    at: formatInstant(Number(r.ended)),
    label: r.code ?? r.id,
    detail: `${r.task ?? r.step_id}: ${OUTCOME[r.outcome ?? ''] ?? '—'}`,
    link: `/dossiers/${r.id}`,
  }));
}

async function listOtherItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
  missing: Set<string>,
): Promise<Item[]> {
  const items: Item[] = [];
  const run = async (table: string, query: () => Promise<EvidenceItemRow[]>, source: Item['source']) => {
    if (missing.has(table)) return;
    for (const r of await query()) {
      items.push({
        source,
        id: r.id,
        at: at(r.at),
        label: r.label ?? r.id,
        detail: r.detail,
        link: r.dossier_id ? `/dossiers/${r.dossier_id}` : null,
      });
    }
  };
  await run('step_explanation', () => listExplanationItems(db, officialId, from, to), 'explanation');
  await run('dossier_apology', () => listApologyItems(db, officialId, from, to), 'apology');
  if (!missing.has('satisfaction_response_official')) {
    await run('satisfaction_response', () => listSatisfactionItems(db, officialId, from, to), 'satisfaction');
  }
  await run('feedback', () => listComplaintItems(db, officialId, from, to), 'complaint');
  await run('inspection_finding', () => listViolationItems(db, officialId, from, to), 'violation');
  await run('work_task', () => listTaskItems(db, officialId, from, to), 'task');
  return items;
}

const FAULT = {
  late: 'Yêu cầu bổ sung sau thời hạn 03 ngày làm việc kể từ ngày tiếp nhận',
  repeat: 'Yêu cầu bổ sung lần thứ hai',
} as Record<string, string>;

/** Late apologies and supplement requests that were the unit's fault (#17), each linked to its dossier. */
async function listLateWorkItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
  missing: Set<string>,
): Promise<Item[]> {
  const lateApologies = missing.has('dossier_apology')
    ? []
    : await listLateApologyItems(db, officialId, from, to);
  const faults = await listSupplementFaultItems(db, officialId, from, to);
  return [
    ...lateApologies.map((r) => ({
      source: 'late_apology' as const,
      id: r.id,
      at: at(r.at),
      label: r.code ?? r.dossier_id,
      detail: `Gửi sau thời hạn chậm nhất: ${r.detail}`,
      link: `/dossiers/${r.dossier_id}`,
    })),
    ...faults.map((r) => ({
      source: 'supplement_fault' as const,
      id: r.id,
      at: at(r.at),
      label: r.code ?? r.dossier_id,
      detail: [FAULT[r.fault ?? ''] ?? 'Yêu cầu bổ sung sai quy định', r.detail].filter(Boolean).join(': '),
      link: `/dossiers/${r.dossier_id}`,
    })),
  ];
}

/** The records behind one official's month, each with a link where there is a page for it. */
export async function listEvidenceItems(ctx: RequestContext, evaluationId: string) {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const l = await loadReadable(db, actor, evaluationId);
  const range = monthRange(l.period.month);
  const from = new Date(range.from);
  const to = new Date(range.to);
  const tables = [
    'step_explanation',
    'dossier_apology',
    'satisfaction_response',
    'satisfaction_response_official',
    'feedback',
    'inspection_finding',
    'work_task',
  ];
  const missing = await findMissingTables(db, tables);
  const items = [
    ...(await listStepItems(db, l.row.official_id, from, to)),
    ...(await listOtherItems(db, l.row.official_id, from, to, missing)),
    ...(await listLateWorkItems(db, l.row.official_id, from, to, missing)),
  ];
  return { items, missingSources: l.period.missing_sources };
}

/** The meeting report of one official's month: scores, evidence, strengths and weaknesses. */
export async function getMeetingReport(
  ctx: RequestContext,
  evaluationId: string,
): Promise<z.infer<typeof MeetingReport>> {
  const actor = actorOf(ctx);
  const { db } = ctx.deps.database;
  const l = await loadReadable(db, actor, evaluationId);
  const evidence = presentEvidence(await q.findEvidence(db, l.row.period_id, l.row.official_id));
  const scores = scoresOf(l.row.review_scores) ?? scoresOf(l.row.self_scores) ?? {};
  const notes = describeEvidence(evidence);
  const framework = await getFramework(db, l.period.framework_id);
  return {
    officialName: l.row.official_name,
    officialTitle: l.row.official_title,
    unitName: l.row.unit_name,
    month: l.period.month,
    frameworkName: `${framework.name} (phiên bản ${framework.version})`,
    score: toNumber(l.row.score),
    gradeLabel: framework.definition.grades.find((g) => g.code === l.row.grade)?.label ?? null,
    criteria: framework.definition.criteria.map((c) => ({
      label: c.label,
      maxPoints: c.maxPoints,
      points: scores[c.code] ?? null,
    })),
    evidence,
    strengths: notes.strengths,
    weaknesses: notes.weaknesses,
    reviewComment: l.row.review_comment,
  };
}
