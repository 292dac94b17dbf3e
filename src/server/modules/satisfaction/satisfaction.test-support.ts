/** Test helpers of satisfaction and feedback: a dossier taken from intake to its return at Phường Ba Đình. */
import type { LightMyRequestResponse } from 'fastify';
import { authHeaders, type Session, type TestApp } from '../../testing/harness.js';
import { findUserId } from '../../testing/fixtures.js';

export interface DemoSessions {
  reception: Session;
  specialist: Session;
  leader: Session;
}

/** Receives a dossier at the counter (optionally for the demo citizen's account). */
export async function receiveDossier(
  t: TestApp,
  reception: Session,
  procedureId: string,
  oneStopId: string,
  applicant = { fullName: 'Lê Thị Đánh Giá', idNumber: '001085001234', phone: '0987654321' },
): Promise<{ id: string; code: string; version: number; trackingPin: string }> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: authHeaders(reception),
    payload: {
      procedureId,
      receivingUnitId: oneStopId,
      channel: 'counter',
      applicant,
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'accept',
    },
  });
  if (response.statusCode !== 201) throw new Error(`intake failed: ${response.body}`);
  const body = response.json<{
    dossier: { id: string; code: string; version: number };
    trackingPin: string;
  }>();
  return { ...body.dossier, trackingPin: body.trackingPin };
}

async function act(t: TestApp, session: Session, id: string, version: number, type: string, extra = {}) {
  const response: LightMyRequestResponse = await t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${id}/actions`,
    headers: authHeaders(session),
    payload: { type, version, ...extra },
  });
  if (response.statusCode !== 200) throw new Error(`${type} failed: ${response.body}`);
  return response.json<{ id: string; version: number }>();
}

/** Takes a received dossier through appraisal and signature to its return at the counter. */
export async function returnDossier(t: TestApp, s: DemoSessions, dossier: { id: string; version: number }) {
  const specialistId = await findUserId(t, 'chuyenvien');
  let d = await act(t, s.reception, dossier.id, dossier.version, 'forward', { toUserId: specialistId });
  d = await act(t, s.specialist, d.id, d.version, 'forward');
  d = await act(t, s.leader, d.id, d.version, 'sign');
  return act(t, s.reception, d.id, d.version, 'return_result', { method: 'counter', citizenInformed: true });
}

/** Issues a survey link for a dossier through the API. */
export async function inviteSurvey(t: TestApp, session: Session, dossierId: string, channel: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/satisfaction/invitations',
    headers: authHeaders(session),
    payload: { dossierId, channel },
  });
}

/** Answers a survey through its public link. */
export async function answerSurvey(
  t: TestApp,
  token: string,
  answers: Record<string, unknown>,
  anonymous = false,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/public/surveys/${token}`,
    payload: { answers, anonymous },
  });
}
