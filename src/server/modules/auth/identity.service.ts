/**
 * Sign-in with the national e-identity (VNeID) and proving a citizen's ID number at the counter.
 *
 * An ID number typed at self-registration is only a claim: anyone can type anyone's number. VNeID asserting
 * it, or a one-stop officer checking the papers, proves it (`id_verified_by`). A VNeID identity opens only an
 * account whose number is proven; when the number is merely claimed by another account, that claim is
 * disputed (moved to `disputed_id_number`) and the person gets a new, proven account of their own. Nothing
 * is merged: the claimant keeps their account and their dossiers, the person sees none of them.
 */
import type { VerifyCitizenIdRequest } from '../../../contracts/auth.js';
import { canVerifyCitizenId } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { checkIdNumber, normaliseMobilePhone } from '../../../domain/identity/validate.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Tx } from '../../db/types.js';
import type { ExternalIdentity } from '../../identity/oidc-client.js';
import { appendAudit } from '../audit/audit.queries.js';
import { openSession, type NewSession } from './auth.service.js';
import * as q from './auth.queries.js';

/**
 * Signs in a citizen asserted by the e-identity provider: the account linked to the subject, else the
 * account whose ID number is proven to be the asserted one (then linked), else a new proven account (an
 * unproven claim on the number is disputed first). Throws `validation_failed` without a valid ID number,
 * `forbidden` for a deactivated account.
 */
export async function signInWithIdentity(
  ctx: RequestContext,
  identity: ExternalIdentity,
): Promise<NewSession> {
  const linked = await q.findAccountByExternalSubject(ctx.deps.database.db, identity.subject);
  const account = linked ?? (await findOrCreateProvenAccount(ctx, identity));
  if (!account.active) throw fail.forbidden('Tài khoản đã bị khóa.');
  return openSession(ctx, account);
}

async function findOrCreateProvenAccount(
  ctx: RequestContext,
  identity: ExternalIdentity,
): Promise<q.AccountRow> {
  const idNumber = identity.idNumber && checkIdNumber(identity.idNumber).ok ? identity.idNumber : null;
  if (!idNumber) throw fail.validation('Nhà cung cấp định danh không trả về số định danh cá nhân hợp lệ.');
  const { db } = ctx.deps.database;
  const holder = await q.findCitizenByIdNumber(db, idNumber);
  const now = ctx.deps.clock.now();
  const userId = await db.transaction().execute(async (trx) => {
    if (holder?.id_verified_by) {
      // A proven holder already linked to another subject keeps that link; the provider vouches for both.
      if (!holder.external_subject) await q.linkExternalSubject(trx, holder.id, identity.subject, now);
      await auditIdentity(ctx, trx, 'citizen.link_identity', holder.id, {
        verifiedBy: holder.id_verified_by,
      });
      return holder.id;
    }
    if (holder && !(await q.disputeIdClaim(trx, holder.id, idNumber, now))) throw fail.conflict();
    const phone = identity.phone ? normaliseMobilePhone(identity.phone) : null;
    const created = await q.insertCitizen(trx, {
      username: idNumber,
      fullName: identity.fullName ?? idNumber,
      phone: phone && !(await q.findAccountByLogin(trx, { phone })) ? phone : null,
      idNumber,
      passwordHash: null,
      externalSubject: identity.subject,
      idVerifiedBy: 'vneid',
      now,
    });
    await auditIdentity(ctx, trx, 'citizen.register_identity', created.id, {
      disputedClaimOf: holder?.id ?? null,
    });
    if (holder) {
      await auditIdentity(
        ctx,
        trx,
        'citizen.id_claim_disputed',
        holder.id,
        { provenBy: created.id },
        created.id,
      );
    }
    return created.id;
  });
  const account = await q.findAccountById(db, userId);
  if (!account) throw fail.notFound();
  return account;
}

/** An audit entry of an e-identity sign-in, made by the signed-in person (`actorId`, default the target). */
async function auditIdentity(
  ctx: RequestContext,
  trx: Tx,
  action: string,
  targetId: string,
  summary: Record<string, unknown>,
  actorId = targetId,
): Promise<void> {
  await appendAudit(
    trx,
    auditFrom(
      ctx,
      { action, targetType: 'user', targetId, unitId: null, summary: { provider: 'oidc', ...summary } },
      { id: actorId, unitId: null },
    ),
  );
}

/** The outcome of a counter check. */
export interface CitizenIdVerification {
  userId: string;
  verifiedBy: 'vneid' | 'counter';
}

/**
 * A one-stop officer, having checked the citizen's ID card, marks the number of the citizen account with
 * that ID number and login phone as proven (audited). Idempotent for an already proven account.
 * Throws `forbidden` for anyone else, `not_found` when no citizen account holds that number and phone.
 */
export async function verifyCitizenIdAtCounter(
  ctx: RequestContext,
  input: VerifyCitizenIdRequest,
): Promise<CitizenIdVerification> {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  if (!canVerifyCitizenId(actor)) throw fail.forbidden('Chỉ cán bộ Bộ phận Một cửa xác minh số định danh.');
  const phone = normaliseMobilePhone(input.phone);
  const { db } = ctx.deps.database;
  const account = await q.findCitizenByIdNumber(db, input.idNumber);
  if (!account || !phone || account.phone !== phone) {
    throw fail.notFound('Không có tài khoản công dân với số định danh và số điện thoại này.');
  }
  if (account.id_verified_by) return { userId: account.id, verifiedBy: account.id_verified_by };
  await db.transaction().execute(async (trx) => {
    if (!(await q.markIdVerified(trx, account.id, input.idNumber, 'counter', ctx.deps.clock.now()))) {
      throw fail.conflict();
    }
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'citizen.verify_id',
        targetType: 'user',
        targetId: account.id,
        unitId: actor.unitId,
        summary: { method: 'counter' },
      }),
    );
  });
  return { userId: account.id, verifiedBy: 'counter' };
}
