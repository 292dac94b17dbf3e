import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, findUserId, publishSampleProcedure } from '../../testing/fixtures.js';
import { sweepLateWork } from './late-work.sweep.js';

let t: TestApp;
const sessions: Record<string, Session> = {};
let procedureId: string;
let oneStopId: string;
let first: { id: string; code: string };
let second: { id: string; code: string; pin: string };
let third: { id: string; code: string; pin: string };

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
const act = async (session: Session, id: string, type: string, extra: Record<string, unknown> = {}) => {
  // the version as the acting official sees it (the specialist does not see a dossier still at the counter)
  const { version } = (await get(session, `/api/v1/dossiers/${id}`)).json();
  return post(session, `/api/v1/dossiers/${id}/actions`, { type, version, ...extra });
};

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
  third = await receiveAndAssign();
});
afterAll(async () => {
  await t.close();
});

describe('late steps', () => {
  it('has no form 04 before an apology exists', async () => {
    const none = await get(s('tiepnhan'), `/api/v1/dossiers/${second.id}/forms/04.html`);
    expect(none.statusCode).toBe(404);
  });

  it('accepts an apology drafted long before the due time: the law sets a latest moment, not a window', async () => {
    const early = await post(s('chuyenvien'), `/api/v1/dossiers/${third.id}/apologies`, {
      reasonCode: 'field_verification',
      reason: 'Phải xác minh thực địa, dự kiến không kịp hạn.',
      proposedDueDate: '2026-03-10',
    });
    expect(early.statusCode).toBe(200);
    const apology = early.json().apologies[0];
    // due Thursday 5 March 08:00: the apology reaches the citizen by Wednesday 4 March's close at the latest
    expect(apology).toMatchObject({
      status: 'pending',
      latestAt: '2026-03-04T17:00:00+07:00',
      late: null,
      lateIfApprovedNow: false,
    });
    expect(early.json()).toMatchObject({
      apologyAllowed: false,
      apologyLatestAt: '2026-03-04T17:00:00+07:00',
    });
    const rejected = await post(s('lanhdao'), `/api/v1/apologies/${apology.id}/decision`, {
      version: apology.version,
      decision: 'reject',
      comment: 'Chưa cần gia hạn, đề nghị tập trung giải quyết đúng hạn.',
    });
    expect(rejected.statusCode).toBe(200);
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
    // two workers taking one timer each at a time: every timer is taken once, each alert and escalation
    // written once
    const result = await sweepLateWork(t.deps, { batchSize: 1, workers: 2 });
    expect(result.alerts).toBeGreaterThan(0);
    expect(result.batches).toBeGreaterThan(result.alerts);
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
    // approved Thursday 09:00, after Wednesday's close: a late apology, on the dossier, the board and forms
    const lateWork = (await get(s('chuyenvien'), `/api/v1/dossiers/${second.id}/late-work`)).json();
    expect(lateWork.apologies.at(-1)).toMatchObject({
      status: 'approved',
      late: true,
      latestAt: '2026-03-04T17:00:00+07:00',
    });
    const stored = await t.deps.database.db
      .selectFrom('dossier_apology')
      .select(['late'])
      .where('id', '=', apology.id)
      .executeTakeFirstOrThrow();
    expect(stored.late).toBe(true);
    const board = (await get(s('lanhdao'), '/api/v1/late-work/board')).json();
    expect(board.items.find((i: { code: string }) => i.code === second.code)).toMatchObject({
      apologyLate: true,
    });
    const sheet = await get(s('tiepnhan'), `/api/v1/dossiers/${second.id}/forms/05.html`);
    expect(sheet.body).toContain('XIN LỖI MUỘN');
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
    expect(form.body).toContain('Phiếu xin lỗi muộn');
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

describe('the new date is real', () => {
  it('refuses a date already past at drafting, and an aged draft at approval; approved later, it is late', async () => {
    await at('2026-03-09T02:00:00Z'); // Monday 9 March 09:00: the third dossier has been due since Thursday
    const draft = (proposedDueDate: string) =>
      post(s('chuyenvien'), `/api/v1/dossiers/${third.id}/apologies`, {
        reasonCode: 'workload',
        reason: 'Số lượng hồ sơ tăng cao, chưa thẩm định kịp.',
        proposedDueDate,
      });
    const decide = (apology: { id: string; version: number }, body: Record<string, unknown>) =>
      post(s('lanhdao'), `/api/v1/apologies/${apology.id}/decision`, { version: apology.version, ...body });
    // Friday 6 March is after the due time but already past (it was accepted and shown to the citizen before)
    const past = await draft('2026-03-06');
    expect(past.statusCode).toBe(400);
    expect(past.json().message).toContain('đã qua');
    const first = (await draft('2026-03-10')).json().apologies.at(-1);
    expect(first).toMatchObject({ status: 'pending', lateIfApprovedNow: true });

    await at('2026-03-10T11:00:00Z'); // Tuesday 10 March 18:00: the proposed date's close has passed
    const aged = await decide(first, { decision: 'approve' });
    expect(aged.statusCode).toBe(400);
    expect(aged.json().message).toContain('đã qua');
    expect((await dossier(third.id)).extensions).toBe(0);
    expect((await decide(first, { decision: 'reject', comment: 'Ngày hẹn đã qua.' })).statusCode).toBe(200);

    const second = (await draft('2026-03-12')).json().apologies.at(-1);
    expect((await decide(second, { decision: 'approve' })).statusCode).toBe(200);
    expect(await dossier(third.id)).toMatchObject({ extensions: 1, dueAt: '2026-03-12T17:00:00+07:00' });
    const lateWork = (await get(s('chuyenvien'), `/api/v1/dossiers/${third.id}/late-work`)).json();
    expect(lateWork.apologies.at(-1)).toMatchObject({ status: 'approved', late: true });
  });
});

describe('supplement requests', () => {
  const supplement = async (id: string, extra: Record<string, unknown> = {}) =>
    act(s('chuyenvien'), id, 'request_supplement', {
      reason: 'Thiếu bản sao giấy tờ tùy thân.',
      items: ['Bản sao giấy tờ tùy thân'],
      ...extra,
    });
  const logged = (id: string) =>
    t.deps.database.db
      .selectFrom('dossier_action')
      .select(['type', 'payload'])
      .where('dossier_id', '=', id)
      .where('type', '=', 'request_supplement')
      .orderBy('seq')
      .execute();

  it('once within 3 working days of receipt: free; the clock restarts in full from the complete dossier', async () => {
    await at('2026-03-16T01:00:00Z'); // Monday 16 March 08:00
    const d = await receiveAndAssign();
    await at('2026-03-17T02:00:00Z'); // Tuesday 09:00
    expect((await supplement(d.id)).statusCode).toBe(200);
    await at('2026-03-23T07:00:00Z'); // Monday 23 March 14:00: the complete dossier arrives
    expect((await act(s('tiepnhan'), d.id, 'supplement_received')).statusCode).toBe(200);
    // the full 3 working days from the complete dossier, not the time that was left
    expect((await dossier(d.id)).dueAt).toBe('2026-03-26T14:00:00+07:00');
    expect((await logged(d.id))[0]!.payload).not.toHaveProperty('unitFault');

    // a second request needs a reason and is the unit's fault
    const again = await supplement(d.id);
    expect(again.statusCode).toBe(400);
    expect(again.json().message).toContain('lỗi của cơ quan');
    const withReason = await supplement(d.id, { faultReason: 'Bổ sung chưa đúng mẫu tờ khai mới.' });
    expect(withReason.statusCode).toBe(200);
    expect((await logged(d.id))[1]!.payload).toMatchObject({
      unitFault: 'repeat',
      faultReason: 'Bổ sung chưa đúng mẫu tờ khai mới.',
    });
  });

  it('after the window of the rules in force needs a reason and counts as the unit fault', async () => {
    await at('2026-03-16T01:00:00Z'); // Monday 16 March 08:00
    const d = await receiveAndAssign();
    // a rules version with a one-day window (the law's 3 days is the shipped default)
    const current = (await get(s('admin'), '/api/v1/late-work/rules')).json();
    const published = await post(s('admin'), '/api/v1/late-work/rules', {
      rules: { ...current.rules, supplementWindowDays: 1 },
    });
    expect(published.json().rules.supplementWindowDays).toBe(1);
    await at('2026-03-17T03:00:00Z'); // Tuesday 17 March 10:00: past the window (Tuesday 08:00)
    const late = await supplement(d.id);
    expect(late.statusCode).toBe(400);
    expect(late.json().details).toEqual([expect.objectContaining({ path: 'faultReason', fault: 'late' })]);
    const withReason = await supplement(d.id, { faultReason: 'Phát hiện thiếu giấy tờ khi họp thẩm định.' });
    expect(withReason.statusCode).toBe(200);
    expect((await logged(d.id))[0]!.payload).toMatchObject({ unitFault: 'late' });
  });
});

describe('evaluation evidence', () => {
  it('counts the late apologies and the faulty supplement requests of the official', async () => {
    await at('2026-04-01T02:00:00Z');
    const noivu = await signIn(t.app, 'noivu');
    const ward = await findUnitId(t, '00004');
    const opened = await post(noivu, '/api/v1/evaluation/periods', { unitId: ward, month: '2026-03' });
    expect(opened.statusCode).toBe(201);
    const page = (await get(noivu, `/api/v1/evaluation/periods/${opened.json().id}/evaluations`)).json();
    const specialistId = await findUserId(t, 'chuyenvien');
    const record = page.items.find((i: { officialId: string }) => i.officialId === specialistId);
    const detail = (await get(noivu, `/api/v1/evaluation/records/${record.id}`)).json();
    // two approved apologies (second and third dossiers), both approved after their latest moment; two
    // supplement requests out of rule (a repeated one, one after the window)
    expect(detail.evidence).toMatchObject({ apologies: 2, lateApologies: 2, supplementFaults: 2 });
  });
});
