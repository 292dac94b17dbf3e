/**
 * Satisfaction surveys: the versioned instrument, survey links bound to a returned dossier (kiosk, QR slip,
 * SMS/Zalo, the citizen's account) and the one verified response per dossier. A response is written in one
 * transaction with the used-token record, its officials and the audit entry; an anonymous response's audit
 * entry names no dossier (officials read the audit log).
 */
import QRCode from 'qrcode';
import type { z } from 'zod';
import type {
  CreateInstrumentVersionRequest,
  SubmitSurveyRequest,
  SurveyInvitationRequest,
} from '../../../contracts/satisfaction.js';
import { canSeeDossier } from '../dossiers/dossier-scope.js';
import { fail } from '../../../domain/errors.js';
import { DEFAULT_FORMULA_VERSION, getFormula, scoreResponse } from '../../../domain/satisfaction/formula.js';
import {
  assertExtendsInstrument,
  DEFAULT_INSTRUMENT,
  validateAnswers,
  type InstrumentDefinition,
} from '../../../domain/satisfaction/instrument.js';
import {
  canEditInstrument,
  isRateableDossierStatus,
  SURVEY_ISSUERS,
} from '../../../domain/satisfaction/policy.js';
import { hasAnyRole } from '../../../domain/access/policy.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import * as q from './satisfaction.queries.js';
import { hashSurveyToken, issueSurveyToken, verifySurveyToken } from './satisfaction.token.js';

/** The instrument new responses use; version 1 (the default instrument) is stored on first use. */
export async function getCurrentInstrument(db: Executor, now: Date): Promise<q.InstrumentRow> {
  const latest = await q.findLatestInstrument(db);
  if (latest) return latest;
  await q.insertInstrumentIfAbsent(db, {
    number: 1,
    definition: JSON.stringify(DEFAULT_INSTRUMENT),
    formula_version: DEFAULT_FORMULA_VERSION,
    legal_basis:
      'Đánh giá mức độ hài lòng: NĐ 61/2018/NĐ-CP Điều 31 (NĐ 118/2025/NĐ-CP từ 01/7/2025); QĐ 766/QĐ-TTg (2022) [verify]',
    note: 'Bộ công cụ thống nhất (phiên bản đầu)',
    created_by: null,
    created_at: now,
  });
  return (await q.findLatestInstrument(db))!;
}

/** Publishes a new instrument version that adds questions to the latest one. */
export async function createInstrumentVersion(
  ctx: RequestContext,
  input: z.infer<typeof CreateInstrumentVersionRequest>,
): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (!canEditInstrument(actor)) throw fail.forbidden();
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const latest = await getCurrentInstrument(db, now);
  const previous = latest.definition as InstrumentDefinition;
  const next: InstrumentDefinition = { questions: [...previous.questions, ...input.addQuestions] };
  assertExtendsInstrument(previous, next);
  await db.transaction().execute(async (trx) => {
    const id = await q.insertInstrument(trx, {
      number: latest.number + 1,
      definition: next,
      formulaVersion: latest.formula_version,
      legalBasis: input.legalBasis ?? latest.legal_basis,
      note: input.note ?? null,
      createdBy: actor.userId,
      at: now,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'satisfaction.instrument.publish',
        targetType: 'satisfaction_instrument',
        targetId: id,
        unitId: null,
        summary: { number: latest.number + 1, added: input.addQuestions.map((question) => question.code) },
      }),
    );
  });
}

