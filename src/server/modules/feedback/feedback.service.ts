/**
 * Receiving feedback and complaints (PAKN) and reading them. A report about a dossier is routed to the
 * dossier's competent authority; a misconduct report about an official to the unit above the official's
 * (so a head never handles a report about themself); otherwise to the unit the citizen chose. The deadline
 * is the kind's handling days (configuration) in the responsible unit's working calendar.
 */
import crypto from 'node:crypto';
import type { CreateFeedbackRequest, FeedbackListQuery } from '../../../contracts/feedback.js';
import { addWorkingDays, computeLocalEpochDay, formatEpochDay } from '../../../domain/calendar/index.js';
import { canSeeDossier } from '../dossiers/dossier-scope.js';
import { fail } from '../../../domain/errors.js';
import {
  anonymousFeedbackPolicy,
  SECRET_ADDRESS_POLICY,
  SECRET_CODE_POLICY,
} from '../../../domain/access/attempts.js';
import { classifyFeedbackKind } from '../../../domain/feedback/rules.js';
import { canReadFeedback, FEEDBACK_RECORDERS } from '../../../domain/satisfaction/policy.js';
import { hasAnyRole } from '../../../domain/access/policy.js';
import { auditFrom, type RequestContext } from '../../context.js';
import { appendAudit } from '../audit/audit.queries.js';
import { claimAttempt } from '../../http/attempts.js';
import { getWorkingCalendar, resolveUnitCalendarVersion } from '../calendars/calendars.service.js';
import { isTrackingPinRight } from '../dossiers/dossiers.intake.js';
import { listDossierOfficials } from '../satisfaction/satisfaction.queries.js';
import { findUnitIdAndPath } from '../units/units.queries.js';
import * as q from './feedback.queries.js';
import { trackingAttemptKeys } from '../dossiers/dossiers.tracking.js';
import { isSameHash } from '../../security/secret-hash.js';

/** The PIN hash of a feedback item (like a dossier's tracking PIN). */
export function hashFeedbackPin(id: string, pin: string): string {
  return crypto.createHash('sha256').update(`feedback:${id}:${pin}`).digest('hex');
}

/** Whether `pin` opens the feedback `row`: hashes compared in constant time, one computed for no row too. */
function isFeedbackPinRight(row: { id: string; pin_hash: string | null } | undefined, pin: string): boolean {
  const given = hashFeedbackPin(row?.id ?? 'none', pin.trim());
  return isSameHash(row?.pin_hash, given) && row !== undefined;
}

/**
 * The dossier a report is about. Its applicant and officials in scope need no secret; anyone else gives
 * the tracking PIN, counted against the same limits as public tracking before it is checked.
 */
async function findDossierFor(ctx: RequestContext, code: string, secret: string | undefined) {
  const db = ctx.deps.database.db;
  const dossier = await q.findDossierByCode(db, code);
  const actor = ctx.actor;
  const refused = () => fail.validation('Mã hồ sơ hoặc mã tra cứu không đúng.', [{ path: 'dossierCode' }]);
  const byAccount =
    dossier !== undefined &&
    ((actor?.kind === 'citizen' && dossier.applicant_user_id === actor.userId) ||
      (actor?.kind === 'official' && canSeeDossier(actor, dossier)));
  if (byAccount) return dossier;
  if (secret === undefined) throw refused();
  const attempt = await claimAttempt(db, ctx.deps.clock.now(), trackingAttemptKeys(ctx.ip, code));
  if (!dossier || !isTrackingPinRight(dossier, secret)) throw refused();
  await attempt.succeeded();
  return dossier;
}

