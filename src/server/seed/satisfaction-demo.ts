/**
 * Demo satisfaction, feedback and dialogues over the generated history, so dashboards start with true
 * figures: about 55% of returned dossiers rated through every channel (scores lower when the dossier was
 * late; some anonymous), feedback and complaints about dossiers and officials (some answered late, some
 * upheld, some reopened), and one dialogue per commune. Seeded random: the same history gives the same data.
 * Responses are scored with the same pure formula as live ones and linked to the officials who acted.
 */
import { sql } from 'kysely';
import { addWorkingDays } from '../../domain/calendar/index.js';
import { getFormula, scoreResponse } from '../../domain/satisfaction/formula.js';
import type { Answers, SatisfactionChannel } from '../../domain/satisfaction/instrument.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/types.js';
import { appendAudit } from '../modules/audit/audit.queries.js';
import { getWorkingCalendar, resolveUnitCalendarVersion } from '../modules/calendars/calendars.service.js';
import { getCurrentInstrument } from '../modules/satisfaction/satisfaction.service.js';
import { createRandom, deriveSeed, type Random } from './history/random.js';
import { buildDemoFeedback, seedDemoDialogues, type ReturnedDossier } from './satisfaction-demo-feedback.js';

const COMMENTS = [
  'Cán bộ hướng dẫn tận tình.',
  'Thủ tục nhanh gọn.',
  'Phải chờ lâu ở quầy.',
  'Nên bố trí thêm chỗ ngồi chờ.',
  'Trả kết quả đúng hẹn, cảm ơn.',
  'Cổng dịch vụ công khó đăng nhập.',
];

export interface SatisfactionDemoResult {
  responses: number;
  feedback: number;
  dialogues: number;
}

async function listReturned(db: Db): Promise<ReturnedDossier[]> {
  const rows = await sql<ReturnedDossier>`
    select id, code, channel, applicant_user_id, receiving_unit_id, authority_unit_id, procedure_id, returned_at,
      applicant, coalesce(finished_at > coalesce(original_due_at, due_at), false) as late
    from dossier where status = 'returned' and returned_at is not null order by code`.execute(db);
  return rows.rows;
}

function pickChannel(random: Random, dossier: ReturnedDossier): SatisfactionChannel {
  if (dossier.channel === 'online' && random.chance(0.6)) return 'online';
  return (['kiosk', 'qr', 'sms', 'zalo'] as const)[random.weighted([35, 30, 20, 15])]!;
}

function drawScore(random: Random, late: boolean, unitBias: number): number {
  const weights = late ? [8, 14, 28, 32, 18] : [2, 4, 10, 38 + unitBias, 46 - unitBias];
  return random.weighted(weights) + 1;
}

function drawAnswers(
  random: Random,
  dossier: ReturnedDossier,
  channel: SatisfactionChannel,
  bias: number,
): Answers {
  const answers: Answers = {};
  for (const element of ['access', 'procedure', 'officials', 'result', 'feedback'] as const) {
    if (element === 'feedback' && random.chance(0.4)) continue; // no opinion: never gave feedback
    answers[element] = drawScore(random, dossier.late, bias);
  }
  answers.returnTime = dossier.late ? 'late' : random.chance(0.4) ? 'early' : 'on_time';
  answers.trips = dossier.channel === 'online' ? random.int(0, 1) : random.int(1, dossier.late ? 4 : 2);
  answers.agencies = 1;
  answers.publishedInfoAccurate = random.chance(0.92);
  answers.attitude = random.weighted([70, 26, 4]) === 0 ? 'polite' : random.chance(0.9) ? 'neutral' : 'rude';
  answers.unofficialCost = random.chance(0.015);
  answers.onlineQuality =
    channel === 'online' || dossier.channel === 'online'
      ? random.pick(['good', 'good', 'fair', 'poor'])
      : 'not_used';
  if (random.chance(0.25)) answers.comment = random.pick(COMMENTS);
  return answers;
}

async function listActors(db: Db, dossierIds: string[]) {
  const byDossier = new Map<string, { user_id: string; step_id: string }[]>();
  for (let i = 0; i < dossierIds.length; i += 2000) {
    const rows = await db
      .selectFrom('dossier_action as a')
      .innerJoin('app_user as u', 'u.id', 'a.actor_id')
      .select([
        'a.dossier_id',
        'a.actor_id as user_id',
        sql<string>`coalesce(a.step_id, a.type)`.as('step_id'),
      ])
      .where('a.dossier_id', 'in', dossierIds.slice(i, i + 2000))
      .where('u.kind', '=', 'official')
      .distinct()
      .$narrowType<{ user_id: string }>()
      .execute();
    for (const row of rows) {
      const list = byDossier.get(row.dossier_id) ?? [];
      list.push({ user_id: row.user_id, step_id: row.step_id });
      byDossier.set(row.dossier_id, list);
    }
  }
  return byDossier;
}

