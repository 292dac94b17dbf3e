/**
 * A dossier's actions live in the partition of its creation month (migration 0050): the writers take the
 * month from the dossier row, the key (dossier_id, seq) stays unique across months (the foreign key ties the
 * month to the dossier), and a look-up by dossier reads one partition.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOfDossier } from '../../db/dossier-action.queries.js';
import { maintainPartitions } from '../../jobs/partitions.js';
import { publishSampleProcedure } from '../../testing/fixtures.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { receiveDossier } from '../satisfaction/satisfaction.test-support.js';

let t: TestApp;
let reception: Session;
let procedureId: string;
let oneStopId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  const admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.PART'));
  await maintainPartitions(t.deps.database.db, t.clock.now(), { monthsAhead: 1, retentionMonths: {} });
});
afterAll(async () => {
  await t.close();
});

describe('dossier actions by the dossier month', () => {
  it('files every action of a dossier under its creation month, in that month’s partition', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const rows = await sql<{ partition: string; same: boolean }>`
      select a.tableoid::regclass::text as partition, a.dossier_created_at = d.created_at as same
      from dossier_action a join dossier d on d.id = a.dossier_id where d.id = ${dossier.id}`.execute(
      t.deps.database.db,
    );
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows.rows.every((row) => row.same && row.partition === 'dossier_action_p202603')).toBe(true);
  });

  it('keeps (dossier, seq) unique across months: another month for the same dossier is refused', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const insert = (createdAt: string) =>
      sql`insert into dossier_action (dossier_id, seq, type, at, dossier_created_at)
          values (${dossier.id}, 1, 'accept', now(), ${createdAt}::timestamptz)`.execute(t.deps.database.db);
    await expect(insert('2026-04-15T00:00:00Z')).rejects.toThrow(/foreign key/);
    const created = await sql<{
      created_at: Date;
    }>`select created_at from dossier where id = ${dossier.id}`.execute(t.deps.database.db);
    await expect(insert(created.rows[0]!.created_at.toISOString())).rejects.toThrow(/unique|duplicate/);
  });

  it('reads one dossier’s actions from its month only: planned alone when the month is given', async () => {
    const dossier = await receiveDossier(t, reception, procedureId, oneStopId);
    const createdAt = (
      await sql<{ created_at: Date }>`select created_at from dossier where id = ${dossier.id}`.execute(
        t.deps.database.db,
      )
    ).rows[0]!.created_at;
    const planOf = async (where: ReturnType<typeof actionsOfDossier>) => {
      const plan = await sql<{ 'QUERY PLAN': string }>`explain (analyze, costs off, timing off, summary off)
        select a.seq from dossier_action a where ${where}`.execute(t.deps.database.db);
      return plan.rows.map((row) => row['QUERY PLAN']).filter((line) => /on dossier_action_\w+/.test(line));
    };
    // the month as a value: the planner keeps one partition
    const planned = await planOf(actionsOfDossier('a', { id: dossier.id, createdAt }));
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((line) => /dossier_action_p202603/.test(line))).toBe(true);
    // only the id: every month is planned, one is read
    const read = (await planOf(actionsOfDossier('a', { id: dossier.id }))).filter(
      (line) => !/never executed/.test(line),
    );
    expect(read.length).toBe(1);
    expect(read[0]).toMatch(/dossier_action_p202603/);
  });
});
