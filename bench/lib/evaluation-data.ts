/**
 * B6 data, generated inside PostgreSQL with set-based SQL (generate_series, INSERT … SELECT): a province of
 * 1,000 communes, N officials spread over them, dossiers spread over eleven months up to the end of `MONTH`
 * with five step periods each (holders taken round-robin), and the other evidence sources for `MONTH`.
 * Statements run in order on one session (they share temporary tables).
 */
export const MONTH = '2026-10';
const MONTH_START = `timestamptz '${MONTH}-01T00:00:00+07:00'`;
const MONTH_END = `(${MONTH_START} + interval '1 month')`;
const CHUNK = 100_000;

export interface GenerationStep {
  name: string;
  sql: string;
}

function dossierChunk(from: number, to: number, total: number, officials: number): string {
  const periods = `(select jsonb_agg(jsonb_build_object(
      'stepId', 's' || k, 'stepIndex', k, 'holderId', ids.a[((g.d * 5 + k) % ${officials}) + 1],
      'startedAt', g.ms + k * 129600000, 'dueAt', g.ms + k * 129600000 + 172800000,
      'endedAt', g.ms + k * 129600000 + case when (g.d + k) % 10 = 0 then 216000000 when (g.d + k) % 3 = 0 then 50000000 else 100000000 end,
      'endedBy', 'forward',
      'outcome', case when (g.d + k) % 10 = 0 then 'late' when (g.d + k) % 3 = 0 then 'early' else 'on_time' end) order by k)
    from generate_series(0, 4) k)`;
  return `
    insert into dossier (receiving_unit_id, authority_unit_id, scope_path, procedure_id, procedure_version_id, calendar_version_id,
      channel, applicant, status, outcome, received_at, due_at, finished_at, returned_at, state, last_seq, created_at, updated_at)
    select un.id, un.id, un.path, r.id, r.version_id, r.calendar_version_id, 'online', '{"fullName":"Bench"}'::jsonb,
      'returned', 'granted', g.c, g.c + interval '10 days', g.c + interval '7 days', g.c + interval '8 days',
      jsonb_build_object('status', 'returned', 'periods', ${periods}), 5, g.c, g.c + interval '8 days'
    from (select d, c, (extract(epoch from c) * 1000)::bigint as ms
          from (select d, ${MONTH_START} - interval '300 days' + (d::float8 / ${total}) * interval '330 days' as c
                from generate_series(${from}, ${to}) d) x) g
    cross join (select array_agg(id order by i) as a from bench_official) ids
    join bench_unit un on un.i = (g.d % 1000) + 1
    cross join bench_refs r`;
}

