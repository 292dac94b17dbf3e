/**
 * `dossier_route` (migrations 0048, 0051) holds the step's and holder's unit paths of every dossier that has
 * them, so that transitions leave the wide dossier row's indexes alone (HOT updates), and what the leaders'
 * dashboards count of an open dossier (receiving path, holder, due time, open). The list scope and the
 * dashboards read it: it must equal the rows after every kind of write — bulk history, a transition, an
 * official moved to another unit, an extension, a finish.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.js';
import { generateDemoHistory } from '../../seed/demo-history.js';
import { createTestApp, type TestApp } from '../../testing/harness.js';
import { findUnitId } from '../../testing/fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  await generateDemoHistory(t.deps.database.db, new ManualClock('2026-03-02T01:00:00Z'), {
    seed: 3,
    perUnitDay: 0.5,
    days: 20,
  });
});
afterAll(async () => {
  await t.close();
});

/** Dossiers whose route row disagrees with their own paths (missing, stale or left behind). */
async function mismatches(): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n
    from dossier d full join dossier_route r on r.dossier_id = d.id
    where (d.step_path is not null or d.holder_path is not null
           or (d.finished_at is null and d.received_at is not null)) is distinct from (r.dossier_id is not null)
       or (r.dossier_id is not null and (r.step_path is distinct from d.step_path
           or r.holder_path is distinct from d.holder_path
           or r.receiving_path is distinct from d.receiving_path
           or r.holder_id is distinct from d.current_holder_id
           or r.due_at is distinct from coalesce(d.original_due_at, d.due_at)
           or r.open is distinct from (d.finished_at is null and d.received_at is not null)))`.execute(
    t.deps.database.db,
  );
  return r.rows[0]!.n;
}

/** Two open dossiers, both given to the specialist (an update of the holder). */
async function open() {
  const db = t.deps.database.db;
  await sql`update dossier set current_holder_id = (select id from app_user where username = 'chuyenvien')
    where id in (select id from dossier where finished_at is null order by id limit 2)`.execute(db);
  return (
    await sql<{ id: string; current_holder_id: string }>`select id, current_holder_id from dossier
      where finished_at is null and current_holder_id is not null order by id limit 2`.execute(db)
  ).rows;
}

describe('dossier_route', () => {
  it('matches the dossiers after the bulk history, a new holder, a moved official, an extension and a finish', async () => {
    const db = t.deps.database.db;
    const routed = await sql<{ n: number }>`select count(*)::int as n from dossier_route`.execute(db);
    expect(routed.rows[0]!.n).toBeGreaterThan(0);
    expect(await mismatches()).toBe(0);

    const [first, second] = await open();
    expect(second).toBeDefined();
    expect(await mismatches()).toBe(0);
    // a new holder (another unit's official): the holder path follows
    const other = await sql<{ id: string }>`select id from app_user
      where kind = 'official' and unit_id <> (select unit_id from app_user where id = ${first!.current_holder_id}) limit 1`.execute(
      db,
    );
    await sql`update dossier set current_holder_id = ${other.rows[0]!.id} where id = ${first!.id}`.execute(
      db,
    );
    expect(await mismatches()).toBe(0);

    // the holder moved to another unit: their open dossiers' holder paths follow, and so does the route
    await sql`update app_user set unit_id = ${await findUnitId(t, '00008.MC')} where id = ${second!.current_holder_id}`.execute(
      db,
    );
    expect(await mismatches()).toBe(0);

    // extended: the original due time is kept and judged against; a first extension sets it
    await sql`update dossier set original_due_at = coalesce(original_due_at, due_at), due_at = due_at + interval '3 days'
      where id = ${first!.id}`.execute(db);
    expect(await mismatches()).toBe(0);
    // no step and no holder, but still open (received, not finished): it stays in the route
    await sql`update dossier set current_step_id = null, current_holder_id = null where id = ${second!.id}`.execute(
      db,
    );
    expect(await mismatches()).toBe(0);
    const stays = await sql<{
      open: boolean;
    }>`select open from dossier_route where dossier_id = ${second!.id}`.execute(db);
    expect(stays.rows).toEqual([{ open: true }]);

    // finished: no step, no holder, no route
    await sql`update dossier set current_step_id = null, current_holder_id = null, finished_at = now(), status = 'returned'
      where id = ${first!.id}`.execute(db);
    expect(await mismatches()).toBe(0);
    const left = await sql`select 1 from dossier_route where dossier_id = ${first!.id}`.execute(db);
    expect(left.rows).toHaveLength(0);
  });
});
