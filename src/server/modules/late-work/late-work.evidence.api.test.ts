/**
 * Issue #17 (items 1 and 4, the evidence half): late apologies and supplement faults in the officials'
 * evaluation evidence and in the unit's discipline figures, and the apology warning of the holder's queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, findUserId, publishSampleProcedure } from '../../testing/fixtures.js';

let t: TestApp;
const sessions: Record<string, Session> = {};
let procedureId: string;
let oneStopId: string;
let held: { id: string; code: string }; // drafted by its holder (chuyenvien)
let counter: { id: string; code: string }; // drafted by the reception officer (tiepnhan)
let resubmitted: { id: string; code: string }; // asked twice for supplements

const USERS = [
  'admin',
  'tiepnhan',
  'chuyenvien',
  'lanhdao',
  'truongmotcua',
  'noivu',
  'noivu.ngocha',
] as const;
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
const act = async (session: Session, id: string, type: string, extra: Record<string, unknown> = {}) => {
  const { version } = (await get(session, `/api/v1/dossiers/${id}`)).json();
  return post(session, `/api/v1/dossiers/${id}/actions`, { type, version, ...extra });
};

async function receiveAndAssign(): Promise<{ id: string; code: string }> {
  const created = await post(s('tiepnhan'), '/api/v1/dossiers', {
    procedureId,
    receivingUnitId: oneStopId,
    channel: 'counter',
    applicant: { fullName: 'Trần Thị Bình', idNumber: '001185001234', phone: '0987 654 321' },
    documents: [
      { documentId: 'to_khai', provided: true },
      { documentId: 'giay_to', provided: true },
    ],
    decision: 'accept',
  });
  const { dossier: d } = created.json();
  const forwarded = await act(s('tiepnhan'), d.id, 'forward', {
    toUserId: await findUserId(t, 'chuyenvien'),
  });
  expect(forwarded.statusCode).toBe(200);
  return { id: d.id, code: d.code };
}

/** The apology warning of a dossier in the specialist's own queue. */
async function warningInQueue(id: string): Promise<string | null | undefined> {
  const page = (await get(s('chuyenvien'), '/api/v1/dossiers?queue=mine&pageSize=100')).json();
  return page.items.find((i: { id: string }) => i.id === id)?.apologyWarning;
}

async function draftAndApprove(drafter: Session, id: string): Promise<void> {
  const drafted = await post(drafter, `/api/v1/dossiers/${id}/apologies`, {
    reasonCode: 'workload',
    reason: 'Số lượng hồ sơ tăng cao trong tuần, chưa thẩm định kịp.',
    proposedDueDate: '2026-03-10',
  });
  expect(drafted.statusCode).toBe(200);
  const apology = drafted.json().apologies.at(-1);
  const decided = await post(s('lanhdao'), `/api/v1/apologies/${apology.id}/decision`, {
    version: apology.version,
    decision: 'approve',
  });
  expect(decided.statusCode).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' }); // Monday 2 March 08:00 in Hà Nội
  await at('2026-03-02T01:00:00Z');
  ({ procedureId, oneStopId } = await publishSampleProcedure(t, s('admin'), 'TEST.EVIDENCE'));
  held = await receiveAndAssign(); // due Thursday 5 March 08:00
  counter = await receiveAndAssign();
});
afterAll(async () => {
  await t.close();
});

describe("the holder's queue", () => {
  it('warns from the lead time before the latest moment (not before), then that the apology is overdue', async () => {
    // due Thursday 08:00, lead one working day: the latest moment is Wednesday's close, and the warning
    // starts one working day before it, at Wednesday's opening
    await at('2026-03-04T00:29:00Z'); // Wednesday 07:29
    expect(await warningInQueue(held.id)).toBeNull();
    await at('2026-03-04T00:30:00Z'); // Wednesday 07:30
    expect(await warningInQueue(held.id)).toBe('due_soon');
    const leader = (await get(s('lanhdao'), '/api/v1/dossiers?queue=all&pageSize=100')).json();
    expect(leader.items.find((i: { id: string }) => i.id === held.id).apologyWarning).toBe('due_soon');
    await at('2026-03-04T10:00:00Z'); // Wednesday 17:00, the latest moment itself
    expect(await warningInQueue(held.id)).toBe('due_soon');
    await at('2026-03-04T10:01:00Z'); // Wednesday 17:01
    expect(await warningInQueue(held.id)).toBe('overdue');
  });

  it('stops warning once the new date is approved', async () => {
    await at('2026-03-05T02:00:00Z'); // Thursday 09:00: after the latest moment, so both apologies are late
    await draftAndApprove(s('chuyenvien'), held.id);
    await draftAndApprove(s('tiepnhan'), counter.id);
    expect(await warningInQueue(held.id)).toBeNull();
    expect(await warningInQueue(counter.id)).toBeNull();
  });
});

describe('supplement requests that are the unit fault', () => {
  it('are logged for the requester (a second request, with its reason)', async () => {
    await at('2026-03-16T01:00:00Z'); // Monday 16 March 08:00
    resubmitted = await receiveAndAssign();
    const supplement = (extra: Record<string, unknown> = {}) =>
      act(s('chuyenvien'), resubmitted.id, 'request_supplement', {
        reason: 'Thiếu bản sao giấy tờ tùy thân.',
        items: ['Bản sao giấy tờ tùy thân'],
        ...extra,
      });
    await at('2026-03-17T02:00:00Z'); // Tuesday 09:00: within the window, free
    expect((await supplement()).statusCode).toBe(200);
    await at('2026-03-23T07:00:00Z');
    expect((await act(s('tiepnhan'), resubmitted.id, 'supplement_received')).statusCode).toBe(200);
    const again = await supplement({ faultReason: 'Bổ sung chưa đúng mẫu tờ khai mới.' });
    expect(again.statusCode).toBe(200);
  });
});

