import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addToTally,
  computeIndices,
  createTally,
  getFormula,
  scoreResponse,
} from '../../../domain/satisfaction/formula.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, findUserId, publishSampleProcedure } from '../../testing/fixtures.js';
import {
  answerSurvey,
  inviteSurvey,
  receiveDossier,
  returnDossier,
  type DemoSessions,
} from './satisfaction.test-support.js';

let t: TestApp;
let admin: Session;
let s: DemoSessions;
let procedureId: string;
let oneStopId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  admin = await signIn(t.app, 'admin');
  s = {
    reception: await signIn(t.app, 'tiepnhan'),
    specialist: await signIn(t.app, 'chuyenvien'),
    leader: await signIn(t.app, 'lanhdao'),
  };
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.SAT'));
});
afterAll(async () => {
  await t.close();
});

async function returnedDossier() {
  const received = await receiveDossier(t, s.reception, procedureId, oneStopId);
  await returnDossier(t, s, received);
  return received;
}

const tokenOf = async (dossierId: string, channel = 'qr') =>
  (await inviteSurvey(t, s.reception, dossierId, channel)).json<{ token: string }>().token;

describe('survey links', () => {
  it('are issued only for returned dossiers', async () => {
    const open = await receiveDossier(t, s.reception, procedureId, oneStopId);
    const response = await inviteSurvey(t, s.reception, open.id, 'qr');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('đã trả kết quả');
  });

  it('are issued for a dossier not received at the counter too, which the citizen may rate', async () => {
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: authHeaders(s.reception),
      payload: {
        procedureId,
        receivingUnitId: oneStopId,
        channel: 'counter',
        applicant: { fullName: 'Lê Thị Đánh Giá', idNumber: '001085001234', phone: '0987654321' },
        documents: [{ documentId: 'to_khai', provided: true }],
        decision: 'reject',
        reason: 'Không thuộc thẩm quyền giải quyết',
      },
    });
    expect(refused.statusCode).toBe(201);
    const dossierId = refused.json().dossier.id as string;
    const invitation = await inviteSurvey(t, s.reception, dossierId, 'kiosk');
    expect(invitation.statusCode).toBe(200);
    const answered = await answerSurvey(t, invitation.json().token, {
      access: 2,
      procedure: 2,
      officials: 4,
      result: 2,
      feedback: 3,
    });
    expect(answered.statusCode).toBe(201);
    const rateable = await t.app.inject({
      url: '/api/v1/satisfaction/rateable',
      headers: authHeaders(s.reception),
    });
    expect(rateable.json()).toContainEqual(expect.objectContaining({ dossierId, code: null }));
  });

  it('answer once: a second use of the link, or another link for the same dossier, is refused', async () => {
    const dossier = await returnedDossier();
    const invitation = (await inviteSurvey(t, s.reception, dossier.id, 'qr')).json();
    expect(invitation.url).toMatch(/\/danh-gia\//);
    expect(invitation.qrSvg).toContain('<svg');
    const survey = await t.app.inject(`/api/v1/public/surveys/${invitation.token}`);
    expect(survey.json()).toMatchObject({ dossierCode: dossier.code, channel: 'qr', answered: false });
    expect(survey.json().questions.map((q: { code: string }) => q.code)).toContain('unofficialCost');

    const first = await answerSurvey(t, invitation.token, {
      access: 5,
      procedure: 4,
      officials: 5,
      result: 4,
      feedback: 4,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().overallSatisfied).toBe(true);
    const again = await answerSurvey(t, invitation.token, { access: 1 });
    expect(again.statusCode).toBe(409);
    const other = await answerSurvey(t, await tokenOf(dossier.id, 'sms'), { access: 1 });
    expect(other.statusCode).toBe(409);
    expect((await t.app.inject(`/api/v1/public/surveys/${invitation.token}`)).json().answered).toBe(true);

    const stored = await t.deps.database.db
      .selectFrom('satisfaction_response')
      .selectAll()
      .where('dossier_id', '=', dossier.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      channel: 'qr',
      score_access: 5,
      overall_satisfied: true,
      unit_id: oneStopId,
    });
    const officials = await t.deps.database.db
      .selectFrom('satisfaction_response_official')
      .select(['user_id', 'step_id'])
      .where('response_id', '=', stored[0]!.id)
      .execute();
    const ids = new Set(officials.map((o) => o.user_id));
    for (const name of ['tiepnhan', 'chuyenvien', 'lanhdao'])
      expect(ids).toContain(await findUserId(t, name));
  });

  it('expire, and a forged link is refused', async () => {
    const dossier = await returnedDossier();
    const token = await tokenOf(dossier.id);
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await t.app.inject(`/api/v1/public/surveys/${forged}`)).statusCode).toBe(404);
    t.clock.advanceMinutes(31 * 24 * 60);
    try {
      const late = await t.app.inject(`/api/v1/public/surveys/${token}`);
      expect(late.statusCode).toBe(400);
      expect(late.json().details).toEqual({ reason: 'expired' });
      expect((await answerSurvey(t, token, { access: 5 })).statusCode).toBe(400);
    } finally {
      t.clock.advanceMinutes(-31 * 24 * 60);
    }
    expect((await answerSurvey(t, token, { access: 5 })).statusCode).toBe(201);
  });

  it('refuse invalid answers without using the link', async () => {
    const dossier = await returnedDossier();
    const token = await tokenOf(dossier.id, 'kiosk');
    expect((await answerSurvey(t, token, { access: 7 })).statusCode).toBe(400);
    expect((await answerSurvey(t, token, { comment: 'không chấm điểm' })).statusCode).toBe(400);
    expect((await answerSurvey(t, token, { access: 2, procedure: 2 })).statusCode).toBe(201);
  });

  it('lets the applicant rate online only, and officials of another commune not at all', async () => {
    const dossier = await returnedDossier();
    const citizen = await signIn(t.app, '0912345678');
    expect((await inviteSurvey(t, citizen, dossier.id, 'online')).statusCode).toBe(404);
    const other = await signIn(t.app, 'noivu.ngocha');
    expect((await inviteSurvey(t, other, dossier.id, 'qr')).statusCode).toBe(404);
  });
});

