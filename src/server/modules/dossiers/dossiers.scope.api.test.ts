/**
 * Scope never flows upward: an official sees and acts on a dossier only when its receiving unit, the unit of
 * its current step or its holder lies inside their own unit's subtree. A ward's officials must not see or
 * touch a dossier addressed to the city, however their units relate to the city's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let admin: Session;
let wardReception: Session;
let wardSpecialist: Session;
let wardLeader: Session;
let otherHomeAffairs: Session;
let cityReception: Session;
let citizen: Session;
let procedureId: string;
let cityCentreId: string;
let wardOneStopId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' }); // Monday 08:00 in Hà Nội
  admin = await signIn(t.app, 'admin');
  wardReception = await signIn(t.app, 'tiepnhan');
  wardSpecialist = await signIn(t.app, 'chuyenvien');
  wardLeader = await signIn(t.app, 'lanhdao');
  otherHomeAffairs = await signIn(t.app, 'noivu.ngocha');
  citizen = await signIn(t.app, '0912345678');
  ({ procedureId, oneStopId: cityCentreId } = await publishSampleProcedure(
    t,
    admin,
    'TEST.SCOPE.CITY',
    '01.TTPVHCC',
  ));
  wardOneStopId = await findUnitId(t, '00004.MC');
  await t.app.inject({
    method: 'PUT',
    url: `/api/v1/units/${wardOneStopId}/procedures/${procedureId}`,
    headers: authHeaders(admin),
    payload: { enabled: true },
  });
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: authHeaders(admin),
    payload: {
      username: 'tiepnhan.thanhpho',
      fullName: 'Cán Bộ Thành Phố',
      unitId: cityCentreId,
      roles: ['reception', 'specialist'],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  cityReception = await signIn(t.app, 'tiepnhan.thanhpho', created.json().temporaryPassword);
});
afterAll(async () => {
  await t.close();
});

const submitOnline = async (receivingUnitId: string) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(citizen),
    payload: {
      procedureId,
      receivingUnitId,
      channel: 'online',
      applicant: { fullName: 'Nguyễn Văn An', idNumber: '001090012345', phone: '0912345678' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'submit',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().dossier as { id: string; version: number; code: string | null };
};

const act = (session: Session, id: string, version: number, type: string, extra = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${id}/actions`,
    headers: authHeaders(session),
    payload: { type, version, ...extra },
  });

const read = (session: Session, id: string) =>
  t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: authHeaders(session) });

const listIds = async (session: Session, queue: string) => {
  const response = await t.app.inject({
    url: `/api/v1/dossiers?queue=${queue}&pageSize=100`,
    headers: authHeaders(session),
  });
  expect(response.statusCode).toBe(200);
  return response.json().items.map((i: { id: string }) => i.id) as string[];
};

describe('a dossier addressed to the city', () => {
  it('is neither seen nor acted on by a ward reception officer, and stays in the city queue', async () => {
    const dossier = await submitOnline(cityCentreId);
    expect((await read(wardReception, dossier.id)).statusCode).toBe(404);
    const rejected = await act(wardReception, dossier.id, dossier.version, 'reject', {
      reason: 'Không hợp lệ',
    });
    expect(rejected.statusCode).toBe(404);
    expect(await listIds(wardReception, 'submitted')).not.toContain(dossier.id);
    expect(await listIds(wardReception, 'all')).not.toContain(dossier.id);
    // the city's own officer sees it, with the counter actions
    const seen = await read(cityReception, dossier.id);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().allowedActions).toEqual(expect.arrayContaining(['accept', 'reject']));
    expect(await listIds(cityReception, 'submitted')).toContain(dossier.id);
  });

  it("gives a ward specialist and another commune's home-affairs officer nothing, even after acceptance", async () => {
    const dossier = await submitOnline(cityCentreId);
    const accepted = await act(cityReception, dossier.id, dossier.version, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    let d = accepted.json();
    d = (await act(cityReception, d.id, d.version, 'forward')).json();
    expect(d.currentStep.id).toBe('tham_dinh');
    for (const official of [wardSpecialist, otherHomeAffairs, wardLeader, wardReception]) {
      expect((await read(official, d.id)).statusCode).toBe(404);
      expect((await act(official, d.id, d.version, 'forward')).statusCode).toBe(404);
      expect(await listIds(official, 'all')).not.toContain(d.id);
      expect(await listIds(official, 'unit_unassigned')).not.toContain(d.id);
    }
  });
});

describe('a dossier addressed to the ward', () => {
  it('is seen by the ward at the step that is theirs, and not by a one-stop officer at a later step', async () => {
    const dossier = await submitOnline(wardOneStopId);
    const accepted = await act(wardReception, dossier.id, dossier.version, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    let d = accepted.json();
    // at the counter step: not yet the specialist's department
    expect((await read(wardSpecialist, d.id)).statusCode).toBe(404);
    d = (await act(wardReception, d.id, d.version, 'forward')).json();
    // the appraisal step belongs to Phòng Kinh tế, Hạ tầng và Đô thị: its specialist sees and acts on it
    const atStep = await read(wardSpecialist, d.id);
    expect(atStep.statusCode).toBe(200);
    expect(atStep.json().allowedActions).toContain('forward');
    expect(await listIds(wardSpecialist, 'unit_unassigned')).toContain(d.id);
    // the receiving one-stop officer still sees it, but may not take the department's step actions
    const atCounter = await read(wardReception, d.id);
    expect(atCounter.statusCode).toBe(200);
    expect(atCounter.json().allowedActions).not.toContain('forward');
    expect((await act(wardReception, d.id, d.version, 'forward')).statusCode).toBe(403);
    // the ward leader sees everything of the ward; another commune's officer nothing
    expect((await read(wardLeader, d.id)).statusCode).toBe(200);
    expect((await read(otherHomeAffairs, d.id)).statusCode).toBe(404);
    // a city official above the ward sees it (scope flows downward)
    expect((await read(admin, d.id)).statusCode).toBe(200);
  });

  it('cannot be handed to an official of a unit above the deciding authority', async () => {
    const dossier = await submitOnline(wardOneStopId);
    let d = (await act(wardReception, dossier.id, dossier.version, 'accept')).json();
    d = (await act(wardReception, d.id, d.version, 'forward')).json();
    const cityOfficer = await t.deps.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'tiepnhan.thanhpho')
      .executeTakeFirstOrThrow();
    const assigned = await act(wardLeader, d.id, d.version, 'assign', { userId: cityOfficer.id });
    expect(assigned.statusCode).toBe(400);
  });
});

describe('ids in a request body', () => {
  it("do not put a stranger's dossier into a citizen's account", async () => {
    const intakeFor = (idNumber: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: authHeaders(wardReception),
        payload: {
          procedureId,
          receivingUnitId: wardOneStopId,
          channel: 'counter',
          applicantUserId: citizen.userId,
          applicant: { fullName: 'Người Khác', idNumber, phone: '0987654321' },
          documents: [
            { documentId: 'to_khai', provided: true },
            { documentId: 'giay_to', provided: true },
          ],
          decision: 'accept',
        },
      });
    const stranger = await intakeFor('001085001234');
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().details).toEqual([{ path: 'applicantUserId' }]);
    const own = await intakeFor('001090012345');
    expect(own.statusCode, own.body).toBe(201);
  });
});
