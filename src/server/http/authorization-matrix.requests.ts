/**
 * Requests the authorisation matrix test sends, per route: path parameters, query and a minimal body that
 * passes validation (so a denied actor meets the authorisation check, not the schema). Versions are stale
 * on purpose (`STALE`): an allowed actor gets `conflict`, and the fixtures survive for the next rows.
 * A route without an entry is sent with its target's id (or a random uuid) and an empty body.
 */
import { sampleDefinition } from '../../domain/procedures/sample-definition.js';
import { DEMO_PASSWORD } from '../seed/demo.js';

/** Ids the requests are built from (created by the test before the matrix runs). */
export interface MatrixFixtures {
  wardUnitId: string;
  wardOneStopId: string;
  procedureId: string;
  inspectorId: string;
}

export interface MatrixRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  payload?: Buffer;
}

/** What a builder gets: the fixtures, the target's id (when the route has one) and a unique number. */
export interface MatrixRequestContext {
  f: MatrixFixtures;
  targetId: string;
  seq: number;
}

type Builder = (c: MatrixRequestContext) => MatrixRequest;

const STALE = 999_999;
const AT = '2026-03-02T02:00:00.000Z';
const reason = 'Nội dung thử của ma trận phân quyền';
const label = { vi: 'Câu hỏi thử', en: 'Test question' };
const applicant = { fullName: 'Nguyễn Văn An', idNumber: '001090012345', phone: '0912345678' };
const reasons = [{ code: 'workload', vi: 'Quá tải', en: 'Workload' }];
const lateRules = {
  warnBeforeMinutes: [480],
  apologyLeadMinutes: 480,
  maxExtensions: 1,
  explanationReasons: reasons,
  apologyReasons: reasons,
  escalation: [{ afterMinutes: 0, notify: ['holder'] }],
};
const framework = {
  criteria: [
    { code: 'task', group: 'task', label: 'Nhiệm vụ', labelEn: 'Tasks', maxPoints: 100, rule: null },
  ],
  grades: [
    { code: 'A', label: 'A', labelEn: 'A', minScore: 50 },
    { code: 'D', label: 'D', labelEn: 'D', minScore: 0 },
  ],
  quota: { grade: 'A', share: 0.3, exceptionalShare: 0.4, baseFromGrade: null },
  yearlyLevels: { A: 'good', D: 'not_complete' },
};
/** The smallest valid PDF header the upload check accepts. */
const PDF = Buffer.from('%PDF-1.4\n%ma-tran\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const version = { version: STALE };
const unitQuery: Builder = ({ targetId }) => ({ query: { unitId: targetId } });

/** Request builders keyed like the matrix (`METHOD /openapi/path`). */
export const MATRIX_REQUESTS: Readonly<Record<string, Builder>> = {
  'POST /dev-oidc/token': () => ({ body: { grant_type: 'authorization_code', code: 'x' } }),
  'POST /api/v1/auth/login': () => ({ body: { username: '0912345678', password: DEMO_PASSWORD } }),
  'POST /api/v1/auth/register': ({ seq }) => ({
    body: {
      fullName: 'Người Đăng Ký',
      phone: `0977${String(seq).padStart(6, '0')}`,
      idNumber: `0010990${String(seq).padStart(5, '0')}`,
      password: 'MaTran2026',
    },
  }),
  'PATCH /api/v1/auth/me': () => ({ body: { locale: 'vi' } }),
  'POST /api/v1/auth/change-password': () => ({
    body: { currentPassword: 'khong-dung-mat-khau-1', newPassword: 'MaTranMoi2026' },
  }),
  'POST /api/v1/citizens/verify-id': () => ({ body: { idNumber: '001090012345', phone: '0912345678' } }),
  'POST /api/v1/paper-transfers/batches': () => ({ body: { dossierIds: [crypto.randomUUID()] } }),
  'POST /api/v1/dossiers/{id}/digitisation': () => ({
    body: { documentId: 'to_khai', attachmentIds: [crypto.randomUUID()], pageCount: 1 },
  }),
  'POST /api/v1/dossiers/{id}/payment/refund': () => ({ body: { reason: 'Thử hoàn trả phí' } }),
  'GET /api/v1/payments/report': () => ({ query: { from: '2026-03-01', to: '2026-03-31' } }),
  'POST /api/v1/payments/webhook/{provider}': () => ({ params: { provider: 'bank' } }),

  'POST /api/v1/units': ({ targetId, seq }) => ({
    body: {
      parentId: targetId,
      kind: 'department',
      code: `MT.${seq}`,
      name: 'Phòng thử',
      fullName: 'Phòng thử của ma trận',
    },
  }),
  'PATCH /api/v1/units/{id}': () => ({ body: { ...version, name: 'Đổi tên thử' } }),
  'GET /api/v1/users': unitQuery,
  'POST /api/v1/users': ({ targetId, seq }) => ({
    body: { username: `ma.tran.${seq}`, fullName: 'Cán Bộ Thử', unitId: targetId, roles: ['specialist'] },
  }),
  'PATCH /api/v1/users/{id}': () => ({ body: { ...version, fullName: 'Cán Bộ Đổi Tên' } }),
  'POST /api/v1/users/{id}/active': () => ({ body: { ...version, active: false } }),

  'POST /api/v1/calendars': ({ targetId, seq }) => ({
    body: { code: `ma-tran-${seq}`, name: 'Lịch thử', ownerUnitId: targetId },
  }),
  'PUT /api/v1/calendars/{id}/years/{year}': () => ({ body: { ...version, daysOff: [] } }),
  'DELETE /api/v1/calendars/{id}/years/{year}': () => ({ query: { version: String(STALE) } }),
  'PUT /api/v1/units/{unitId}/calendar': () => ({ body: { ...version, calendarId: null } }),
  'PUT /api/v1/calendars/{id}/sessions': () => ({
    body: { ...version, sessions: '08:00-12:00,13:00-17:00' },
  }),
  'POST /api/v1/calendars/{id}/import': () => ({
    query: { version: String(STALE) },
    body: { year: 2026, daysOff: [] },
  }),
  'POST /api/v1/public/deadline': () => ({ body: { start: '2026-03-02T08:00', duration: '3d' } }),

  'POST /api/v1/procedures': ({ targetId, seq }) => ({
    body: { ownerUnitId: targetId, definition: sampleDefinition(`MATRAN.${seq}`) },
  }),
  'POST /api/v1/procedures/import': ({ targetId }) => ({
    query: { ownerUnitId: targetId },
    body: { procedures: [] },
  }),
  'PUT /api/v1/procedures/{id}/draft': ({ seq }) => ({
    body: { ...version, definition: sampleDefinition(`MATRAN.D${seq}`) },
  }),
  'DELETE /api/v1/procedures/{id}/draft': () => ({ query: { version: String(STALE) } }),
  'POST /api/v1/procedures/{id}/publish': () => ({ body: version }),
  'GET /api/v1/procedures/{id}/diff': () => ({ query: { from: '1', to: '1' } }),
  'POST /api/v1/procedures/{id}/simulate': () => ({ body: { receivedAt: AT } }),
  'PUT /api/v1/units/{unitId}/procedures/{procedureId}': () => ({ body: { enabled: true } }),

  'POST /api/v1/dossiers': ({ f }) => ({
    body: {
      procedureId: f.procedureId,
      receivingUnitId: f.wardOneStopId,
      channel: 'online',
      applicant,
      documents: [
        { documentId: 'to_khai', provided: true },
        { documentId: 'giay_to', provided: true },
      ],
      decision: 'submit',
    },
  }),
  'POST /api/v1/dossiers/{id}/actions': () => ({ body: { ...version, type: 'request_withdrawal' } }),
  'POST /api/v1/dossiers/{id}/payment': () => ({
    body: { ...version, receiptNumber: 'BL-0001', method: 'cash' },
  }),
  'GET /api/v1/public/track': () => ({ query: { code: 'KHONG-CO', secret: '000000' } }),
  'GET /api/v1/units/{unitId}/tracking-book.{format}': () => ({
    query: { from: '2026-03-01', to: '2026-03-31' },
  }),
  'POST /api/v1/attachments': () => ({
    headers: { 'content-type': 'application/pdf', 'x-file-name': 'thu.pdf' },
    payload: PDF,
  }),
  'POST /api/v1/procedures/{id}/templates': () => ({
    headers: { 'content-type': 'application/pdf', 'x-file-name': 'mau.pdf' },
    payload: PDF,
  }),
  'POST /api/v1/dossier-drafts': ({ f }) => ({ body: { procedureId: f.procedureId, data: {} } }),
  'PUT /api/v1/dossier-drafts/{id}': ({ f }) => ({ body: { procedureId: f.procedureId, data: {} } }),

  'POST /api/v1/inspections/teams': ({ targetId, f }) => ({
    body: { name: 'Đoàn thử', scopeUnitId: targetId, members: [{ userId: f.inspectorId, role: 'lead' }] },
  }),
  'POST /api/v1/inspections': ({ f }) => ({
    body: { teamId: crypto.randomUUID(), unitId: f.wardUnitId, kind: 'unannounced' },
  }),
  'PATCH /api/v1/inspections/{id}': () => ({ body: version }),
  'POST /api/v1/inspections/{id}/findings': () => ({
    body: { violationType: 'badge', severity: 'light', description: reason },
  }),
  'POST /api/v1/inspections/cases': ({ targetId }) => ({
    body: {
      unitId: targetId,
      violationType: 'badge',
      severity: 'light',
      description: reason,
      occurredAt: AT,
      sourceReference: 'Ma trận phân quyền',
    },
  }),
  'POST /api/v1/inspections/findings/{id}/explanation': () => ({ body: { ...version, explanation: reason } }),
  'POST /api/v1/inspections/findings/{id}/decision': () => ({
    body: { ...version, decision: 'dismissed', note: reason },
  }),
  'GET /api/v1/inspections/reports': unitQuery,

  'POST /api/v1/units/{id}/conduct-codes': () => ({
    body: { title: 'Quy tắc thử', rules: reason, principles: reason },
  }),
  'GET /api/v1/conduct/commitments': ({ targetId }) => ({ query: { unitId: targetId, year: '2026' } }),
  'POST /api/v1/conduct/commitments': ({ targetId }) => ({
    body: {
      kind: 'commitment',
      year: 2026,
      unitId: targetId,
      userId: null,
      text: reason,
      signedOn: '2026-03-02',
    },
  }),
  'POST /api/v1/discipline-plans': ({ targetId, seq }) => ({
    body: {
      unitId: targetId,
      code: `KH-MT-${seq}`,
      title: 'Kế hoạch thử',
      issuedOn: '2026-03-02',
      actions: [{ title: 'Việc thử', evidenceRequired: 'Biên bản', dueAt: '2026-04-01T10:00:00Z' }],
      targetUnitIds: [targetId],
    },
  }),
  'POST /api/v1/discipline-plans/actions/{id}/reports': ({ f }) => ({
    body: { unitId: f.wardUnitId, note: reason },
  }),

  'POST /api/v1/dossiers/{id}/explanations': () => ({ body: { reasonCode: 'workload', text: reason } }),
  'POST /api/v1/dossiers/{id}/apologies': () => ({
    body: { reasonCode: 'workload', reason, proposedDueDate: '2026-04-01' },
  }),
  'POST /api/v1/apologies/{id}/decision': () => ({ body: { ...version, decision: 'approve' } }),
  'POST /api/v1/late-work/rules': () => ({ body: { rules: lateRules } }),
  'POST /api/v1/dev/clock': () => ({ body: {} }),

  'POST /api/v1/satisfaction/instruments': ({ seq }) => ({
    body: { addQuestions: [{ code: `maTran${seq}`, kind: 'yes_no', label }] },
  }),
  'POST /api/v1/satisfaction/invitations': ({ targetId }) => ({
    body: { dossierId: targetId, channel: 'online' },
  }),
  'GET /api/v1/satisfaction/dashboard': unitQuery,
  'GET /api/v1/satisfaction/responses': unitQuery,
  'POST /api/v1/public/surveys/{token}': () => ({ body: { answers: {} } }),
  'GET /api/v1/feedback/dossier-officials': ({ targetId }) => ({ query: { dossierId: targetId } }),
  'GET /api/v1/public/feedback': () => ({ query: { code: 'KHONG-CO', pin: '0000' } }),
  'POST /api/v1/public/feedback/reaction': () => ({
    body: { code: 'KHONG-CO', pin: '0000', satisfied: true },
  }),
  'POST /api/v1/feedback': ({ f }) => ({
    body: {
      kind: 'feedback',
      topic: 'other',
      content: reason,
      reporter: { name: 'Người Phản Ánh' },
      unitId: f.wardUnitId,
    },
  }),
  'GET /api/v1/feedback/stats': unitQuery,
  'PUT /api/v1/feedback/policies/{kind}': () => ({ body: { handlingDays: 10 } }),
  'POST /api/v1/feedback/{id}/take': () => ({ body: version }),
  'POST /api/v1/feedback/{id}/forward': ({ f }) => ({ body: { ...version, unitId: f.wardUnitId } }),
  'POST /api/v1/feedback/{id}/answer': () => ({ body: { ...version, answer: reason, upheld: false } }),
  'GET /api/v1/dialogues': unitQuery,
  'POST /api/v1/dialogues': ({ targetId }) => ({
    body: { unitId: targetId, title: 'Đối thoại thử', heldAt: AT, status: 'planned' },
  }),
  'PUT /api/v1/dialogues/{id}': ({ f }) => ({
    body: { ...version, unitId: f.wardUnitId, title: 'Đối thoại thử', heldAt: AT, status: 'planned' },
  }),
  'POST /api/v1/dialogues/{id}/publish': () => ({ body: { ...version, minutes: reason } }),

  'POST /api/v1/evaluation/frameworks': ({ seq }) => ({
    body: { code: `MT-${seq}`, name: 'Khung thử', definition: framework },
  }),
  'GET /api/v1/evaluation/periods': unitQuery,
  'POST /api/v1/evaluation/periods': ({ targetId }) => ({ body: { unitId: targetId, month: '2026-01' } }),
  'POST /api/v1/evaluation/periods/{id}/refresh': () => ({ body: version }),
  'POST /api/v1/evaluation/periods/{id}/lock': () => ({ body: version }),
  'POST /api/v1/evaluation/periods/{id}/publish': () => ({ body: version }),
  'POST /api/v1/evaluation/records/{id}/self-assessment': () => ({ body: { ...version, scores: {} } }),
  'POST /api/v1/evaluation/records/{id}/review': () => ({ body: { ...version, scores: {} } }),
  'POST /api/v1/evaluation/records/{id}/review-absent': () => ({
    body: { ...version, scores: {}, reason: 'absent' },
  }),
  'POST /api/v1/evaluation/records/{id}/approve': () => ({ body: version }),
  'POST /api/v1/evaluation/records/{id}/appeals': () => ({ body: { reason } }),
  'POST /api/v1/evaluation/appeals/{id}/decision': () => ({ body: { accept: false, comment: reason } }),
  'POST /api/v1/evaluation/yearly': ({ targetId }) => ({ body: { unitId: targetId, year: 2025 } }),
  'GET /api/v1/evaluation/yearly': ({ targetId }) => ({ query: { unitId: targetId, year: '2025' } }),
  'GET /api/v1/evaluation/hr-cases': unitQuery,
  'GET /api/v1/public/evaluations': () => ({ query: { unitCode: '00004', month: '2026-02' } }),
  'POST /api/v1/work-tasks': ({ targetId }) => ({
    body: { officialId: targetId, horizon: 'month', title: 'Nhiệm vụ thử', dueAt: '2026-03-31T10:00:00Z' },
  }),
  'POST /api/v1/work-tasks/{id}/decision': () => ({ body: { ...version, approve: true } }),
  'POST /api/v1/work-tasks/{id}/complete': () => ({ body: { ...version, result: reason } }),
  'POST /api/v1/work-tasks/{id}/cancel': () => ({ body: version }),

  'GET /api/v1/transparency/export.{format}': () => ({ params: { format: 'json' } }),
  'POST /api/v1/indicators/config': () => ({
    body: { effectiveFrom: '2026-06-01', note: 'Cấu hình thử', settings: { indicators: {} } },
  }),
  'GET /api/v1/dashboards/leader': unitQuery,
};

/** Path parameters other than the target's id, by name. */
export const DEFAULT_PATH_PARAMS: Readonly<Record<string, (f: MatrixFixtures) => string>> = {
  year: () => '2026',
  number: () => '1',
  form: () => '01',
  format: () => 'html',
  kind: () => 'feedback',
  token: () => 'khong-phai-ma-khao-sat-that-0123456789',
  idNumber: () => '001090012345',
  procedureId: (f) => f.procedureId,
};
