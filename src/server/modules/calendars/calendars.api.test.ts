import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CITIZEN } from '../../seed/demo.js';
import { OFFICIAL_2025 } from '../../../domain/calendar/test-support.js';
import { formatInstant, parseInstant } from '../../../domain/calendar/index.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { computeDue } from './calendars.service.js';

let t: TestApp;
let admin: Session;
let noivu: Session;
let defaultId: string;

interface Day {
  date: string;
  kind: string;
  name: string | null;
  isWorking: boolean;
  weekday: number;
  lunar: { text: string };
}

const official2025 = OFFICIAL_2025[0]!;

async function detail(id = defaultId) {
  const response = await t.app.inject({ url: `/api/v1/calendars/${id}`, headers: authHeaders(noivu) });
  expect(response.statusCode).toBe(200);
  return response.json<{ version: number; currentVersionNumber: number; current: { id: string } }>();
}

async function yearView(year: number, query = '', id = defaultId) {
  const response = await t.app.inject({
    url: `/api/v1/calendars/${id}/years/${year}${query}`,
    headers: authHeaders(noivu),
  });
  expect(response.statusCode).toBe(200);
  const body = response.json<{ source: string; versionNumber: number; days: Day[] }>();
  return { ...body, day: (date: string) => body.days.find((d) => d.date === date)! };
}

