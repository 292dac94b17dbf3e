import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUserId, publishSampleProcedure } from '../../testing/fixtures.js';
import { sweepLateWork } from './late-work.sweep.js';

let t: TestApp;
const sessions: Record<string, Session> = {};
let procedureId: string;
let oneStopId: string;
let first: { id: string; code: string };
let second: { id: string; code: string; pin: string };

const USERS = ['admin', 'tiepnhan', 'chuyenvien', 'lanhdao', 'truongmotcua'] as const;
const s = (name: (typeof USERS)[number]) => sessions[name]!;

/** Moves the clock and signs everyone in again (sessions expire when idle). */
async function at(instant: string): Promise<void> {
  t.clock.setTo(instant);
  for (const name of USERS) sessions[name] = await signIn(t.app, name);
}

const get = (session: Session, url: string) => t.app.inject({ url, headers: authHeaders(session) });
const post = (session: Session, url: string, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: authHeaders(session),
    payload: payload as Record<string, unknown>,
  });
const dossier = async (id: string) => (await get(s('chuyenvien'), `/api/v1/dossiers/${id}`)).json();
const act = async (session: Session, id: string, type: string, extra: Record<string, unknown> = {}) =>
  post(session, `/api/v1/dossiers/${id}/actions`, { type, version: (await dossier(id)).version, ...extra });

async function receiveAndAssign(): Promise<{ id: string; code: string; pin: string }> {
  const created = await post(s('tiepnhan'), '/api/v1/dossiers', {
    procedureId,
    receivingUnitId: oneStopId,
    channel: 'counter',
    applicant: { fullName: 'Phạm Văn Dân', idNumber: '001085001234', phone: '0987 654 321' },
    documents: [
      { documentId: 'to_khai', provided: true },
      { documentId: 'giay_to', provided: true },
    ],
    decision: 'accept',
  });
  const { dossier: d, trackingPin } = created.json();
  expect(
    (await act(s('tiepnhan'), d.id, 'forward', { toUserId: await findUserId(t, 'chuyenvien') })).statusCode,
  ).toBe(200);
  return { id: d.id, code: d.code, pin: trackingPin };
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' }); // Monday 08:00 in Hà Nội
  await at('2026-03-02T01:00:00Z');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, s('admin'), 'TEST.LATE'));
  first = await receiveAndAssign(); // appraisal due Wed 4 March 08:00, dossier due Thu 5 March 08:00
  second = await receiveAndAssign();
});
afterAll(async () => {
  await t.close();
});

