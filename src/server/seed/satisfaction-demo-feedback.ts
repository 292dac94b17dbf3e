/**
 * The demo's feedback and complaints (about 4% of returned dossiers; misconduct reports name an official
 * who acted on the dossier and go to the unit above theirs) and its dialogues with citizens.
 */
import type { Insertable } from 'kysely';
import { classifyFeedbackKind, type FeedbackKind, type FeedbackTopic } from '../../domain/feedback/rules.js';
import type { FeedbackTable } from '../db/schema.js';
import type { Db, Tx } from '../db/types.js';
import { hashFeedbackPin } from '../modules/feedback/feedback.service.js';
import { createRandom, deriveSeed, type Random } from './history/random.js';

/** A returned dossier of the demo data, as the satisfaction and feedback seeds read it. */
export interface ReturnedDossier {
  id: string;
  code: string | null;
  channel: string;
  applicant_user_id: string | null;
  receiving_unit_id: string;
  authority_unit_id: string;
  procedure_id: string;
  returned_at: Date;
  late: boolean;
  applicant: unknown;
}

const DAY = 86_400_000;

const TOPICS: Record<FeedbackKind, FeedbackTopic[]> = {
  feedback: ['delay', 'procedure', 'attitude', 'other'],
  complaint: ['result', 'delay', 'extra_documents'],
  misconduct: ['harassment', 'unofficial_payment', 'extra_documents'],
};

const CONTENT: Record<FeedbackTopic, string> = {
  delay: 'Hồ sơ bị hẹn lại, đề nghị cho biết lý do chậm trễ.',
  procedure: 'Thành phần hồ sơ niêm yết tại quầy khác với trên cổng dịch vụ công.',
  attitude: 'Cán bộ trả lời điện thoại thiếu lịch sự.',
  other: 'Đề nghị bố trí thêm chỗ ngồi chờ tại Bộ phận Một cửa.',
  result: 'Kết quả giải quyết ghi sai thông tin, đề nghị sửa lại.',
  extra_documents: 'Cán bộ yêu cầu nộp thêm giấy tờ không có trong quy định.',
  harassment: 'Cán bộ gây khó khăn, bắt đi lại nhiều lần.',
  unofficial_payment: 'Cán bộ gợi ý phải nộp thêm tiền ngoài lệ phí để được giải quyết nhanh.',
};

interface Inputs {
  random: Random;
  returned: ReturnedDossier[];
  actors: Map<string, { user_id: string; step_id: string }[]>;
  now: Date;
  dueOf: (unitId: string, kind: FeedbackKind, at: Date) => Promise<Date>;
}

