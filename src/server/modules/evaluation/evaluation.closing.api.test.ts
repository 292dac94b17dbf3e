/**
 * A period that always closes (issue #19 item 4): a leader evaluates an official who never signed in, the
 * lock is refused with the list of who blocks it and what each must do, then succeeds once everyone is
 * approved; the yearly page refuses a leader with a message. Real database (PGlite), no evidence needed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../security/password.js';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';
import { findUnitId, findUserId } from '../../testing/fixtures.js';

let t: TestApp;
const s: Record<string, Session> = {};
const ids: Record<string, string> = {};
let periodId = '';
let ward = '';

const api = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(s[who]!), payload: payload as object });

/** 80 points, grade B, in the Hà Nội framework. */
const B_SCORES = {
  'general.diligence': 10,
  'general.conduct': 10,
  'task.timeliness': 32,
  'task.work_plan': 16,
  'task.satisfaction': 8,
  'bonus.initiative': 4,
};

async function addOfficial(
  username: string,
  unitCode: string,
  role: 'unit_leader' | 'specialist',
  password: boolean,
) {
  const db = t.deps.database.db;
  const user = await db
    .insertInto('app_user')
    .values({
      username,
      kind: 'official',
      full_name: username === 'chutich' ? 'Nguyễn Thị Hoa' : 'Đặng Văn Long',
      unit_id: await findUnitId(t, unitCode),
      title: username === 'chutich' ? 'Chủ tịch UBND phường' : 'Chuyên viên',
      password_hash: password ? await hashPassword(DEMO_PASSWORD) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('user_role').values({ user_id: user.id, role }).execute();
  ids[username] = user.id;
}

async function recordOf(who: string, official: string) {
  const list = (await api(who, 'GET', `/evaluation/periods/${periodId}/evaluations`)).json();
  const item = list.items.find((i: { officialId: string }) => i.officialId === ids[official]);
  return (await api(who, 'GET', `/evaluation/records/${item.id}`)).json();
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-10T03:00:00Z' });
  await addOfficial('chutich', '00004', 'unit_leader', true);
  await addOfficial('vangmat', '00004.VHXH', 'specialist', false);
  for (const u of ['noivu', 'tiepnhan', 'chuyenvien', 'lanhdao', 'truongmotcua', 'chutich']) {
    s[u] = await signIn(t.app, u);
    ids[u] = await findUserId(t, u);
  }
  ward = await findUnitId(t, '00004');
  const opened = await api('noivu', 'POST', '/evaluation/periods', { unitId: ward, month: '2026-03' });
  expect(opened.statusCode).toBe(201);
  periodId = opened.json().id;
});
afterAll(async () => {
  await t.close();
});

describe('a leader evaluates an official who did not assess themself', () => {
  it('offers the step only to the line leader, requires a reason, records it in the history and the audit log', async () => {
    const before = await recordOf('lanhdao', 'vangmat');
    expect(before).toMatchObject({ status: 'pending', absenceReason: null });
    expect(before.allowed).toEqual(['review_absent']);
    expect((await recordOf('noivu', 'vangmat')).allowed).toEqual([]);
    const url = `/evaluation/records/${before.id}/review-absent`;
    const body = { version: before.version, scores: B_SCORES, comment: 'Nghỉ ốm dài ngày.' };
    expect((await api('lanhdao', 'POST', url, body)).statusCode).toBe(400); // no reason
    const other = await api('lanhdao', 'POST', url, { ...body, reason: 'other', comment: undefined });
    expect(other.statusCode).toBe(400);
    expect(other.json().message).toContain('Lý do khác');
    expect((await api('chuyenvien', 'POST', url, { ...body, reason: 'on_leave' })).statusCode).toBe(404);
    const done = await api('lanhdao', 'POST', url, { ...body, reason: 'never_signed_in' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'reviewed',
      absenceReason: 'never_signed_in',
      score: 80,
      grade: 'B',
      selfScores: null,
      reviewScores: B_SCORES,
      reviewComment: 'Nghỉ ốm dài ngày.',
    });
    expect(done.json().events.map((e: { type: string }) => e.type)).toEqual(['review_absent']);
    expect(done.json().events[0].payload.reasonLabel).toBe('Chưa đăng nhập hệ thống');
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'summary'])
      .where('action', '=', 'evaluation.review_absent')
      .where('target_id', '=', before.id)
      .execute();
    expect(audit).toEqual([
      { actor_id: ids.lanhdao, summary: expect.objectContaining({ reason: 'never_signed_in', score: 80 }) },
    ]);
    const again = await api('lanhdao', 'POST', url, {
      ...body,
      version: done.json().version,
      reason: 'absent',
    });
    expect(again.statusCode).toBe(409);
  });

  it('is refused once the official has assessed themself (then the ordinary review applies)', async () => {
    const own = await recordOf('chuyenvien', 'chuyenvien');
    await api('chuyenvien', 'POST', `/evaluation/records/${own.id}/self-assessment`, {
      version: own.version,
      scores: B_SCORES,
    });
    const seen = await recordOf('lanhdao', 'chuyenvien');
    expect(seen.allowed).toEqual(['review']);
    const refused = await api('lanhdao', 'POST', `/evaluation/records/${seen.id}/review-absent`, {
      version: seen.version,
      scores: B_SCORES,
      reason: 'absent',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('invalid_transition');
  });
});

describe('locking the period', () => {
  it('is refused with the list of who blocks it and what each must do, then succeeds', async () => {
    const period = (await api('lanhdao', 'GET', `/evaluation/periods/${periodId}`)).json();
    const next = Object.fromEntries(
      period.blockers.map((b: { officialName: string; next: string }) => [b.officialName, b.next]),
    );
    expect(next).toEqual({
      'Trần Thị Bình': 'self_assess_or_review', // noivu
      'Lê Văn Cường': 'self_assess_or_review', // tiepnhan
      'Phạm Thị Dung': 'review', // chuyenvien, self-assessed above
      'Hoàng Văn Em': 'self_assess_or_review', // lanhdao
      'Vũ Thị Giang': 'self_assess_or_review', // truongmotcua
      'Nguyễn Thị Hoa': 'self_assess_or_review', // chutich
      'Đặng Văn Long': 'approve', // evaluated in place of a self-assessment
    });
    const refused = await api('lanhdao', 'POST', `/evaluation/periods/${periodId}/lock`, {
      version: period.version,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('invalid_transition');
    expect(refused.json().message).toContain('còn 7 người chưa được thủ trưởng phê duyệt');
    expect(refused.json().message).toContain('Đặng Văn Long: chờ thủ trưởng đơn vị phê duyệt');
    expect(refused.json().details.blockers).toHaveLength(7);

    // everyone who can sign in assesses themself; the absent chairman is evaluated by the deputy
    for (const who of ['noivu', 'tiepnhan', 'lanhdao', 'truongmotcua']) {
      const r = await recordOf(who, who);
      const res = await api(who, 'POST', `/evaluation/records/${r.id}/self-assessment`, {
        version: r.version,
        scores: B_SCORES,
      });
      expect(res.statusCode).toBe(200);
    }
    const reviews: [string, string][] = [
      ['lanhdao', 'noivu'],
      ['truongmotcua', 'tiepnhan'],
      ['lanhdao', 'chuyenvien'],
      ['lanhdao', 'truongmotcua'],
      ['chutich', 'lanhdao'],
    ];
    for (const [leader, official] of reviews) {
      const r = await recordOf(leader, official);
      const res = await api(leader, 'POST', `/evaluation/records/${r.id}/review`, {
        version: r.version,
        scores: B_SCORES,
      });
      expect(res.statusCode).toBe(200);
    }
    const chair = await recordOf('lanhdao', 'chutich');
    const absent = await api('lanhdao', 'POST', `/evaluation/records/${chair.id}/review-absent`, {
      version: chair.version,
      scores: B_SCORES,
      reason: 'on_leave',
    });
    expect(absent.statusCode).toBe(200);
    const stillBlocked = (await api('lanhdao', 'GET', `/evaluation/periods/${periodId}`)).json();
    expect(stillBlocked.blockers.every((b: { next: string }) => b.next === 'approve')).toBe(true);
    for (const official of ['noivu', 'tiepnhan', 'chuyenvien', 'truongmotcua', 'chutich', 'vangmat']) {
      const r = await recordOf('lanhdao', official);
      expect(
        (await api('lanhdao', 'POST', `/evaluation/records/${r.id}/approve`, { version: r.version }))
          .statusCode,
      ).toBe(200);
    }
    const deputy = await recordOf('chutich', 'lanhdao');
    await api('chutich', 'POST', `/evaluation/records/${deputy.id}/approve`, { version: deputy.version });
    const ready = (await api('lanhdao', 'GET', `/evaluation/periods/${periodId}`)).json();
    expect(ready.blockers).toEqual([]);
    const locked = await api('lanhdao', 'POST', `/evaluation/periods/${periodId}/lock`, {
      version: ready.version,
    });
    expect(locked.statusCode).toBe(200);
    const published = await api('lanhdao', 'POST', `/evaluation/periods/${periodId}/publish`, {
      version: locked.json().version,
    });
    expect(published.json()).toMatchObject({ status: 'published', blockers: [] });
  });
});

describe('the yearly page', () => {
  it('refuses a leader with a message saying so, not an empty list', async () => {
    const refused = await api('lanhdao', 'GET', `/evaluation/yearly?unitId=${ward}&year=2026`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden' });
    expect(refused.json().message).toContain('Bạn không có quyền xem xếp loại năm');
  });

  it('leaves one month of results unrated for the home-affairs administrator, with the reason', async () => {
    const rated = (await api('noivu', 'POST', '/evaluation/yearly', { unitId: ward, year: 2026 })).json();
    expect(rated.items).toHaveLength(7);
    expect(rated.items[0]).toMatchObject({
      level: null,
      levelLabel: 'Chưa xếp loại',
      months: 1,
      framework: 'HN-3814 v2',
    });
    expect(rated.items[0].reason).toBe(
      'Chưa đủ thời gian công tác để xếp loại: có kết quả 1/6 tháng tối thiểu.',
    );
  });
});
