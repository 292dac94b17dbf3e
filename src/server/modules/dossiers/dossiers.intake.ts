/**
 * Intake: a dossier received at the counter (accepted, sent back for a supplement, or refused) or
 * submitted online by a citizen or on their behalf. One transaction writes the dossier, its first actions
 * (the log), the derived state and the audit entry. An `Idempotency-Key` (per person) makes a retry with the
 * same body return the same dossier.
 */
import { createHash, randomInt } from 'node:crypto';
import type { CreateDossierRequest } from '../../../contracts/dossiers.js';
import { isUnitInScope } from '../../../domain/access/policy.js';
import { computeLocalEpochDay, formatEpochDay } from '../../../domain/calendar/index.js';
import { buildDossierCode, isReceivedAtIntake } from '../../../domain/dossiers/code.js';
import { defaultReturnMethod } from '../../../domain/dossiers/return-method.js';
import { findBookVolume } from '../../../domain/forms/book-line.js';
import { findMissingDocuments, listCaseDocuments } from '../../../domain/dossiers/documents.js';
import { recordDocumentReuse } from '../digitisation/digitisation.record.js';
import { deriveDossierState, INITIAL_STATE, type DossierAction } from '../../../domain/dossiers/state.js';
import type { DossierActionType } from '../../../domain/dossiers/status.js';
import { fail } from '../../../domain/errors.js';
import { checkIdNumber, normaliseMobilePhone } from '../../../domain/identity/validate.js';
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import { computeFees } from '../../../domain/procedures/fees.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Executor, Tx } from '../../db/types.js';
import { appendAudit } from '../audit/audit.queries.js';
import { enqueueDossierActionNotifications } from '../notifications/notifications.enqueue.js';
import { enqueuePortalChange } from '../portal/portal.enqueue.js';
import { getWorkingCalendar, resolveUnitCalendarVersion } from '../calendars/calendars.service.js';
import { findProcedure, findVersionById } from '../procedures/procedures.queries.js';
import { findUnit } from '../units/units.queries.js';
import * as q from './dossiers.queries.js';
import {
  claimIdempotencyKey,
  findIdempotentReplay,
  isUniqueViolation,
  type IdempotencyClaim,
} from '../idempotency/idempotency.js';
import { insertIdempotencyRecord } from '../idempotency/idempotency.queries.js';
import { getLateWorkRules } from '../late-work/late-work.rules.js';
import { isSameHash } from '../../security/secret-hash.js';
import { scheduleLateTimers } from '../late-work/late-work.timers.js';
import { recordPaperTransferDue } from '../paper-transfers/paper-transfers.record.js';
import { prepareDeclaration, storeDeclaration, withDeclaration } from './dossiers.declaration.js';

/** Hash under which a tracking PIN is kept (bound to the dossier, so equal PINs differ). */
export function hashTrackingPin(dossierId: string, pin: string): string {
  return createHash('sha256').update(`${dossierId}:${pin}`).digest('hex');
}

const NO_DOSSIER = '00000000-0000-0000-0000-000000000000';

/**
 * Whether `pin` opens the dossier `row` (undefined: no such code). The hashes are compared in constant
 * time, and one is computed for an unknown code too, so both answers take the same work.
 */
export function isTrackingPinRight(
  row: { id: string; tracking_pin_hash: string | null } | undefined,
  pin: string,
): row is { id: string; tracking_pin_hash: string } {
  const given = hashTrackingPin(row?.id ?? NO_DOSSIER, pin.trim());
  return isSameHash(row?.tracking_pin_hash, given) && row !== undefined;
}

function normaliseApplicant(applicant: CreateDossierRequest['applicant']) {
  if (applicant.idNumber && !checkIdNumber(applicant.idNumber).ok) {
    throw fail.validation('Số định danh cá nhân của người nộp không hợp lệ.', [
      { path: 'applicant.idNumber' },
    ]);
  }
  if (!applicant.phone) return applicant;
  const phone = normaliseMobilePhone(applicant.phone);
  if (!phone)
    throw fail.validation('Số điện thoại của người nộp không hợp lệ.', [{ path: 'applicant.phone' }]);
  return { ...applicant, phone };
}

