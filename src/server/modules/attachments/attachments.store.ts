/**
 * Storing an upload: the checks (type by its first bytes, size, daily quota), the file store and the row,
 * shared by scans (POST /attachments) and procedures' form templates.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, fail } from '../../../domain/errors.js';
import { auditFrom, type AppDeps } from '../../context.js';
import { hasInvalidCodePoint } from '../../http/input.js';
import { requireActor } from '../../http/session.js';
import { LocalFileStore, type FileStore } from '../../storage/file-store.js';
import { appendAudit } from '../audit/audit.queries.js';
import { insertUpload, lockAndSumUploadsSince } from './attachments.queries.js';

export const ALLOWED_TYPES: Record<string, (bytes: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 4).toString('latin1') === '%PDF',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

export const Attachment = z.object({
  id: z.string().uuid(),
  name: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  hash: z.string(),
  dossierId: z.string().uuid().nullable(),
  createdAt: z.string(),
});

/**
 * The stored name of an upload from its percent-encoded `x-file-name` (at most 255 characters, never split
 * inside a character); undecodable names fall back to a neutral one, names holding NUL or a lone surrogate
 * are refused (the database cannot store them).
 */
export function decodeFileName(raw: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return 'tep-dinh-kem';
  }
  if (hasInvalidCodePoint(decoded))
    throw fail.validation('Tên tệp chứa ký tự không hợp lệ.', [{ path: 'x-file-name' }]);
  return Array.from(decoded).slice(0, 255).join('') || 'tep-dinh-kem';
}

/** The answer once a person's uploads of the last 24 hours would pass the configured quota. */
function quotaExceeded(deps: AppDeps): AppError {
  const megabytes = Math.round(deps.config.uploadQuotaBytesPerDay / 1024 / 1024);
  return new AppError(
    'rate_limited',
    `Đã vượt hạn mức tải lên ${megabytes} MB trong 24 giờ; vui lòng thử lại sau.`,
    { retryAfterSeconds: 3600 },
    `Upload quota of ${megabytes} MB per 24 hours reached; try again later.`,
  );
}

/** The file store of the app: the one given in the dependencies, or local disk under FILES_DIR. */
export function fileStoreOf(deps: AppDeps): FileStore {
  return deps.files ?? new LocalFileStore(deps.config.filesDir);
}

/** The API shape of an attachment row. */
export function presentAttachment(row: {
  id: string;
  name: string;
  size: number;
  content_type: string;
  hash: string;
  dossier_id: string | null;
  created_at: Date;
}): z.infer<typeof Attachment> {
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    contentType: row.content_type,
    hash: row.hash,
    dossierId: row.dossier_id,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Checks and stores the raw body of an upload in one transaction: a PDF, JPEG or PNG whose first bytes
 * match its declared type, within the uploader's daily quota; audited. With `procedureId`, the file is that
 * procedure's public form template (the caller has checked the person may edit the procedure).
 */
export async function storeUpload(
  deps: AppDeps,
  files: FileStore,
  request: FastifyRequest,
  procedureId: string | null,
) {
  const actor = requireActor(request);
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  const bytes = request.body;
  const check = ALLOWED_TYPES[type];
  if (!check || !Buffer.isBuffer(bytes))
    throw fail.validation('Chỉ nhận tệp PDF, JPEG hoặc PNG.', [{ path: 'content-type', message: type }]);
  if (bytes.length === 0 || !check(bytes))
    throw fail.validation('Nội dung tệp không đúng định dạng đã khai báo.');
  const name = decodeFileName(String(request.headers['x-file-name'] ?? 'tep-dinh-kem'));
  const now = deps.clock.now();
  return deps.database.db.transaction().execute(async (trx) => {
    const since = new Date(now.getTime() - 24 * 3600_000);
    const used = await lockAndSumUploadsSince(trx, actor.userId, since);
    if (used + bytes.length > deps.config.uploadQuotaBytesPerDay) throw quotaExceeded(deps);
    const stored = await files.put(bytes);
    const inserted = await insertUpload(trx, {
      hash: stored.hash,
      size: stored.size,
      contentType: type,
      name,
      uploadedBy: actor.userId,
      procedureId,
      now,
    });
    await appendAudit(
      trx,
      auditFrom(request.ctx, {
        action: procedureId ? 'procedure.template.upload' : 'attachment.upload',
        targetType: procedureId ? 'procedure' : 'attachment',
        targetId: procedureId ?? inserted.id,
        unitId: actor.unitId,
        summary: { size: stored.size, type, attachmentId: inserted.id },
      }),
    );
    return inserted;
  });
}
