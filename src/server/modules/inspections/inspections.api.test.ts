/**
 * An inspection round through the API: a team, an unannounced visit with a checklist and a photographed
 * finding, due process (explanation before the working-day deadline, the head's decision) and its effect
 * on the official's deduction and on the reports.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnitId, findUserId } from '../../testing/fixtures.js';
import { authHeaders, createTestApp, signIn, type Session, type TestApp } from '../../testing/harness.js';

let t: TestApp;
const s: Record<string, Session> = {};
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-insp-'));
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

beforeAll(async () => {
  // Monday 2 March 2026, 09:00 in Hà Nội
  t = await createTestApp({ env: { FILES_DIR: filesDir } });
  for (const name of [
    'noivu',
    'thanhtra',
    'tiepnhan',
    'lanhdao',
    'truongmotcua',
    'chuyenvien',
    'noivu.ngocha',
  ])
    s[name] = await signIn(t.app, name);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(s[who]!), payload });

let teamId = '';
let inspectionId = '';
let findingId = '';

describe('inspection round', () => {
  it('home affairs sets up a team; an inspector cannot', async () => {
    const body = {
      name: 'Tổ kiểm tra công vụ phường Ba Đình',
      scopeUnitId: await findUnitId(t, '00004'),
      members: [{ userId: await findUserId(t, 'thanhtra'), role: 'lead' }],
    };
    expect((await call('thanhtra', 'POST', '/inspections/teams', body)).statusCode).toBe(403);
    expect((await call('noivu.ngocha', 'POST', '/inspections/teams', body)).statusCode).toBe(403);
    const created = await call('noivu', 'POST', '/inspections/teams', body);
    expect(created.statusCode).toBe(201);
    teamId = created.json().id;
  });

  it('the inspector records an unannounced visit with its checklist', async () => {
    const created = await call('thanhtra', 'POST', '/inspections', {
      teamId,
      unitId: await findUnitId(t, '00004.MC'),
      kind: 'unannounced',
    });
    expect(created.statusCode).toBe(201);
    const visit = created.json();
    inspectionId = visit.id;
    expect(visit).toMatchObject({
      status: 'in_progress',
      visitedAt: '2026-03-02T02:00:00.000Z',
      canEdit: true,
    });
    expect(visit.checklist.items.map((i: { code: string }) => i.code)).toContain('badge');
    const updated = await call('thanhtra', 'PATCH', `/inspections/${inspectionId}`, {
      version: visit.version,
      results: { badge: 'fail', dress: 'pass', hours: 'pass' },
    });
    expect(updated.json().unrecordedFailures).toEqual(['badge']);
    const unknown = await call('thanhtra', 'PATCH', `/inspections/${inspectionId}`, {
      version: updated.json().version,
      results: { smoking: 'fail' },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('records a finding with a photo; the deadline is three working days on', async () => {
    const photo = await t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...authHeaders(s.thanhtra!), 'content-type': 'image/png', 'x-file-name': 'the.png' },
      payload: png,
    });
    const finding = await call('thanhtra', 'POST', `/inspections/${inspectionId}/findings`, {
      officialId: await findUserId(t, 'tiepnhan'),
      violationType: 'badge',
      severity: 'medium',
      description: 'Không đeo thẻ công chức khi tiếp công dân tại quầy số 2.',
      checklistItem: 'badge',
      photos: [{ attachmentId: photo.json().id, takenAt: '2026-03-02T01:58:00Z' }],
    });
    expect(finding.statusCode).toBe(201);
    const body = finding.json();
    findingId = body.id;
    // Monday 09:00 + 3 working days = Thursday 09:00 (local)
    expect(body).toMatchObject({
      status: 'awaiting_explanation',
      explanationDueAt: '2026-03-05T02:00:00.000Z',
      rulesVersion: '2026.1',
      confirmed: false,
      deduction: 0,
      unitName: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
    });
    expect(body.photos).toHaveLength(1);
    const image = await call('tiepnhan', 'GET', body.photos[0].url.replace('/api/v1', ''));
    expect(image.headers['content-type']).toBe('image/png');
    expect((await call('chuyenvien', 'GET', body.photos[0].url.replace('/api/v1', ''))).statusCode).toBe(404);
    const again = await call('thanhtra', 'POST', `/inspections/${inspectionId}/findings`, {
      violationType: 'badge',
      severity: 'light',
      description: 'x',
      photos: [{ attachmentId: photo.json().id }],
    });
    expect(again.statusCode).toBe(400);
  });

  it('shows the finding to the official and the heads only', async () => {
    expect(
      (await call('tiepnhan', 'GET', `/inspections/findings/${findingId}`)).json().allowedActions,
    ).toEqual(['explain']);
    expect(
      (await call('lanhdao', 'GET', `/inspections/findings/${findingId}`)).json().allowedActions,
    ).toEqual([]);
    expect((await call('chuyenvien', 'GET', `/inspections/findings/${findingId}`)).statusCode).toBe(404);
    expect((await call('noivu.ngocha', 'GET', `/inspections/findings/${findingId}`)).statusCode).toBe(404);
  });

  it('the head waits for the explanation; the official explains once; the inspector never decides', async () => {
    const early = await call('lanhdao', 'POST', `/inspections/findings/${findingId}/decision`, {
      version: 1,
      decision: 'reprimanded',
      note: 'x',
    });
    expect(early.json().code).toBe('invalid_transition');
    const stale = await call('tiepnhan', 'POST', `/inspections/findings/${findingId}/explanation`, {
      version: 0,
      explanation: 'Tôi để quên thẻ.',
    });
    expect(stale.json().code).toBe('conflict');
    const explained = await call('tiepnhan', 'POST', `/inspections/findings/${findingId}/explanation`, {
      version: 1,
      explanation: 'Tôi để quên thẻ ở nhà, đã khắc phục ngay trong buổi chiều.',
    });
    expect(explained.json()).toMatchObject({ status: 'explained', explainedAt: '2026-03-02T02:00:00.000Z' });
    const twice = await call('tiepnhan', 'POST', `/inspections/findings/${findingId}/explanation`, {
      version: 2,
      explanation: 'Lại',
    });
    expect(twice.json().code).toBe('invalid_transition');
    const inspector = await call('thanhtra', 'POST', `/inspections/findings/${findingId}/decision`, {
      version: 2,
      decision: 'reprimanded',
      note: 'x',
    });
    expect(inspector.statusCode).toBe(403);
  });

  it('the head decides; the confirmed finding deducts by severity on the official’s own page', async () => {
    const decided = await call('lanhdao', 'POST', `/inspections/findings/${findingId}/decision`, {
      version: 2,
      decision: 'reprimanded',
      note: 'Phê bình trước cơ quan.',
    });
    expect(decided.json()).toMatchObject({
      status: 'decided',
      confirmed: true,
      deduction: 5,
      decidedByName: 'Hoàng Văn Em',
    });
    expect(decided.json().events.map((e: { type: string }) => e.type)).toEqual([
      'recorded',
      'explained',
      'decided',
    ]);
    const mine = await call('tiepnhan', 'GET', '/inspections/findings?scope=mine&month=2026-03');
    expect(mine.json()).toMatchObject({ totalDeduction: 5 });
    expect(
      (await call('tiepnhan', 'GET', '/inspections/findings?scope=mine&month=2026-04')).json().totalDeduction,
    ).toBe(0);
    const audit = await t.deps.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', findingId)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'inspection.finding_recorded',
      'inspection.finding_explained',
      'inspection.finding_decided',
    ]);
  });

  it('after an unanswered deadline the official can no longer explain and the head may decide', async () => {
    const second = await call('thanhtra', 'POST', `/inspections/${inspectionId}/findings`, {
      officialId: await findUserId(t, 'tiepnhan'),
      violationType: 'dress',
      severity: 'light',
      description: 'Trang phục không đúng quy định.',
    });
    const id = second.json().id;
    expect(
      (await call('truongmotcua', 'GET', '/inspections/findings?scope=to_decide')).json().items,
    ).toHaveLength(1);
    t.clock.advanceMinutes(3 * 24 * 60 + 1); // Thursday 09:01, a minute past the deadline
    for (const name of Object.keys(s)) s[name] = await signIn(t.app, name); // sessions idled out
    const late = await call('tiepnhan', 'POST', `/inspections/findings/${id}/explanation`, {
      version: 1,
      explanation: 'x',
    });
    expect(late.json().code).toBe('invalid_transition');
    const decided = await call('truongmotcua', 'POST', `/inspections/findings/${id}/decision`, {
      version: 1,
      decision: 'dismissed',
      note: 'Đồng phục đang giặt, có xác nhận.',
    });
    expect(decided.json()).toMatchObject({ confirmed: false, deduction: 0, explanationOverdue: false });
    expect((await call('tiepnhan', 'GET', '/inspections/findings?scope=mine')).json().totalDeduction).toBe(5);
  });

  it('opens a case from a citizen report and reports violations, repeats and coverage', async () => {
    const opened = await call('thanhtra', 'POST', '/inspections/cases', {
      unitId: await findUnitId(t, '00004.MC'),
      officialId: await findUserId(t, 'tiepnhan'),
      violationType: 'attitude',
      severity: 'serious',
      description: 'Công dân phản ánh thái độ gắt gỏng.',
      occurredAt: '2026-03-03T03:00:00Z',
      sourceReference: 'Đường dây nóng 1022',
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ inspectionId: null, sourceReference: 'Đường dây nóng 1022' });
    const report = (
      await call('thanhtra', 'GET', `/inspections/reports?unitId=${await findUnitId(t, '00004')}`)
    ).json();
    expect(report.byType).toEqual([{ violationType: 'badge', label: 'Không đeo thẻ công chức', count: 1 }]);
    expect(report.byUnitMonth[0]).toMatchObject({
      month: '2026-03',
      unitName: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
    });
    expect(report.coverage.quarter).toBe('2026-Q1');
    expect(report.coverage.notInspected.map((u: { unitName: string }) => u.unitName)).not.toContain(
      'Trung tâm Phục vụ hành chính công phường Ba Đình',
    );
    expect(report.coverage.units - report.coverage.inspected).toBe(report.coverage.notInspected.length);
    expect((await call('chuyenvien', 'GET', '/inspections/reports')).statusCode).toBe(403);
  });
});