function replaceYear(session: Session, version: number, schedule = official2025) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/calendars/${defaultId}/years/${schedule.year}`,
    headers: authHeaders(session),
    payload: { version, daysOff: schedule.daysOff, extraWorkingDays: schedule.extraWorkingDays },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
  noivu = await signIn(t.app, 'noivu');
  const list = await t.app.inject({ url: '/api/v1/calendars', headers: authHeaders(noivu) });
  defaultId = list.json().items[0].id;
});
afterAll(async () => {
  await t.close();
});

describe('calendars', () => {
  it('starts with the national default calendar at version 1', async () => {
    const list = await t.app.inject({ url: '/api/v1/calendars', headers: authHeaders(noivu) });
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0]).toMatchObject({
      code: 'vn-default',
      name: 'Lịch làm việc mặc định (Bộ luật Lao động 2019)',
      isNationalDefault: true,
      currentVersionNumber: 1,
    });
    const calendar = await detail();
    expect(calendar).toMatchObject({
      current: { sessions: '07:30-11:30,13:00-17:00', officialSchedules: [] },
    });
  });

  it('shows the generated 2025 default: Tết days off by name, weekends, lunar dates', async () => {
    const view = await yearView(2025);
    expect(view.source).toBe('generated');
    expect(view.days).toHaveLength(365);
    expect(view.day('2025-01-29')).toMatchObject({
      kind: 'day_off',
      name: 'Tết Nguyên đán',
      isWorking: false,
    });
    expect(view.day('2025-01-29').lunar.text).toBe('1/1/2025');
    expect(view.day('2025-01-04')).toMatchObject({
      kind: 'weekend',
      weekday: 6,
      isWorking: false,
      name: null,
    });
    expect(view.day('2025-01-06')).toMatchObject({ kind: 'working', isWorking: true });
    expect(view.day('2025-02-08')).toMatchObject({ kind: 'weekend' });
  });

  it('replaces 2025 by the official schedule as a new version; old versions keep their answers', async () => {
    const before = await detail();
    const response = await replaceYear(admin, before.version);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ version: before.version + 1, currentVersionNumber: 2 });
    const view = await yearView(2025);
    expect(view.source).toBe('official');
    expect(view.day('2025-02-08')).toMatchObject({ kind: 'extra_working', isWorking: true });
    expect(view.day('2025-05-02').kind).toBe('day_off');
    expect((await yearView(2025, '?versionNumber=1')).day('2025-02-08').kind).toBe('weekend');
    // the CLI: calendar add 2025-04-29T16:00:00+07:00 1d --schedule …/official-2025.json
    const start = parseInstant('2025-04-29T16:00:00+07:00');
    const db = t.deps.database.db;
    expect(formatInstant(await computeDue(db, response.json().current.id, start, '1d'))).toBe(
      '2025-05-05T16:00:00+07:00',
    );
    expect(formatInstant(await computeDue(db, before.current.id, start, '1d'))).toBe(
      '2025-05-02T16:00:00+07:00',
    );
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'calendar.year.replace')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a stale version with a conflict', async () => {
    const current = await detail();
    expect((await replaceYear(admin, current.version - 1)).statusCode).toBe(409);
    expect((await detail()).currentVersionNumber).toBe(current.currentVersionNumber);
  });

  it('lets only the system administrator edit the national default', async () => {
    const { version } = await detail();
    expect((await replaceYear(await signIn(t.app, 'tiepnhan'), version)).statusCode).toBe(403);
    expect((await replaceYear(noivu, version)).statusCode).toBe(403);
    const citizen = await signIn(t.app, DEMO_CITIZEN.username);
    expect((await replaceYear(citizen, version)).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/calendars/${defaultId}/years/2025`,
      payload: { version, daysOff: [] },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/calendars' })).statusCode).toBe(401);
  });

  it('goes back to the generated default for a year', async () => {
    const { version } = await detail();
    const reset = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/calendars/${defaultId}/years/2025?version=${version}`,
      headers: authHeaders(admin),
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().current.officialSchedules).toEqual([]);
    expect((await yearView(2025)).day('2025-02-08').kind).toBe('weekend');
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/calendars/${defaultId}/years/2025?version=${reset.json().version}`,
      headers: authHeaders(admin),
    });
    expect(again.statusCode).toBe(404);
  });

  it('lets a home-affairs administrator create a calendar, change its sessions and give it to a unit', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendars',
      headers: authHeaders(noivu),
      payload: { code: 'ba-dinh', name: 'Lịch làm việc phường Ba Đình' },
    });
    expect(created.statusCode).toBe(201);
    const calendar = created.json();
    expect(calendar).toMatchObject({ isNationalDefault: false, currentVersionNumber: 1 });
    const sessions = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/calendars/${calendar.id}/sessions`,
      headers: authHeaders(noivu),
      payload: { version: calendar.version, sessions: 'mon-fri=08:00-12:00,13:30-17:00;sat=08:00-11:00' },
    });
    expect(sessions.statusCode).toBe(200);
    expect(sessions.json().current).toMatchObject({
      effectiveMinutesPerWorkingDay: 450,
      minutesPerWorkingDay: null,
    });
    const saturday = (await yearView(2026, '', calendar.id)).day('2026-03-07');
    expect(saturday).toMatchObject({ kind: 'working', isWorking: true });
    const unit = await t.deps.database.db
      .selectFrom('unit')
      .select(['id', 'version'])
      .where('code', '=', '00004')
      .executeTakeFirstOrThrow();
    const assign = (session: Session) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/units/${unit.id}/calendar`,
        headers: authHeaders(session),
        payload: { calendarId: calendar.id, version: unit.version },
      });
    expect((await assign(await signIn(t.app, 'noivu.ngocha'))).statusCode).toBe(403);
    const assigned = await assign(noivu);
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ ownCalendarId: calendar.id, calendar: { code: 'ba-dinh' } });
    expect((await assign(noivu)).statusCode).toBe(409);
    const child = await t.deps.database.db
      .selectFrom('unit')
      .select('id')
      .where('code', '=', '00004.MC')
      .executeTakeFirstOrThrow();
    const inherited = await t.app.inject({
      url: `/api/v1/units/${child.id}/calendar`,
      headers: authHeaders(noivu),
    });
    expect(inherited.json()).toMatchObject({ ownCalendarId: null, calendar: { code: 'ba-dinh' } });
  });

  it('documents every calendar route in OpenAPI with Vietnamese summaries', async () => {
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, { tags: string[]; summary: string }>>;
    }>();
    const calendarPaths = Object.entries(doc.paths).filter(([path]) =>
      /\/(calendars|public\/deadline|units\/\{unitId\}\/calendar)/.test(path),
    );
    const operations = calendarPaths.flatMap(([, methods]) => Object.values(methods));
    expect(operations).toHaveLength(13);
    for (const operation of operations) {
      expect(operation.tags).toEqual(['calendars']);
      expect(operation.summary).toMatch(
        /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i,
      );
    }
  });

  it('validates sessions and schedules before writing anything', async () => {
    const { version, currentVersionNumber } = await detail();
    const badSessions = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/calendars/${defaultId}/sessions`,
      headers: authHeaders(admin),
      payload: { version, sessions: '17:00-08:00' },
    });
    expect(badSessions.statusCode).toBe(400);
    expect(badSessions.json().message).toMatch(/Giờ làm việc không hợp lệ/);
    const badYear = await replaceYear(admin, version, { ...official2025, extraWorkingDays: ['2024-02-08'] });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().message).toMatch(/extraWorkingDays\[0\]/);
    expect((await detail()).currentVersionNumber).toBe(currentVersionNumber);
  });
});

describe('calendar ownership', () => {
  const unitOf = (code: string) =>
    t.deps.database.db
      .selectFrom('unit')
      .select(['id', 'version', 'full_name'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
  const create = (session: Session, code: string, ownerUnitId?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/calendars',
      headers: authHeaders(session),
      payload: { code, name: `Lịch ${code}`, ...(ownerUnitId ? { ownerUnitId } : {}) },
    });
  const editSessions = (session: Session, id: string, version: number) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/calendars/${id}/sessions`,
      headers: authHeaders(session),
      payload: { version, sessions: '07:00-11:00,13:30-17:30' },
    });
  const assign = (session: Session, unit: { id: string; version: number }, calendarId: string) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/units/${unit.id}/calendar`,
      headers: authHeaders(session),
      payload: { calendarId, version: unit.version },
    });

  it("keeps another commune's home-affairs administrator away from a ward's calendar", async () => {
    const baDinh = await unitOf('00004');
    const created = await create(noivu, 'ba-dinh-rieng');
    expect(created.statusCode).toBe(201);
    const calendar = created.json();
    expect(calendar).toMatchObject({
      ownerUnitId: baDinh.id,
      ownerUnitName: baDinh.full_name,
      canEdit: true,
    });

    const ngocHa = await signIn(t.app, 'noivu.ngocha');
    const seen = await t.app.inject({
      url: `/api/v1/calendars/${calendar.id}`,
      headers: authHeaders(ngocHa),
    });
    expect(seen.json()).toMatchObject({ canEdit: false });
    expect((await editSessions(ngocHa, calendar.id, calendar.version)).statusCode).toBe(403);
    const year = `/api/v1/calendars/${calendar.id}/years/2025`;
    const replaced = await t.app.inject({
      method: 'PUT',
      url: year,
      headers: authHeaders(ngocHa),
      payload: { version: calendar.version, daysOff: official2025.daysOff },
    });
    expect(replaced.statusCode).toBe(403);
    const reset = await t.app.inject({
      method: 'DELETE',
      url: `${year}?version=${calendar.version}`,
      headers: authHeaders(ngocHa),
    });
    expect(reset.statusCode).toBe(403);
    const imported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/calendars/${calendar.id}/import?version=${calendar.version}`,
      headers: authHeaders(ngocHa),
      payload: official2025,
    });
    expect(imported.statusCode).toBe(403);
    expect((await detail(calendar.id)).currentVersionNumber).toBe(1);

    // nor may they create a calendar owned by Ba Đình, or give Ba Đình's calendar to their own commune
    expect((await create(ngocHa, 'ngoc-ha-gia', baDinh.id)).statusCode).toBe(403);
    expect((await assign(ngocHa, await unitOf('00008'), calendar.id)).statusCode).toBe(403);

    const edited = await editSessions(noivu, calendar.id, calendar.version);
    expect(edited.statusCode).toBe(200);
    expect(edited.json().current.sessions).toBe('07:00-11:00,13:30-17:30');
    const oneStop = await unitOf('00004.MC');
    const forOneStop = await create(noivu, 'ba-dinh-mot-cua', oneStop.id);
    expect(forOneStop.json()).toMatchObject({ ownerUnitId: oneStop.id, canEdit: true });
  });

  it('leaves a city calendar to the city: a ward may use it but not edit it', async () => {
    const city = await unitOf('01');
    const created = await create(admin, 'ha-noi');
    expect(created.json()).toMatchObject({ ownerUnitId: city.id, canEdit: true });
    const calendar = created.json();
    const listed = await t.app.inject({ url: '/api/v1/calendars', headers: authHeaders(noivu) });
    const item = listed.json().items.find((c: { id: string }) => c.id === calendar.id);
    expect(item).toMatchObject({ canEdit: false });
    expect((await editSessions(noivu, calendar.id, calendar.version)).statusCode).toBe(403);
    expect((await assign(noivu, await unitOf('00004.MC'), calendar.id)).statusCode).toBe(200);
    expect((await editSessions(admin, calendar.id, calendar.version)).statusCode).toBe(200);
  });
});
