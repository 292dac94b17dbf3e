import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_2025 } from '../../../domain/calendar/test-support.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let admin: Session;

function deadline(payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/public/deadline', payload });
}

async function unitId(code: string): Promise<string> {
  const unit = await t.deps.database.db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return unit.id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
});
afterAll(async () => {
  await t.close();
});

describe('public deadline calculator', () => {
  it('works without signing in and lists the days skipped across Tết 2026', async () => {
    const response = await deadline({ start: '2026-02-13T09:00:00+07:00', duration: '1d' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      start: '2026-02-13T09:00:00+07:00',
      countingFrom: '2026-02-13T09:00:00+07:00',
      due: '2026-02-23T09:00:00+07:00',
      workingMinutes: 480,
      calendarVersion: { code: 'vn-default', number: 1 },
    });
    expect(body.skippedDays).toEqual([
      { date: '2026-02-14', reason: 'Thứ Bảy' },
      { date: '2026-02-15', reason: 'Chủ nhật' },
      ...['16', '17', '18', '19', '20'].map((d) => ({ date: `2026-02-${d}`, reason: 'Tết Nguyên đán' })),
      { date: '2026-02-21', reason: 'Thứ Bảy' },
      { date: '2026-02-22', reason: 'Chủ nhật' },
    ]);
  });

  it('counts from the next opening, handles calendar days and the same-day rule', async () => {
    const evening = await deadline({ start: '2026-03-02T18:00', duration: '4h' });
    expect(evening.json()).toMatchObject({
      countingFrom: '2026-03-03T07:30:00+07:00',
      due: '2026-03-03T11:30:00+07:00',
      workingMinutes: 240,
      skippedDays: [],
    });
    const calendarDays = await deadline({ start: '2026-03-02T10:00:00+07:00', duration: '5cd' });
    // the fifth day is Saturday 7 March, a day off: the period ends at the end of Monday (Civil Code art. 148)
    expect(calendarDays.json().due).toBe('2026-03-09T17:00:00+07:00');
    const sameDay = await deadline({ start: '2026-03-06T15:30:00+07:00', duration: 'same-day' });
    expect(sameDay.json()).toMatchObject({ due: '2026-03-09T17:00:00+07:00', workingMinutes: 570 });
  });

  it('matches the CLI on the official 2025 schedule, using the calendar version in force', async () => {
    const calendars = await t.app.inject({ url: '/api/v1/calendars', headers: authHeaders(admin) });
    const calendar = calendars.json().items[0];
    const schedule = OFFICIAL_2025[0]!;
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/calendars/${calendar.id}/years/2025`,
      headers: authHeaders(admin),
      payload: {
        version: calendar.version,
        daysOff: schedule.daysOff,
        extraWorkingDays: schedule.extraWorkingDays,
      },
    });
    expect(put.statusCode).toBe(200);
    const response = await deadline({ start: '2025-04-29T16:00:00+07:00', duration: '1d' });
    expect(response.json()).toMatchObject({
      due: '2025-05-05T16:00:00+07:00',
      calendarVersion: { number: 2, versionId: put.json().current.id },
    });
    expect(response.json().skippedDays.map((d: { reason: string }) => d.reason)).toEqual([
      'Ngày Chiến thắng',
      'Ngày Quốc tế Lao động',
      'Nghỉ hoán đổi (làm bù thứ Bảy 26/04)',
      'Thứ Bảy',
      'Chủ nhật',
    ]);
  });

  it("uses the unit's own or inherited calendar", async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendars',
      headers: authHeaders(admin),
      payload: { code: 'ba-dinh', name: 'Lịch phường Ba Đình' },
    });
    const sessions = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/calendars/${created.json().id}/sessions`,
      headers: authHeaders(admin),
      payload: {
        version: created.json().version,
        sessions: 'mon-fri=08:00-12:00,13:30-17:00;sat=08:00-11:00',
      },
    });
    expect(sessions.statusCode).toBe(200);
    const baDinh = await unitId('00004');
    const version = (
      await t.deps.database.db
        .selectFrom('unit')
        .select('version')
        .where('id', '=', baDinh)
        .executeTakeFirstOrThrow()
    ).version;
    const assign = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/units/${baDinh}/calendar`,
      headers: authHeaders(admin),
      payload: { calendarId: created.json().id, version },
    });
    expect(assign.statusCode).toBe(200);
    const friday = { start: '2026-03-06T16:00:00+07:00', duration: '4h' };
    const national = await deadline(friday);
    expect(national.json().due).toBe('2026-03-09T10:30:00+07:00');
    const child = await deadline({ ...friday, unitId: await unitId('00004.MC') });
    expect(child.json()).toMatchObject({
      due: '2026-03-07T11:00:00+07:00', // 1 h on Friday, 3 h on Saturday morning
      calendarVersion: { code: 'ba-dinh', number: 2 },
    });
    const other = await deadline({ ...friday, unitId: await unitId('00008') });
    expect(other.json().calendarVersion.code).toBe('vn-default');
  });

  it('names the bad field', async () => {
    const badStart = await deadline({ start: '2026-13-01T09:00', duration: '1d' });
    expect(badStart.statusCode).toBe(400);
    expect(badStart.json().details).toEqual([expect.objectContaining({ path: 'start' })]);
    const badDuration = await deadline({ start: '2026-03-02T09:00', duration: '3 tuần' });
    expect(badDuration.json().details).toEqual([expect.objectContaining({ path: 'duration' })]);
    const unknownUnit = await deadline({
      start: '2026-03-02T09:00',
      duration: '1d',
      unitId: crypto.randomUUID(),
    });
    expect(unknownUnit.statusCode).toBe(404);
    const outOfRange = await deadline({ start: '2100-12-31T09:00', duration: '10d' });
    expect(outOfRange.statusCode).toBe(400);
  });
});
