import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, findUserId, publishSampleProcedure } from '../../testing/fixtures.js';
import {
  receiveDossier,
  returnDossier,
  type DemoSessions,
} from '../satisfaction/satisfaction.test-support.js';

let t: TestApp;
let admin: Session;
let s: DemoSessions;
let dossier: { id: string; code: string; version: number; trackingPin: string };

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T01:00:00Z' }); // Monday 08:00 in Hà Nội
  admin = await signIn(t.app, 'admin');
  s = {
    reception: await signIn(t.app, 'tiepnhan'),
    specialist: await signIn(t.app, 'chuyenvien'),
    leader: await signIn(t.app, 'lanhdao'),
  };
  const { procedureId, oneStopId } = await publishSampleProcedure(t, admin, 'TEST.FEEDBACK');
  dossier = await receiveDossier(t, s.reception, procedureId, oneStopId);
  await returnDossier(t, s, dossier);
  t.clock.reset();
});
afterAll(async () => {
  await t.close();
});

const report = (payload: Record<string, unknown>, session?: Session, address?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/feedback',
    headers: session ? authHeaders(session) : {},
    ...(address ? { remoteAddress: address } : {}),
    payload: { reporter: { name: 'Nguyễn Thị Phản Ánh', phone: '0912000111' }, ...payload },
  });