function initialActions(input: CreateDossierRequest, actorId: string, at: number): DossierAction[] {
  const note = { reason: input.reason, items: input.supplementItems };
  const types: DossierActionType[] =
    input.decision === 'accept'
      ? ['accept']
      : input.decision === 'reject'
        ? ['reject']
        : input.decision === 'request_supplement'
          ? ['submit', 'request_supplement']
          : ['submit'];
  return types.map((type, index) => ({
    seq: index + 1,
    type,
    at,
    actorId,
    payload: type === 'submit' ? { channel: input.channel } : note,
  }));
}

async function loadIntakeTargets(ctx: RequestContext, input: CreateDossierRequest) {
  const { db } = ctx.deps.database;
  const procedure = await findProcedure(db, input.procedureId);
  if (!procedure?.current_version_id)
    throw fail.validation('Thủ tục không tồn tại hoặc chưa được công bố.', [{ path: 'procedureId' }]);
  const version = (await findVersionById(db, procedure.current_version_id))!;
  const definition = version.definition as ProcedureDefinition;
  const variantId = input.variantId ?? null;
  if (variantId && !definition.variants.some((v) => v.id === variantId)) {
    throw fail.validation(`Thủ tục không có trường hợp "${variantId}".`, [{ path: 'variantId' }]);
  }
  const unit = await findUnit(db, input.receivingUnitId);
  if (!unit) throw fail.validation('Đơn vị tiếp nhận không tồn tại.', [{ path: 'receivingUnitId' }]);
  const offered = await q.findUnitOffer(db, unit.id, procedure.id);
  if (!offered)
    throw fail.validation('Đơn vị này không tiếp nhận thủ tục đã chọn.', [{ path: 'receivingUnitId' }]);
  const authority =
    unit.kind === 'one_stop' && unit.parent_id ? ((await findUnit(db, unit.parent_id)) ?? unit) : unit;
  const codeId = unit.dossier_code_id ?? authority.dossier_code_id;
  if (!codeId)
    throw fail.validation('Đơn vị tiếp nhận chưa được cấu hình mã định danh dùng trong mã hồ sơ.', [
      { path: 'receivingUnitId' },
    ]);
  return { procedure, version, definition, variantId, unit, authority, codeId };
}

function authorise(
  ctx: RequestContext,
  input: CreateDossierRequest,
  unitPath: string,
): { applicantUserId: string | null; assisted: boolean } {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (actor.kind === 'citizen') {
    if (input.decision !== 'submit' || input.channel !== 'online')
      throw fail.forbidden('Công dân chỉ nộp hồ sơ trực tuyến.');
    return { applicantUserId: actor.userId, assisted: false };
  }
  const oneStop = actor.roles.some((role) => role === 'reception' || role === 'one_stop_head');
  if (!oneStop || !isUnitInScope(actor, unitPath))
    throw fail.forbidden('Bạn không tiếp nhận hồ sơ cho đơn vị này.');
  if (input.decision === 'submit' && !input.assisted)
    throw fail.validation('Cán bộ nộp thay công dân phải đánh dấu là nộp hộ.', [{ path: 'assisted' }]);
  return { applicantUserId: input.applicantUserId ?? null, assisted: input.decision === 'submit' };
}

/**
 * An officer filing for a citizen may put the dossier into that citizen's account only when the account is
 * an active citizen account holding the applicant's own ID number: an id in a request body is not trusted
 * (otherwise any account could be made to see a stranger's dossier).
 */
async function assertApplicantAccount(db: Executor, userId: string, idNumber: string | null | undefined) {
  const account = await q.findCitizenAccount(db, userId);
  if (!account || !account.active || !idNumber || account.id_number !== idNumber)
    throw fail.validation('Tài khoản công dân không khớp với số định danh của người nộp hồ sơ.', [
      { path: 'applicantUserId' },
    ]);
}