describe('evaluation evidence', () => {
  const evidenceOf = async (username: string, periodId: string) => {
    const page = (
      await get(s('noivu'), `/api/v1/evaluation/periods/${periodId}/evaluations?pageSize=100`)
    ).json();
    const officialId = await findUserId(t, username);
    const record = page.items.find((i: { officialId: string }) => i.officialId === officialId);
    const detail = (await get(s('noivu'), `/api/v1/evaluation/records/${record.id}`)).json();
    const items = (await get(s('noivu'), `/api/v1/evaluation/records/${record.id}/evidence`)).json();
    return {
      detail,
      items: items.items as { source: string; label: string; link: string; detail: string }[],
    };
  };

  it('counts late apologies for the holder and the drafter, and faulty supplement requests, with links', async () => {
    await at('2026-04-01T02:00:00Z');
    const ward = await findUnitId(t, '00004');
    const opened = await post(s('noivu'), '/api/v1/evaluation/periods', { unitId: ward, month: '2026-03' });
    expect(opened.statusCode).toBe(201);
    const periodId = opened.json().id;

    const specialist = await evidenceOf('chuyenvien', periodId);
    // the late steps of both apologised dossiers were the specialist's; the second request was theirs too
    expect(specialist.detail.evidence).toMatchObject({ apologies: 2, lateApologies: 2, supplementFaults: 1 });
    const late = specialist.items.filter((i) => i.source === 'late_apology');
    expect(late.map((i) => i.label).sort()).toEqual([held.code, counter.code].sort());
    expect(late.map((i) => i.link).sort()).toEqual(
      [`/dossiers/${held.id}`, `/dossiers/${counter.id}`].sort(),
    );
    expect(specialist.items.filter((i) => i.source === 'supplement_fault')).toEqual([
      expect.objectContaining({
        label: resubmitted.code,
        link: `/dossiers/${resubmitted.id}`,
        detail: 'Yêu cầu bổ sung lần thứ hai: Bổ sung chưa đúng mẫu tờ khai mới.',
      }),
    ]);

    // the reception officer held no late step but drafted one late apology
    const reception = await evidenceOf('tiepnhan', periodId);
    expect(reception.detail.evidence).toMatchObject({ apologies: 0, lateApologies: 1, supplementFaults: 0 });
    expect(reception.items.filter((i) => i.source === 'late_apology').map((i) => i.label)).toEqual([
      counter.code,
    ]);
    // the suggested points deduct for it: 0.2 of the 10-point diligence criterion
    expect(reception.detail.suggested['general.diligence']).toBe(8);

    const leader = await evidenceOf('lanhdao', periodId);
    expect(leader.detail.evidence).toMatchObject({ apologies: 0, lateApologies: 0, supplementFaults: 0 });
    expect(leader.detail.suggested['general.diligence']).toBe(10);
  });
});

describe("the unit's discipline figures", () => {
  const figures = (session: Session, query: string) => get(session, `/api/v1/late-work/discipline?${query}`);

  it('counts the month per subtree: the unit, and each unit under it', async () => {
    const ward = (await figures(s('lanhdao'), 'month=2026-03')).json();
    expect(ward.totals).toEqual({ lateApologies: 2, supplementFaults: 1 });
    const byCode = async (code: string) => {
      const id = await findUnitId(t, code);
      return ward.units.find((u: { unitId: string }) => u.unitId === id);
    };
    expect(await byCode('00004')).toMatchObject({ own: true, lateApologies: 0, supplementFaults: 0 });
    // the specialist's department drafted one late apology and made the faulty request; the one-stop unit
    // drafted the other late apology
    expect(await byCode('00004.KT')).toMatchObject({ own: false, lateApologies: 1, supplementFaults: 1 });
    expect(await byCode('00004.MC')).toMatchObject({ own: false, lateApologies: 1, supplementFaults: 0 });

    const oneStop = (await figures(s('truongmotcua'), 'month=2026-03')).json();
    expect(oneStop.totals).toEqual({ lateApologies: 1, supplementFaults: 0 });
    const february = (await figures(s('lanhdao'), 'month=2026-02')).json();
    expect(february.totals).toEqual({ lateApologies: 0, supplementFaults: 0 });
    // the current month (April) by default
    expect((await figures(s('lanhdao'), '')).json()).toMatchObject({ month: '2026-04' });
  });

  it('never reads upward or sideways, and refuses a malformed month', async () => {
    const ward = await findUnitId(t, '00004');
    expect((await figures(s('truongmotcua'), `unitId=${ward}`)).statusCode).toBe(403);
    expect((await figures(s('noivu.ngocha'), `unitId=${ward}`)).statusCode).toBe(403);
    const other = (await figures(s('noivu.ngocha'), 'month=2026-03')).json();
    expect(other.totals).toEqual({ lateApologies: 0, supplementFaults: 0 });
    const bad = await figures(s('lanhdao'), 'month=2026-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    expect((await t.app.inject({ url: '/api/v1/late-work/discipline' })).statusCode).toBe(401);
  });
});