const step = (session: Session, id: string, name: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/feedback/${id}/${name}`,
    headers: authHeaders(session),
    payload,
  });

describe('feedback and complaints', () => {
  it('are received about a dossier proved by its PIN, routed to its authority with a working-day deadline', async () => {
    const wrong = await report({
      kind: 'feedback',
      topic: 'delay',
      content: 'Hồ sơ bị hẹn lại nhiều lần.',
      dossierCode: dossier.code,
      dossierSecret: '000000',
    });
    expect(wrong.statusCode).toBe(400);
    const created = await report({
      kind: 'feedback',
      topic: 'delay',
      content: 'Hồ sơ bị hẹn lại nhiều lần.',
      dossierCode: dossier.code,
      dossierSecret: dossier.trackingPin,
    });
    expect(created.statusCode).toBe(201);
    // 10 working days from Monday 02/03/2026 08:00
    expect(created.json()).toMatchObject({
      kind: 'feedback',
      unitName: expect.stringContaining('Ba Đình'),
      dueAt: '2026-03-16T08:00:00+07:00',
    });
    expect(created.json().pin).toMatch(/^\d{6}$/);
    const stored = await t.deps.database.db
      .selectFrom('feedback')
      .selectAll()
      .where('code', '=', created.json().code)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      dossier_id: dossier.id,
      unit_id: await findUnitId(t, '00004'),
      status: 'received',
    });
  });

  it('file a report of unofficial payment about an official as misconduct, hidden from that official', async () => {
    const leaderId = await findUserId(t, 'lanhdao');
    const created = await report({
      kind: 'feedback',
      topic: 'unofficial_payment',
      content: 'Cán bộ gợi ý phải "bồi dưỡng" mới ký.',
      dossierCode: dossier.code,
      dossierSecret: dossier.trackingPin,
      officialId: leaderId,
    });
    expect(created.json().kind).toBe('misconduct');
    const id = created.json().id;
    // routed above the official's own unit: to the city, handled by its administrators
    const row = await t.deps.database.db
      .selectFrom('feedback')
      .select(['unit_id', 'official_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ unit_id: await findUnitId(t, '01'), official_id: leaderId });
    expect(
      (await t.app.inject({ url: `/api/v1/feedback/${id}`, headers: authHeaders(s.leader) })).statusCode,
    ).toBe(404);
    const queue = (await t.app.inject({ url: '/api/v1/feedback', headers: authHeaders(s.leader) })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(
      (await t.app.inject({ url: `/api/v1/feedback/${id}`, headers: authHeaders(admin) })).json().official.id,
    ).toBe(leaderId);
    const stranger = await report({
      kind: 'feedback',
      topic: 'other',
      content: 'Cán bộ lạ không xử lý hồ sơ.',
      dossierCode: dossier.code,
      dossierSecret: dossier.trackingPin,
      officialId: await findUserId(t, 'noivu.ngocha'),
    });
    expect(stranger.statusCode).toBe(400);
  });

  it('are handled and answered; the citizen reads the answer and may reopen it', async () => {
    const created = (
      await report({
        kind: 'complaint',
        topic: 'result',
        content: 'Kết quả ghi sai tên người được cấp.',
        unitId: await findUnitId(t, '00004'),
      })
    ).json();
    let item = (await step(s.leader, created.id, 'take', { version: 1 })).json();
    expect(item).toMatchObject({ status: 'in_progress', handler: expect.any(String) });
    expect(
      (
        await step(s.leader, created.id, 'answer', {
          version: 1,
          answer: 'Đã cấp lại kết quả đúng tên.',
          upheld: true,
        })
      ).statusCode,
    ).toBe(409);
    item = (
      await step(s.leader, created.id, 'answer', {
        version: item.version,
        answer: 'Đã cấp lại kết quả đúng tên.',
        upheld: true,
      })
    ).json();
    expect(item).toMatchObject({ status: 'answered', upheld: true, timeliness: 'on_time' });
    const publicUrl = `/api/v1/public/feedback?code=${created.code}&pin=${created.pin}`;
    expect((await t.app.inject(publicUrl)).json()).toMatchObject({
      status: 'answered',
      answer: 'Đã cấp lại kết quả đúng tên.',
    });
    expect((await t.app.inject(`/api/v1/public/feedback?code=${created.code}&pin=000000`)).statusCode).toBe(
      404,
    );

    const reopened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/feedback/reaction',
      payload: { code: created.code, pin: created.pin, satisfied: false, comment: 'Vẫn chưa nhận được.' },
    });
    expect(reopened.json()).toMatchObject({ status: 'reopened', citizenSatisfied: false, answeredAt: null });
    const followUp = (
      await t.app.inject({ url: '/api/v1/feedback?followUp=true', headers: authHeaders(s.leader) })
    ).json();
    expect(followUp.items.map((i: { code: string }) => i.code)).toContain(created.code);
  });

  it('count on time and late answers, and overdue open items as late', async () => {
    const ward = await findUnitId(t, '00004');
    const before = (
      await t.app.inject({ url: `/api/v1/feedback/stats?unitId=${ward}`, headers: authHeaders(s.leader) })
    ).json();
    const late = (
      await report({
        kind: 'feedback',
        topic: 'attitude',
        content: 'Cán bộ trả lời điện thoại cộc lốc.',
        unitId: ward,
      })
    ).json();
    const open = (
      await report({
        kind: 'feedback',
        topic: 'procedure',
        content: 'Niêm yết thủ tục chưa cập nhật.',
        unitId: ward,
      })
    ).json();
    t.clock.advanceMinutes(20 * 24 * 60); // past the 10 working days
    try {
      const leader = await signIn(t.app, 'lanhdao'); // the earlier session has idled out meanwhile
      const answered = await step(leader, late.id, 'answer', {
        version: 1,
        answer: 'Đã nhắc nhở cán bộ.',
        upheld: false,
      });
      expect(answered.json().timeliness).toBe('late');
      const after = (
        await t.app.inject({ url: `/api/v1/feedback/stats?unitId=${ward}`, headers: authHeaders(leader) })
      ).json();
      expect(after.received - before.received).toBe(2);
      // the two new ones, and the first test's report (due 16/03) now overdue; the reopened complaint is not yet
      expect(after.late - before.late).toBe(3);
      expect(after.onTimeRate).toBeCloseTo(after.onTime / (after.onTime + after.late));
      const queue = (
        await t.app.inject({ url: '/api/v1/feedback?followUp=true', headers: authHeaders(leader) })
      ).json();
      expect(queue.items.find((i: { id: string }) => i.id === open.id).timeliness).toBe('late');
    } finally {
      t.clock.reset();
    }
  });

  it('take their handling time from the configured policy', async () => {
    const noivu = await signIn(t.app, 'noivu');
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/v1/feedback/policies/feedback',
          headers: authHeaders(s.leader),
          payload: { handlingDays: 5 },
        })
      ).statusCode,
    ).toBe(403);
    const updated = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/feedback/policies/feedback',
      headers: authHeaders(noivu),
      payload: { handlingDays: 5 },
    });
    expect(updated.statusCode).toBe(200);
    const created = (
      await report({
        kind: 'feedback',
        topic: 'other',
        content: 'Đề nghị bố trí thêm ghế chờ.',
        unitId: await findUnitId(t, '00004'),
      })
    ).json();
    expect(created.dueAt).toBe('2026-03-09T08:00:00+07:00');
  });
});

describe('dialogues with citizens', () => {
  it('are recorded, published as public minutes, and remind units when due', async () => {
    const ward = await findUnitId(t, '00004');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dialogues',
      headers: authHeaders(s.leader),
      payload: {
        unitId: ward,
        title: 'Đối thoại với Nhân dân 6 tháng đầu năm',
        heldAt: '2026-02-10T08:00:00+07:00',
        status: 'held',
        items: [
          {
            question: 'Vì sao cấp phép xây dựng chậm?',
            askedBy: 'Ông Bình',
            answer: 'Do thiếu cán bộ.',
            commitment: 'Bổ sung cán bộ',
            commitmentDue: '2026-04-30',
          },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const dialogue = created.json();
    expect((await t.app.inject('/api/v1/public/dialogues')).json()).toHaveLength(0);
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dialogues/${dialogue.id}/publish`,
      headers: authHeaders(s.leader),
      payload: {
        version: dialogue.version,
        minutes: 'Biên bản: 45 người dân tham dự, 1 câu hỏi, 1 cam kết.',
      },
    });
    expect(published.json()).toMatchObject({ status: 'published', items: [{ commitmentDue: '2026-04-30' }] });
    expect((await t.app.inject('/api/v1/public/dialogues')).json()[0].title).toContain('6 tháng');
    const due = (await t.app.inject({ url: '/api/v1/dialogues/due', headers: authHeaders(s.leader) })).json();
    expect(due.find((d: { unit: { id: string } }) => d.unit.id === ward)).toMatchObject({
      dueBy: '2026-08-10',
      overdue: false,
    });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/dialogues',
          headers: authHeaders(s.reception),
          payload: {
            ...dialogue,
            unitId: ward,
            status: 'held',
            heldAt: '2026-02-10T08:00:00+07:00',
            items: [],
          },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('abuse limits', () => {
  const anonymous = (address: string) =>
    report(
      { kind: 'feedback', topic: 'other', content: 'Góp ý chung về giờ làm việc.', unitId: dossierUnitId },
      undefined,
      address,
    );
  let dossierUnitId: string;

  beforeAll(async () => {
    dossierUnitId = await findUnitId(t, '00004');
  });

  it('accepts 10 anonymous reports an hour from one address, then answers 429 with Retry-After', async () => {
    for (let i = 0; i < 10; i += 1) expect((await anonymous('10.2.0.1')).statusCode).toBe(201);
    const refused = await anonymous('10.2.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await anonymous('10.2.0.2')).statusCode).toBe(201);
  });

  it('counts wrong feedback PINs per code before checking them, whatever the address', async () => {
    const created = (await anonymous('10.2.1.1')).json<{ code: string; pin: string }>();
    const wrong = created.pin === '000000' ? '111111' : '000000';
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        t.app.inject({
          url: `/api/v1/public/feedback?code=${created.code}&pin=${wrong}`,
          remoteAddress: `10.2.2.${i + 1}`,
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(5);
    const right = await t.app.inject({
      url: `/api/v1/public/feedback?code=${created.code}&pin=${created.pin}`,
      remoteAddress: '10.2.3.1',
    });
    expect(right.statusCode).toBe(429);
  });
});

describe('choosing the unit of a feedback', () => {
  it('finds a unit typed without diacritics, and takes % literally', async () => {
    const names = async (q: string) =>
      (
        (await t.app.inject(`/api/v1/public/feedback/units?q=${encodeURIComponent(q)}`)).json() as {
          name: string;
        }[]
      ).map((unit) => unit.name);
    expect(await names('phuong ba dinh')).toContain('Phường Ba Đình');
    expect(await names('PHƯỜNG BA ĐÌNH')).toContain('Phường Ba Đình');
    expect(await names('%')).toEqual([]);
  });
});