describe('anonymity', () => {
  it('keeps an anonymous response from being traced to its dossier or sender through any API', async () => {
    const applicant = { fullName: 'Hoàng Văn Ẩn Danh', idNumber: '001085009876', phone: '0977000111' };
    const received = await receiveDossier(t, s.reception, procedureId, oneStopId, applicant);
    await returnDossier(t, s, received);
    const answered = await answerSurvey(
      t,
      await tokenOf(received.id, 'zalo'),
      { access: 1, officials: 1, comment: 'Rất chậm' },
      true,
    );
    expect(answered.statusCode).toBe(201);
    const [row] = await t.deps.database.db
      .selectFrom('satisfaction_response')
      .select('id')
      .where('dossier_id', '=', received.id)
      .execute();
    const secrets = [received.id, received.code, applicant.fullName, applicant.phone, row!.id];
    const noivu = await signIn(t.app, 'noivu');
    for (const session of [s.leader, noivu, admin]) {
      const get = async (url: string) => (await t.app.inject({ url, headers: authHeaders(session) })).body;
      // the responses and the indices name no dossier, applicant or response of an anonymous answer
      for (const url of ['/api/v1/satisfaction/responses?pageSize=100', '/api/v1/satisfaction/dashboard']) {
        const body = await get(url);
        for (const secret of secrets) expect(body).not.toContain(secret);
      }
      // the returned dossiers offered for a survey do not say which were rated
      const rateable = JSON.parse(await get('/api/v1/satisfaction/rateable')) as
        { rated: unknown }[] | { code: string };
      if (Array.isArray(rateable)) {
        expect(rateable.length).toBeGreaterThan(0);
        expect(rateable.every((item) => item.rated === null)).toBe(true);
      } else expect(rateable.code).toBe('forbidden');
    }
    // the audit entry of the response names neither the dossier nor who sent it
    const audit = (
      await t.app.inject({
        url: '/api/v1/audit?action=satisfaction.respond&pageSize=200',
        headers: authHeaders(noivu),
      })
    ).json();
    const entries = audit.items.filter((e: { summary: { anonymous?: boolean } }) => e.summary.anonymous);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ targetId: null, actorId: null });
    const everything = (
      await t.app.inject({ url: '/api/v1/audit?pageSize=200', headers: authHeaders(noivu) })
    ).body;
    expect(everything).not.toContain(row!.id);
    const responses = (
      await t.app.inject({
        url: '/api/v1/satisfaction/responses?pageSize=100',
        headers: authHeaders(s.leader),
      })
    ).json();
    const anonymous = responses.items.filter((item: { anonymous: boolean }) => item.anonymous);
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]).toMatchObject({ id: null, dossierCode: null, officials: [], comment: 'Rất chậm' });
    expect(anonymous[0].submitted).toMatch(/^\d{2}\/\d{4}$/);
    // officials without a reader role cannot open the responses at all
    expect(
      (await t.app.inject({ url: '/api/v1/satisfaction/responses', headers: authHeaders(s.specialist) }))
        .statusCode,
    ).toBe(404);
  });
});

