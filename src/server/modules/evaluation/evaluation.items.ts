/**
 * What stands behind an evaluation: the list of a period's evaluations for its viewer, the evidence records
 * of one official's month (each linked to its dossier or task), and the printable meeting report.
 */
import { sql } from 'kysely';
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
  // the step's task, read from the dossier's own procedure version (step ids repeat across procedures)
  const rows = await sql<{
    id: string;
    code: string | null;
    step_id: string;
    task: string | null;
    outcome: string | null;
    ended: string;
  }>`
    select d.id, d.code, p->>'stepId' as step_id, p->>'outcome' as outcome, p->>'endedAt' as ended,
      (select s->>'task' from procedure_version pv, jsonb_array_elements(pv.definition->'workflows') w,
         jsonb_array_elements(w->'steps') s where pv.id = d.procedure_version_id and s->>'id' = p->>'stepId' limit 1) as task
    from dossier d cross join lateral jsonb_array_elements(d.state->'periods') p
    where d.created_at < ${to} and d.updated_at >= ${from} and p->>'holderId' = ${officialId}
      and (p->>'endedAt')::bigint >= ${from.getTime()} and (p->>'endedAt')::bigint < ${to.getTime()}
    order by (p->>'endedAt')::bigint limit 300`.execute(db);
  return rows.rows.map((r) => ({
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
  const run = async (
    table: string,
    query: () => Promise<{
      rows: {
        id: string;
        at: Date | null;
        label: string | null;
        detail: string | null;
        dossier_id: string | null;
      }[];
    }>,
    source: Item['source'],
  ) => {
    if (missing.has(table)) return;
    for (const r of (await query()).rows) {
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
  await run(
    'step_explanation',
    () =>
      sql<never>`select x.id, x.created_at as at, d.code as label, x.reason_code as detail, x.dossier_id from step_explanation x join dossier d on d.id = x.dossier_id where x.user_id = ${officialId} and x.created_at >= ${from} and x.created_at < ${to} limit 100`.execute(
        db,
      ),
    'explanation',
  );
  await run(
    'dossier_apology',
    () =>
      sql<never>`select a.id, a.decided_at as at, d.code as label, a.reason as detail, a.dossier_id from dossier_apology a join dossier d on d.id = a.dossier_id where ${officialId}::uuid = any(a.responsible_user_ids) and a.status = 'approved' and a.decided_at >= ${from} and a.decided_at < ${to} limit 100`.execute(
        db,
      ),
    'apology',
  );
  if (!missing.has('satisfaction_response_official')) {
    await run(
      'satisfaction_response',
      () =>
        sql<never>`select distinct r.id, r.submitted_at as at, d.code as label, case when r.overall_satisfied then 'hài lòng' else 'chưa hài lòng' end as detail, r.dossier_id from satisfaction_response r join satisfaction_response_official o on o.response_id = r.id join dossier d on d.id = r.dossier_id where o.user_id = ${officialId} and r.submitted_at >= ${from} and r.submitted_at < ${to} limit 100`.execute(
          db,
        ),
      'satisfaction',
    );
  }
  await run(
    'feedback',
    () =>
      sql<never>`select id, answered_at as at, code as label, topic as detail, dossier_id from feedback where official_id = ${officialId} and kind in ('complaint','misconduct') and upheld and answered_at >= ${from} and answered_at < ${to} limit 100`.execute(
        db,
      ),
    'complaint',
  );
  await run(
    'inspection_finding',
    () =>
      sql<never>`select id, decided_at as at, violation_type as label, decision as detail, null::uuid as dossier_id from inspection_finding where official_id = ${officialId} and decision is not null and decision <> 'dismissed' and decided_at >= ${from} and decided_at < ${to} limit 100`.execute(
        db,
      ),
    'violation',
  );
  await run(
    'work_task',
    () =>
      sql<never>`select id, due_at as at, title as label, case when status = 'done' and done_at <= due_at then 'hoàn thành đúng hạn' when status = 'done' then 'hoàn thành trễ' else 'chưa hoàn thành' end as detail, null::uuid as dossier_id from work_task where official_id = ${officialId} and status in ('assigned','done') and due_at >= ${from} and due_at < ${to} order by due_at limit 100`.execute(
        db,
      ),
    'task',
  );
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