/** Receives a report (online, at the counter, by phone) and returns its code and PIN (shown once). */
export async function createFeedback(ctx: RequestContext, input: CreateFeedbackRequest) {
  const actor = ctx.actor;
  const { db } = ctx.deps.database;
  const recordedByOfficial = actor?.kind === 'official';
  if (recordedByOfficial && !hasAnyRole(actor, [...FEEDBACK_RECORDERS, 'sysadmin'])) throw fail.forbidden();
  if (!recordedByOfficial && !['online', 'kiosk'].includes(input.channel)) throw fail.forbidden();
  if (!actor) {
    // every report sent without signing in counts, accepted or not (configuration: per address and hour)
    const policy = anonymousFeedbackPolicy(ctx.deps.config.feedbackAnonymousPerHour);
    await claimAttempt(db, ctx.deps.clock.now(), [{ key: `feedback-new:${ctx.ip}`, policy }]);
  }
  const dossier = input.dossierCode
    ? await findDossierFor(ctx, input.dossierCode, input.dossierSecret)
    : null;
  const official = input.officialId ? await q.findOfficial(db, input.officialId) : undefined;
  if (input.officialId) {
    const known = dossier
      ? (await listDossierOfficials(db, dossier.id)).some((o) => o.user_id === input.officialId)
      : recordedByOfficial;
    if (!official || !known) throw fail.validation('Cán bộ không xử lý hồ sơ này.', [{ path: 'officialId' }]);
  }
  const kind = classifyFeedbackKind(input.kind, input.topic);
  const unitId =
    kind === 'misconduct' && official
      ? (official.parent_id ?? official.unit_id!)
      : (dossier?.authority_unit_id ?? official?.unit_id ?? input.unitId);
  if (!unitId) throw fail.validation('Chọn đơn vị tiếp nhận phản ánh.', [{ path: 'unitId' }]);
  const unit = await q.findUnitName(db, unitId);
  if (!unit) throw fail.validation('Không tìm thấy đơn vị.', [{ path: 'unitId' }]);
  const policy = await q.findHandlingDays(db, kind);
  const calendar = await getWorkingCalendar(db, await resolveUnitCalendarVersion(db, unitId));
  const now = ctx.deps.clock.now();
  const dueAt = new Date(addWorkingDays(calendar, now.getTime(), policy.handling_days));
  const id = crypto.randomUUID();
  const pin = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  const day = formatEpochDay(computeLocalEpochDay(now.getTime())).slice(2).replaceAll('-', '');
  const code = `PA-${day}-${crypto.randomBytes(4).toString('hex').slice(0, 6).toUpperCase()}`;
  await db.transaction().execute(async (trx) => {
    await q.insertFeedback(trx, {
      id,
      code,
      kind,
      channel: input.channel,
      dossier_id: dossier?.id ?? null,
      official_id: official?.id ?? null,
      unit_id: unitId,
      topic: input.topic,
      content: input.content,
      reporter_name: input.reporter.name,
      reporter_phone: input.reporter.phone ?? null,
      reporter_email: input.reporter.email ?? null,
      reporter_user_id: actor?.kind === 'citizen' ? actor.userId : null,
      pin_hash: hashFeedbackPin(id, pin),
      status: 'received',
      received_at: now,
      due_at: dueAt,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'feedback.receive',
        targetType: 'feedback',
        targetId: id,
        unitId,
        summary: { code, kind, topic: input.topic, channel: input.channel },
      }),
    );
  });
  return { id, code, pin, kind, unitName: unit.full_name, dueAt };
}

/** The item a person may see: handlers and readers in scope (not the official it is about), or its reporter. */
export async function getFeedback(ctx: RequestContext, id: string): Promise<q.FeedbackRow> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const row = await q.findFeedback(ctx.deps.database.db, id);
  const visible =
    row &&
    (actor.kind === 'citizen'
      ? row.reporter_user_id === actor.userId
      : canReadFeedback(actor, row.unit_path) && row.official_id !== actor.userId);
  if (!row || !visible) throw fail.notFound('Không tìm thấy phản ánh.');
  return row;
}

/** The handling queue of a unit subtree (officials) or the citizen's own reports. */
export async function listFeedbackFor(ctx: RequestContext, query: FeedbackListQuery) {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const db = ctx.deps.database.readDb;
  const now = ctx.deps.clock.now();
  const base = {
    status: query.status,
    kind: query.kind,
    code: query.q,
    followUp: query.followUp === 'true',
    now,
  };
  if (actor.kind === 'citizen') {
    return q.listFeedback(
      db,
      { ...base, unitPath: null, excludeOfficialId: null, reporterUserId: actor.userId },
      query.page,
      query.pageSize,
    );
  }
  let unitPath = actor.roles.includes('sysadmin') ? null : actor.unitPath;
  if (query.unitId) {
    const unit = await findUnitIdAndPath(db, query.unitId);
    if (!unit || !canReadFeedback(actor, unit.path)) throw fail.notFound('Không tìm thấy đơn vị.');
    unitPath = unit.path;
  } else if (!canReadFeedback(actor, actor.unitPath)) {
    throw fail.forbidden();
  }
  return q.listFeedback(
    db,
    { ...base, unitPath, excludeOfficialId: actor.userId },
    query.page,
    query.pageSize,
  );
}

/**
 * The public view with code and PIN: counted per client address and per code before the PIN is checked;
 * a wrong PIN answers like an unknown code.
 */
export async function findPublicFeedback(ctx: RequestContext, code: string, pin: string) {
  const { db } = ctx.deps.database;
  const attempt = await claimAttempt(db, ctx.deps.clock.now(), [
    { key: `feedback-ip:${ctx.ip}`, policy: SECRET_ADDRESS_POLICY },
    { key: `feedback-code:${code.trim()}`, policy: SECRET_CODE_POLICY },
  ]);
  const row = await q.findFeedbackByCode(db, code);
  if (!row || !isFeedbackPinRight(row, pin)) {
    throw fail.notFound('Không tìm thấy phản ánh với mã và mã tra cứu đã nhập.');
  }
  await attempt.succeeded();
  return row;
}