describe('late steps', () => {
  it('has no form 04 before an apology exists', async () => {
    const none = await get(s('tiepnhan'), `/api/v1/dossiers/${second.id}/forms/04.html`);
    expect(none.statusCode).toBe(404);
  });

  it('refuses an apology before the window one working day ahead of the due time', async () => {
    const early = await post(s('chuyenvien'), `/api/v1/dossiers/${second.id}/apologies`, {
      reasonCode: 'workload',
      reason: 'Số lượng hồ sơ tăng cao trong tuần.',
      proposedDueDate: '2026-03-10',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toContain('1 ngày làm việc trước hạn');
  });

  it('blocks forwarding an overdue step for everyone until its holder explains', async () => {
    await at('2026-03-04T02:00:00Z'); // Wed 09:00: the appraisal step is one hour late
    const refused = await act(s('chuyenvien'), first.id, 'forward');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('explanation_required');
    const view = await dossier(first.id);
    expect(view.lateWorkBlockers.map((b: { code: string }) => b.code)).toEqual(['explanation_required']);
    expect(view.allowedActions).not.toContain('forward');
    expect((await act(s('lanhdao'), first.id, 'forward')).json().code).toBe('explanation_required');

    const byLeader = await post(s('lanhdao'), `/api/v1/dossiers/${first.id}/explanations`, {
      reasonCode: 'workload',
      text: 'Giải trình thay cho chuyên viên.',
    });
    expect(byLeader.statusCode).toBe(403);
    const badReason = await post(s('chuyenvien'), `/api/v1/dossiers/${first.id}/explanations`, {
      reasonCode: 'no_such_reason',
      text: 'Chờ ý kiến của Công an phường.',
    });
    expect(badReason.statusCode).toBe(400);
    const filed = await post(s('chuyenvien'), `/api/v1/dossiers/${first.id}/explanations`, {
      reasonCode: 'waiting_other_agency',
      text: 'Chờ ý kiến xác minh của Công an phường.',
    });
    expect(filed.statusCode).toBe(200);
    expect(filed.json().explanations).toEqual([
      expect.objectContaining({
        userName: expect.any(String),
        reasonCode: 'waiting_other_agency',
        periodIndex: 1,
      }),
    ]);
    expect((await act(s('chuyenvien'), first.id, 'forward')).statusCode).toBe(200);
    const history = (await dossier(first.id)).history.map((h: { type: string }) => h.type);
    expect(history).toEqual(['accept', 'forward', 'explain', 'forward']);
  });

  it('sweeps the newly late once: alerts to the holder and the leader, then the next escalation level', async () => {
    const result = await sweepLateWork(t.deps);
    expect(result.alerts).toBeGreaterThan(0);
    const again = await sweepLateWork(t.deps);
    expect(again.alerts).toBe(0);
    const alerts = await t.deps.database.db
      .selectFrom('late_alert')
      .selectAll()
      .where('dossier_id', '=', second.id)
      .where('kind', '=', 'step_overdue')
      .execute();
    expect(alerts).toHaveLength(1);
    const ids = [await findUserId(t, 'chuyenvien'), await findUserId(t, 'lanhdao')];
    expect([...alerts[0]!.recipient_ids].sort()).toEqual([...ids].sort());
    const mine = (await get(s('chuyenvien'), '/api/v1/late-work/alerts')).json();
    expect(mine.items.map((a: { code: string }) => a.code)).toContain(second.code);
    const escalation = await t.deps.database.db
      .selectFrom('late_timer')
      .selectAll()
      .where('dossier_id', '=', second.id)
      .where('kind', '=', 'escalation')
      .execute();
    expect(escalation.map((e) => e.level)).toEqual([1]);
  });
});

describe('apologies', () => {
  it('lets the holder draft an overdue dossier apology, holds it until a leader other than the drafter approves', async () => {
    await at('2026-03-05T02:00:00Z'); // Thu 09:00: one hour past the dossier due time
    expect((await act(s('chuyenvien'), second.id, 'forward')).json().code).toBe('explanation_required');
    await post(s('chuyenvien'), `/api/v1/dossiers/${second.id}/explanations`, {
      reasonCode: 'workload',
      text: 'Số lượng hồ sơ tăng đột biến trong tuần.',
    });
    const blocked = await act(s('chuyenvien'), second.id, 'forward');
    expect(blocked.json().code).toBe('apology_required');
    const holiday = await post(s('chuyenvien'), `/api/v1/dossiers/${second.id}/apologies`, {
      reasonCode: 'workload',
      reason: 'Số lượng hồ sơ tăng cao trong tuần.',
      proposedDueDate: '2026-03-07',
    });
    expect(holiday.statusCode).toBe(400);
    const drafted = await post(s('chuyenvien'), `/api/v1/dossiers/${second.id}/apologies`, {
      reasonCode: 'workload',
      reason: 'Số lượng hồ sơ tăng cao trong tuần, chưa thẩm định kịp.',
      proposedDueDate: '2026-03-10',
    });
    expect(drafted.statusCode).toBe(200);
    const apology = drafted.json().apologies[0];
    expect(apology).toMatchObject({ status: 'pending', proposedDueAt: '2026-03-10T17:00:00+07:00' });
    expect((await act(s('chuyenvien'), second.id, 'forward')).json().message).toContain(
      'chờ lãnh đạo phê duyệt',
    );

    const queue = (await get(s('lanhdao'), '/api/v1/apologies/pending')).json();
    expect(queue.items).toEqual([expect.objectContaining({ id: apology.id, canDecide: true })]);
    const decide = (session: Session, body: Record<string, unknown>) =>
      post(session, `/api/v1/apologies/${apology.id}/decision`, { version: apology.version, ...body });
    expect((await decide(s('chuyenvien'), { decision: 'approve' })).statusCode).toBe(403);
    expect((await decide(s('truongmotcua'), { decision: 'approve' })).statusCode).toBe(403);
    expect((await decide(s('lanhdao'), { decision: 'reject' })).statusCode).toBe(400);
    expect((await decide(s('lanhdao'), { decision: 'approve', comment: 'Đồng ý.' })).statusCode).toBe(200);
    expect((await decide(s('lanhdao'), { decision: 'approve' })).statusCode).toBe(409);

    const view = await dossier(second.id);
    expect(view).toMatchObject({
      dueAt: '2026-03-10T17:00:00+07:00',
      legalDueAt: '2026-03-05T08:00:00+07:00',
      extensions: 1,
      lateWorkBlockers: [],
    });
    const notices = await t.deps.database.db
      .selectFrom('notification_outbox')
      .select(['event', 'channel'])
      .where('dossier_id', '=', second.id)
      .where('event', '=', 'dossier.apology')
      .execute();
    expect(notices.length).toBeGreaterThan(0);
    const form = await get(s('tiepnhan'), `/api/v1/dossiers/${second.id}/forms/04.html`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(form.body).toContain('10/03/2026');
    expect(form.body).toContain('tăng cao');
    const pdf = await get(s('tiepnhan'), `/api/v1/dossiers/${second.id}/forms/04.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const tracked = await t.app.inject({
      url: `/api/v1/public/track?code=${second.code}&secret=${second.pin}`,
    });
    expect(tracked.json().apologies).toEqual([
      expect.objectContaining({
        newDueAt: '2026-03-10T17:00:00+07:00',
        reason: expect.stringContaining('tăng cao'),
      }),
    ]);
    expect(tracked.json().history.map((h: { label: string }) => h.label)).not.toContain('Giải trình trễ hạn');
    expect((await act(s('chuyenvien'), second.id, 'forward')).statusCode).toBe(200);
  });

  it('refuses a second new date and alerts the one-stop head and the agency head', async () => {
    const again = await post(s('lanhdao'), `/api/v1/dossiers/${second.id}/apologies`, {
      reasonCode: 'workload',
      reason: 'Xin gia hạn lần thứ hai vì chưa ký được.',
      proposedDueDate: '2026-03-12',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('extension_limit');
    const alert = await t.deps.database.db
      .selectFrom('late_alert')
      .selectAll()
      .where('dossier_id', '=', second.id)
      .where('kind', '=', 'extension_refused')
      .executeTakeFirstOrThrow();
    expect([...alert.recipient_ids].sort()).toEqual(
      [await findUserId(t, 'truongmotcua'), await findUserId(t, 'lanhdao')].sort(),
    );
  });

  it('keeps the legal due time for statistics: returned after it, the dossier counts as late', async () => {
    expect((await act(s('lanhdao'), second.id, 'sign')).statusCode).toBe(200);
    const row = await t.deps.database.db
      .selectFrom('dossier')
      .select(['original_due_at', 'due_at', 'finished_at'])
      .where('id', '=', second.id)
      .executeTakeFirstOrThrow();
    expect(row.original_due_at!.toISOString()).toBe('2026-03-05T01:00:00.000Z');
    expect(row.finished_at!.getTime()).toBeGreaterThan(row.original_due_at!.getTime());
    expect(row.finished_at!.getTime()).toBeLessThan(row.due_at!.getTime());
  });

  it('shows the unit board with late and at-risk dossiers, sortable, within scope only', async () => {
    const board = (await get(s('lanhdao'), '/api/v1/late-work/board?sort=late')).json();
    expect(board.items.map((i: { code: string }) => i.code)).toContain(first.code);
    const other = await signIn(t.app, 'noivu.ngocha');
    expect((await get(other, '/api/v1/late-work/board')).json().items).toEqual([]);
    const citizenView = await t.app.inject({ url: '/api/v1/late-work/board' });
    expect(citizenView.statusCode).toBe(401);
  });
});

describe('development clock', () => {
  it('is only for system administrators', async () => {
    for (const name of ['tiepnhan', 'chuyenvien', 'lanhdao'] as const) {
      expect((await get(s(name), '/api/v1/dev/clock')).statusCode, name).toBe(403);
      const moved = await post(s(name), '/api/v1/dev/clock', { advanceMinutes: 60 });
      expect(moved.statusCode, name).toBe(403);
      expect(moved.json().code).toBe('forbidden');
    }
    expect((await get(s('admin'), '/api/v1/dev/clock')).statusCode).toBe(200);
  });

  it('moves time forward for everyone, keeps sessions signed in and sweeps at once', async () => {
    const before = (await get(s('admin'), '/api/v1/dev/clock')).json();
    const moved = await post(s('admin'), '/api/v1/dev/clock', { advanceMinutes: 3 * 24 * 60 });
    expect(moved.statusCode).toBe(200);
    expect(Date.parse(moved.json().now) - Date.parse(before.now)).toBe(3 * 24 * 3_600_000);
    expect((await get(s('chuyenvien'), '/api/v1/late-work/alerts')).statusCode).toBe(200);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dev/clock',
      payload: { advanceMinutes: 5 },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