/** Attaches the uploader's still-unlinked scans to the dossier; anything else fails the whole intake. */
export async function linkAttachments(
  trx: Tx,
  dossierId: string,
  uploaderId: string,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  const linked = await q.linkUnlinkedAttachments(trx, dossierId, uploaderId, ids);
  if (linked.length !== new Set(ids).size)
    throw fail.validation('Tệp đính kèm không hợp lệ hoặc đã thuộc hồ sơ khác.', [
      { path: 'documents.attachmentIds' },
    ]);
}

/** Gives a dossier received at `receivedAt` the next line of its receiving unit's tracking book. */
export async function enterInBook(trx: Tx, unitId: string, receivedAt: number) {
  const volume = findBookVolume(receivedAt);
  return { volume, line: await q.nextBookLine(trx, unitId, volume) };
}

/** What an intake answers: the dossier, the tracking PIN shown once (again on a replay), whether it replays. */
export interface IntakeResult {
  id: string;
  trackingPin: string | null;
  replay: boolean;
}

/**
 * Creates a dossier. With an idempotency key, a retry by the same person with the same body gets the dossier
 * the first request created (also when both raced: the loser's transaction fails on the key and replays the
 * winner's); the same key with a different body is refused with `idempotency_mismatch`.
 */
export async function createDossier(
  ctx: RequestContext,
  input: CreateDossierRequest,
  idempotencyKey: string | null,
): Promise<IntakeResult> {
  const { db } = ctx.deps.database;
  if (!ctx.actor) throw fail.unauthenticated();
  const claim = idempotencyKey
    ? claimIdempotencyKey(ctx.actor.userId, 'dossier.create', idempotencyKey, input)
    : null;
  const earlier = claim ? await findIdempotentReplay(db, claim) : null;
  if (earlier) return { id: earlier.targetId, trackingPin: earlier.trackingPin, replay: true };
  try {
    return await receiveDossier(ctx, input, claim);
  } catch (error) {
    if (!claim || !isUniqueViolation(error)) throw error;
    const winner = await findIdempotentReplay(db, claim);
    if (!winner) throw error;
    return { id: winner.targetId, trackingPin: winner.trackingPin, replay: true };
  }
}

