import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUserId, publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
let reception: Session;
let specialist: Session;
let leader: Session;
let procedureId: string;
let oneStopId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  const admin = await signIn(t.app, 'admin');
  reception = await signIn(t.app, 'tiepnhan');
  specialist = await signIn(t.app, 'chuyenvien');
  leader = await signIn(t.app, 'lanhdao');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.SURVEY'));
});
afterAll(async () => {
  await t.close();
});

it('sends the citizen a rating link with the return notice, one per channel, that opens the survey once', async () => {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(reception),
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel: 'counter',
      applicant: { fullName: 'Phạm Văn Dân', idNumber: '001085001234', phone: '0987 654 321' },
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
    },
  });
  let d = created.json().dossier;
  const act = async (session: Session, type: string, extra: Record<string, unknown> = {}) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${d.id}/actions`,
      headers: authHeaders(session),
      payload: { type, version: d.version, ...extra },
    });
    expect(response.statusCode).toBe(200);
    d = response.json();
  };
  await act(reception, 'forward', { toUserId: await findUserId(t, 'chuyenvien') });
  await act(specialist, 'forward');
  await act(leader, 'sign');
  await act(reception, 'return_result', { method: 'counter', citizenInformed: true });

  const notice = await t.deps.database.db
    .selectFrom('notification_outbox')
    .select(['channel', 'payload'])
    .where('dossier_id', '=', d.id)
    .where('event', '=', 'dossier.result_returned')
    .where('channel', '=', 'sms')
    .executeTakeFirstOrThrow();
  const tokens = (notice.payload as { data: { surveyTokens: Record<string, string> } }).data.surveyTokens;
  expect(Object.keys(tokens).sort()).toEqual(['email', 'sms', 'zalo']);
  const survey = await t.app.inject({ url: `/api/v1/public/surveys/${tokens.sms}` });
  expect(survey.statusCode).toBe(200);
  expect(survey.json()).toMatchObject({ channel: 'sms', answered: false, dossierCode: d.code });
});
