import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoHistory } from '../../seed/demo-history.js';
import { authHeaders, createTestApp, signIn, type TestApp } from '../../testing/harness.js';
import { findUnitId } from '../../testing/fixtures.js';
import { dossierInScope } from '../dossiers/dossier-scope.queries.js';
import { refreshRollups } from '../rollups/rollups.service.js';

let t: TestApp;
let hanoi: string;
let baDinh: string;
let ngocHa: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  await generateDemoHistory(t.deps.database.db, t.clock, { days: 75 });
  await refreshRollups(t.deps.database.db, t.clock);
  [hanoi, baDinh, ngocHa] = await Promise.all([
    findUnitId(t, '01'),
    findUnitId(t, '00004'),
    findUnitId(t, '00008'),
  ]);
}, 120_000);
afterAll(async () => {
  await t.close();
});

/** Raw recount of February 2026 (local days) for one authority unit, straight from the dossier table. */
async function recountFebruary(unitId: string, procedureId?: string) {
  const r = await sql<{ finished: number; late: number; received: number; online: number }>`
    select count(*) filter (where fin)::int as finished,
           count(*) filter (where fin and finished_at > coalesce(original_due_at, due_at))::int as late,
           count(*) filter (where rec)::int as received,
           count(*) filter (where rec and channel = 'online')::int as online
    from (select *, (finished_at at time zone 'Asia/Ho_Chi_Minh')::date between '2026-02-01' and '2026-02-28'
                    and received_at is not null as fin,
                 (received_at at time zone 'Asia/Ho_Chi_Minh')::date between '2026-02-01' and '2026-02-28' as rec
          from dossier where authority_unit_id = ${unitId}
            and (${procedureId ?? null}::uuid is null or procedure_id = ${procedureId ?? null}::uuid)) d`.execute(
    t.deps.database.db,
  );
  return r.rows[0]!;
}

