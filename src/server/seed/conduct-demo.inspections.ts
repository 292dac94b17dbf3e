/** The inspection part of the conduct demo: the city's team (thanhtra), two visits and findings at each step. */
import type { Tx } from '../db/types.js';
import { computeDue, resolveUnitCalendarVersion } from '../modules/calendars/calendars.service.js';

const DAY = 86_400_000;
type Ids = Record<string, string>;

/** Seeds the team, a planned visit to Ba Đình's one-stop unit, an unannounced one to Ngọc Hà's, and findings. */
export async function seedInspections(trx: Tx, u: Ids, p: Ids, now: number) {
  const team = await trx
    .insertInto('inspection_team')
    .values({
      name: 'Tổ kiểm tra công vụ thành phố Hà Nội',
      scope_unit_id: u['01']!,
      scope_note: 'Kiểm tra việc chấp hành kỷ luật, kỷ cương tại Bộ phận Một cửa các phường, xã.',
      created_by: p.admin!,
      created_at: new Date(now - 120 * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('inspection_team_member')
    .values({ team_id: team.id, user_id: p.thanhtra!, role: 'lead' })
    .execute();
  const checklist = await trx
    .selectFrom('inspection_checklist')
    .select('id')
    .where('code', '=', 'cong-vu')
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow();
  const visit = async (
    unit: string,
    kind: 'planned' | 'unannounced',
    daysAgo: number,
    results: Record<string, string>,
  ) =>
    (
      await trx
        .insertInto('inspection')
        .values({
          team_id: team.id,
          unit_id: u[unit]!,
          kind,
          status: 'completed',
          planned_for: kind === 'planned' ? new Date(now - daysAgo * DAY) : null,
          visited_at: new Date(now - daysAgo * DAY),
          checklist_id: checklist.id,
          results: JSON.stringify(results),
          notes: 'Đã lập biên bản kiểm tra.',
          created_by: p.thanhtra!,
          created_at: new Date(now - (daysAgo + 7) * DAY),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const planned = await visit('00004.MC', 'planned', 40, {
    badge: 'fail',
    dress: 'pass',
    hours: 'pass',
    phone: 'pass',
    one_stop: 'pass',
    posted_info: 'fail',
  });
  const surprise = await visit('00008.MC', 'unannounced', 12, {
    badge: 'pass',
    dress: 'pass',
    hours: 'fail',
    phone: 'pass',
    one_stop: 'pass',
    posted_info: 'pass',
  });
  const finding = async (f: {
    inspection: string | null;
    unit: string;
    official: string | null;
    type: string;
    severity: 'light' | 'medium' | 'serious';
    item: string | null;
    description: string;
    daysAgo: number;
    explanation?: string;
    decision?: 'dismissed' | 'reminded' | 'reprimanded' | 'discipline_proposed';
    note?: string;
  }) => {
    const at = now - f.daysAgo * DAY;
    const due = await computeDue(trx, await resolveUnitCalendarVersion(trx, u[f.unit]!), at, '3d');
    const explainedAt = f.explanation ? new Date(Math.min(at + DAY, now)) : null;
    const decidedAt = f.decision ? new Date(Math.min(due + DAY, now)) : null;
    const row = await trx
      .insertInto('inspection_finding')
      .values({
        inspection_id: f.inspection,
        unit_id: u[f.unit]!,
        official_id: f.official ? p[f.official]! : null,
        violation_type: f.type,
        severity: f.severity,
        status: f.decision ? 'decided' : f.explanation ? 'explained' : 'awaiting_explanation',
        description: f.description,
        checklist_item: f.item,
        occurred_at: new Date(at),
        recorded_by: p.thanhtra!,
        created_at: new Date(at),
        rules_version: '2026.1',
        explanation_due_at: new Date(due),
        explanation: f.explanation ?? null,
        explained_at: explainedAt,
        decision: f.decision ?? null,
        decision_note: f.note ?? null,
        decided_by: f.decision ? p.lanhdao! : null,
        decided_at: decidedAt,
        source_feedback_id: null,
        source_reference: f.inspection ? null : 'Đường dây nóng 1022',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const events: {
      finding_id: string;
      type: 'recorded' | 'explained' | 'decided';
      at: Date;
      actor_id: string;
      payload: string;
    }[] = [
      {
        finding_id: row.id,
        type: 'recorded',
        at: new Date(at),
        actor_id: p.thanhtra!,
        payload: JSON.stringify({ severity: f.severity }),
      },
    ];
    if (explainedAt)
      events.push({
        finding_id: row.id,
        type: 'explained',
        at: explainedAt,
        actor_id: f.official ? p[f.official]! : p.truongmotcua!,
        payload: '{}',
      });
    if (decidedAt)
      events.push({
        finding_id: row.id,
        type: 'decided',
        at: decidedAt,
        actor_id: p.lanhdao!,
        payload: JSON.stringify({ decision: f.decision, note: f.note }),
      });
    await trx.insertInto('inspection_finding_event').values(events).execute();
  };
  await finding({
    inspection: planned,
    unit: '00004.MC',
    official: 'tiepnhan',
    type: 'badge',
    severity: 'light',
    item: 'badge',
    description: 'Không đeo thẻ công chức khi tiếp nhận hồ sơ tại quầy.',
    daysAgo: 40,
    explanation: 'Thẻ bị đứt dây, đã thay ngay trong ngày.',
    decision: 'reminded',
    note: 'Nhắc nhở, yêu cầu chấp hành nghiêm.',
  });
  await finding({
    inspection: planned,
    unit: '00004.MC',
    official: null,
    type: 'posted_information',
    severity: 'medium',
    item: 'posted_info',
    description: 'Bảng niêm yết thủ tục hành chính chưa cập nhật 3 thủ tục mới.',
    daysAgo: 40,
    explanation: 'Đã cập nhật bảng niêm yết ngày hôm sau.',
  });
  await finding({
    inspection: surprise,
    unit: '00008.MC',
    official: null,
    type: 'working_hours',
    severity: 'medium',
    item: 'hours',
    description: 'Quầy số 1 không có người trực lúc 8 giờ 15.',
    daysAgo: 12,
  });
  await finding({
    inspection: null,
    unit: '00004.KT',
    official: 'chuyenvien',
    type: 'attitude',
    severity: 'light',
    item: null,
    description: 'Công dân phản ánh qua đường dây nóng: trả lời điện thoại cộc lốc.',
    daysAgo: 1,
  });
}