/** The statements that build the data set, in order. */
export function generationSteps(officials: number, dossiers: number): GenerationStep[] {
  const steps: GenerationStep[] = [
    {
      name: 'units',
      sql: `
        insert into unit (id, path, kind, code, name, full_name) select id, '/' || id || '/', 'province', 'BENCH', 'Bench', 'Tỉnh thử tải'
          from (select gen_random_uuid() as id) x;
        create temp table bench_unit as
          select i, u.id, root.path || u.id || '/' as path, root.id as parent_id
          from (select i, gen_random_uuid() as id from generate_series(1, 1000) i) u, (select id, path from unit where code = 'BENCH') root;
        insert into unit (id, parent_id, path, kind, code, name, full_name)
          select id, parent_id, path, 'commune', 'BENCH.' || i, 'Xã ' || i, 'Xã thử tải ' || i from bench_unit;`,
    },
    {
      name: 'officials',
      sql: `
        create temp table bench_official as
          select g.n as i, gen_random_uuid() as id, u.id as unit_id from generate_series(1, ${officials}) as g(n) join bench_unit u on u.i = (g.n % 1000) + 1;
        alter table bench_official add primary key (i);
        insert into app_user (id, username, kind, full_name, unit_id, title)
          select id, 'bench' || i, 'official', 'Cán bộ ' || i, unit_id, 'Chuyên viên' from bench_official;
        insert into user_role (user_id, role) select id, 'specialist' from bench_official;`,
    },
    {
      name: 'procedure',
      sql: `
        insert into procedure (code, name, field, level, online_level, created_at, updated_at)
          values ('BENCH.P', 'Thủ tục thử tải', 'bench', 'commune', 'full', now(), now());
        insert into procedure_version (procedure_id, number, status, definition, effective_from, published_at, created_at)
          select id, 1, 'published', '{}'::jsonb, now(), now(), now() from procedure where code = 'BENCH.P';
        create temp table bench_refs as
          select p.id, pv.id as version_id, (select current_version_id from calendar order by created_at limit 1) as calendar_version_id
          from procedure p join procedure_version pv on pv.procedure_id = p.id where p.code = 'BENCH.P';`,
    },
  ];
  for (let from = 1; from <= dossiers; from += CHUNK) {
    const to = Math.min(dossiers, from + CHUNK - 1);
    steps.push({ name: `dossiers ${from}–${to}`, sql: dossierChunk(from, to, dossiers, officials) });
  }
  steps.push(
    {
      name: 'work-plan tasks',
      sql: `
        insert into work_task (official_id, unit_id, horizon, title, due_at, weight, status, result, done_at, created_at, updated_at)
        select o.id, o.unit_id, 'month', 'Nhiệm vụ ' || k, ${MONTH_START} + ((o.i + k * 7) % 28) * interval '1 day' + interval '10 hours',
          1 + (o.i % 3), case when (o.i + k) % 5 = 0 then 'assigned' else 'done' end, case when (o.i + k) % 5 = 0 then null else 'Xong' end,
          case when (o.i + k) % 5 = 0 then null
               else ${MONTH_START} + ((o.i + k * 7) % 28) * interval '1 day' + case when (o.i + k) % 7 = 0 then interval '2 days' else interval '1 hour' end end,
          ${MONTH_START}, ${MONTH_START}
        from bench_official o cross join generate_series(1, 2) k;`,
    },
    {
      name: 'explanations',
      sql: `
        insert into step_explanation (dossier_id, step_id, period_index, user_id, unit_id, reason_code, text, step_due_at, created_at)
        select d.id, 's0', 0, (d.state->'periods'->0->>'holderId')::uuid, d.receiving_unit_id, 'workload', 'Quá tải hồ sơ',
          d.created_at + interval '2 days', d.created_at + interval '2 days'
        from dossier d where d.created_at >= ${MONTH_START} and d.created_at < ${MONTH_END} - interval '3 days' and abs(hashtext(d.id::text)) % 20 = 0;`,
    },
    {
      name: 'complaints and findings',
      sql: `
        insert into feedback (code, kind, channel, official_id, unit_id, topic, content, reporter_name, status, received_at, due_at,
          answered_at, answer, upheld, created_at, updated_at)
        select 'BF' || o.i, 'complaint', 'online', o.id, o.unit_id, 'attitude', 'Phản ánh thái độ', 'Người dân', 'answered',
          ${MONTH_START}, ${MONTH_START} + interval '20 days', ${MONTH_START} + interval '10 days', 'Có căn cứ', true, ${MONTH_START}, ${MONTH_START}
        from bench_official o where o.i % 20 = 0;
        insert into inspection_finding (unit_id, official_id, violation_type, severity, status, description, occurred_at, created_at,
          rules_version, decision, decided_at)
        select o.unit_id, o.id, 'badge', 'light', 'decided', 'Không đeo thẻ', ${MONTH_START} + interval '3 days', ${MONTH_START} + interval '3 days',
          '2026.1', 'reminded', ${MONTH_START} + interval '8 days'
        from bench_official o where o.i % 50 = 0;`,
    },
    {
      name: 'satisfaction',
      sql: `
        insert into satisfaction_instrument_version (number, definition, formula_version, created_at) values (99, '{}'::jsonb, 'bench', now());
        create temp table bench_response as
          select gen_random_uuid() as id, d.id as dossier_id, d.receiving_unit_id as unit_id, d.state
          from dossier d where d.created_at >= ${MONTH_START} and d.created_at < ${MONTH_END} and abs(hashtext(d.id::text)) % 2 = 0;
        insert into satisfaction_response (id, dossier_id, instrument_version_id, channel, unit_id, authority_unit_id, procedure_id,
          answers, overall_satisfied, formula_version, submitted_at)
        select b.id, b.dossier_id, iv.id, 'online', b.unit_id, b.unit_id, r.id, '{}'::jsonb, abs(hashtext(b.id::text)) % 5 <> 0, 'bench',
          ${MONTH_START} + interval '15 days'
        from bench_response b, (select id from satisfaction_instrument_version where number = 99) iv, bench_refs r;
        insert into satisfaction_response_official (response_id, user_id, step_id)
        select b.id, (p->>'holderId')::uuid, p->>'stepId' from bench_response b cross join lateral jsonb_array_elements(b.state->'periods') p
        on conflict do nothing;`,
    },
    { name: 'analyze', sql: 'analyze' },
  );
  return steps;
}
