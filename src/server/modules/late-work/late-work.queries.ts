/** SQL of late work: rule versions, explanations, apologies, due-time timers, alerts, the board. */
import { sql } from 'kysely';
import type { Executor } from '../../db/types.js';

export async function findLatestRules(db: Executor, at: Date) {
  return db
    .selectFrom('late_work_rule')
    .selectAll()
    .where('effective_from', '<=', at)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findMaxRuleVersion(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('late_work_rule')
    .select(sql<number>`coalesce(max(version), 1)`.as('version'))
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function insertRules(
  db: Executor,
  row: { version: number; effectiveFrom: Date; rules: unknown; createdBy: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('late_work_rule')
    .values({
      version: row.version,
      effective_from: row.effectiveFrom,
      rules: JSON.stringify(row.rules),
      created_at: row.now,
      created_by: row.createdBy,
    })
    .execute();
}

export interface NewTimer {
  dossierId: string;
  kind: 'step_due_soon' | 'step_overdue' | 'dossier_due_soon' | 'dossier_overdue' | 'escalation';
  periodIndex: number | null;
  level: number;
  dueAt: number;
  fireAt: number;
}

/** Inserts timers in one statement (one array per column, so thousands of rows cost a few parameters). */
export async function insertTimers(db: Executor, timers: readonly NewTimer[]): Promise<void> {
  if (timers.length === 0) return;
  const iso = (ms: number) => new Date(ms).toISOString();
  await sql`insert into late_timer (dossier_id, kind, period_index, level, due_at, fire_at)
    select * from unnest(${timers.map((t) => t.dossierId)}::uuid[], ${timers.map((t) => t.kind)}::text[],
      ${timers.map((t) => t.periodIndex)}::int[], ${timers.map((t) => t.level)}::int[],
      ${timers.map((t) => iso(t.dueAt))}::timestamptz[], ${timers.map((t) => iso(t.fireAt))}::timestamptz[])`.execute(
    db,
  );
}

/**
 * Takes (deletes and returns) up to `limit` timers whose time has come, each with what the sweep needs of its
 * dossier (status, due times, the last step period — not the whole state document), the holder's unit and
 * the three units' paths: one statement per batch. Concurrent sweeps skip each other's timers.
 */
export async function takeDueTimers(db: Executor, now: Date, limit: number) {
  const result = await sql<{
    id: string;
    dossier_id: string;
    kind: NewTimer['kind'];
    period_index: number | null;
    level: number;
    due_at: Date;
    /** Null only if the dossier is gone. */
    status: string | null;
    finished_at: Date | null;
    authority_unit_id: string;
    calendar_version_id: string;
    current_holder_id: string | null;
    holder_unit_id: string | null;
    holder_unit_path: string | null;
    authority_path: string | null;
    receiving_path: string | null;
    state_due_at: string | null;
    period_count: number;
    last_period: { dueAt: number; endedAt: number | null; holderId: string | null } | null;
  }>`with taken as (
      delete from late_timer where id in (select id from late_timer where fire_at <= ${now} order by fire_at limit ${limit} for update skip locked)
      returning id, dossier_id, kind, period_index, level, due_at)
    select t.id, t.dossier_id, t.kind, t.period_index, t.level, t.due_at,
      d.status, d.finished_at, d.authority_unit_id, d.calendar_version_id, d.current_holder_id,
      h.unit_id as holder_unit_id, hu.path as holder_unit_path, au.path as authority_path, ru.path as receiving_path,
      (d.state->>'dueAt')::bigint as state_due_at, jsonb_array_length(d.state->'periods') as period_count,
      d.state->'periods'->-1 as last_period
    from taken t
    left join dossier d on d.id = t.dossier_id
    left join app_user h on h.id = d.current_holder_id
    left join unit hu on hu.id = h.unit_id
    left join unit au on au.id = d.authority_unit_id
    left join unit ru on ru.id = d.receiving_unit_id`.execute(db);
  return result.rows;
}

/** Active unit leaders and one-stop heads with their unit's path (the escalation chain's people). */
export async function listChainPeople(db: Executor) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .innerJoin('unit as un', 'un.id', 'u.unit_id')
    .select(['u.id', 'u.unit_id', 'un.path', 'r.role'])
    .where('r.role', 'in', ['unit_leader', 'one_stop_head'])
    .where('u.active', '=', true)
    .execute();
}

export async function findUnitPaths(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('unit').select(['id', 'path']).where('id', 'in', ids).execute();
}

export interface NewAlert {
  dossierId: string;
  kind: string;
  periodIndex: number;
  level: number;
  dueAt: number;
  holderId: string | null;
  unitId: string | null;
  recipientIds: string[];
  firedAt: Date;
}

/** Inserts alerts once each (a repeated sweep adds nothing), in one statement; returns how many were new. */
export async function insertAlerts(db: Executor, alerts: readonly NewAlert[]): Promise<number> {
  if (alerts.length === 0) return 0;
  const result =
    await sql`insert into late_alert (dossier_id, kind, period_index, level, due_at, holder_id, unit_id, recipient_ids, fired_at)
    select a.dossier_id, a.kind, a.period_index, a.level, a.due_at, a.holder_id, a.unit_id,
      coalesce(string_to_array(nullif(a.recipients, ''), ',')::uuid[], '{}'), a.fired_at
    from unnest(${alerts.map((a) => a.dossierId)}::uuid[], ${alerts.map((a) => a.kind)}::text[],
      ${alerts.map((a) => a.periodIndex)}::int[], ${alerts.map((a) => a.level)}::int[],
      ${alerts.map((a) => new Date(a.dueAt).toISOString())}::timestamptz[], ${alerts.map((a) => a.holderId)}::uuid[],
      ${alerts.map((a) => a.unitId)}::uuid[], ${alerts.map((a) => a.recipientIds.join(','))}::text[],
      ${alerts.map((a) => a.firedAt.toISOString())}::timestamptz[])
      as a(dossier_id, kind, period_index, level, due_at, holder_id, unit_id, recipients, fired_at)
    on conflict (dossier_id, kind, period_index, level, due_at) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Alerts addressed to a person, newest first, with the dossier's code. */
export async function listAlertsFor(db: Executor, userId: string, limit: number) {
  return db
    .selectFrom('late_alert as a')
    .innerJoin('dossier as d', 'd.id', 'a.dossier_id')
    .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
    .select([
      'a.id',
      'a.dossier_id',
      'd.code',
      'p.name as procedure_name',
      'a.kind',
      'a.level',
      'a.due_at',
      'a.fired_at',
    ])
    .where(sql<boolean>`a.recipient_ids @> array[${userId}]::uuid[]`)
    .orderBy('a.fired_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

export async function listDossierAlerts(db: Executor, dossierId: string) {
  return db
    .selectFrom('late_alert')
    .select(['id', 'kind', 'level', 'period_index', 'due_at', 'recipient_ids', 'fired_at'])
    .where('dossier_id', '=', dossierId)
    .orderBy('fired_at')
    .orderBy('id')
    .execute();
}

/**
 * Timers for open dossiers that have none (dossiers written in bulk, e.g. the demo history or an import):
 * the open step's and the dossier's due times, firing at those times.
 */
export async function scheduleMissingTimers(db: Executor): Promise<number> {
  const result = await sql`insert into late_timer (dossier_id, kind, period_index, level, due_at, fire_at)
    select d.id, k.kind, case when k.kind = 'step_overdue' then jsonb_array_length(d.state->'periods') - 1 end, 0, k.due, k.due
    from dossier d
    cross join lateral (values ('step_overdue', d.step_due_at), ('dossier_overdue', d.due_at)) as k(kind, due)
    where d.finished_at is null and d.status in ('received', 'processing') and k.due is not null
      and not exists (select 1 from late_timer t where t.dossier_id = d.id)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Moves every session's times by `ms` (the development clock's jumps keep people signed in). */
export async function shiftSessions(db: Executor, ms: number): Promise<void> {
  if (ms === 0) return;
  const shift = sql<Date>`make_interval(secs => ${ms / 1000})`;
  await db
    .updateTable('session')
    .set({
      last_seen_at: sql<Date>`last_seen_at + ${shift}`,
      expires_at: sql<Date>`expires_at + ${shift}`,
    })
    .execute();
}
