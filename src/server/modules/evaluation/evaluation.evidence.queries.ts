/**
 * SQL of a month's evidence: the evidence rows of a period's officials, filled set-based (one INSERT of a
 * zero row per official, then one UPDATE … FROM (aggregate) per source; see `evaluation.evidence.ts`), the
 * check for sources whose tables are not installed, and the records behind one official's counts.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';
import { selectFacts } from '../rollups/rollups.facts.queries.js';

export interface EvidenceWindow {
  periodId: string;
  /** Local month bounds. */
  from: Date;
  to: Date;
}

/** Creates the evidence rows (all counts zero) for the active officials of the unit's subtree. */
export async function insertEvidenceRows(db: Executor, periodId: string, unitPath: string): Promise<number> {
  await sql`delete from evaluation_evidence where period_id = ${periodId}`.execute(db);
  const result = await sql`
    insert into evaluation_evidence (period_id, official_id, unit_id)
    select ${periodId}::uuid, u.id, u.unit_id
    from app_user u join unit un on un.id = u.unit_id
    where u.kind = 'official' and u.active and un.path like ${`${unitPath}%`}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Step periods ended in the month, by holder, from the dossier state's `periods[]` (epoch ms). Only dossiers
 * touched in or after the month and created before its end can hold such a period: a cheap row filter
 * before the jsonb is read.
 */
export async function updateEvidenceSteps(db: Executor, w: EvidenceWindow): Promise<void> {
  await sql`
    update evaluation_evidence e set
      steps_handled = s.steps, dossiers_handled = s.dossiers,
      steps_early = s.early, steps_on_time = s.on_time, steps_late = s.late
    from (
      select (p->>'holderId')::uuid as holder, count(*)::int as steps, count(distinct d.id)::int as dossiers,
        count(*) filter (where p->>'outcome' = 'early')::int as early,
        count(*) filter (where p->>'outcome' = 'on_time')::int as on_time,
        count(*) filter (where p->>'outcome' = 'late')::int as late
      from dossier d cross join lateral jsonb_array_elements(d.state->'periods') p
      where d.created_at < ${w.to} and d.updated_at >= ${w.from}
        and p->>'holderId' is not null
        and (p->>'endedAt')::bigint >= ${w.from.getTime()} and (p->>'endedAt')::bigint < ${w.to.getTime()}
      group by 1
    ) s
    where e.period_id = ${w.periodId} and e.official_id = s.holder`.execute(db);
}

/**
 * TT 01/2018 per official (#19): the dossiers finished in the month on which the official held a step, with
 * the per-dossier facts the unit's figures use (`selectFacts`: finish class against the legal due time,
 * supplement requests, upheld complaint), summed as index 1, 3 and 7 points.
 */
export async function updateEvidenceFinishedDossiers(db: Executor, w: EvidenceWindow): Promise<void> {
  const finishedInMonth = (column: string) =>
    sql`${sql.raw(column)} in (select id from dossier where finished_at >= ${w.from} and finished_at < ${w.to})`;
  await sql`
    update evaluation_evidence e set
      dossiers_finished = s.finished, finished_early = s.early, finished_on_time = s.on_time,
      contact_points = s.contact, attitude_points = s.attitude
    from (
      select h.holder, count(*)::int as finished,
        count(*) filter (where f.finish_class = 'early')::int as early,
        count(*) filter (where f.finish_class = 'on_time')::int as on_time,
        coalesce(sum(case f.supplement_count when 0 then 2 when 1 then 1 else 0 end), 0)::int as contact,
        coalesce(sum(case when f.complaint_upheld then 0 when f.finish_class = 'early' then 2
                          when f.finish_class = 'on_time' then 1 else 0 end), 0)::int as attitude
      from (${selectFacts(finishedInMonth)}) f
      join (select distinct d.id, (p->>'holderId')::uuid as holder
            from dossier d cross join lateral jsonb_array_elements(d.state->'periods') p
            where d.finished_at >= ${w.from} and d.finished_at < ${w.to} and p->>'holderId' is not null) h
        on h.id = f.dossier_id
      where f.finish_class is not null
      group by h.holder
    ) s
    where e.period_id = ${w.periodId} and e.official_id = s.holder`.execute(db);
}

/** Explanations filed for late steps in the month (#6). */
export async function updateEvidenceExplanations(db: Executor, w: EvidenceWindow): Promise<void> {
  await sql`
    update evaluation_evidence e set explanations = s.n
    from (select user_id, count(*)::int as n from step_explanation
          where created_at >= ${w.from} and created_at < ${w.to} group by user_id) s
    where e.period_id = ${w.periodId} and e.official_id = s.user_id`.execute(db);
}

/**
 * Apologies approved in the month, counted for each holder of the late step periods (#6); and those approved
 * after their latest moment (late apologies, domain.md §7), counted for those holders and for the official who
 * drafted it (#17: the drafter sent it late even when no step of theirs was late).
 */
export async function updateEvidenceApologies(db: Executor, w: EvidenceWindow): Promise<void> {
  await sql`
    update evaluation_evidence e set apologies = s.n, late_apologies = s.late
    from (select p.user_id, count(*) filter (where p.responsible)::int as n,
            count(*) filter (where a.late)::int as late
          from dossier_apology a cross join lateral (
            select x.user_id, bool_or(x.responsible) as responsible
            from (select unnest(a.responsible_user_ids) as user_id, true as responsible
                  union all select a.drafted_by, false) x
            group by x.user_id) p
          where a.status = 'approved' and a.decided_at >= ${w.from} and a.decided_at < ${w.to}
          group by p.user_id) s
    where e.period_id = ${w.periodId} and e.official_id = s.user_id`.execute(db);
}

/**
 * Supplement requests made in the month that were the unit's fault (after the window or not the first, per
 * domain.md §5), counted for the official who made them; read through the partial index on such actions.
 */
export async function updateEvidenceSupplementFaults(db: Executor, w: EvidenceWindow): Promise<void> {
  await sql`
    update evaluation_evidence e set supplement_faults = s.n
    from (select actor_id, count(*)::int as n from dossier_action
          where type = 'request_supplement' and payload ? 'unitFault' and actor_id is not null
            and at >= ${w.from} and at < ${w.to}
          group by actor_id) s
    where e.period_id = ${w.periodId} and e.official_id = s.actor_id`.execute(db);
}

/** Satisfaction responses submitted in the month about dossiers whose steps the official held (#7). */
export async function updateEvidenceSatisfaction(db: Executor, w: EvidenceWindow): Promise<void> {
  await sql`
    update evaluation_evidence e set satisfaction_responses = s.n, satisfaction_satisfied = s.satisfied
    from (select o.user_id, count(distinct r.id)::int as n,
            count(distinct r.id) filter (where r.overall_satisfied)::int as satisfied
          from satisfaction_response_official o join satisfaction_response r on r.id = o.response_id
          where r.submitted_at >= ${w.from} and r.submitted_at < ${w.to}
          group by o.user_id) s
    where e.period_id = ${w.periodId} and e.official_id = s.user_id`.execute(db);
}

/** Complaints and misconduct reports about the official found justified, answered in the month (#7). */
export async function updateEvidenceComplaints(db: Executor, w: EvidenceWindow): Promise<void> {
  await sql`
    update evaluation_evidence e set complaints_upheld = s.n
    from (select official_id, count(*)::int as n from feedback
          where official_id is not null and kind in ('complaint','misconduct') and upheld
            and answered_at >= ${w.from} and answered_at < ${w.to}
          group by official_id) s
    where e.period_id = ${w.periodId} and e.official_id = s.official_id`.execute(db);
}

/** Inspection findings confirmed (decided, not dismissed) in the month (#10). */
export async function updateEvidenceViolations(db: Executor, w: EvidenceWindow): Promise<void> {
  await sql`
    update evaluation_evidence e set violations = s.n
    from (select official_id, count(*)::int as n from inspection_finding
          where official_id is not null and decision is not null and decision <> 'dismissed'
            and decided_at >= ${w.from} and decided_at < ${w.to}
          group by official_id) s
    where e.period_id = ${w.periodId} and e.official_id = s.official_id`.execute(db);
}

/** Work-plan tasks due in the month (assigned or done) and those done by their due time, with weights. */
export async function updateEvidenceTasks(db: Executor, w: EvidenceWindow): Promise<void> {
  await sql`
    update evaluation_evidence e set
      tasks_due = s.due, tasks_on_time = s.on_time, tasks_weight_due = s.w_due, tasks_weight_on_time = s.w_on_time
    from (select official_id, count(*)::int as due,
            count(*) filter (where status = 'done' and done_at <= due_at)::int as on_time,
            sum(weight)::int as w_due,
            coalesce(sum(weight) filter (where status = 'done' and done_at <= due_at), 0)::int as w_on_time
          from work_task
          where status in ('assigned','done') and due_at >= ${w.from} and due_at < ${w.to}
          group by official_id) s
    where e.period_id = ${w.periodId} and e.official_id = s.official_id`.execute(db);
}

/** Names of the tables among these that do not exist in the database. */
export async function findMissingTables(db: Executor, tables: string[]): Promise<Set<string>> {
  const rows = await sql<{ name: string; present: boolean }>`
    select t.name, to_regclass(t.name) is not null as present from unnest(${tables}::text[]) as t(name)`.execute(
    db,
  );
  return new Set(rows.rows.filter((r) => !r.present).map((r) => r.name));
}

/** A step period the official held that ended in the month, with the step's task from the dossier's procedure version. */
export interface StepItemRow {
  id: string;
  code: string | null;
  step_id: string;
  task: string | null;
  outcome: string | null;
  ended: string;
}

/** Step periods the official held that ended in [from, to), by end time (at most 300). */
export async function listHeldStepItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<StepItemRow[]> {
  // the step's task, read from the dossier's own procedure version (step ids repeat across procedures)
  const rows = await sql<StepItemRow>`
    select d.id, d.code, p->>'stepId' as step_id, p->>'outcome' as outcome, p->>'endedAt' as ended,
      (select s->>'task' from procedure_version pv, jsonb_array_elements(pv.definition->'workflows') w,
         jsonb_array_elements(w->'steps') s where pv.id = d.procedure_version_id and s->>'id' = p->>'stepId' limit 1) as task
    from dossier d cross join lateral jsonb_array_elements(d.state->'periods') p
    where d.created_at < ${to} and d.updated_at >= ${from} and p->>'holderId' = ${officialId}
      and (p->>'endedAt')::bigint >= ${from.getTime()} and (p->>'endedAt')::bigint < ${to.getTime()}
    order by (p->>'endedAt')::bigint limit 300`.execute(db);
  return rows.rows;
}

/** A record behind an official's month: its id, time, label, detail and dossier (null when it has none). */
export interface EvidenceItemRow {
  id: string;
  at: Date | null;
  label: string | null;
  detail: string | null;
  dossier_id: string | null;
}

/** Late-step explanations the official filed in [from, to). */
export async function listExplanationItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<EvidenceItemRow[]> {
  const result =
    await sql<EvidenceItemRow>`select x.id, x.created_at as at, d.code as label, x.reason_code as detail, x.dossier_id from step_explanation x join dossier d on d.id = x.dossier_id where x.user_id = ${officialId} and x.created_at >= ${from} and x.created_at < ${to} limit 100`.execute(
      db,
    );
  return result.rows;
}

/** Approved apologies in [from, to) naming the official among those responsible. */
export async function listApologyItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<EvidenceItemRow[]> {
  const result =
    await sql<EvidenceItemRow>`select a.id, a.decided_at as at, d.code as label, a.reason as detail, a.dossier_id from dossier_apology a join dossier d on d.id = a.dossier_id where ${officialId}::uuid = any(a.responsible_user_ids) and a.status = 'approved' and a.decided_at >= ${from} and a.decided_at < ${to} limit 100`.execute(
      db,
    );
  return result.rows;
}

/** Satisfaction responses submitted in [from, to) about the official's dossiers. */
export async function listSatisfactionItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<EvidenceItemRow[]> {
  const result =
    await sql<EvidenceItemRow>`select distinct r.id, r.submitted_at as at, d.code as label, case when r.overall_satisfied then 'hài lòng' else 'chưa hài lòng' end as detail, r.dossier_id from satisfaction_response r join satisfaction_response_official o on o.response_id = r.id join dossier d on d.id = r.dossier_id where o.user_id = ${officialId} and r.submitted_at >= ${from} and r.submitted_at < ${to} limit 100`.execute(
      db,
    );
  return result.rows;
}

/** Upheld complaints and misconduct reports about the official answered in [from, to). */
export async function listComplaintItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<EvidenceItemRow[]> {
  const result =
    await sql<EvidenceItemRow>`select id, answered_at as at, code as label, topic as detail, dossier_id from feedback where official_id = ${officialId} and kind in ('complaint','misconduct') and upheld and answered_at >= ${from} and answered_at < ${to} limit 100`.execute(
      db,
    );
  return result.rows;
}

/** Inspection findings confirmed (decided, not dismissed) against the official in [from, to). */
export async function listViolationItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<EvidenceItemRow[]> {
  const result =
    await sql<EvidenceItemRow>`select id, decided_at as at, violation_type as label, decision as detail, null::uuid as dossier_id from inspection_finding where official_id = ${officialId} and decision is not null and decision <> 'dismissed' and decided_at >= ${from} and decided_at < ${to} limit 100`.execute(
      db,
    );
  return result.rows;
}

/** The official's work-plan tasks due in [from, to) (assigned or done), by due time. */
export async function listTaskItems(
  db: Executor,
  officialId: string,
  from: Date,
  to: Date,
): Promise<EvidenceItemRow[]> {
  const result =
    await sql<EvidenceItemRow>`select id, due_at as at, title as label, case when status = 'done' and done_at <= due_at then 'hoàn thành đúng hạn' when status = 'done' then 'hoàn thành trễ' else 'chưa hoàn thành' end as detail, null::uuid as dossier_id from work_task where official_id = ${officialId} and status in ('assigned','done') and due_at >= ${from} and due_at < ${to} order by due_at limit 100`.execute(
      db,
    );
  return result.rows;
}