/** The public address of a survey link. */
export function surveyUrlOf(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/danh-gia/${token}`;
}

/**
 * Issues a survey link for a returned dossier: officials of the one-stop roles for dossiers in their scope
 * (any channel), the applicant for their own dossier (the `online` channel).
 */
export async function issueInvitation(ctx: RequestContext, input: z.infer<typeof SurveyInvitationRequest>) {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const { db } = ctx.deps.database;
  const dossier = await q.findSurveyDossier(db, input.dossierId);
  const visible = dossier && canSeeDossier(actor, dossier);
  if (!dossier || !visible) throw fail.notFound('Không tìm thấy hồ sơ.');
  if (
    actor.kind === 'citizen'
      ? input.channel !== 'online'
      : !hasAnyRole(actor, [...SURVEY_ISSUERS, 'sysadmin'])
  )
    throw fail.forbidden();
  if (!isRateableDossierStatus(dossier.status)) {
    throw fail.validation('Chỉ đánh giá được hồ sơ đã trả kết quả hoặc không được tiếp nhận.', [
      { path: 'dossierId' },
    ]);
  }
  const now = ctx.deps.clock.now();
  const { token, expiresAt } = issueSurveyToken(ctx.deps.config.survey.tokenSecret, {
    dossierId: dossier.id,
    channel: input.channel,
    now,
    ttlDays: ctx.deps.config.survey.tokenTtlDays,
  });
  const url = surveyUrlOf(ctx.deps.config.publicUrl, token);
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { token, url, expiresAt, qrSvg, channel: input.channel, dossierCode: dossier.code };
}

/** What the survey page shows for a link: the dossier, the questions, and whether it was answered. */
export async function getPublicSurvey(ctx: RequestContext, token: string) {
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const link = verifySurveyToken(
    ctx.deps.config.survey.tokenSecret,
    token,
    now,
    ctx.deps.config.survey.tokenTtlDays,
  );
  const dossier = await q.findSurveyDossier(db, link.dossierId);
  if (!dossier) throw fail.notFound('Không tìm thấy hồ sơ.');
  const instrument = await getCurrentInstrument(db, now);
  const answered = dossier.response_id !== null || (await q.isTokenUsed(db, hashSurveyToken(token)));
  return { link, dossier, instrument, answered };
}

/** Records the one response of a dossier through a valid, unused link. */
export async function submitSurvey(
  ctx: RequestContext,
  token: string,
  input: z.infer<typeof SubmitSurveyRequest>,
): Promise<{ overallSatisfied: boolean | null }> {
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  const link = verifySurveyToken(
    ctx.deps.config.survey.tokenSecret,
    token,
    now,
    ctx.deps.config.survey.tokenTtlDays,
  );
  const dossier = await q.findSurveyDossier(db, link.dossierId);
  if (!dossier) throw fail.notFound('Không tìm thấy hồ sơ.');
  if (!isRateableDossierStatus(dossier.status))
    throw fail.validation('Hồ sơ chưa trả kết quả, chưa thể đánh giá.');
  const instrument = await getCurrentInstrument(db, now);
  const answers = validateAnswers(instrument.definition as InstrumentDefinition, input.answers);
  const formula = getFormula(instrument.formula_version);
  const { scores, overallSatisfied } = scoreResponse(answers, formula);
  const officials = await q.listDossierOfficials(db, dossier.id);
  const alreadyRated = () => fail.conflict('Hồ sơ này đã được đánh giá. Cảm ơn Ông/Bà.', { reason: 'used' });
  await db.transaction().execute(async (trx) => {
    const fresh = await q.markTokenUsed(trx, {
      tokenHash: hashSurveyToken(token),
      dossierId: dossier.id,
      channel: link.channel,
      at: now,
    });
    if (!fresh) throw alreadyRated();
    const responseId = await q.insertResponse(trx, {
      dossierId: dossier.id,
      instrumentVersionId: instrument.id,
      channel: link.channel,
      unitId: dossier.receiving_unit_id,
      authorityUnitId: dossier.authority_unit_id,
      procedureId: dossier.procedure_id,
      anonymous: input.anonymous,
      answers,
      scores,
      overallSatisfied,
      formulaVersion: formula.version,
      at: now,
    });
    if (!responseId) throw alreadyRated();
    await q.insertResponseOfficials(trx, responseId, officials);
    const entry = auditFrom(ctx, {
      action: 'satisfaction.respond',
      targetType: 'satisfaction_response',
      targetId: input.anonymous ? null : responseId,
      unitId: dossier.receiving_unit_id,
      summary: input.anonymous
        ? { channel: link.channel, anonymous: true }
        : { channel: link.channel, dossierCode: dossier.code, overallSatisfied },
    });
    // an anonymous response is traceable from the audit log neither to its dossier nor to who sent it
    await appendAudit(trx, input.anonymous ? { ...entry, actorId: null, actorUnitId: null } : entry);
  });
  return { overallSatisfied };
}

/** Returned dossiers to offer a survey for: the citizen's own (with whether rated) or in the official's units. */
export async function listRateable(ctx: RequestContext, search: string | undefined) {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const { db } = ctx.deps.database;
  if (actor.kind === 'citizen') return q.listRateableDossiers(db, { applicantUserId: actor.userId }, search);
  if (!hasAnyRole(actor, [...SURVEY_ISSUERS, 'sysadmin'])) throw fail.forbidden();
  const unitPath = actor.roles.includes('sysadmin') ? null : actor.unitPath;
  return q.listRateableDossiers(db, { unitPath }, search);
}
