/** Test fixtures of the notification tests: a published procedure at a one-stop unit and dossiers there. */
import { publishSampleProcedure } from '../../testing/fixtures.js';
import { authHeaders, signIn, type Session, type TestApp } from '../../testing/harness.js';

export interface DossierFixture {
  reception: Session;
  admin: Session;
  /** Receives a dossier at the counter (Phường Ba Đình) and returns its id, code and version. */
  receiveDossier(extra?: Record<string, unknown>): Promise<{ id: string; code: string; version: number }>;
}

/** Publishes a test procedure, offers it at the demo one-stop unit 00004.MC and signs the officials in. */
export async function setUpDossierFixture(t: TestApp, procedureCode: string): Promise<DossierFixture> {
  const [admin, reception] = await Promise.all([signIn(t.app, 'admin'), signIn(t.app, 'tiepnhan')]);
  const { procedureId, oneStopId } = await publishSampleProcedure(t, admin, procedureCode);
  return {
    admin,
    reception,
    async receiveDossier(extra = {}) {
      // a fresh session: tests move the clock past the idle timeout
      const officer = await signIn(t.app, 'tiepnhan');
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: authHeaders(officer),
        payload: {
          procedureId,
          receivingUnitId: oneStopId,
          channel: 'counter',
          applicant: { fullName: 'Phạm Văn Dân', phone: '0987 654 321', email: 'dan@example.vn' },
          documents: [
            { documentId: 'to_khai', provided: true },
            { documentId: 'giay_to', provided: true },
          ],
          decision: 'accept',
          ...extra,
        },
      });
      if (response.statusCode !== 201) throw new Error(`intake failed: ${response.body}`);
      return response.json<{ dossier: { id: string; code: string; version: number } }>().dossier;
    },
  };
}
