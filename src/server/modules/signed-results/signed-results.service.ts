/**
 * Reading signed results: the dossier's own people download them (the applicant's account, officials in
 * scope), the public tracking page with the receipt PIN (the same attempt limits as tracking), and anyone
 * may verify a result by its id or by uploading a PDF.
 */
import { createHash } from 'node:crypto';
import type { SignedResult } from '../../../contracts/signed-results.js';
import { fail } from '../../../domain/errors.js';
import { formatShortMomentVi } from '../../../domain/forms/format.js';
import type { RequestContext } from '../../context.js';
import { claimAttempt } from '../../http/attempts.js';
import { readPdfSignature } from '../../signing/pdf-signature.js';
import { fileStoreOf } from '../attachments/attachments.routes.js';
import { canReadDossier } from '../dossiers/dossier-scope.js';
import { isTrackingPinRight } from '../dossiers/dossiers.intake.js';
import { findDossier, findTrackingRow } from '../dossiers/dossiers.queries.js';
import { trackingAttemptKeys } from '../dossiers/dossiers.tracking.js';
import * as q from './signed-results.queries.js';

function present(row: q.SignedResultRow): SignedResult {
  return {
    id: row.id,
    dossierCode: row.dossier_code,
    procedureName: row.procedure_name,
    unitName: row.unit_name,
    fileName: row.file_name,
    size: row.size,
    hash: row.hash,
    signedAt: formatShortMomentVi(row.signed_at.getTime()),
    certificateSubject: row.certificate_subject,
    certificateIssuer: row.certificate_issuer,
    certificateSerial: row.certificate_serial,
  };
}

export interface ResultFile {
  name: string;
  bytes: Buffer;
}

async function fileOf(ctx: RequestContext, row: q.SignedResultRow): Promise<ResultFile> {
  const bytes = await fileStoreOf(ctx.deps).get(row.hash);
  if (!bytes) throw fail.notFound('Không tìm thấy tệp kết quả.');
  return { name: row.file_name, bytes };
}

/** The latest signed result of a dossier the person may read (404 otherwise, like a missing dossier). */
export async function getDossierSignedResult(ctx: RequestContext, dossierId: string) {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const { db } = ctx.deps.database;
  const dossier = await findDossier(db, dossierId);
  if (!dossier || !(await canReadDossier(db, actor, dossier))) throw fail.notFound('Không tìm thấy hồ sơ.');
  const row = await q.findLatestSignedResult(db, dossierId);
  if (!row) throw fail.notFound('Hồ sơ chưa có kết quả điện tử đã ký số.');
  return { result: present(row), file: () => fileOf(ctx, row) };
}

/** The signed result by dossier code and receipt PIN; a wrong PIN counts against the tracking limits. */
export async function getTrackedSignedResult(ctx: RequestContext, code: string, secret: string) {
  const typed = code.trim();
  const attempt = await claimAttempt(
    ctx.deps.database.db,
    ctx.deps.clock.now(),
    trackingAttemptKeys(ctx.ip, typed),
  );
  const dossier = await findTrackingRow(ctx.deps.database.readDb, typed);
  if (!isTrackingPinRight(dossier, secret)) {
    throw fail.notFound('Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập.');
  }
  await attempt.succeeded();
  const row = await q.findLatestSignedResult(ctx.deps.database.readDb, dossier.id);
  if (!row) throw fail.notFound('Hồ sơ chưa có kết quả điện tử đã ký số.');
  return fileOf(ctx, row);
}

/** Public verification of an issued result: its data and whether the stored file is unchanged. */
export async function verifySignedResult(ctx: RequestContext, id: string) {
  const row = await q.findSignedResult(ctx.deps.database.readDb, id);
  if (!row) throw fail.notFound('Không tìm thấy kết quả điện tử với mã xác thực này.');
  const bytes = await fileStoreOf(ctx.deps).get(row.hash);
  const hashMatches = bytes !== null && createHash('sha256').update(bytes).digest('hex') === row.hash;
  const signature = bytes ? readPdfSignature(bytes) : null;
  return {
    ...present(row),
    unchanged: hashMatches && signature !== null && signature.intact && signature.coversWholeFile,
  };
}

/** Checks an uploaded PDF: its signature, and whether its bytes are exactly a result the system issued. */
export async function checkUploadedPdf(ctx: RequestContext, bytes: Buffer) {
  const signature = readPdfSignature(bytes);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const issued = await q.findSignedResultByHash(ctx.deps.database.readDb, hash);
  return {
    signature: signature && {
      subject: signature.subject,
      issuer: signature.issuer,
      signedAt: signature.signingTime ? formatShortMomentVi(signature.signingTime.getTime()) : null,
      intact: signature.intact,
      coversWholeFile: signature.coversWholeFile,
    },
    issued: issued ? present(issued) : null,
  };
}