/** Generates the demo satisfaction data when there is none yet; null when there already is some. */
export async function seedSatisfactionDemoIfEmpty(
  db: Db,
  clock: Clock,
  seed = 2026,
): Promise<SatisfactionDemoResult | null> {
  const any = await db.selectFrom('satisfaction_response').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const now = clock.now();
  const instrument = await getCurrentInstrument(db, now);
  const formula = getFormula(instrument.formula_version);
  const returned = await listReturned(db);
  const streamOf = (key: string) => createRandom(deriveSeed(deriveSeed(seed, 'satisfaction'), key));
  const actors = await listActors(
    db,
    returned.map((d) => d.id),
  );
  const bias = new Map<string, number>();
  const responses: Record<string, unknown>[] = [];
  const officials: { response_id: string; user_id: string; step_id: string }[] = [];
  for (const dossier of returned) {
    const random = streamOf(dossier.id);
    if (!random.chance(0.55)) continue;
    if (!bias.has(dossier.receiving_unit_id))
      bias.set(dossier.receiving_unit_id, streamOf(dossier.receiving_unit_id).int(-12, 12));
    const channel = pickChannel(random, dossier);
    const answers = drawAnswers(random, dossier, channel, bias.get(dossier.receiving_unit_id)!);
    const { scores, overallSatisfied } = scoreResponse(answers, formula);
    const delay = channel === 'kiosk' ? random.int(1, 10) * 60_000 : random.int(1, 72) * 3_600_000;
    const submittedAt = new Date(Math.min(dossier.returned_at.getTime() + delay, now.getTime()));
    const id = random.uuid();
    responses.push({
      id,
      dossier_id: dossier.id,
      instrument_version_id: instrument.id,
      channel,
      unit_id: dossier.receiving_unit_id,
      authority_unit_id: dossier.authority_unit_id,
      procedure_id: dossier.procedure_id,
      anonymous: random.chance(0.2),
      answers: JSON.stringify(answers),
      score_access: scores.access,
      score_procedure: scores.procedure,
      score_officials: scores.officials,
      score_result: scores.result,
      score_feedback: scores.feedback,
      overall_satisfied: overallSatisfied,
      formula_version: formula.version,
      submitted_at: submittedAt,
    });
    for (const actor of actors.get(dossier.id) ?? []) officials.push({ response_id: id, ...actor });
  }
  const calendars = new Map<string, Awaited<ReturnType<typeof getWorkingCalendar>>>();
  const calendarOf = async (unitId: string) => {
    if (!calendars.has(unitId))
      calendars.set(unitId, await getWorkingCalendar(db, await resolveUnitCalendarVersion(db, unitId)));
    return calendars.get(unitId)!;
  };
  const policies = new Map(
    (await db.selectFrom('feedback_policy').selectAll().execute()).map((p) => [p.kind, p.handling_days]),
  );
  const feedback = await buildDemoFeedback(db, {
    random: createRandom(deriveSeed(seed, 'feedback')),
    returned,
    actors,
    now,
    dueOf: async (unitId, kind, at) =>
      new Date(addWorkingDays(await calendarOf(unitId), at.getTime(), policies.get(kind) ?? 10)),
  });
  let dialogues = 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < responses.length; i += 500) {
      await trx
        .insertInto('satisfaction_response')
        .values(responses.slice(i, i + 500) as never)
        .execute();
    }
    for (let i = 0; i < officials.length; i += 2000) {
      await trx
        .insertInto('satisfaction_response_official')
        .values(officials.slice(i, i + 2000))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (let i = 0; i < feedback.length; i += 500)
      await trx
        .insertInto('feedback')
        .values(feedback.slice(i, i + 500))
        .execute();
    dialogues = await seedDemoDialogues(trx, now);
    await appendAudit(trx, {
      at: now,
      actorId: null,
      actorUnitId: null,
      unitId: null,
      action: 'system.seed_demo_satisfaction',
      targetType: 'satisfaction_response',
      targetId: null,
      summary: { responses: responses.length, feedback: feedback.length, dialogues, seed },
      requestId: null,
    });
  });
  return { responses: responses.length, feedback: feedback.length, dialogues };
}
