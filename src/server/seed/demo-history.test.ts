import { hashTrackingPin } from '../modules/dossiers/dossiers.intake.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveDossierState, type DossierAction } from '../../domain/dossiers/state.js';
import type { DossierActionType } from '../../domain/dossiers/status.js';
import type { ProcedureDefinition } from '../../domain/procedures/definition.js';
import { getWorkingCalendar } from '../modules/calendars/calendars.service.js';
import { authHeaders, createTestApp, signIn, type TestApp } from '../testing/harness.js';
import { seedDemoHistoryIfEmpty, type DemoHistoryResult } from './demo-history.js';

let t: TestApp;
let result: DemoHistoryResult | null;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T04:00:00Z' }); // Monday 11:00 in Hà Nội
  result = await seedDemoHistoryIfEmpty(t.deps.database.db, t.clock, { days: 90, perUnitDay: 3 });
});
afterAll(async () => {
  await t.close();
});

const db = () => t.deps.database.db;

describe('demo history', () => {
  it('writes dossiers, actions and sequences once, and nothing the second time', async () => {
    expect(result!.dossiers).toBeGreaterThan(300);
    const counts = await db()
      .selectFrom('dossier')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('last_seq').as('actions')])
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(result!.dossiers);
    expect(Number(counts.actions)).toBe(result!.actions);
    expect(await seedDemoHistoryIfEmpty(db(), t.clock)).toBeNull();
  });

  it('stores states that refold exactly from the stored action rows', async () => {
    const rows = await db()
      .selectFrom('dossier as d')
      .innerJoin('procedure_version as v', 'v.id', 'd.procedure_version_id')
      .innerJoin('procedure as p', 'p.id', 'd.procedure_id')
      .select(['d.id', 'd.state', 'd.status', 'd.variant_id', 'd.calendar_version_id', 'v.definition'])
      .select(['p.current_version_id', 'd.procedure_version_id'])
      .execute();
    const actions = await db()
      .selectFrom('dossier_action')
      .select(['dossier_id', 'seq', 'type', 'at', 'actor_id', 'payload'])
      .orderBy('dossier_id')
      .orderBy('seq')
      .execute();
    const byDossier = new Map<string, DossierAction[]>();
    for (const a of actions) {
      const list = byDossier.get(a.dossier_id) ?? [];
      list.push({
        seq: a.seq,
        type: a.type as DossierActionType,
        at: a.at.getTime(),
        actorId: a.actor_id,
        payload: a.payload as Record<string, unknown>,
      });
      byDossier.set(a.dossier_id, list);
    }
    for (const row of rows) {
      expect(row.procedure_version_id).toBe(row.current_version_id);
      const context = {
        definition: row.definition as ProcedureDefinition,
        variantId: row.variant_id,
        calendar: await getWorkingCalendar(db(), row.calendar_version_id),
      };
      const derived = deriveDossierState(byDossier.get(row.id)!, context);
      expect(JSON.parse(JSON.stringify(derived))).toEqual(row.state);
      expect(row.status).toBe(derived.status);
    }
  });

  it('numbers codes per unit and day from 1 without gaps, matching dossier_sequence', async () => {
    const rows = await db()
      .selectFrom('dossier')
      .select(['receiving_unit_id', 'code'])
      .orderBy('code')
      .execute();
    const groups = new Map<string, number[]>();
    for (const row of rows) {
      const [, prefix, day, n] = /^(.*)-(\d{6})-(\d{4})$/.exec(row.code!)!;
      const key = `${row.receiving_unit_id}/${prefix}/${day}`;
      groups.set(key, [...(groups.get(key) ?? []), Number(n)]);
    }
    const sequences = await db().selectFrom('dossier_sequence').selectAll().execute();
    expect(sequences).toHaveLength(groups.size);
    for (const [key, numbers] of groups) {
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      const [unitId, , day] = key.split('/');
      const row = sequences.find((s) => s.unit_id === unitId && s.day.replaceAll('-', '').slice(2) === day);
      expect(row?.last).toBe(numbers.length);
    }
  });

  it("enters every received dossier in its unit's book: lines 1..n per unit and year, in order of receipt", async () => {
    const rows = await db()
      .selectFrom('dossier')
      .select(['receiving_unit_id', 'received_at', 'book_volume', 'book_line', 'return_method', 'channel'])
      .orderBy('received_at')
      .orderBy('book_line')
      .execute();
    const books = new Map<string, number[]>();
    for (const row of rows) {
      expect(row.return_method).not.toBeNull();
      if (row.received_at === null) {
        expect(row.book_line).toBeNull();
        continue;
      }
      const key = `${row.receiving_unit_id}/${row.book_volume}`;
      books.set(key, [...(books.get(key) ?? []), row.book_line!]);
    }
    expect(books.size).toBeGreaterThan(0);
    const counters = await db().selectFrom('tracking_book_counter').selectAll().execute();
    expect(counters).toHaveLength(books.size);
    for (const [key, lines] of books) {
      expect(lines).toEqual(lines.map((_, i) => i + 1));
      const [unitId, volume] = key.split('/');
      const counter = counters.find((c) => c.unit_id === unitId && c.volume === Number(volume));
      expect(counter?.last).toBe(lines.length);
    }
  });

  it('keeps the live API working: intake continues the day, generated dossiers move and can be tracked', async () => {
    const reception = await signIn(t.app, 'tiepnhan');
    const unit = await db()
      .selectFrom('unit')
      .select('id')
      .where('code', '=', '00004.MC')
      .executeTakeFirstOrThrow();
    const today = await db()
      .selectFrom('dossier_sequence')
      .select('last')
      .where('unit_id', '=', unit.id)
      .where('day', '=', '2026-03-02')
      .executeTakeFirst();
    const procedure = await db()
      .selectFrom('procedure')
      .select('id')
      .where('code', '=', '1.001193.000.00.00.H26')
      .executeTakeFirstOrThrow();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: authHeaders(reception),
      payload: {
        procedureId: procedure.id,
        receivingUnitId: unit.id,
        channel: 'online',
        applicant: { fullName: 'Phạm Văn Dân', idNumber: '001085001234', phone: '0987654321' },
        decision: 'submit',
        assisted: true,
      },
    });
    expect(created.statusCode).toBe(201);
    const next = String((today?.last ?? 0) + 1).padStart(4, '0');
    expect(created.json().dossier.code).toBe(`000.01.90.H26-260302-${next}`);

    const open = await db()
      .selectFrom('dossier')
      .select(['id', 'version', 'code', 'applicant'])
      .where('receiving_unit_id', '=', unit.id)
      .where('status', 'in', ['received', 'processing'])
      .where('code', 'not like', '%-260302-%')
      .executeTakeFirstOrThrow();
    // the ward's leader: every step of a ward dossier lies in the ward (the one-stop head holds only the counter's)
    const head = await signIn(t.app, 'lanhdao');
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${open.id}/actions`,
      headers: authHeaders(head),
      payload: { type: 'forward', version: open.version },
    });
    expect(moved.statusCode).toBe(200);
    // the generated PIN is not kept in clear: give this dossier a known one (the phone no longer opens it)
    const phone = (open.applicant as { phone: string }).phone;
    const byPhone = await t.app.inject(`/api/v1/public/track?code=${open.code}&secret=00${phone.slice(-4)}`);
    expect(byPhone.statusCode).toBe(404);
    await db()
      .updateTable('dossier')
      .set({ tracking_pin_hash: hashTrackingPin(open.id, '246810') })
      .where('id', '=', open.id)
      .execute();
    const tracked = await t.app.inject(`/api/v1/public/track?code=${open.code}&secret=246810`);
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json().history.length).toBeGreaterThan(1);
  });
});