describe('indices', () => {
  it('equal a recount from the raw answers, per unit and per official', async () => {
    const wardId = await findUnitId(t, '00004');
    const dashboard = (
      await t.app.inject({
        url: `/api/v1/satisfaction/dashboard?unitId=${wardId}`,
        headers: authHeaders(s.leader),
      })
    ).json();
    const raw = await t.deps.database.db
      .selectFrom('satisfaction_response')
      .select(['answers', 'id'])
      .execute();
    const formula = getFormula('sipas-2026.1');
    const tally = createTally();
    for (const r of raw) addToTally(tally, scoreResponse(r.answers as Record<string, number>, formula));
    const recount = computeIndices(tally, formula);
    expect(raw.length).toBeGreaterThanOrEqual(4);
    expect(dashboard.indices).toEqual(recount);
    expect(dashboard.indices.smallSample).toBe(true);
    const returned = await t.deps.database.db
      .selectFrom('dossier')
      .select('id')
      .where('status', '=', 'returned')
      .execute();
    expect(dashboard.returned).toBe(returned.length);
    expect(dashboard.responseRate).toBeCloseTo(raw.length / returned.length);

    const specialistId = await findUserId(t, 'chuyenvien');
    const linked = await t.deps.database.db
      .selectFrom('satisfaction_response_official')
      .select('response_id')
      .distinct()
      .where('user_id', '=', specialistId)
      .execute();
    const mine = createTally();
    for (const r of raw.filter((x) => linked.some((l) => l.response_id === x.id)))
      addToTally(mine, scoreResponse(r.answers as Record<string, number>, formula));
    const official = dashboard.byOfficial.find((row: { key: string }) => row.key === specialistId);
    expect(official.indices).toEqual(computeIndices(mine, formula));
    expect(official.returned).toBe(returned.length);
    const channels = dashboard.byChannel.map((row: { key: string }) => row.key).sort();
    expect(channels).toEqual(['kiosk', 'qr', 'zalo']);
    // the national index (QĐ 766, 5.4) is over returned dossiers: a rated dossier not received is not one
    const ratedReturned = await t.deps.database.db
      .selectFrom('satisfaction_response as r')
      .innerJoin('dossier as d', 'd.id', 'r.dossier_id')
      .select('r.id')
      .where('d.status', '=', 'returned')
      .execute();
    expect(ratedReturned.length).toBe(raw.length - 1);
    expect(dashboard.nationalInputs).toMatchObject({
      returned: returned.length,
      rated: ratedReturned.length,
    });
  });
});

describe('the instrument', () => {
  it('gains questions in a new version while earlier responses keep theirs', async () => {
    const before = await t.deps.database.db
      .selectFrom('satisfaction_response')
      .select('instrument_version_id')
      .execute();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/satisfaction/instruments',
      headers: authHeaders(admin),
      payload: {
        addQuestions: [{ code: 'parking', kind: 'yes_no', label: { vi: 'Có chỗ gửi xe', en: 'Parking' } }],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().number).toBe(2);
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/satisfaction/instruments',
      headers: authHeaders(admin),
      payload: { addQuestions: [{ code: 'access', kind: 'yes_no', label: { vi: 'x', en: 'x' } }] },
    });
    expect(duplicate.statusCode).toBe(400);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/satisfaction/instruments',
      headers: authHeaders(s.leader),
      payload: { addQuestions: [{ code: 'other', kind: 'yes_no', label: { vi: 'x', en: 'x' } }] },
    });
    expect(refused.statusCode).toBe(403);
    const dossier = await returnedDossier();
    expect((await answerSurvey(t, await tokenOf(dossier.id), { access: 4, parking: true })).statusCode).toBe(
      201,
    );
    const after = await t.deps.database.db
      .selectFrom('satisfaction_response')
      .select(['instrument_version_id', 'dossier_id'])
      .execute();
    const old = new Set(before.map((r) => r.instrument_version_id));
    expect(old.size).toBe(1);
    expect(after.find((r) => r.dossier_id === dossier.id)!.instrument_version_id).not.toBe([...old][0]);
  });
});
