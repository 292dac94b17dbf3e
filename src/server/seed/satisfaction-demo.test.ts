import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addToTally,
  computeIndices,
  createTally,
  getFormula,
  scoreResponse,
} from '../../domain/satisfaction/formula.js';
import { authHeaders, createTestApp, signIn, type TestApp } from '../testing/harness.js';
import { findUnitId } from '../testing/fixtures.js';
import { seedDemoHistoryIfEmpty } from './demo-history.js';
import { seedSatisfactionDemoIfEmpty, type SatisfactionDemoResult } from './satisfaction-demo.js';

let t: TestApp;
let result: SatisfactionDemoResult | null;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T04:00:00Z' });
  await seedDemoHistoryIfEmpty(t.deps.database.db, t.clock, { days: 120, perUnitDay: 3 });
  result = await seedSatisfactionDemoIfEmpty(t.deps.database.db, t.clock);
});
afterAll(async () => {
  await t.close();
});

const db = () => t.deps.database.db;

describe('demo satisfaction data', () => {
  it('rates a share of returned dossiers through every channel, once', async () => {
    expect(result!.responses).toBeGreaterThan(100);
    const channels = await db().selectFrom('satisfaction_response').select('channel').distinct().execute();
    expect(channels.map((c) => c.channel).sort()).toEqual(['kiosk', 'online', 'qr', 'sms', 'zalo']);
    const anonymous = await db()
      .selectFrom('satisfaction_response')
      .select('id')
      .where('anonymous', '=', true)
      .execute();
    expect(anonymous.length).toBeGreaterThan(0);
    expect(await seedSatisfactionDemoIfEmpty(db(), t.clock)).toBeNull();
  });

  it('holds feedback that is late, upheld, reopened and about officials, and dialogues', async () => {
    const rows = await db().selectFrom('feedback').selectAll().execute();
    expect(rows.length).toBe(result!.feedback);
    expect(rows.some((r) => r.kind === 'misconduct' && r.official_id !== null)).toBe(true);
    expect(rows.some((r) => r.upheld === true)).toBe(true);
    expect(rows.some((r) => r.answered_at !== null && r.answered_at > r.due_at)).toBe(true);
    expect(rows.some((r) => r.status === 'reopened')).toBe(true);
    expect(result!.dialogues).toBe(2);
  });

  it('shows per unit and per official the figures a recount of the raw answers gives', async () => {
    const leader = await signIn(t.app, 'lanhdao');
    const ward = await findUnitId(t, '00004');
    const dashboard = (
      await t.app.inject({
        url: `/api/v1/satisfaction/dashboard?unitId=${ward}`,
        headers: authHeaders(leader),
      })
    ).json();
    const oneStop = await findUnitId(t, '00004.MC');
    const raw = await db()
      .selectFrom('satisfaction_response as r')
      .innerJoin('dossier as d', 'd.id', 'r.dossier_id')
      .select(['r.id', 'r.answers'])
      .where('d.receiving_unit_id', '=', oneStop)
      .where('d.returned_at', '>=', new Date('2025-03-02T17:00:00Z'))
      .execute();
    const formula = getFormula('sipas-2026.1');
    const recount = (ids?: Set<string>) => {
      const tally = createTally();
      for (const r of raw)
        if (!ids || ids.has(r.id))
          addToTally(tally, scoreResponse(r.answers as Record<string, number>, formula));
      return computeIndices(tally, formula);
    };
    expect(dashboard.indices.responses).toBeGreaterThan(30);
    expect(dashboard.indices).toEqual(recount());
    const sum = (rows: { indices: { responses: number } }[]) =>
      rows.reduce((n, row) => n + row.indices.responses, 0);
    expect(sum(dashboard.byChannel)).toBe(raw.length);
    expect(sum(dashboard.byMonth)).toBe(raw.length);
    for (const official of dashboard.byOfficial.slice(0, 4)) {
      const linked = await db()
        .selectFrom('satisfaction_response_official')
        .select('response_id')
        .where('user_id', '=', official.key)
        .execute();
      expect(official.indices).toEqual(recount(new Set(linked.map((l) => l.response_id))));
    }
  });

  it('leaves every unrated returned dossier open to each channel', async () => {
    const reception = await signIn(t.app, 'tiepnhan');
    const unrated = await db()
      .selectFrom('dossier as d')
      .innerJoin('unit as u', 'u.id', 'd.receiving_unit_id')
      .leftJoin('satisfaction_response as r', 'r.dossier_id', 'd.id')
      .select('d.id')
      .where('d.status', '=', 'returned')
      .where('u.code', '=', '00004.MC')
      .where('r.id', 'is', null)
      .limit(3)
      .execute();
    expect(unrated).toHaveLength(3);
    for (const { id } of unrated) {
      for (const channel of ['kiosk', 'qr', 'sms', 'zalo', 'online']) {
        const link = await t.app.inject({
          method: 'POST',
          url: '/api/v1/satisfaction/invitations',
          headers: authHeaders(reception),
          payload: { dossierId: id, channel },
        });
        expect(link.statusCode).toBe(200);
        const survey = await t.app.inject(`/api/v1/public/surveys/${link.json().token}`);
        expect(survey.json()).toMatchObject({ channel, answered: false });
      }
    }
  });
});