/** The feedback rows of the demo (not yet written). */
export async function buildDemoFeedback(db: Db, inputs: Inputs): Promise<Insertable<FeedbackTable>[]> {
  const { now } = inputs;
  // one independent stream per dossier: consecutive draws of one stream after a rare event are not independent enough
  const base = inputs.random.int(1, 2 ** 30);
  const officials = new Map(
    (
      await db
        .selectFrom('app_user as a')
        .innerJoin('unit as u', 'u.id', 'a.unit_id')
        .select(['a.id', 'a.unit_id', 'u.parent_id'])
        .where('a.kind', '=', 'official')
        .execute()
    ).map((row) => [row.id, row.parent_id ?? row.unit_id!]),
  );
  const rows: Insertable<FeedbackTable>[] = [];
  for (const dossier of inputs.returned) {
    const random = createRandom(deriveSeed(base, dossier.id));
    if (!random.chance(0.04)) continue;
    const receivedAt = new Date(
      dossier.returned_at.getTime() + random.int(1, 10) * DAY + random.int(0, 8) * 3_600_000,
    );
    if (receivedAt >= now) continue;
    const acted = inputs.actors.get(dossier.id) ?? [];
    // a misconduct report names an official: only where officials are named in the log
    const chosen = (['feedback', 'complaint', 'misconduct'] as const)[
      random.weighted(acted.length ? [45, 25, 30] : [55, 45, 0])
    ]!;
    const topic = random.pick(TOPICS[chosen]);
    const actor = chosen === 'misconduct' && acted.length ? random.pick(acted) : null;
    const official = actor && officials.has(actor.user_id) ? actor.user_id : null;
    const kind = official
      ? classifyFeedbackKind(chosen, topic)
      : chosen === 'misconduct'
        ? 'complaint'
        : chosen;
    const unitId = kind === 'misconduct' && official ? officials.get(official)! : dossier.authority_unit_id;
    const dueAt = await inputs.dueOf(unitId, kind, receivedAt);
    const overdue = dueAt < now;
    const answered = random.chance(overdue ? 0.88 : 0.5);
    const late = answered && overdue && random.chance(0.18);
    const span = dueAt.getTime() - receivedAt.getTime();
    let answeredAt: Date | null = null;
    if (answered) {
      const at = late
        ? dueAt.getTime() + random.int(1, 10) * DAY
        : receivedAt.getTime() + span * random.between(0.2, 0.95);
      answeredAt = new Date(Math.min(at, now.getTime() - 3_600_000));
    }
    const reopened = answeredAt !== null && random.chance(0.08);
    const id = random.uuid();
    const applicant = dossier.applicant as { fullName?: string; phone?: string; email?: string };
    const day = receivedAt.toISOString().slice(2, 10).replaceAll('-', '');
    rows.push({
      id,
      code: `PA-${day}-${id.slice(0, 6).toUpperCase()}`,
      kind,
      channel: (['online', 'counter', 'hotline', 'kiosk'] as const)[random.weighted([50, 25, 15, 10])]!,
      dossier_id: dossier.id,
      official_id: kind === 'misconduct' ? official : null,
      unit_id: unitId,
      topic,
      content: CONTENT[topic],
      reporter_name: applicant.fullName ?? 'Công dân',
      reporter_phone: applicant.phone ?? null,
      reporter_email: applicant.email ?? null,
      reporter_user_id: dossier.applicant_user_id,
      pin_hash: hashFeedbackPin(id, random.digits(6)),
      status: reopened
        ? 'reopened'
        : answeredAt
          ? 'answered'
          : random.chance(0.5)
            ? 'in_progress'
            : 'received',
      received_at: receivedAt,
      due_at: reopened ? new Date(answeredAt!.getTime() + span) : dueAt,
      answered_at: reopened ? null : answeredAt,
      answer: answeredAt ? 'Đơn vị đã kiểm tra, xử lý theo quy định và trả lời công dân.' : null,
      upheld: answeredAt ? random.chance(kind === 'feedback' ? 0.5 : 0.35) : null,
      citizen_satisfied: reopened ? false : answeredAt && random.chance(0.8) ? true : null,
      created_at: receivedAt,
      updated_at: answeredAt ?? receivedAt,
    });
  }
  return rows;
}

/** Dialogues: Phường Ba Đình held one five months ago (minutes published) and plans the next; Ngọc Hà is overdue. */
export async function seedDemoDialogues(trx: Tx, now: Date): Promise<number> {
  const units = await trx
    .selectFrom('unit')
    .select(['id', 'code'])
    .where('code', 'in', ['00004', '00008'])
    .execute();
  let count = 0;
  for (const unit of units) {
    const heldAt = new Date(now.getTime() - (unit.code === '00004' ? 150 : 220) * DAY);
    const { id } = await trx
      .insertInto('citizen_dialogue')
      .values({
        unit_id: unit.id,
        title: 'Hội nghị đối thoại giữa người đứng đầu với Nhân dân về cải cách hành chính',
        held_at: heldAt,
        location: 'Hội trường UBND phường',
        chaired_by: 'Chủ tịch UBND phường',
        participants: unit.code === '00004' ? 86 : 54,
        status: 'published',
        minutes:
          'Hội nghị ghi nhận ý kiến của người dân về thời gian giải quyết hồ sơ, thái độ phục vụ và dịch vụ công trực tuyến; UBND phường cam kết khắc phục trong quý tới.',
        published_at: new Date(heldAt.getTime() + 3 * DAY),
        created_by: null,
        created_at: heldAt,
        updated_at: heldAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('citizen_dialogue_item')
      .values([
        {
          dialogue_id: id,
          position: 1,
          question: 'Vì sao hồ sơ cấp phép xây dựng thường bị hẹn lại?',
          asked_by: 'Ông Nguyễn Văn Bình, tổ dân phố 5',
          answer: 'Do thiếu cán bộ thẩm định; phường đã bổ sung một chuyên viên.',
          commitment: 'Giải quyết đúng hạn 100% hồ sơ xây dựng',
          commitment_due: new Date(heldAt.getTime() + 90 * DAY).toISOString().slice(0, 10),
        },
        {
          dialogue_id: id,
          position: 2,
          question: 'Đề nghị hướng dẫn nộp hồ sơ trực tuyến cho người cao tuổi.',
          asked_by: 'Bà Trần Thị Lan',
          answer: 'Tổ công nghệ số cộng đồng sẽ hỗ trợ tại nhà.',
          commitment: 'Mỗi tổ dân phố có một người hỗ trợ',
          commitment_due: new Date(heldAt.getTime() + 60 * DAY).toISOString().slice(0, 10),
        },
      ])
      .execute();
    count += 1;
  }
  return count;
}
