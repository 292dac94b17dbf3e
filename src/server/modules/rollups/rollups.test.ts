import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLLUP_MEASURES } from '../../../domain/indicators/measures.js';
import { generateDemoHistory } from '../../seed/demo-history.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { publishSampleProcedure } from '../../testing/fixtures.js';
import {
  countOpen,
  listAdminChildren,
  listAdminUnitsOfKind,
  type LiveCounts,
} from '../indicators/indicators.queries.js';
import { recomputeRollups, refreshRollups, verifyRollups } from './rollups.service.js';

let t: TestApp;
let admin: Session;
let reception: Session;
let procedureId: string;
let oneStopId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  await generateDemoHistory(t.deps.database.db, t.clock, { days: 45 });
  admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.ROLLUP'));
}, 120_000);
afterAll(async () => {
  await t.close();
});

const db = () => t.deps.database.db;
const totals = async (column: string) => {
  const r = await sql<{
    n: number;
  }>`select coalesce(sum(${sql.ref(column)}), 0)::int as n from rollup_day`.execute(db());
  return r.rows[0]!.n;
};

describe('roll-ups', () => {
  it('keeps the measure columns of the tables in step with the domain list', async () => {
    const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_name = 'rollup_day' order by ordinal_position`.execute(db());
    expect(columns.rows.map((c) => c.column_name).slice(3)).toEqual([...ROLLUP_MEASURES]);
  });

  it('applies the generated history incrementally and equals a full recount', async () => {
    expect(await refreshRollups(db(), t.clock)).toBeGreaterThan(0);
    const raw = await sql<{ received: number; late: number }>`select
        count(*) filter (where received_at is not null)::int as received,
        count(*) filter (where finished_at > coalesce(original_due_at, due_at) and received_at is not null)::int as late
      from dossier`.execute(db());
    expect(await totals('received')).toBe(raw.rows[0]!.received);
    expect(await totals('finished_late')).toBe(raw.rows[0]!.late);
    expect(raw.rows[0]!.late).toBeGreaterThan(0);
    const report = await verifyRollups(db(), t.clock);
    expect(report.mismatches).toEqual([]);
    expect(report.keys).toBeGreaterThan(100);
  });

  it('stays equal to a recount under concurrent intakes, payments, feedback and refreshes', async () => {
    const intake = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: authHeaders(reception),
        payload: {
          procedureId,
          receivingUnitId: oneStopId,
          channel: i % 2 ? 'counter' : 'postal',
          applicant: { fullName: 'Phạm Văn Dân', idNumber: '001085001234', phone: '0987 654 321' },
          documents: [
            { documentId: 'to_khai', provided: true },
            { documentId: 'giay_to', provided: true },
          ],
          decision: 'accept',
        },
      });
    const before = await totals('received');
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 12; i += 1) {
      work.push(intake(i).then((r) => expect(r.statusCode, r.body).toBe(201)));
      if (i % 3 === 0) work.push(refreshRollups(db(), t.clock, 3));
    }
    // a payment recorded online on an old dossier changes its figures without an action
    work.push(
      sql`update dossier set fees = jsonb_build_array(jsonb_build_object('name', 'Lệ phí',
        'amount', 20000, 'paid', true, 'method', 'online'))
      where id = (select id from dossier where received_at is not null order by code limit 1)`.execute(db()),
    );
    // an upheld complaint about a finished dossier, answered on time: feedback and attitude figures move
    work.push(
      sql`insert into feedback (code, kind, channel, dossier_id, unit_id, topic, content, reporter_name,
        status, received_at, due_at, answered_at, answer, upheld, created_at, updated_at)
      select 'PAKN-T1', 'complaint', 'online', d.id, d.authority_unit_id, 'delay', 'Chậm', 'Nguyễn Văn An',
        'answered', '2026-02-20T03:00:00Z', '2026-03-20T03:00:00Z', '2026-02-25T03:00:00Z', 'Đã xử lý', true,
        '2026-02-20T03:00:00Z', '2026-02-25T03:00:00Z'
      from dossier d where d.finished_at is not null order by d.code limit 1`.execute(db()),
    );
    await Promise.all(work);
    await refreshRollups(db(), t.clock);
    const feedback = await sql<{
      n: number;
    }>`select sum(fb_answered_on_time)::int as n from rollup_feedback_day`.execute(db());
    expect(feedback.rows[0]!.n).toBe(1);
    expect(await totals('received')).toBe(before + 12);
    expect(await totals('paid_online')).toBeGreaterThanOrEqual(1);
    expect((await verifyRollups(db(), t.clock)).mismatches).toEqual([]);
  });

  it('counts open dossiers within time and overdue at any instant exactly as the dossier table does', async () => {
    const root = await sql<{ path: string }>`select path from unit where parent_id is null`.execute(db());
    const path = root.rows[0]!.path;
    const provinces = await listAdminChildren(db(), null);
    const period = { from: '2026-02-01', to: '2026-03-01' };
    const raw = async (now: Date) => {
      const r = await sql<{ within: number; overdue: number; cohort: number }>`select
          count(*) filter (where coalesce(original_due_at, due_at) >= ${now})::int as within,
          count(*) filter (where coalesce(original_due_at, due_at) < ${now})::int as overdue,
          count(*) filter (where coalesce(original_due_at, due_at) < ${now}
            and (received_at at time zone 'Asia/Ho_Chi_Minh')::date >= ${period.from}::date
            and (received_at at time zone 'Asia/Ho_Chi_Minh')::date < ${period.to}::date)::int as cohort
        from dossier where finished_at is null and received_at is not null`.execute(db());
      return r.rows[0]!;
    };
    // every commune at once reads the narrow per-unit tables (migration 0017): each commune's counts must
    // equal a count of its subtree's dossiers
    const communes = await listAdminUnitsOfKind(db(), 'commune');
    expect(communes.length).toBeGreaterThan(200);
    const rawPerCommune = async (now: Date) => {
      const r = await sql<{ id: string; within: number; overdue: number; cohort: number }>`select c.id,
          count(*) filter (where coalesce(d.original_due_at, d.due_at) >= ${now})::int as within,
          count(*) filter (where coalesce(d.original_due_at, d.due_at) < ${now})::int as overdue,
          count(*) filter (where coalesce(d.original_due_at, d.due_at) < ${now}
            and (d.received_at at time zone 'Asia/Ho_Chi_Minh')::date >= ${period.from}::date
            and (d.received_at at time zone 'Asia/Ho_Chi_Minh')::date < ${period.to}::date)::int as cohort
        from dossier d join unit a on a.id = d.authority_unit_id
        join unit c on c.kind = 'commune' and starts_with(a.path, c.path)
        where d.finished_at is null and d.received_at is not null group by c.id`.execute(db());
      return Object.fromEntries(r.rows.map(({ id, ...counts }) => [id, counts]));
    };
    const nonZero = (counts: Map<string, LiveCounts>) =>
      Object.fromEntries(
        [...counts]
          .filter(([, c]) => c.open_within_time + c.open_overdue > 0)
          .map(([id, c]) => [
            id,
            { within: c.open_within_time, overdue: c.open_overdue, cohort: c.cohort_open_overdue },
          ]),
      );
    const checkCommunes = async (now: Date) => {
      const counted = await countOpen(db(), { by: 'child', children: communes }, period, now);
      expect(nonZero(counted), now.toISOString()).toEqual(await rawPerCommune(now));
    };
    const fromRollups = async (now: Date) => {
      const whole = (await countOpen(db(), { by: 'none', path }, period, now)).get('') ?? {
        open_within_time: 0,
        open_overdue: 0,
        cohort_open_overdue: 0,
      };
      const perProvince = await countOpen(db(), { by: 'child', children: provinces }, period, now);
      const sum = [...perProvince.values()].reduce((n, c) => n + c.open_within_time + c.open_overdue, 0);
      expect(sum).toBe(whole.open_within_time + whole.open_overdue);
      return {
        within: whole.open_within_time,
        overdue: whole.open_overdue,
        cohort: whole.cohort_open_overdue,
      };
    };
    const dues = await sql<{ due: Date }>`select coalesce(original_due_at, due_at) as due from dossier
      where finished_at is null and received_at is not null order by 1`.execute(db());
    expect(dues.rows.length).toBeGreaterThan(5);
    // instants around the open dossiers' due times: the minute before and after, across days
    const instants = [0, 1, Math.floor(dues.rows.length / 2), dues.rows.length - 1].flatMap((i) => {
      const due = dues.rows[i]!.due.getTime();
      return [new Date(due - 60_000), new Date(due + 60_000)];
    });
    const start = t.clock.now();
    try {
      for (const now of instants.sort((a, b) => a.getTime() - b.getTime())) {
        // the clock moves on, the refresher folds past due days (and cannot fold back when moved back)
        t.clock.setTo(now);
        await refreshRollups(db(), t.clock);
        expect(await fromRollups(now), now.toISOString()).toEqual(await raw(now));
        await checkCommunes(now);
      }
      expect((await verifyRollups(db(), t.clock)).mismatches).toEqual([]);
      // a clock moved back before the horizon: the counts are read from the facts, still exact
      t.clock.setTo(start);
      expect(await fromRollups(start)).toEqual(await raw(start));
      await checkCommunes(start);
    } finally {
      t.clock.setTo(start);
      await recomputeRollups(db(), t.clock);
    }
    const folded = await sql<{ n: number }>`select count(*)::int as n from rollup_open_unit`.execute(db());
    expect(folded.rows[0]!.n).toBeGreaterThan(0);
  });

  it('reports a figure that differs from the recount, and a rebuild repairs it', async () => {
    await sql`update rollup_day set finished_late = finished_late + 1
      where (unit_id, day, procedure_id) = (select unit_id, day, procedure_id from rollup_day limit 1)`.execute(
      db(),
    );
    const broken = await verifyRollups(db(), t.clock);
    expect(broken.mismatches).toHaveLength(1);
    expect(broken.mismatches[0]).toMatchObject({ table: 'rollup_day', measure: 'finished_late' });
    await recomputeRollups(db(), t.clock);
    expect((await verifyRollups(db(), t.clock)).mismatches).toEqual([]);
  });
});