async function receiveDossier(
  ctx: RequestContext,
  input: CreateDossierRequest,
  claim: IdempotencyClaim | null,
): Promise<IntakeResult> {
  const { db } = ctx.deps.database;
  const targets = await loadIntakeTargets(ctx, input);
  const who = authorise(ctx, input, targets.unit.path);
  const applicant = normaliseApplicant(input.applicant);
  if (who.applicantUserId !== null && ctx.actor?.kind === 'official')
    await assertApplicantAccount(db, who.applicantUserId, applicant.idNumber);
  if (input.decision === 'accept') {
    const missing = findMissingDocuments(targets.definition, targets.variantId, input.documents);
    if (missing.length > 0) {
      throw fail.validation(
        `Hồ sơ còn thiếu giấy tờ bắt buộc: ${missing.map((d) => d.name).join('; ')}. Hãy yêu cầu bổ sung.`,
        missing.map((d) => ({ path: `documents.${d.id}` })),
      );
    }
  }
  if ((input.decision === 'reject' || input.decision === 'request_supplement') && !input.reason) {
    throw fail.validation('Cần ghi rõ lý do.', [{ path: 'reason' }]);
  }
  const declaration = await prepareDeclaration(ctx, input, targets.definition, {
    authority: targets.authority.full_name,
    unit: targets.unit.full_name,
  });
  const documents = withDeclaration(input.documents, declaration);
  const calendarVersionId = await resolveUnitCalendarVersion(db, targets.unit.id);
  const calendar = await getWorkingCalendar(db, calendarVersionId);
  const now = ctx.deps.clock.now();
  const actions = initialActions(input, ctx.actor!.userId, now.getTime());
  const state = deriveDossierState(actions, {
    definition: targets.definition,
    variantId: targets.variantId,
    calendar,
  });
  const id = crypto.randomUUID();
  const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const day = formatEpochDay(computeLocalEpochDay(now.getTime()));
  // a dossier refused at the counter is not received, so it owes nothing and needs no tier
  const bill =
    input.decision === 'reject'
      ? { lines: [], total: 0, exemption: null }
      : computeFees(targets.definition.fees, input.feeSelection);
  const fees = bill.lines.map((line) => ({ ...line, paid: false }));
  await db.transaction().execute(async (trx) => {
    // first, so a concurrent request with the same key waits here and then fails before doing any work
    if (claim) await insertIdempotencyRecord(trx, { ...claim, targetId: id, trackingPin: pin, now });
    // The dossier's number and its tracking-book line are taken last (below): their counters are one row per
    // unit and day (and volume), locked until commit, so every intake of a unit waits for the one holding
    // them; taken at the end they are held for the last few statements instead of the whole intake. Taken in
    // the same transaction, a failed intake gives its number back: the series stays without gaps.
    await q.insertDossier(
      trx,
      {
        id,
        receivingUnitId: targets.unit.id,
        authorityUnitId: targets.authority.id,
        scopePath: targets.authority.path,
        procedureId: targets.procedure.id,
        procedureVersionId: targets.version.id,
        variantId: targets.variantId,
        calendarVersionId,
        channel: input.channel,
        assisted: who.assisted,
        applicant: { ...applicant, representative: input.representative ?? null },
        applicantUserId: who.applicantUserId,
        documents,
        fees,
        trackingPinHash: hashTrackingPin(id, pin),
        returnMethod: input.returnMethod ?? defaultReturnMethod(input.channel),
        now,
      },
      state,
    );
    await q.insertActions(
      trx,
      id,
      actions.map((action) => ({ action, actorUnitId: ctx.actor!.unitId, stepId: null })),
    );
    if (state.receivedAt !== null)
      await recordPaperTransferDue(trx, { dossierId: id, receivedAt: state.receivedAt, calendar, now });
    const lateRules = await getLateWorkRules(trx, now);
    await scheduleLateTimers(trx, {
      dossierId: id,
      before: INITIAL_STATE,
      after: state,
      rules: lateRules.rules,
      calendar,
      now: now.getTime(),
    });
    await linkAttachments(
      trx,
      id,
      ctx.actor!.userId,
      input.documents.flatMap((d) => d.attachmentIds ?? []),
    );
    await recordDocumentReuse(
      ctx,
      trx,
      { id, unitId: targets.unit.id, applicantIdNumber: applicant.idNumber ?? null },
      input.documents,
      listCaseDocuments(targets.definition, targets.variantId),
    );
    await storeDeclaration(trx, ctx, id, declaration);
    // a dossier refused or sent back at the counter was not received: it takes no number of the series;
    // only a dossier received now (accepted at the counter) is entered in the book, one submitted online is
    // entered when an officer accepts it
    const code = isReceivedAtIntake(input.decision)
      ? buildDossierCode(targets.codeId, day, await q.nextDailySequence(trx, targets.unit.id, day))
      : null;
    const book = state.receivedAt === null ? null : await enterInBook(trx, targets.unit.id, state.receivedAt);
    if (code !== null || book !== null) await q.setIntakeNumbers(trx, id, code, book);
    await enqueueDossierActionNotifications(trx, ctx.deps.config, {
      dossier: {
        id,
        code,
        procedureName: targets.procedure.name,
        applicant: { ...applicant, representative: input.representative ?? null },
        resultPlace: targets.unit.full_name,
      },
      action: actions[actions.length - 1]!,
      from: null,
      next: state,
      now,
    });
    await enqueuePortalChange(trx, ctx.deps.config.nationalPortal, {
      dossierId: id,
      seq: state.lastSeq,
      now,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: `dossier.${input.decision}`,
        targetType: 'dossier',
        targetId: id,
        unitId: targets.unit.id,
        summary: {
          code,
          procedure: targets.procedure.code,
          returnMethod: input.returnMethod ?? defaultReturnMethod(input.channel),
          book,
          feeTotal: bill.total,
          feeExemption: bill.exemption,
        },
      }),
    );
  });
  return { id, trackingPin: pin, replay: false };
}