describe('public transparency portal', () => {
  it('ranks the communes of Hà Nội on the index, without sign-in', async () => {
    const res = await t.app.inject({ url: `/api/v1/transparency/units?parentId=${hanoi}&period=2026-02` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const ranked = body.units.filter((u: { rank: { rank: number | null } }) => u.rank.rank !== null);
    expect(ranked.map((u: { unit: { id: string } }) => u.unit.id).sort()).toEqual([baDinh, ngocHa].sort());
    expect(ranked[0].rank.rank).toBe(1);
    expect(ranked[0].index.score).toBeGreaterThanOrEqual(ranked[1].index.score);
    // "hạng k/N đơn vị được xếp hạng": N counts the ranked units only
    expect(ranked.map((u: { rank: { ranked: number } }) => u.rank.ranked)).toEqual([2, 2]);
    // communes without dossiers are listed apart as without enough data: no rank on the index or any group
    expect(body.units.length).toBeGreaterThan(2);
    const empty = body.units.at(-1);
    expect(empty).toMatchObject({ enoughData: false, received: 0, rank: { rank: null, ranked: 2 } });
    for (const rank of Object.values(empty.groupRanks) as { rank: number | null }[]) {
      expect(rank.rank).toBeNull();
    }
  });

  it('pages the ranked units and the units without enough data as two lists', async () => {
    const base = `/api/v1/transparency/units?parentId=${hanoi}&period=2026-02&pageSize=1`;
    const all = (
      await t.app.inject({ url: `/api/v1/transparency/units?parentId=${hanoi}&period=2026-02` })
    ).json();
    const unrankedCount = all.units.filter((u: { enoughData: boolean }) => !u.enoughData).length;
    expect(all.counts).toEqual({ ranked: 2, unranked: unrankedCount });
    const ranked = (await t.app.inject({ url: `${base}&list=ranked&page=2` })).json();
    expect(ranked.total).toBe(2);
    expect(ranked.units).toHaveLength(1);
    expect(ranked.units[0]).toMatchObject({ enoughData: true, rank: { rank: 2, ranked: 2 } });
    // the first page of the units listed apart starts with a unit listed apart, not after the ranked ones
    const apart = (await t.app.inject({ url: `${base}&list=unranked&page=1` })).json();
    expect(apart.total).toBe(unrankedCount);
    expect(apart.units).toHaveLength(1);
    expect(apart.units[0]).toMatchObject({ enoughData: false, rank: { rank: null } });
    expect(apart.counts).toEqual(all.counts);
  });

  it('gives no rank on a group the system cannot measure', async () => {
    const res = await t.app.inject({ url: `/api/v1/transparency/units?parentId=${hanoi}&period=2026-02` });
    const units = res.json().units as {
      groups: Record<string, number | null>;
      groupRanks: Record<string, { rank: number | null }>;
    }[];
    // online service (group 3: 3.1–3.3) is not measured anywhere: no score, no rank
    for (const u of units) {
      expect(u.groups['qd766.3']).toBeNull();
      expect(u.groupRanks['qd766.3']!.rank).toBeNull();
    }
  });

  it('publishes the index on the 100-point scale, figures that match a hand recount', async () => {
    const res = await t.app.inject({ url: `/api/v1/transparency/units/${baDinh}?period=2026-02` });
    const report = res.json();
    const raw = await recountFebruary(baDinh);
    type Ind = {
      code: string;
      numerator: number;
      denominator: number;
      score: number | null;
      parts: { numerator: number; denominator: number }[];
    };
    const find = (code: string) => report.indicators.find((i: Ind) => i.code === code) as Ind;
    // 5.4 = 1 − (late / finished + disliked / received), target 90%, 6 points: the first part recounted by hand
    const satisfaction = find('qd766.5.4');
    expect(satisfaction.parts[0]).toEqual({ numerator: raw.late, denominator: raw.finished });
    expect(satisfaction.parts[1]!.denominator).toBe(raw.received);
    const rate = 1 - raw.late / raw.finished - satisfaction.parts[1]!.numerator / raw.received;
    expect(satisfaction.score).toBeCloseTo(Math.min(Math.max(rate, 0) / 0.9, 1) * 6, 9);
    // 2.1 over the dossiers received in February, no target: R × 20
    const progress = find('qd766.2.1');
    expect(progress.denominator).toBe(raw.received);
    expect(progress.score).toBeCloseTo((progress.numerator / raw.received) * 20, 9);
    // the index is the sum of the group points, out of 100, with the measured points beside it
    const sum = report.groups
      .filter((g: { group: string }) => g.group.startsWith('qd766.'))
      .reduce((n: number, g: { score: number | null }) => n + (g.score ?? 0), 0);
    expect(report.index.score).toBeCloseTo(sum, 9);
    expect(report.index.maximum).toBe(100);
    expect(report.index.maxMeasured).toBeLessThan(100);
    expect(report.index.score).toBeLessThanOrEqual(report.index.maxMeasured);
    // TT 01: index 4 is not measured, so the staff band is a lower bound
    expect(report.tt01.staff).toMatchObject({ maximum: 10, complete: false, missing: ['tt01.4'] });
    expect(report.tt01.agency.maximum).toBe(18);
  });

  it('finds units at any level without diacritics', async () => {
    const res = await t.app.inject({ url: '/api/v1/transparency/search?q=ba%20dinh' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().units.map((u: { id: string }) => u.id)).toContain(baDinh);
    const province = await t.app.inject({ url: '/api/v1/transparency/search?q=ha%20noi' });
    expect(province.json().units.map((u: { id: string }) => u.id)).toContain(hanoi);
  });

  it('ranks every commune of the country together, with the same figures as the province list', async () => {
    const [national, local] = await Promise.all([
      t.app.inject({ url: '/api/v1/transparency/units?level=commune&period=2026-02' }),
      t.app.inject({ url: `/api/v1/transparency/units?parentId=${hanoi}&period=2026-02` }),
    ]);
    expect(national.statusCode, national.body).toBe(200);
    const units = national.json().units as {
      unit: { id: string; kind: string };
      index: { score: number | null };
      rank: { rank: number | null; peers: number };
      groupRanks: Record<string, { rank: number | null }>;
    }[];
    const communes = await sql<{ n: number }>`select count(*)::int as n from unit
      where kind = 'commune' and active`.execute(t.deps.database.db);
    expect(units).toHaveLength(communes.rows[0]!.n);
    expect(units.every((u) => u.unit.kind === 'commune' && u.rank.peers === units.length)).toBe(true);
    const inHanoi = new Map(
      (local.json().units as typeof units).map((u) => [u.unit.id, u.index.score] as const),
    );
    for (const id of [baDinh, ngocHa]) {
      expect(units.find((u) => u.unit.id === id)!.index.score).toBe(inHanoi.get(id));
    }
    expect(units[0]!.rank.rank).toBe(1);
    expect(units[0]!.groupRanks['qd766.5']).toBeDefined();
    // the export takes the same scope
    const csv = await t.app.inject({ url: '/api/v1/transparency/export.csv?level=commune&period=2026-02' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n').length).toBeGreaterThan(communes.rows[0]!.n);
  });

  it('pages, searches (without diacritics) and orders the list by one group', async () => {
    const found = await t.app.inject({
      url: '/api/v1/transparency/units?level=commune&period=2026-02&q=NGOC%20HA&pageSize=50',
    });
    expect(found.statusCode, found.body).toBe(200);
    const names = (found.json().units as { unit: { id: string; name: string } }[]).map((u) => u.unit);
    expect(names.map((u) => u.id)).toContain(ngocHa);
    expect(found.json().total).toBe(names.length);
    for (const u of names) expect(u.name.normalize('NFD').replace(/\p{M}/gu, '')).toMatch(/Ngoc Ha/i);

    const page = async (n: number) =>
      (
        await t.app.inject({
          url: `/api/v1/transparency/units?parentId=${hanoi}&period=2026-02&group=qd766.5&pageSize=1&page=${n}`,
        })
      ).json() as { total: number; units: { groupRanks: Record<string, { rank: number | null }> }[] };
    const [one, two, all] = await Promise.all([
      page(1),
      page(2),
      t.app
        .inject({ url: `/api/v1/transparency/units?parentId=${hanoi}&period=2026-02` })
        .then((r) => r.json()),
    ]);
    expect(one.units).toHaveLength(1);
    expect(one.total).toBe(all.units.length);
    expect(one.units[0]!.groupRanks['qd766.5']!.rank).toBe(1);
    expect(two.units[0]!.groupRanks['qd766.5']!.rank).toBeGreaterThanOrEqual(1);
  });

  it('explains a unit report with numerators and denominators that equal a raw recount', async () => {
    const res = await t.app.inject({ url: `/api/v1/transparency/units/${baDinh}?period=2026-02` });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    const raw = await recountFebruary(baDinh);
    const onTime = report.indicators.find((i: { code: string }) => i.code === 'on_time_rate');
    expect([onTime.numerator, onTime.denominator]).toEqual([raw.finished - raw.late, raw.finished]);
    const online = report.indicators.find((i: { code: string }) => i.code === 'online_rate');
    expect([online.numerator, online.denominator]).toEqual([raw.online, raw.received]);
    expect(raw.finished).toBeGreaterThan(30);
    expect(onTime.formulaVersion).toBe('2026.2');
    const digitisation = report.groups.find((g: { group: string }) => g.group === 'qd766.6');
    // 4.2, 4.3 and 4.4 are measured (migration 0040); the demo history digitised nothing, so they score 0
    expect(digitisation).toMatchObject({ score: 0, maxMeasured: 10, weight: 22 });
    expect(digitisation.notMeasured).toHaveLength(4);
    expect(report.rank).toMatchObject({ peers: expect.any(Number) });
    expect(report.procedures.length).toBeGreaterThan(1);
    expect(report.months.map((m: { month: string }) => m.month)).toContain('2026-02-01');
  });

  it('drills down to one procedure', async () => {
    const unit = (await t.app.inject({ url: `/api/v1/transparency/units/${baDinh}?period=2026-02` })).json();
    const top = unit.procedures[0];
    const res = await t.app.inject({
      url: `/api/v1/transparency/units/${baDinh}?period=2026-02&procedureId=${top.procedureId}`,
    });
    const report = res.json();
    expect(report.procedure).toMatchObject({ id: top.procedureId, name: top.name });
    const raw = await recountFebruary(baDinh, top.procedureId);
    const onTime = report.indicators.find((i: { code: string }) => i.code === 'on_time_rate');
    expect([onTime.numerator, onTime.denominator]).toEqual([raw.finished - raw.late, raw.finished]);
    expect(top.received).toBe(raw.received);
  });

  it('exports open data as CSV and JSON with the definitions', async () => {
    const csv = await t.app.inject({
      url: `/api/v1/transparency/export.csv?parentId=${hanoi}&period=2026-02`,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toContain('ma_don_vi,ten_don_vi,ky,ma_chi_tieu');
    expect(lines.some((l) => l.includes('on_time_rate') && l.includes('2026-02'))).toBe(true);
    const json = await t.app.inject({
      url: `/api/v1/transparency/export.json?parentId=${hanoi}&period=2026-02`,
    });
    const doc = json.json();
    expect(doc.definitions.indicators.some((d: { code: string }) => d.code === 'qd766.5.4')).toBe(true);
    expect(doc.rows.length).toBe(lines.length - 1);
  });

  it('refuses a malformed period', async () => {
    const res = await t.app.inject({ url: `/api/v1/transparency/units?period=2026-13` });
    expect(res.statusCode).toBe(400);
  });

  it('shows the live board of a one-stop unit with its commune figures', async () => {
    const oneStop = await findUnitId(t, '00004.MC');
    const res = await t.app.inject({ url: `/api/v1/transparency/board/${oneStop}` });
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json();
    expect(board.unit.id).toBe(baDinh);
    expect(board.onTimeThisMonth.code).toBe('on_time_rate');
    expect(typeof board.dueToday).toBe('number');
  });
});

describe('leaders dashboards', () => {
  it('show the leader late dossiers by holder and the at-risk list of the subtree', async () => {
    const leader = await signIn(t.app, 'lanhdao');
    const res = await t.app.inject({ url: '/api/v1/dashboards/leader', headers: authHeaders(leader) });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unit.id).toBe(baDinh);
    const raw = await sql<{ n: number }>`select count(*)::int as n from dossier where finished_at is null
      and received_at is not null and authority_unit_id = ${baDinh}
      and coalesce(original_due_at, due_at) < ${t.clock.now()}`.execute(t.deps.database.db);
    const overdue = body.byHolder.reduce((s: number, h: { overdue: number }) => s + h.overdue, 0);
    expect(overdue).toBe(raw.rows[0]!.n);
    expect(body.trend.length).toBeGreaterThan(1);

    // the same figures read from the wide dossier rows with the list scope (the dashboards read the route)
    const now = t.clock.now();
    const soon = new Date(now.getTime() + 24 * 3_600_000);
    const path = (
      await sql<{ path: string }>`select path from unit where id = ${baDinh}`.execute(t.deps.database.db)
    ).rows[0]!.path;
    const wide = await sql<{
      holder_id: string | null;
      overdue: number;
      due_soon: number;
      oldest: Date | null;
    }>`
      select d.current_holder_id as holder_id,
        count(*) filter (where coalesce(d.original_due_at, d.due_at) < ${now})::int as overdue,
        count(*) filter (where coalesce(d.original_due_at, d.due_at) >= ${now}
          and coalesce(d.original_due_at, d.due_at) < ${soon})::int as due_soon,
        min(coalesce(d.original_due_at, d.due_at)) filter (where coalesce(d.original_due_at, d.due_at) < ${now}) as oldest
      from dossier d where d.finished_at is null and d.received_at is not null and ${dossierInScope(path)}
        and coalesce(d.original_due_at, d.due_at) < ${soon}
      group by 1`.execute(t.deps.database.db);
    expect(wide.rows.length).toBeGreaterThan(0);
    const byKey = (rows: { holderId: string | null }[]) =>
      [...rows].sort((a, b) => String(a.holderId).localeCompare(String(b.holderId)));
    expect(
      byKey(body.byHolder).map((h: Record<string, unknown>) => ({ ...h, holderName: undefined })),
    ).toEqual(
      byKey(
        wide.rows.map((w) => ({
          holderId: w.holder_id,
          holderName: undefined,
          overdue: w.overdue,
          dueSoon: w.due_soon,
          oldestDueAt: w.oldest ? new Date(w.oldest).toISOString() : null,
        })),
      ),
    );
    const soonest = await sql<{ id: string }>`select d.id from dossier d
      where d.finished_at is null and d.received_at is not null and ${dossierInScope(path)}
        and coalesce(d.original_due_at, d.due_at) < ${soon}
      order by coalesce(d.original_due_at, d.due_at), d.id limit 50`.execute(t.deps.database.db);
    expect(soonest.rows.length).toBeGreaterThan(0);
    expect(body.atRisk.map((d: { dossierId: string }) => d.dossierId)).toEqual(soonest.rows.map((r) => r.id));
  });

  it('refuse another commune and citizens', async () => {
    const other = await signIn(t.app, 'noivu.ngocha');
    const res = await t.app.inject({
      url: `/api/v1/dashboards/leader?unitId=${baDinh}`,
      headers: authHeaders(other),
    });
    expect(res.statusCode).toBe(403);
    const citizen = await signIn(t.app, '0912345678');
    expect(
      (await t.app.inject({ url: '/api/v1/dashboards/leader', headers: authHeaders(citizen) })).statusCode,
    ).toBe(403);
  });

  it('reuses a ranked list within the minute only while the roll-ups are unchanged', async () => {
    const receivedBy = async (unitId: string) => {
      const res = await t.app.inject({ url: '/api/v1/transparency/units?level=commune&period=2026-03' });
      expect(res.statusCode, res.body).toBe(200);
      const row = res.json().units.find((u: { unit: { id: string } }) => u.unit.id === unitId);
      return row.received as number;
    };
    const before = await receivedBy(baDinh);
    expect(await receivedBy(baDinh)).toBe(before);
    // one of Ba Đình's February dossiers moved to March, queued and applied: the clock stands still, so only
    // the roll-ups' generation tells the list to be computed again
    const moved = await sql<{ id: string }>`update dossier set received_at = ${t.clock.now()}
      where id = (select id from dossier where authority_unit_id = ${baDinh}
        and received_at < '2026-03-01T00:00:00+07:00' and received_at >= '2026-02-01T00:00:00+07:00'
        order by id limit 1)
      returning id`.execute(t.deps.database.db);
    expect(moved.rows).toHaveLength(1);
    await sql`insert into rollup_dirty (dossier_id) values (${moved.rows[0]!.id})`.execute(
      t.deps.database.db,
    );
    expect(await receivedBy(baDinh)).toBe(before);
    await refreshRollups(t.deps.database.db, t.clock);
    expect(await receivedBy(baDinh)).toBe(before + 1);
  });
});
