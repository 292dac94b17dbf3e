import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_2025 } from '../../../domain/calendar/test-support.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
let admin: Session;
let calendarId: string;

async function currentVersion(): Promise<number> {
  const response = await t.app.inject({
    url: `/api/v1/calendars/${calendarId}`,
    headers: authHeaders(admin),
  });
  return response.json<{ version: number }>().version;
}

async function importFile(body: string, contentType: string, version?: number) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/calendars/${calendarId}/import?version=${version ?? (await currentVersion())}`,
    headers: { ...authHeaders(admin), 'content-type': contentType },
    payload: body,
  });
}

async function exportFile(format: 'json' | 'ics', query: string) {
  return t.app.inject({
    url: `/api/v1/calendars/${calendarId}/export.${format}?${query}`,
    headers: authHeaders(admin),
  });
}

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//VI',
  'BEGIN:VEVENT',
  'UID:a@test',
  'DTSTAMP:20251201T000000Z',
  'DTSTART;VALUE=DATE:20260214',
  'DTEND;VALUE=DATE:20260223',
  'SUMMARY:Tết Nguyên đán',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:b@test',
  'DTSTAMP:20251201T000000Z',
  'DTSTART;VALUE=DATE:20260101',
  'SUMMARY:Tết Dương lịch',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:c@test',
  'DTSTAMP:20251201T000000Z',
  'DTSTART:20260103T013000Z',
  'DTEND:20260103T100000Z',
  'SUMMARY:Làm bù cho ngày 02/01',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:d@test',
  'DTSTAMP:20251201T000000Z',
  'DTSTART;VALUE=DATE:20260102',
  'SUMMARY:Nghỉ hoán đổi',
  'CATEGORIES:Ngày nghỉ',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/calendars',
    headers: authHeaders(admin),
    payload: { code: 'thu-nghiem', name: 'Lịch thử nghiệm' },
  });
  calendarId = created.json().id;
});
afterAll(async () => {
  await t.close();
});

describe('calendar import and export', () => {
  it('names the JSON path of a bad date and writes nothing', async () => {
    const version = await currentVersion();
    const bad = JSON.stringify([
      OFFICIAL_2025[0],
      { year: 2026, daysOff: [{ date: '2026-02-30', name: 'Tết' }], extraWorkingDays: [] },
    ]);
    const response = await importFile(bad, 'application/json');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/\[1\]\.daysOff\[0\]\.date/);
    expect(await currentVersion()).toBe(version);
  });

  it('imports several JSON years as one new version, audited', async () => {
    const version = await currentVersion();
    const file = [
      OFFICIAL_2025[0],
      { year: 2026, daysOff: [{ date: '2026-01-01', name: 'Tết Dương lịch' }] },
    ];
    const response = await importFile(JSON.stringify(file), 'application/json', version);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ years: [2025, 2026], calendar: { version: version + 1 } });
    expect(response.json().calendar.current.officialSchedules.map((s: { year: number }) => s.year)).toEqual([
      2025, 2026,
    ]);
    const stale = await importFile(JSON.stringify(file), 'application/json', version);
    expect(stale.statusCode).toBe(409);
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'calendar.import')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('imports iCalendar: all-day events are days off, "làm bù" events extra working days', async () => {
    const response = await importFile(ICS, 'text/calendar');
    expect(response.statusCode).toBe(200);
    expect(response.json().years).toEqual([2026]);
    const year = response
      .json()
      .calendar.current.officialSchedules.find((s: { year: number }) => s.year === 2026);
    expect(year.daysOff).toHaveLength(11);
    expect(year.daysOff[1]).toEqual({ date: '2026-01-02', name: 'Nghỉ hoán đổi' });
    expect(year.daysOff.at(-1)).toEqual({ date: '2026-02-22', name: 'Tết Nguyên đán' });
    expect(year.extraWorkingDays).toEqual(['2026-01-03']);
    const view = await t.app.inject({
      url: `/api/v1/calendars/${calendarId}/years/2026`,
      headers: authHeaders(admin),
    });
    const days = view.json().days as { date: string; kind: string }[];
    expect(days.find((d) => d.date === '2026-01-03')?.kind).toBe('extra_working');
  });

  it('names the line of a bad iCalendar event', async () => {
    const broken = ICS.replace('DTSTART;VALUE=DATE:20260101\r\n', '');
    const response = await importFile(broken, 'text/calendar');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ details: { line: 11 } });
    expect(response.json().message).toMatch(/dòng 11: sự kiện thiếu DTSTART/);
  });

  it('exports JSON and iCalendar that import back to the same schedules', async () => {
    const json = await exportFile('json', 'year=2025');
    expect(json.statusCode).toBe(200);
    expect(json.json()).toEqual(OFFICIAL_2025[0]);
    const range = await exportFile('json', 'from=2025&to=2027');
    expect(range.json().map((s: { year: number }) => s.year)).toEqual([2025, 2026, 2027]);
    const ics = await exportFile('ics', 'from=2025&to=2027');
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('SUMMARY:Tết Nguyên đán (hoán đổi\\, làm bù thứ Bảy 08/02)');
    // a fresh calendar takes the exported years as official ones: its effective years equal the source's
    const copy = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendars',
      headers: authHeaders(admin),
      payload: { code: 'ban-sao', name: 'Bản sao' },
    });
    const imported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/calendars/${copy.json().id}/import?version=${copy.json().version}`,
      headers: { ...authHeaders(admin), 'content-type': 'text/calendar' },
      payload: ics.body,
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().years).toEqual([2025, 2026, 2027]);
    expect(imported.json().calendar.current.officialSchedules).toEqual(range.json());
  });
});
